import { ErrorCode } from '@jobbridge/contracts';
import { DomainError } from '@jobbridge/domain';
import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { AppError } from '../errors/app-error';
import { classifyError, createErrorFormatter, errorLoggingPlugin } from './format-error';

const pgError = (code: string) =>
  new QueryFailedError('SELECT 1 FROM users WHERE id = $1', ['x'], Object.assign(new Error(`pg ${code}`), { code }));
const located = (original: Error) => new GraphQLError(original.message, { originalError: original, path: ['field'] });

describe('error classification', () => {
  const format = createErrorFormatter();

  it('keeps an AppError’s code and field', () => {
    const e = located(new AppError(ErrorCode.VALIDATION_FAILED, '编号格式不正确', 'id'));
    expect(format({ message: e.message, path: ['field'], extensions: e.extensions }, e)).toEqual({
      message: '编号格式不正确',
      path: ['field'],
      extensions: { code: 'VALIDATION_FAILED', field: 'id' },
    });
  });

  it('keeps a DomainError’s code, field and Chinese message', () => {
    const c = classifyError(located(new DomainError(ErrorCode.INVALID_STATUS_TRANSITION, '申请已是「已入职」状态，不能改为「面试」')));
    expect(c).toMatchObject({ kind: 'expected', code: 'INVALID_STATUS_TRANSITION' });
  });

  it.each([
    ['22P02', 'VALIDATION_FAILED'],
    ['22001', 'VALIDATION_FAILED'],
    ['23503', 'NOT_FOUND'],
    ['23505', 'CONFLICT'],
    ['40P01', 'CONFLICT'],
  ])('turns PostgreSQL %s (input that reached the database unchecked) into %s, without SQL', (pg, code) => {
    const e = located(pgError(pg));
    const out = format({ message: e.message, path: ['field'] }, e);
    expect(out.extensions?.code).toBe(code);
    expect(JSON.stringify(out)).not.toMatch(/SELECT|users|pg /);
    expect(classifyError(e).kind).toBe('unchecked');
  });

  it('hides anything else as INTERNAL', () => {
    const e = located(new TypeError("Cannot read properties of undefined (reading 'id')"));
    expect(format({ message: e.message, path: ['field'] }, e)).toEqual({
      message: '服务器内部错误',
      path: ['field'],
      extensions: { code: 'INTERNAL' },
    });
    expect(classifyError(pgError('XX000')).code).toBe('INTERNAL');
  });

  it('gives Apollo’s English client errors a Chinese lead', () => {
    const e = new GraphQLError('Cannot query field "nope" on type "Query".', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(format({ message: e.message, extensions: e.extensions }, e).message).toBe(
      '查询不符合接口定义：Cannot query field "nope" on type "Query".',
    );
  });
});

describe('error logging', () => {
  function capture() {
    const lines: { level: string; obj: Record<string, unknown>; msg: string }[] = [];
    const log = (level: string) => (obj: Record<string, unknown>, msg: string) => lines.push({ level, obj, msg });
    return { lines, logger: { info: log('info'), warn: log('warn'), error: log('error') } };
  }

  async function run(errors: GraphQLError[]) {
    const { lines, logger } = capture();
    const hooks = await errorLoggingPlugin(logger as never).requestDidStart!({} as never);
    const req = { id: 'req-42', log: logger };
    await hooks!.didEncounterErrors!({ errors, contextValue: { req }, operationName: 'Op' } as never);
    const response = {
      body: {
        kind: 'single',
        singleResult: { errors: errors.map((e) => ({ message: '服务器内部错误', extensions: { code: classifyCode(e) } })) },
      },
    };
    await hooks!.willSendResponse!({ response, contextValue: { req } } as never);
    return { lines, sent: response.body.singleResult.errors };
  }
  const classifyCode = (e: GraphQLError) => classifyError(e).code;

  it('logs an expected refusal at info without a stack', async () => {
    const { lines } = await run([located(new AppError(ErrorCode.FORBIDDEN, '无权执行此操作'))]);
    expect(lines).toEqual([
      { level: 'info', obj: expect.not.objectContaining({ err: expect.anything() }), msg: 'refused: 无权执行此操作' },
    ]);
  });

  it('logs an unexpected error once at error with the error, and gives the client the request id', async () => {
    const { lines, sent } = await run([located(new TypeError('boom'))]);
    expect(lines).toHaveLength(1);
    expect(lines[0].level).toBe('error');
    expect(lines[0].obj.err).toBeInstanceOf(TypeError);
    expect(sent[0]).toEqual({ message: '服务器内部错误（请求编号 req-42）', extensions: { code: 'INTERNAL', requestId: 'req-42' } });
  });

  it('logs input that reached the database at warn, with the error', async () => {
    const { lines } = await run([located(pgError('22P02'))]);
    expect(lines.map((l) => l.level)).toEqual(['warn']);
  });
});
