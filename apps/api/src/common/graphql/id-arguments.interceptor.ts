import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Observable } from 'rxjs';
import { invalid } from '../errors/app-error';
import { isUuid, walkArgument } from './argument-values';

/**
 * Every `ID` argument of every operation is checked here, once, before the resolver runs: a malformed id answers
 * VALIDATION_FAILED with the argument's path (`id`, `input.jobPostingIds.2`) instead of reaching PostgreSQL's uuid
 * parser. An operation added later is covered without doing anything.
 */
@Injectable()
export class IdArgumentsInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() === 'graphql') {
      const gql = GqlExecutionContext.create(context);
      checkIdArguments(gql.getInfo<GraphQLResolveInfo>(), gql.getArgs<Record<string, unknown>>());
    }
    return next.handle();
  }
}

export function checkIdArguments(info: GraphQLResolveInfo | undefined, args: Record<string, unknown>): void {
  const field = info?.parentType?.getFields()[info.fieldName];
  if (!field) return;
  for (const arg of field.args) {
    walkArgument(arg.type, args[arg.name], arg.name, {
      scalar: (typeName, value, path) => {
        if (typeName === 'ID' && !isUuid(value)) throw invalid(path, '编号格式不正确');
      },
    });
  }
}
