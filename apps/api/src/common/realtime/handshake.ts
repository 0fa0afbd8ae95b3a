import type { Socket } from 'socket.io';
import type { AuthUser } from '../auth/auth-user';

/** AuthService: resolves a token to the user as the user is now (role, region, status; revoked tokens: undefined). */
interface TokenVerifier {
  userFromToken(token: string): Promise<AuthUser | undefined>;
}

/** The token a client sent in the handshake (`io(ns, { auth: { token } })`), if any. */
export function handshakeToken(socket: Pick<Socket, 'handshake'>): string | undefined {
  const token = socket.handshake.auth?.token;
  return typeof token === 'string' && token ? token : undefined;
}

/**
 * The user behind the handshake token, resolved the same way as a GraphQL request (current role and status; a token
 * of a deleted or suspended user, or one retired by signing out everywhere, is no user). `token` says whether one was
 * sent at all, so anonymous namespaces can tell a stale token from none.
 */
export async function handshakeUser(auth: TokenVerifier, socket: Pick<Socket, 'handshake'>): Promise<{ token: boolean; user?: AuthUser }> {
  const token = handshakeToken(socket);
  return { token: !!token, user: token ? await auth.userFromToken(token) : undefined };
}

/**
 * For namespaces that need a signed-in user: the user behind the handshake token, or (forged, expired, revoked or
 * missing) a typed `error` event and a closed socket.
 */
export async function requireHandshakeUser(
  auth: TokenVerifier,
  socket: Pick<Socket, 'handshake'> & { emit(event: 'error', error: { code: string; message: string }): unknown; disconnect(close?: boolean): unknown },
): Promise<AuthUser | undefined> {
  const { user } = await handshakeUser(auth, socket);
  if (!user) {
    socket.emit('error', { code: 'UNAUTHENTICATED', message: '请先登录' });
    socket.disconnect(true);
  }
  return user;
}
