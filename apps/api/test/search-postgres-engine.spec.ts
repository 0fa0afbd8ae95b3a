import { createTestDatabase } from '@jobbridge/testing';
import { geoCellLexeme, PostgresSearchEngine } from '@jobbridge/search';
import { describeJobSearchConformance } from '@jobbridge/search/testing';
import { createDataSource } from '../src/database/data-source';

/** The embedded engine against the shared conformance suite, on a real (migrated) PostgreSQL. */
describeJobSearchConformance('PostgreSQL full-text', async () => {
  const db = await createTestDatabase();
  const ds = createDataSource(db.url);
  await ds.initialize();
  return {
    engine: new PostgresSearchEngine((sql, params) => ds.query(sql, params)),
    cleanup: async () => {
      await ds.destroy();
      await db.drop();
    },
  };
});

describe('grid cells of the search vector', () => {
  it('are written by search_geo_cells (SQL) exactly as the engine computes them for a query (TypeScript)', async () => {
    const db = await createTestDatabase();
    const ds = createDataSource(db.url);
    await ds.initialize();
    try {
      // Points across China, on and near cell edges, and a few with many decimals.
      const points: [number, number][] = [
        [35.6, 103.2],
        [35.59999999, 103.19999999],
        [18.2, 109.5],
        [53.5, 122.5],
        [-0.05, -0.01],
        [0, 0],
      ];
      for (let i = 0; i < 300; i++) points.push([18 + ((i * 7919) % 3600) / 100 + i / 1e7, 73 + ((i * 104729) % 6200) / 100 + i / 3e7]);
      const rows: { cells: string[] }[] = await ds.query(
        `SELECT tsvector_to_array(search_geo_cells(p.lat, p.lng)) AS cells FROM ROWS FROM (jsonb_to_recordset($1::jsonb) AS (lat float8, lng float8)) WITH ORDINALITY AS p(lat, lng, n) ORDER BY n`,
        [JSON.stringify(points.map(([lat, lng]) => ({ lat, lng })))],
      );
      expect(rows.map((r) => [...r.cells].sort())).toEqual(
        points.map(([lat, lng]) => [1, 2, 3].map((l) => geoCellLexeme(l, lat, lng)).sort()),
      );
      expect(await ds.query(`SELECT search_geo_cells(NULL, 103.2) = ''::tsvector AS empty`)).toEqual([{ empty: true }]);
    } finally {
      await ds.destroy();
      await db.drop();
    }
  });
});
