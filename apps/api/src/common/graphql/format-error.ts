import type { ApolloServerPlugin } from '@apollo/server';
import { ERROR_MESSAGES_ZH, ErrorCode } from '@jobbridge/contracts';
import { DomainError } from '@jobbridge/domain';
import { HttpException } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { EntityNotFoundError, QueryFailedError } from 'typeorm';
import type { GqlContext } from '../auth/gql-context';

const KNOWN = new Set<string>(Object.values(ErrorCode));

/** Errors Apollo itself raises for malformed requests: the client's fault. Their English detail gets a Chinese lead. */
const APOLLO_CLIENT_CODES: Record<string, string> = {
  GRAPHQL_PARSE_FAILED: '查询语法错误',
  GRAPHQL_VALIDATION_FAILED: '查询不符合接口定义',
  BAD_USER_INPUT: '参数类型或取值不正确',
  BAD_REQUEST: '请求不合法',
  PERSISTED_QUERY_NOT_FOUND: '未找到预存的查询',
  PERSISTED_QUERY_NOT_SUPPORTED: '不支持预存的查询',
  OPERATION_RESOLUTION_FAILURE: '找不到要执行的操作',
};

/** PostgreSQL errors that mean "bad or conflicting input", mapped to what the client can act on. */
const PG_CLIENT_ERRORS: Record<string, { code: ErrorCode; message: string }> = {
  '22001': { code: ErrorCode.VALIDATION_FAILED, message: '内容过长' },
  '22003': { code: ErrorCode.VALIDATION_FAILED, message: '数值超出允许范围' },
  '22007': { code: ErrorCode.VALIDATION_FAILED, message: '日期或时间格式不正确' },
  '22008': { code: ErrorCode.VALIDATION_FAILED, message: '日期或时间超出范围' },
  '22021': { code: ErrorCode.VALIDATION_FAILED, message: '内容含有无效的字符编码' },
  '22023': { code: ErrorCode.VALIDATION_FAILED, message: '输入不合法' },
  '22P02': { code: ErrorCode.VALIDATION_FAILED, message: '输入格式不正确' },
  '23502': { code: ErrorCode.VALIDATION_FAILED, message: '缺少必填内容' },
  '23503': { code: ErrorCode.NOT_FOUND, message: '关联的记录不存在' },
  '23505': { code: ErrorCode.CONFLICT, message: '记录已存在，请刷新后重试' },
  '23514': { code: ErrorCode.VALIDATION_FAILED, message: '输入不符合规则' },
  '40001': { code: ErrorCode.CONFLICT, message: '操作与他人同时发生，请重试' },
  '40P01': { code: ErrorCode.CONFLICT, message: '操作与他人同时发生，请重试' },
  '55P03': { code: ErrorCode.CONFLICT, message: '记录正被他人修改，请稍后重试' },
};

const HTTP_CODES: Record<number, { code: ErrorCode; message: string }> = {
  400: { code: ErrorCode.VALIDATION_FAILED, message: '输入不合法' },
  401: { code: ErrorCode.UNAUTHENTICATED, message: '请先登录' },
  403: { code: ErrorCode.FORBIDDEN, message: '无权执行此操作' },
  404: { code: ErrorCode.NOT_FOUND, message: '记录不存在' },
  413: { code: ErrorCode.VALIDATION_FAILED, message: '内容过长' },
  429: { code: ErrorCode.RATE_LIMITED, message: '操作过于频繁，请稍后再试' },
};

const hasChinese = (s: string) => /[\u3400-\u9fff]/.test(s);

export type ErrorKind =
  /** A refusal the API meant to give (validation, access, a business rule): logged at info, no stack. */
  | 'expected'
  /** The client's input reached the database unchecked (a missing validation): answered as a client error, logged at warn with the stack. */
  | 'unchecked'
  /** A bug or an outage: INTERNAL, logged at error once with the stack and the request id. */
  | 'unexpected';

export interface ClassifiedError {
  kind: ErrorKind;
  code: string;
  message: string;
  field?: string;
  extensions?: Record<string, unknown>;
}

/** The one place that decides what a client sees for an error and how loudly it is logged. */
export function classifyError(error: unknown, formatted?: GraphQLFormattedError): ClassifiedError {
  const original = ((error as { originalError?: unknown })?.originalError ?? error) as Error;
  if (original instanceof DomainError) {
    return { kind: 'expected', code: original.code, message: original.message, field: original.field };
  }
  if (original instanceof QueryFailedError) {
    const mapped = PG_CLIENT_ERRORS[(original as { code?: string }).code ?? ''];
    if (mapped) return { kind: 'unchecked', ...mapped };
    return { kind: 'unexpected', code: ErrorCode.INTERNAL, message: '服务器内部错误' };
  }
  if (original instanceof EntityNotFoundError) return { kind: 'expected', code: ErrorCode.NOT_FOUND, message: '记录不存在' };
  if (original instanceof HttpException) {
    const mapped = HTTP_CODES[original.getStatus()];
    if (mapped) return { kind: 'expected', ...mapped };
  }
  const gqlError = error instanceof GraphQLError ? error : original instanceof GraphQLError ? original : undefined;
  const extensions = formatted?.extensions ?? gqlError?.extensions ?? {};
  const code = extensions.code as string | undefined;
  const message = formatted?.message ?? original?.message ?? '';
  if (code && (KNOWN.has(code) || APOLLO_CLIENT_CODES[code]) && code !== ErrorCode.INTERNAL) {
    const { stacktrace: _s, http: _h, code: _c, field, ...rest } = extensions as Record<string, unknown>;
    const lead = APOLLO_CLIENT_CODES[code] ?? ERROR_MESSAGES_ZH[code as ErrorCode] ?? '请求未被接受';
    return {
      kind: 'expected',
      code,
      message: hasChinese(message) ? message : `${lead}：${message}`,
      field: typeof field === 'string' ? field : undefined,
      extensions: rest,
    };
  }
  return { kind: 'unexpected', code: ErrorCode.INTERNAL, message: '服务器内部错误' };
}

/**
 * Apollo's formatError: domain and client errors keep their code and field; database errors caused by input become
 * client errors; anything else becomes INTERNAL with a generic message (details go to the log, never to the client).
 */
export function createErrorFormatter() {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const c = classifyError(error, formatted);
    return {
      message: c.message,
      ...(formatted.locations && c.kind === 'expected' ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { ...(c.extensions ?? {}), code: c.code, ...(c.field ? { field: c.field } : {}) },
    };
  };
}

type RequestWithLog = GqlContext['req'] & { id?: string | number; log?: Pick<Logger, 'info' | 'warn' | 'error'> };

/**
 * Logs each error of a request once, at the level it deserves, through the request's logger (so every line carries
 * the request id), and gives INTERNAL errors the request id so a user can quote it to support.
 */
export function errorLoggingPlugin(fallback: Pick<Logger, 'info' | 'warn' | 'error'>): ApolloServerPlugin<GqlContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          const req = contextValue?.req as RequestWithLog | undefined;
          const log = req?.log ?? fallback;
          for (const error of errors) {
            const c = classifyError(error);
            const at = { code: c.code, path: error.path, operation: operationName ?? undefined, ...(c.field ? { field: c.field } : {}) };
            const original = (error.originalError ?? error) as Error;
            if (c.kind === 'expected') log.info(at, `refused: ${c.message}`);
            else if (c.kind === 'unchecked') log.warn({ ...at, err: original }, 'input reached the database unchecked');
            else log.error({ ...at, err: original }, 'unhandled GraphQL error');
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const id = (contextValue?.req as RequestWithLog | undefined)?.id;
          for (const e of response.body.singleResult.errors ?? []) {
            if (id !== undefined && e.extensions?.code === ErrorCode.INTERNAL) {
              (e as { message: string }).message = `服务器内部错误（请求编号 ${id}）`;
              (e.extensions as Record<string, unknown>).requestId = String(id);
            }
          }
        },
      };
    },
  };
}
