import { createTestDatabase } from '@jobbridge/testing';
import type { INestApplication } from '@nestjs/common';
import { Writable } from 'node:stream';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { createApp } from '../src/app.factory';
import { loadConfig } from '../src/config/app-config';
import { createDataSource } from '../src/database/data-source';

/** Request logging: one short line per request (method, url, operation, status, ms, request id), no headers. */
describe('request log', () => {
  const lines: Record<string, unknown>[] = [];
  let app: INestApplication;
  let ds: DataSource;
  let drop: () => Promise<void>;
  let url: string;

  beforeAll(async () => {
    const db = await createTestDatabase();
    drop = db.drop;
    const config = loadConfig({
      NODE_ENV: 'test',
      JWT_SECRET: 'test-secret-test-secret-test-secret-123',
      PII_ENCRYPTION_KEY: '0123456789abcdef'.repeat(4),
      WEB_DIST_DIR: '/nonexistent',
      SEARCH_SYNC_POLL_MS: '0',
      LOG_LEVEL: 'info',
    });
    const sink = new Writable({
      write(chunk, _enc, done) {
        for (const l of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(l));
        done();
      },
    });
    ds = createDataSource(db.url);
    await ds.initialize();
    app = await createApp({ config, dataSource: ds, logger: pino({ level: 'info' }, sink) });
    await app.listen(0, '127.0.0.1');
    url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  });

  afterAll(async () => {
    await app.close();
    await ds.destroy();
    await drop();
  });

  it('writes one line per request with method, url, operation, status, time and request id, and no headers', async () => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: 'Bearer not-a-real-token',
        cookie: 'secret=1',
        'user-agent': 'request-log-test',
      },
      body: JSON.stringify({ operationName: 'Provinces', query: 'query Provinces { regions(parentCode: null) { code } }' }),
    });
    const requestId = res.headers.get('x-request-id');
    expect(requestId).toBeTruthy();
    const mine = lines.filter((l) => l.reqId === requestId);
    const completed = mine.filter((l) => typeof l.ms === 'number');
    expect(completed).toHaveLength(1);
    expect(completed[0].msg).toMatch(new RegExp(`^POST /graphql Provinces ${res.status} \\d+ms$`));
    const text = JSON.stringify(mine);
    for (const leaked of ['not-a-real-token', 'secret=1', 'request-log-test', 'headers', 'remoteAddress'])
      expect(text).not.toContain(leaked);
  });

  it('keeps a request id the caller sends when it is well-formed, and replaces one that is not', async () => {
    const kept = await fetch(`${url}/graphql?query=%7B__typename%7D`, { headers: { 'x-request-id': 'lb-1234.abc' } });
    expect(kept.headers.get('x-request-id')).toBe('lb-1234.abc');
    const replaced = await fetch(`${url}/graphql?query=%7B__typename%7D`, { headers: { 'x-request-id': 'x'.repeat(500) } });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('does not log health checks', async () => {
    const before = lines.length;
    await fetch(`${url}/health`);
    expect(lines.slice(before).filter((l) => String(l.msg).includes('/health'))).toHaveLength(0);
  });
});
