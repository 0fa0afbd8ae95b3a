import { DataSource } from 'typeorm';
import { loadRegionDataset } from './region-dataset';

const BATCH = 2000;

/**
 * Loads the region dataset into `regions` when the table does not hold it yet (first start, or a newer dataset
 * package). Idempotent: an upsert by code. Returns the number of rows written (0 when already current).
 */
export async function syncRegions(dataSource: DataSource): Promise<number> {
  const rows = loadRegionDataset();
  const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM regions`);
  if (count === rows.length) return 0;
  await dataSource.transaction(async (em) => {
    for (let i = 0; i < rows.length; i += BATCH) {
      const chunk = rows.slice(i, i + BATCH);
      const params: unknown[] = [];
      const values = chunk.map((r, j) => {
        params.push(r.code, r.name, r.fullName, r.level, r.parentCode);
        const b = j * 5;
        return `($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5})`;
      });
      await em.query(
        `INSERT INTO regions (code, name, full_name, level, parent_code) VALUES ${values.join(',')}
         ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, full_name = EXCLUDED.full_name,
           level = EXCLUDED.level, parent_code = EXCLUDED.parent_code`,
        params,
      );
    }
  });
  return rows.length;
}
