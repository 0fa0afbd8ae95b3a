import { io, type Socket } from 'socket.io-client';

/**
 * One socket.io connection per namespace and handshake identity (signed-in token, or none for namespaces that let
 * anonymous viewers in, like `/live`), shared by every hook that uses it and closed when the last one lets go. A new
 * token (another user signed in, or signed out) opens a new connection; the old one closes with its last user. Every
 * namespace sends `ready` once the handshake is accepted: `ready` is true from then until a disconnect, so a hook
 * mounted later knows it may send at once.
 *
 * WebSocket only, never long-polling: production runs several API processes behind nginx without sticky sessions,
 * and polling's separate HTTP requests would land on different processes (ADR 0009).
 */
export interface SharedSocket {
  readonly namespace: string;
  /** The handshake token; null for an anonymous connection. */
  readonly token: string | null;
  readonly socket: Socket;
  ready: boolean;
  users: number;
}

const open = new Map<string, SharedSocket>();

/** How long one connection attempt may take before the client gives it up and tries again. */
const CONNECT_TIMEOUT_MS = 8_000;

/**
 * `extraAuth` joins the handshake's `auth` (e.g. `/live`'s anonymous `viewerId`); it is fixed per connection, so
 * callers of one namespace must pass the same values.
 */
export function acquireSocket(namespace: string, token: string | null, extraAuth: Record<string, string> = {}): SharedSocket {
  let shared = open.get(namespace);
  if (!shared || shared.token !== token) {
    // An attempt that hangs (a proxy holding the upgrade, a flaky mobile link) is given up after 8 s, not socket.io's
    // 20 s, so the next attempt and its back-off start sooner; a live room then catches up by replay.
    const socket = io(namespace, {
      auth: { ...extraAuth, ...(token ? { token } : {}) },
      transports: ['websocket'],
      timeout: CONNECT_TIMEOUT_MS,
    });
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
