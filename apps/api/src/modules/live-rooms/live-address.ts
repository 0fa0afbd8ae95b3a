import { isIPv4, isIPv6 } from 'node:net';
import type { Socket } from 'socket.io';
import { socketClientAddress, type ProxyTrust } from '../../common/realtime/client-address';

/** Express's compiled "trust proxy" setting: is the address `i` hops from the server a trusted proxy? */
export type TrustProxy = ProxyTrust;

/**
 * The client address behind a socket for live-room limits: the address Express would give as `req.ip`
 * (socketClientAddress: a client cannot choose it by sending its own header unless it connects from a trusted proxy),
 * keyed by addressKey: IPv6 addresses by their /64, which one subscriber holds whole (rotating within it is free).
 */
export function clientAddress(socket: Pick<Socket, 'handshake'>, trust?: TrustProxy): string {
  return addressKey(socketClientAddress(socket, trust));
}

/** IPv4 as is (also when IPv4-mapped), IPv6 by its /64 prefix; anything else (a malformed header) as one bucket. */
export function addressKey(address: string): string {
  const a = address
    .trim()
    .replace(/^\[|\]$/g, '')
    .replace(/%.*$/, '');
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
