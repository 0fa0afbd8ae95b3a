import type { Socket } from 'socket.io';

/** Express's compiled "trust proxy" test (`app.get('trust proxy fn')`): is the hop at `addr`, `i` steps from us, a proxy we trust? */
export type ProxyTrust = (addr: string, i: number) => boolean;

/**
 * The client address of a socket.io connection, decided the way Express decides `req.ip` (proxy-addr): start at the
 * TCP peer and walk X-Forwarded-For from the nearest hop towards the client while each hop is a trusted proxy
 * (TRUST_PROXY). Without a trust test, or without the header, it is the TCP peer.
 */
export function socketClientAddress(socket: Pick<Socket, 'handshake'>, trust?: ProxyTrust): string {
  const peer = socket.handshake.address ?? '';
  const header = socket.handshake.headers?.['x-forwarded-for'];
  const forwarded = Array.isArray(header) ? header.join(',') : (header ?? '');
  if (!trust || !forwarded.trim()) return peer;
  const hops = [
    peer,
    ...forwarded
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .reverse(),
  ];
  let i = 0;
  while (i < hops.length - 1 && trust(hops[i], i)) i++;
  return hops[i];
}
