import { isIPv4, isIPv6 } from 'node:net';
import type { Socket } from 'socket.io';

/** Express's compiled "trust proxy" setting: is the address `i` hops from the server a trusted proxy? */
export type TrustProxy = (address: string, hop: number) => boolean;

/**
 * The client address behind a socket, the way Express computes `req.ip`: the connection's peer, then X-Forwarded-For
 * from right to left while the hop is a trusted proxy (TRUST_PROXY). A client cannot choose it by sending its own
 * header unless it connects from a trusted proxy. IPv6 addresses are taken by their /64, which one subscriber holds
 * whole (rotating within it is free).
 */
export function clientAddress(socket: Pick<Socket, 'handshake'>, trust?: TrustProxy): string {
  const peer = socket.handshake.address ?? '';
  const header = socket.handshake.headers?.['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean)
    .reverse();
  const chain = [peer, ...forwarded];
  let address = chain[chain.length - 1];
  if (!trust) address = peer;
  else {
    for (let i = 0; i < chain.length - 1; i++) {
      if (!trust(chain[i], i)) {
        address = chain[i];
        break;
      }
    }
  }
  return addressKey(address);
}

/** IPv4 as is (also when IPv4-mapped), IPv6 by its /64 prefix; anything else (a malformed header) as one bucket. */
export function addressKey(address: string): string {
  const a = address.trim().replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(a);
  if (mapped) return mapped[1];
  if (isIPv4(a)) return a;
  if (isIPv6(a)) return `${expandIPv6(a).slice(0, 4).join(':')}::/64`;
  return 'unknown';
}

function expandIPv6(a: string): string[] {
  const [head, tail] = a.includes('::') ? a.split('::') : [a, undefined];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  // An embedded IPv4 tail (::1.2.3.4) counts as two groups; the /64 prefix never reaches it.
  const groups = (xs: string[]) => xs.reduce((n, x) => n + (x.includes('.') ? 2 : 1), 0);
  const fill = tail === undefined ? [] : Array<string>(8 - groups(left) - groups(right)).fill('0');
  return [...left, ...fill, ...right].map((g) => (g.includes('.') ? g : g.toLowerCase().replace(/^0+(?=.)/, '')));
}
