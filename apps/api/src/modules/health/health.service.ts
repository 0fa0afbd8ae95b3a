import type { SearchEngine } from '@jobbridge/search';
import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { SEARCH_ENGINE } from '../search-index/search-engine.provider';

export type CheckState = 'up' | 'down';
export interface HealthReport {
  /** ok: everything answers; degraded: the API serves, but search or Redis is down (searches wait, realtime is per process); error: no database. */
  status: 'ok' | 'degraded' | 'error';
  checks: { database: CheckState; redis: CheckState | 'not-configured'; search: CheckState };
}

/** A check that has not answered by then counts as down: a load balancer must get its answer quickly. */
export const HEALTH_CHECK_TIMEOUT_MS = 2000;

function within<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

/**
 * What the API depends on, each checked cheaply and in parallel: the database (SELECT 1), Redis when REDIS_URL is set
 * (PING on a connection of its own that never queues commands while disconnected, so a Redis outage answers at once),
 * and the search engine (its own health call: the PostgreSQL engine's query, Meilisearch's /health).
 */
@Injectable()
export class HealthService implements OnModuleDestroy {
  private readonly redis?: Redis;

  constructor(
    private readonly ds: DataSource,
    @Inject(SEARCH_ENGINE) private readonly search: SearchEngine,
    @Inject(APP_CONFIG) config: Pick<AppConfig, 'redisUrl'>,
  ) {
    if (config.redisUrl) {
      this.redis = new Redis(config.redisUrl, {
        lazyConnect: true,
        enableOfflineQueue: false,
        maxRetriesPerRequest: 0,
        connectTimeout: HEALTH_CHECK_TIMEOUT_MS,
        // Keep trying in the background (at most every 2 s) so the check turns up again when Redis comes back.
        retryStrategy: (times) => Math.min(times * 200, 2000),
      });
      // Failures are reported by check(); an unhandled 'error' event would only add noise.
      this.redis.on('error', () => undefined);
    }
  }

  async check(): Promise<HealthReport> {
    const [database, redis, search] = await Promise.all([this.database(), this.redisState(), this.searchState()]);
    const checks = { database, redis, search };
    // Only the database makes the API useless. A search or Redis outage is reported but keeps the process in
    // rotation: postings, applications and sign-in still work, and searches fail with SEARCH_UNAVAILABLE until the
    // engine is back (the outbox catches up). Taking every replica out for it would turn a partial outage into a total one.
    const status = database === 'down' ? 'error' : redis === 'down' || search === 'down' ? 'degraded' : 'ok';
    return { status, checks };
  }

  private async database(): Promise<CheckState> {
    try {
      await within(this.ds.query('SELECT 1'), HEALTH_CHECK_TIMEOUT_MS);
      return 'up';
    } catch {
      return 'down';
    }
  }

  private async redisState(): Promise<CheckState | 'not-configured'> {
    const redis = this.redis;
    if (!redis) return 'not-configured';
    try {
      if (redis.status === 'wait') await within(redis.connect(), HEALTH_CHECK_TIMEOUT_MS);
      const pong = await within(redis.ping(), HEALTH_CHECK_TIMEOUT_MS);
      return pong === 'PONG' ? 'up' : 'down';
    } catch {
      return 'down';
    }
  }

  private async searchState(): Promise<CheckState> {
    try {
      return (await within(this.search.isHealthy(), HEALTH_CHECK_TIMEOUT_MS)) ? 'up' : 'down';
    } catch {
      return 'down';
    }
  }

  onModuleDestroy(): void {
    this.redis?.disconnect();
  }
}
