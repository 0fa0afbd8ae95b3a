import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import pino from 'pino';
import type { SearchEngine } from '@jobbridge/search';
import { DataSource } from 'typeorm';
import { createApp, createDataSource, loadConfig, QueryCounter, SearchSyncWorker } from '@jobbridge/api/testing';
import { gqlRequest, GqlResult } from './graphql-client';
import { createTestDatabase } from './test-database';

export interface TestApp {
  url: string;
  app: INestApplication;
  ds: DataSource;
  queries: QueryCounter;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResult<T>>;
  /** The environment this app was configured with (database, Redis prefix, secrets): a second process started with it shares everything. */
  env: Record<string, string | undefined>;
  /** Runs the search sync until the outbox has nothing due; returns the events it took. */
  drainSearch(): Promise<number>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  env?: Record<string, string | undefined>;
  wrapSearchEngine?: (engine: SearchEngine) => SearchEngine;
}

/** Boots the real API (GraphQL over HTTP, socket.io) on a fresh database and a random port. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const env: Record<string, string | undefined> = {
    NODE_ENV: 'test',
    JWT_SECRET: 'test-secret-test-secret-test-secret-123',
    PII_ENCRYPTION_KEY: '0123456789abcdef'.repeat(4),
    WEB_DIST_DIR: '/nonexistent',
    REDIS_URL: process.env.REDIS_URL,
    // Each test app keeps its own Redis keys, so limits never leak between test files or runs.
    REDIS_KEY_PREFIX: `test:${randomUUID()}:`,
    LOG_LEVEL: 'silent',
    // Tests drain the search outbox themselves (TestApp.drainSearch) instead of waiting for the poll.
    SEARCH_SYNC_POLL_MS: '0',
    // …and refresh the statistics rollup themselves (StatisticsRefreshWorker); queries over today still refresh it.
    STATS_REFRESH_MS: '0',
    ...options.env,
  };
  const config = loadConfig(env);
  const queries = new QueryCounter();
  const ds = createDataSource(db.url, queries);
  await ds.initialize();
  const app = await createApp({
    config,
    dataSource: ds,
    logger: pino({ level: config.logLevel }),
    queryCounter: queries,
    wrapSearchEngine: options.wrapSearchEngine,
  });
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return {
    url,
    app,
    ds,
    queries,
    env: { ...env, DATABASE_URL: db.url },
    gql: (query, variables, token) => gqlRequest(url, query, variables, token),
    drainSearch: () => app.get(SearchSyncWorker).drain(),
    async close() {
      await app.close();
      await ds.destroy();
      await db.drop();
    },
  };
}
