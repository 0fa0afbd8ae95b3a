import { Global, MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { AuditContextMiddleware } from './audit-context';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

/**
 * The audit trail (issue 9). Global: every module with a privileged action records through AuditService without
 * importing this module. The middleware keeps the HTTP request reachable, so entries carry its address and id.
 */
@Global()
@Module({ providers: [AuditResolver, AuditService], exports: [AuditService] })
export class AuditModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(AuditContextMiddleware).forRoutes({ path: '{/*splat}', method: RequestMethod.ALL });
  }
}
