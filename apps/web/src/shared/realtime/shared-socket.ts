import { io, type Socket } from 'socket.io-client';

/**
 * One socket.io connection per namespace and signed-in token, shared by every hook that uses it and closed when the
 * last one lets go. A new token (another user signed in) opens a new connection; the old one closes with its last
 * user. Both namespaces send `ready` once the handshake is accepted: `ready` is true from then until a disconnect,
 * so a hook mounted later knows it may send at once.
 */
export interface SharedSocket {
  readonly namespace: string;
  readonly token: string;
  readonly socket: Socket;
  ready: boolean;
  users: number;
}

const open = new Map<string, SharedSocket>();

export function acquireSocket(namespace: string, token: string): SharedSocket {
  let shared = open.get(namespace);
  if (!shared || shared.token !== token) {
    const socket = io(namespace, { auth: { token } });
    const created: SharedSocket = { namespace, token, socket, ready: false, users: 0 };
    socket.on('ready', () => {
      created.ready = true;
    });
    socket.on('disconnect', () => {
      created.ready = false;
    });
    shared = created;
    open.set(namespace, shared);
  }
  shared.users += 1;
  return shared;
}

export function releaseSocket(shared: SharedSocket): void {
  shared.users -= 1;
  if (shared.users > 0) return;
  shared.socket.disconnect();
  if (open.get(shared.namespace) === shared) open.delete(shared.namespace);
}
