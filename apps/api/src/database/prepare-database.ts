import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { syncRegions } from '../modules/regions/regions-sync';
import { createDataSource } from './data-source';
import { QueryCounter } from './query-counter';

/** Any fixed number: API processes starting together take turns on it (pg_advisory_lock). */
const MIGRATION_LOCK = 2_026_1201;

/**
 * Connects, applies pending migrations (each in its own transaction) and loads the region dataset. Several API
 * processes may start at once (two replicas): a session advisory lock lets one migrate while the others wait, then
 * find nothing left to do.
 */
export async function prepareDatabase(url: string, logger: Pick<Logger, 'info'>, queryCounter?: QueryCounter): Promise<DataSource> {
  const ds = createDataSource(url, queryCounter);
  await ds.initialize();
  const runner = ds.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await ds.runMigrations({ transaction: 'each' });
    if (applied.length) logger.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
    const regions = await syncRegions(ds);
    if (regions) logger.info({ regions }, 'region dataset loaded');
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
  return ds;
}
