import { PassThrough } from 'node:stream';
import { createLogger } from './create-logger';

function capture(env: 'development' | 'production') {
  const out = new PassThrough();
  let text = '';
  out.on('data', (c: Buffer) => (text += c.toString()));
  return { logger: createLogger({ env, logLevel: 'info' }, out), text: () => text };
}

describe('createLogger', () => {
  it('prints one readable line per event in development', () => {
    const { logger, text } = capture('development');
    logger.info({ port: 54329 }, '正在启动内置数据库 / starting embedded PostgreSQL');
    logger.info({ reqId: 'r-1' }, 'POST /graphql login 200 12ms');
    const lines = text().trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^\[\d\d:\d\d:\d\d\] INFO: 正在启动内置数据库 \/ starting embedded PostgreSQL \{"port":54329\}$/);
    expect(lines[1]).toMatch(/INFO: POST \/graphql login 200 12ms \{"reqId":"r-1"\}$/);
  });

  it('prints JSON in production', () => {
    const { logger, text } = capture('production');
    logger.warn({ reqId: 'r-2' }, 'something');
    const line = JSON.parse(text().trim());
    expect(line).toMatchObject({ level: 40, reqId: 'r-2', msg: 'something' });
  });

  it("keeps Nest's per-module start-up lines out of info, and redacts passwords", () => {
    const { logger, text } = capture('production');
    logger.info({ context: 'InstanceLoader' }, 'AuthModule dependencies initialized');
    logger.info({ context: 'NestApplication' }, 'Nest application successfully started');
    logger.info({ input: { password: 'Passw0rd!2026' } }, 'login');
    expect(text()).not.toContain('AuthModule dependencies initialized');
    expect(text()).toContain('Nest application successfully started');
    expect(text()).not.toContain('Passw0rd!2026');
  });
});
