import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from './app-config';
import { ConfigError } from './config.schema';

const KEY = 'ab'.repeat(32);
const dataDir = () => mkdtempSync(join(tmpdir(), 'jobbridge-config-'));

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  return [];
}

describe('configuration', () => {
  it('runs with no configuration at all: embedded database, demo data, port 3000', () => {
    const c = loadConfig({ DATA_DIR: dataDir() });
    expect(c).toMatchObject({
      env: 'development',
      port: 3000,
      databaseUrl: undefined,
      seedDemo: true,
      redisUrl: undefined,
      trustProxy: 'loopback',
    });
  });

  it('generates local secrets once and keeps them (sessions survive restarts)', () => {
    const dir = dataDir();
    const first = loadConfig({ DATA_DIR: dir });
    const second = loadConfig({ DATA_DIR: dir });
    expect(second.jwt.secret).toBe(first.jwt.secret);
    expect(second.piiKey.equals(first.piiKey)).toBe(true);
    expect(first.piiKey).toHaveLength(32);
    expect(statSync(join(dir, 'secrets.json')).mode & 0o077).toBe(0);
    expect(readFileSync(join(dir, 'secrets.json'), 'utf8')).toContain(first.jwt.secret);
  });

  it('does not seed demo data into an external database unless asked', () => {
    expect(loadConfig({ DATA_DIR: dataDir(), DATABASE_URL: 'postgres://u@db/x' }).seedDemo).toBe(false);
    expect(loadConfig({ DATA_DIR: dataDir(), DATABASE_URL: 'postgres://u@db/x', SEED_DEMO: 'true' }).seedDemo).toBe(true);
  });

  it('requires the secrets and an external database in production, naming each', () => {
    expect(problems({ NODE_ENV: 'production' })).toEqual([
      'JWT_SECRET is required when NODE_ENV=production',
      'PII_ENCRYPTION_KEY is required when NODE_ENV=production',
      'DATABASE_URL is required when NODE_ENV=production',
    ]);
    expect(
      problems({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), PII_ENCRYPTION_KEY: KEY, DATABASE_URL: 'postgres://db/x' }),
    ).toEqual([]);
  });

  it.each([
    [{ DATABASE_URL: 'mysql://db/x' }, 'DATABASE_URL must start with postgres:// or postgresql://'],
    [{ REDIS_URL: 'localhost:6379' }, 'REDIS_URL must start with redis:// or rediss://'],
    [{ PII_ENCRYPTION_KEY: 'short' }, 'PII_ENCRYPTION_KEY must be 64 hex characters (32 bytes)'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET must be at least 32 characters'],
  ])('explains a bad value: %j', (env, message) => {
    expect(problems({ DATA_DIR: dataDir(), ...env })).toContain(message);
  });

  it('rejects an out-of-range port and an unknown log level', () => {
    const p = problems({ DATA_DIR: dataDir(), PORT: '70000', LOG_LEVEL: 'loud' });
    expect(p.some((m) => m.startsWith('PORT'))).toBe(true);
    expect(p.some((m) => m.startsWith('LOG_LEVEL'))).toBe(true);
  });

  it('reads TRUST_PROXY as a hop count, a boolean or an Express preset', () => {
    expect(loadConfig({ DATA_DIR: dataDir(), TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ DATA_DIR: dataDir(), TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ DATA_DIR: dataDir(), TRUST_PROXY: '10.0.0.0/8' }).trustProxy).toBe('10.0.0.0/8');
  });
});
