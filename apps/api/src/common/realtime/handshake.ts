import type { Socket } from 'socket.io';
import type { AuthUser } from '../auth/auth-user';

/** AuthService: resolves a token to the user as the user is now (role, region, status; revoked tokens: undefined). */
interface TokenVerifier {
  userFromToken(token: string): Promise<AuthUser | undefined>;
  sessions: { watch(token: string, user: AuthUser, changed: () => void): () => void };
}

type HandshakeSocket = Pick<Socket, 'handshake' | 'disconnected'> & {
  disconnect(close?: boolean): unknown;
  once(event: 'disconnect', fn: () => void): unknown;
};
type ErrorSocket = HandshakeSocket & { emit(event: 'error', error: { code: string; message: string }): unknown };

/** The token a client sent in the handshake (`io(ns, { auth: { token } })`), if any. */
export function handshakeToken(socket: Pick<Socket, 'handshake'>): string | undefined {
  const token = socket.handshake.auth?.token;
  return typeof token === 'string' && token ? token : undefined;
}

/**
 * The user behind the handshake token, resolved the same way as a GraphQL request (current role and status; a token
 * of a deleted or suspended user, or one retired by signing out everywhere, is no user). `token` says whether one was
 * sent at all, so anonymous namespaces can tell a stale token from none. A socket keeps the user it resolved, so when
 * that user changes later (signed out everywhere, suspended, deleted, another role or region) `notify` runs and the
 * socket is closed; the client connects again and gets the user as it is then.
 */
export async function handshakeUser(
  auth: TokenVerifier,
  socket: HandshakeSocket,
  notify?: () => void,
): Promise<{ token: boolean; user?: AuthUser }> {
  const token = handshakeToken(socket);
  const user = token ? await auth.userFromToken(token) : undefined;
  // A socket that left while its token was being resolved never gets its `disconnect` again: nothing to watch.
  if (token && user && !socket.disconnected) {
    const unwatch = auth.sessions.watch(token, user, () => {
      notify?.();
      socket.disconnect(true);
    });
    socket.once('disconnect', unwatch);
  }
  return { token: !!token, user };
}

/**
 * For namespaces that need a signed-in user: the user behind the handshake token, or (forged, expired, revoked or
 * missing) a typed `error` event and a closed socket.
 */
export async function requireHandshakeUser(auth: TokenVerifier, socket: ErrorSocket): Promise<AuthUser | undefined> {
  const { user } = await handshakeUser(auth, socket, () =>
    socket.emit('error', { code: 'UNAUTHENTICATED', message: '登录状态已变更，请重新连接' }),
  );
  if (!user) {
    socket.emit('error', { code: 'UNAUTHENTICATED', message: '请先登录' });
    socket.disconnect(true);
  }
  return user;
}
