import { ErrorCode } from '@jobbridge/contracts';
import { DomainError } from '@jobbridge/domain';
import { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';

const KNOWN = new Set<string>(Object.values(ErrorCode));
// Errors Apollo itself raises for malformed requests; they are the client's fault and safe to show.
const APOLLO_CLIENT_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE']);

/**
 * The single place where errors become GraphQL errors: domain errors keep their code and field; anything unknown
 * becomes INTERNAL with a generic message (the details go to the log, never to the client).
 */
export function createErrorFormatter(logger: Pick<Logger, 'error'>) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = ((error as { originalError?: unknown })?.originalError ?? error) as Error;
    if (original instanceof DomainError) {
      return {
        message: original.message,
        path: formatted.path,
        extensions: { code: original.code, ...(original.field ? { field: original.field } : {}) },
      };
    }
    const code = formatted.extensions?.code as string | undefined;
    if (code && (KNOWN.has(code) || APOLLO_CLIENT_CODES.has(code))) {
      const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    logger.error({ err: original, path: formatted.path }, 'unhandled GraphQL error');
    return { message: '服务器内部错误', path: formatted.path, extensions: { code: ErrorCode.INTERNAL } };
  };
}
