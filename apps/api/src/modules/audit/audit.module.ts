import { Global, MiddlewareConsumer, Module, NestModule, OnModuleInit, RequestMethod } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Express } from 'express';
import type { ProxyTrust } from '../../common/realtime/client-address';
import { AuditContextMiddleware, useProxyTrust } from './audit-context';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

/**
 * The audit trail (issue 9). Global: every module with a privileged action records through AuditService without
 * importing this module. The middleware keeps the HTTP request reachable, so entries carry its address and id;
 * socket actions pass their own origin (socketOrigin), with the client address decided under the same TRUST_PROXY.
 */
@Global()
@Module({ providers: [AuditResolver, AuditService], exports: [AuditService] })
export class AuditModule implements NestModule, OnModuleInit {
  constructor(private readonly http: HttpAdapterHost) {}

  /** Socket origins decide the client address with the HTTP server's own TRUST_PROXY test. */
  onModuleInit(): void {
    useProxyTrust(() => (this.http.httpAdapter?.getInstance() as Express | undefined)?.get('trust proxy fn') as ProxyTrust | undefined);
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(AuditContextMiddleware).forRoutes({ path: '{/*splat}', method: RequestMethod.ALL });
  }
}
