import { Role } from '@jobbridge/contracts';
import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GqlContext } from './gql-context';

export const ACCESS_KEY = 'jobbridge:access';
export type Access = { public: true } | { public: false; roles: Role[] };

/** Anyone may call it, signed in or not. */
export const Public = () => SetMetadata(ACCESS_KEY, { public: true } satisfies Access);
/** Only these roles may call it. */
export const Roles = (...roles: Role[]) => SetMetadata(ACCESS_KEY, { public: false, roles } satisfies Access);
/** Any signed-in user. */
export const Authenticated = () => SetMetadata(ACCESS_KEY, { public: false, roles: Object.values(Role) } satisfies Access);

export const CurrentUser = createParamDecorator((_data: unknown, ctx: ExecutionContext) => {
  return GqlExecutionContext.create(ctx).getContext<GqlContext>().user;
});

export const Ctx = createParamDecorator((_data: unknown, ctx: ExecutionContext) =>
  GqlExecutionContext.create(ctx).getContext<GqlContext>(),
);
