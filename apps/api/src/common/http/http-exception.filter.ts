import { ErrorCode } from '@jobbridge/contracts';
import { ArgumentsHost, Catch, ExceptionFilter, HttpException } from '@nestjs/common';
import type { Response } from 'express';
import type { Logger } from 'pino';

const MESSAGES: Record<number, { code: ErrorCode; message: string }> = {
  400: { code: ErrorCode.BAD_REQUEST, message: '请求不合法（请求体不是有效的 JSON？）' },
  404: { code: ErrorCode.NOT_FOUND, message: '地址不存在' },
  413: { code: ErrorCode.BAD_REQUEST, message: '请求体过大' },
  415: { code: ErrorCode.BAD_REQUEST, message: '不支持的内容类型' },
};

/**
 * Errors outside GraphQL execution (an unreadable JSON body, an oversized body, an unknown REST path) answer in the
 * same shape as GraphQL errors, in Chinese, with the right status; anything unexpected is a logged 500 without detail.
 * GraphQL errors pass through untouched (Apollo formats those).
 */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  constructor(private readonly logger: Pick<Logger, 'error'>) {}

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'http') return exception;
    const res = host.switchToHttp().getResponse<Response>();
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      // Health and other REST endpoints that answer with their own body keep it.
      if (typeof body === 'object' && body !== null && !('statusCode' in body)) return res.status(status).json(body);
      const known = MESSAGES[status] ?? { code: status >= 500 ? ErrorCode.INTERNAL : ErrorCode.BAD_REQUEST, message: '请求未被接受' };
      return res.status(status).json({ errors: [{ message: known.message, extensions: { code: known.code } }] });
    }
    this.logger.error({ err: exception }, 'unhandled HTTP error');
    return res.status(500).json({ errors: [{ message: '服务器内部错误', extensions: { code: ErrorCode.INTERNAL } }] });
  }
}
