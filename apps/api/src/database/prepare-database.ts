import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { syncRegions } from '../modules/regions/regions-sync';
import { createDataSource } from './data-source';
import { QueryCounter } from './query-counter';

/** Connects, applies pending migrations (each in its own transaction) and loads the region dataset. */
export async function prepareDatabase(url: string, logger: Pick<Logger, 'info'>, queryCounter?: QueryCounter): Promise<DataSource> {
  const ds = createDataSource(url, queryCounter);
  await ds.initialize();
  const applied = await ds.runMigrations({ transaction: 'each' });
  if (applied.length) logger.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
  const regions = await syncRegions(ds);
  if (regions) logger.info({ regions }, 'region dataset loaded');
  return ds;
}
