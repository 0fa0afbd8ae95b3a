import type { SearchEngine } from '@jobbridge/search';
import { createTestApp, freePort, SwitchableEngine, TestApp } from '@jobbridge/testing';
import type { DataSource } from 'typeorm';
import { HEALTH_CHECK_TIMEOUT_MS, HealthReport, HealthService } from '../src/modules/health/health.service';
import { SEARCH_ENGINE } from '../src/modules/search-index/search-engine.provider';

const health = async (t: TestApp) => {
  const res = await fetch(`${t.url}/health`);
  return { status: res.status, body: (await res.json()) as HealthReport };
};

describe('GET /health', () => {
  let t: TestApp;
  let engine: SwitchableEngine;

  beforeAll(async () => {
    t = await createTestApp({ wrapSearchEngine: (e) => (engine = new SwitchableEngine(e)) });
  });
  afterAll(() => t.close());

  it('answers 200 with every dependency up (Redis when REDIS_URL is set)', async () => {
    const { status, body } = await health(t);
    expect(status).toBe(200);
    expect(body).toEqual({
      status: 'ok',
      checks: { database: 'up', redis: process.env.REDIS_URL ? 'up' : 'not-configured', search: 'up' },
    });
  });

  it('stays in rotation (200, degraded) naming the search engine while it is down, and ok again once it is back', async () => {
    engine.down = true;
    try {
      const { status, body } = await health(t);
      expect(status).toBe(200);
      expect(body).toEqual({ status: 'degraded', checks: expect.objectContaining({ database: 'up', search: 'down' }) });
    } finally {
      engine.down = false;
    }
    expect((await health(t)).body.status).toBe('ok');
  });

  it('needs no token and is not cached', async () => {
    const res = await fetch(`${t.url}/health`);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});

// An app cannot boot with Redis unreachable (REDIS_URL fails the start, by design), so these checks build the health
// service directly, on the test app's real database and search engine.
describe('HealthService', () => {
  let t: TestApp;
  let search: SearchEngine;

  beforeAll(async () => {
    t = await createTestApp({ env: { REDIS_URL: '' } });
    search = t.app.get(SEARCH_ENGINE);
  });
  afterAll(() => t.close());

  it('says Redis is not configured without REDIS_URL (the app served that)', async () => {
    const res = await fetch(`${t.url}/health`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as HealthReport).checks.redis).toBe('not-configured');
  });

  it('reports Redis down, promptly, when REDIS_URL points to a closed port', async () => {
    const service = new HealthService(t.ds, search, { redisUrl: `redis://127.0.0.1:${await freePort()}` });
    try {
      const started = Date.now();
      const report = await service.check();
      expect(report).toEqual({ status: 'degraded', checks: { database: 'up', redis: 'down', search: 'up' } });
      expect(Date.now() - started).toBeLessThanOrEqual(HEALTH_CHECK_TIMEOUT_MS + 500);
    } finally {
      service.onModuleDestroy();
    }
  });

  it('reports the database down when it does not answer', async () => {
    const broken = { query: () => Promise.reject(new Error('connection terminated')) } as unknown as DataSource;
    const service = new HealthService(broken, search, {});
    expect(await service.check()).toEqual({ status: 'error', checks: { database: 'down', redis: 'not-configured', search: 'up' } });
  });

  it('counts a check that hangs as down after the timeout', async () => {
    const hanging = { ...search, isHealthy: () => new Promise<boolean>(() => undefined) } as SearchEngine;
    const service = new HealthService(t.ds, hanging, {});
    const report = await service.check();
    expect(report.checks.search).toBe('down');
  });
});
