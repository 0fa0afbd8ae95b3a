import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '@jobbridge/contracts';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { AppError } from '../errors/app-error';

/**
 * Rejects queries whose estimated cost exceeds the limit before any resolver runs. List fields multiply their
 * children by `first` (see connectionComplexity); every other field costs 1.
 */
export function complexityPlugin(maxComplexity: number): ApolloServerPlugin {
  return {
    async requestDidStart({ schema }) {
      return {
        async didResolveOperation({ request, document }) {
          const complexity = getComplexity({
            schema,
            operationName: request.operationName,
            query: document,
            variables: request.variables,
            estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
          });
          if (complexity > maxComplexity) {
            throw new AppError(ErrorCode.QUERY_TOO_COMPLEX, `查询过于复杂（${complexity} > ${maxComplexity}），请减少字段或分页大小`);
          }
        },
      };
    },
  };
}

/** Complexity of a paginated field: its children once per requested row. */
export const connectionComplexity = ({ args, childComplexity }: { args: Record<string, unknown>; childComplexity: number }) =>
  1 + childComplexity * Math.max(1, Number(args.first ?? 20));
