import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GqlContext } from './gql-context';
import { forbidden, unauthenticated } from '../errors/app-error';
import { Access, ACCESS_KEY } from './access.decorators';

/**
 * Global guard. Every resolver must declare who may call it (@Public, @Roles or @Authenticated, on the method or the
 * class); one that declares nothing is refused, so a forgotten decorator fails closed.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return true; // REST health check and static files
    const access = this.reflector.getAllAndOverride<Access | undefined>(ACCESS_KEY, [context.getHandler(), context.getClass()]);
    const info = GqlExecutionContext.create(context).getInfo();
    // Field resolvers inherit the access of the query that reached their parent.
    if (info?.parentType && !['Query', 'Mutation', 'Subscription'].includes(info.parentType.name)) return true;
    if (!access) throw forbidden();
    if (access.public) return true;
    const user = GqlExecutionContext.create(context).getContext<GqlContext>().user;
    if (!user) throw unauthenticated();
    if (!access.roles.includes(user.role)) throw forbidden();
    return true;
  }
}
