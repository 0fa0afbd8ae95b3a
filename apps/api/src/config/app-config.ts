import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseConfig, RawConfig } from './config.schema';

/** Resolved configuration: secrets filled in, paths absolute. Injected as a value provider. */
export interface AppConfig {
  env: RawConfig['NODE_ENV'];
  host: string;
  port: number;
  publicUrl?: string;
  logLevel: RawConfig['LOG_LEVEL'];
  databaseUrl?: string;
  embeddedPg: { dir: string; port: number };
  dataDir: string;
  redisUrl?: string;
  redisKeyPrefix: string;
  trustProxy: string | number | boolean;
  meili?: { url: string; masterKey?: string; index: string };
  /** How often the search sync worker looks for outbox events (ms); 0 = only when nudged. */
  searchSyncPollMs: number;
  /** Identical searches within this many ms share one engine call (CachedSearchEngine); 0 = off. */
  searchCacheMs: number;
  /** Which requests get a log line: all, errors (failed or slow), sample (those plus 1 in 100 of the rest). */
  logRequests: 'all' | 'errors' | 'sample';
  /** How often the regional-statistics rollup refreshes the days that changed (ms); 0 = only on demand. */
  statsRefreshMs: number;
  jwt: { secret: string; ttl: string };
  piiKey: Buffer;
  seedDemo: boolean;
  /** Extra subsidy packs (a directory of JSON files) and whether the demonstration pack is loaded. */
  subsidyPacks: { dir?: string; demo: boolean };
  webDistDir: string;
  login: { maxFailures: number; maxFailuresPerAddress: number; windowSeconds: number };
  /** How often live-room counters (viewers, likes, applications) are pushed at most (ms). */
  liveStatsIntervalMs: number;
  /** ICE servers handed to both sides of a job-fair video talk. */
  rtcIceServers: { urls: string | string[]; username?: string; credential?: string }[];
  /** Live-room presence and like limits (ADR 0009): heartbeat TTL of a process's viewers, caps per connection and address. */
  liveLimits: { presenceTtlMs: number; likesPerConnection: number; likesPerAddress: number; anonymousViewersPerAddress: number };
}

export const APP_CONFIG = Symbol('APP_CONFIG');

/**
 * Outside production, missing secrets are generated once and kept in DATA_DIR/secrets.json so that sessions and
 * encrypted identity numbers survive restarts of `npm start`. Production must set them (the schema enforces it).
 */
function localSecrets(dataDir: string): { jwtSecret: string; piiKey: string } {
  const file = join(dataDir, 'secrets.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
  mkdirSync(dataDir, { recursive: true });
  const secrets = { jwtSecret: randomBytes(32).toString('hex'), piiKey: randomBytes(32).toString('hex') };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const raw = parseConfig(env);
  const dataDir = resolve(raw.DATA_DIR);
  const needLocal = !raw.JWT_SECRET || !raw.PII_ENCRYPTION_KEY;
  const local = needLocal ? localSecrets(dataDir) : undefined;
  return {
    env: raw.NODE_ENV,
    host: raw.HOST,
    port: raw.PORT,
    publicUrl: raw.PUBLIC_URL,
    logLevel: raw.LOG_LEVEL,
    databaseUrl: raw.DATABASE_URL,
    embeddedPg: { dir: resolve(raw.EMBEDDED_PG_DIR), port: raw.EMBEDDED_PG_PORT },
    dataDir,
    redisUrl: raw.REDIS_URL,
    redisKeyPrefix: raw.REDIS_KEY_PREFIX,
    trustProxy: /^\d+$/.test(raw.TRUST_PROXY)
      ? Number(raw.TRUST_PROXY)
      : raw.TRUST_PROXY === 'true'
        ? true
        : raw.TRUST_PROXY === 'false'
          ? false
          : raw.TRUST_PROXY,
    meili: raw.MEILI_URL ? { url: raw.MEILI_URL, masterKey: raw.MEILI_MASTER_KEY, index: raw.MEILI_INDEX } : undefined,
    searchSyncPollMs: raw.SEARCH_SYNC_POLL_MS,
    searchCacheMs: raw.SEARCH_CACHE_MS ?? (raw.NODE_ENV === 'test' ? 0 : 2000),
    logRequests: raw.LOG_REQUESTS,
    statsRefreshMs: raw.STATS_REFRESH_MS,
    jwt: { secret: raw.JWT_SECRET ?? local!.jwtSecret, ttl: raw.JWT_TTL },
    piiKey: Buffer.from(raw.PII_ENCRYPTION_KEY ?? local!.piiKey, 'hex'),
    seedDemo: raw.SEED_DEMO === 'auto' ? !raw.DATABASE_URL : raw.SEED_DEMO === 'true',
    subsidyPacks: {
      dir: raw.SUBSIDY_PACKS_DIR,
      demo:
        raw.SUBSIDY_DEMO_PACKS === 'auto'
          ? raw.SEED_DEMO === 'auto'
            ? !raw.DATABASE_URL
            : raw.SEED_DEMO === 'true'
          : raw.SUBSIDY_DEMO_PACKS === 'true',
    },
    webDistDir: resolve(raw.WEB_DIST_DIR),
    login: {
      maxFailures: raw.LOGIN_MAX_FAILURES,
      maxFailuresPerAddress: raw.LOGIN_MAX_FAILURES_PER_ADDRESS,
      windowSeconds: raw.LOGIN_WINDOW_SECONDS,
    },
    liveStatsIntervalMs: raw.LIVE_STATS_INTERVAL_MS,
    rtcIceServers: raw.RTC_ICE_SERVERS,
    liveLimits: {
      presenceTtlMs: raw.LIVE_PRESENCE_TTL_MS,
      likesPerConnection: raw.LIVE_LIKES_PER_CONNECTION,
      likesPerAddress: raw.LIVE_LIKES_PER_ADDRESS,
      anonymousViewersPerAddress: raw.LIVE_VIEWERS_PER_ADDRESS,
    },
  };
}
