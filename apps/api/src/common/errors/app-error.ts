import { ErrorCode } from '@jobbridge/contracts';
import { GraphQLError } from 'graphql';

/**
 * The one error type services throw. `code` is stable (libs/contracts ErrorCode); `field` names the input field at
 * fault (e.g. "input.creditCode"), so forms can show the message beside it.
 */
export class AppError extends GraphQLError {
  constructor(
    public readonly code: ErrorCode,
    message: string,
    public readonly field?: string,
    /** More for the client to act on (e.g. the figures behind LOCAL_HIRING_ACK_REQUIRED). Never personal data. */
    details?: Record<string, unknown>,
  ) {
    super(message, { extensions: { code, ...(field ? { field } : {}), ...(details ?? {}) } });
    this.name = 'AppError';
  }
}

/** Someone else's data, or data the caller may not touch. Says nothing about the thing itself. */
export const forbidden = () => new AppError(ErrorCode.FORBIDDEN, '无权执行此操作');
export const notFound = (what = '记录') => new AppError(ErrorCode.NOT_FOUND, `${what}不存在`);
export const unauthenticated = () => new AppError(ErrorCode.UNAUTHENTICATED, '请先登录');
export const invalid = (field: string, message: string, code: ErrorCode = ErrorCode.VALIDATION_FAILED) =>
  new AppError(code, message, field);
