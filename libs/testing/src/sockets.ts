import { io, Socket } from 'socket.io-client';

/**
 * A socket.io client on a namespace of a running API, resolved once the server says `ready`. `headers` go with the
 * WebSocket handshake, e.g. `x-forwarded-for` to stand for another client address (the test client connects from
 * loopback, which the default TRUST_PROXY trusts).
 */
export function connectSocket(
  baseUrl: string,
  namespace: string,
  auth: Record<string, string | undefined> = {},
  timeoutMs = 5000,
  headers?: Record<string, string>,
): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const s = io(`${baseUrl}${namespace}`, {
      auth,
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      ...(headers ? { extraHeaders: headers } : {}),
    });
    const timer = setTimeout(() => reject(new Error(`no ready from ${namespace} within ${timeoutMs} ms`)), timeoutMs);
    s.once('ready', () => {
      clearTimeout(timer);
      resolve(s);
    });
    s.once('connect_error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}

/** The next `event` on the socket that passes `match`, or a rejection after `timeoutMs`. */
export function nextEvent<T = any>(
  socket: Socket,
  event: string,
  match: (payload: T) => boolean = () => true,
  timeoutMs = 3000,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, handler);
      reject(new Error(`no matching ${event} within ${timeoutMs} ms`));
    }, timeoutMs);
    const handler = (payload: T) => {
      if (!match(payload)) return;
      clearTimeout(timer);
      socket.off(event, handler);
      resolve(payload);
    };
    socket.on(event, handler);
  });
}

/** Collects every `event` the socket receives from now on. */
export function collect<T = any>(socket: Socket, event: string): T[] {
  const seen: T[] = [];
  socket.on(event, (payload: T) => seen.push(payload));
  return seen;
}
