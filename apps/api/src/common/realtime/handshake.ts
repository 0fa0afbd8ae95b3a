import type { Socket } from 'socket.io';
import type { AuthUser } from '../auth/auth-user';

interface TokenVerifier {
  userFromToken(token: string): AuthUser | undefined;
}

/** The token a client sent in the handshake (`io(ns, { auth: { token } })`), if any. */
export function handshakeToken(socket: Pick<Socket, 'handshake'>): string | undefined {
  const token = socket.handshake.auth?.token;
  return typeof token === 'string' && token ? token : undefined;
}

/**
 * For namespaces that need a signed-in user: the user behind the handshake token, or (forged, expired or missing)
 * a typed `error` event and a closed socket.
 */
export function requireHandshakeUser(
  auth: TokenVerifier,
  socket: Pick<Socket, 'handshake'> & { emit(event: 'error', error: { code: string; message: string }): unknown; disconnect(close?: boolean): unknown },
): AuthUser | undefined {
  const token = handshakeToken(socket);
  const user = token ? auth.userFromToken(token) : undefined;
  if (!user) {
    socket.emit('error', { code: 'UNAUTHENTICATED', message: '请先登录' });
    socket.disconnect(true);
  }
  return user;
}
