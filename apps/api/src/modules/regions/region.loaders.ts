import { DataSource, In } from 'typeorm';
import { loaderKind } from '../../common/loaders/loaders';
import { RegionEntity } from './region.entity';

/**
 * Regions are reference data that never change while the process runs (the dataset loads before it starts), so they
 * are cached for the process (per data source): most requests then need no region query at all.
 */
const cache = new WeakMap<DataSource, Map<string, RegionEntity | null>>();

export const regionByCode = loaderKind<string, RegionEntity | null>('regionByCode', (ds, codes) => cachedRegions(ds, codes));

/** Regions by canonical code through the process cache (null for an unknown code); one query for the ones not seen yet. */
export async function cachedRegions(ds: DataSource, codes: readonly string[]): Promise<(RegionEntity | null)[]> {
  let regions = cache.get(ds);
  if (!regions) cache.set(ds, (regions = new Map()));
  const missing = codes.filter((c) => !regions.has(c));
  if (missing.length) {
    const rows = await ds.getRepository(RegionEntity).findBy({ code: In(missing) });
    for (const c of missing) regions.set(c, null);
    for (const r of rows) regions.set(r.code, r);
  }
  return codes.map((c) => regions.get(c) ?? null);
}
