import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Socket } from 'socket.io';
import { ProxyTrust, socketClientAddress } from '../../common/realtime/client-address';

/** Where a privileged action came from: the client's address and the request id (x-request-id, set by pino-http). */
export interface AuditOrigin {
  clientIp: string | null;
  requestId: string | null;
}

const requests = new AsyncLocalStorage<{ req: Request; res: Response }>();

/**
 * Keeps the HTTP request reachable for the length of its handling, so services record where an action came from
 * without every resolver passing it down. Read lazily: by the time a resolver runs, pino-http has set `req.id`.
 */
@Injectable()
export class AuditContextMiddleware implements NestMiddleware {
  use(req: Request, res: Response, next: NextFunction): void {
    requests.run({ req, res }, next);
  }
}

const clip = (s: unknown, max: number): string | null =>
  typeof s === 'string' && s ? s.slice(0, max) : typeof s === 'number' ? String(s) : null;

/** The origin of the HTTP request being handled, or nulls outside one (seed, scripts, timers). */
export function currentOrigin(): AuditOrigin {
  const store = requests.getStore();
  if (!store) return { clientIp: null, requestId: null };
  const { req, res } = store;
  const requestId = (req as Request & { id?: unknown }).id ?? res.getHeader('x-request-id');
  return { clientIp: clip(req.ip ?? req.socket?.remoteAddress, 64), requestId: clip(requestId, 128) };
}

let proxyTrust: () => ProxyTrust | undefined = () => undefined;

/** Where socket origins find the HTTP server's "trust proxy" test (set once by AuditModule). */
export function useProxyTrust(get: () => ProxyTrust | undefined): void {
  proxyTrust = get;
}

/**
 * The origin of a socket.io action: the client address as Express would see it (X-Forwarded-For through trusted
 * proxies only) and the handshake's x-request-id header, or the socket id.
 */
export function socketOrigin(socket: Pick<Socket, 'id' | 'handshake'>): AuditOrigin {
  const requestId = socket.handshake.headers['x-request-id'];
  return {
    clientIp: clip(socketClientAddress(socket, proxyTrust()), 64),
    requestId: clip(typeof requestId === 'string' ? requestId : `socket:${socket.id}`, 128),
  };
}
