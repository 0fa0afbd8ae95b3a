import { createTestDatabase } from '@jobbridge/testing';
import { PostgresSearchEngine } from '@jobbridge/search';
import { precisionAt5, RELEVANCE_CASES, RELEVANCE_CORPUS } from '@jobbridge/search/testing';
import { createDataSource } from '../src/database/data-source';

/** The labelled relevance set (≥ 40 Chinese queries) on the embedded engine: precision at 5 must reach 0.9. */
describe('search relevance on the embedded engine', () => {
  it(`reaches precision@5 ≥ 0.9 over ${RELEVANCE_CASES.length} labelled queries`, async () => {
    const db = await createTestDatabase();
    const ds = createDataSource(db.url);
    await ds.initialize();
    try {
      const engine = new PostgresSearchEngine((sql, params) => ds.query(sql, params));
      await engine.upsertJobs(RELEVANCE_CORPUS);
      const tops: string[][] = [];
      for (const c of RELEVANCE_CASES)
        tops.push((await engine.searchJobs({ keyword: c.query, offset: 0, limit: 5 })).hits.map((h) => h.id));
      const { mean, perCase } = precisionAt5(tops);
      const misses = RELEVANCE_CASES.map((c, i) => ({ query: c.query, p: perCase[i], top: tops[i] })).filter((m) => m.p < 1);
      // On failure the report shows which queries fell short and what came first.
      expect({ mean: mean >= 0.9, misses }).toMatchObject({ mean: true });
    } finally {
      await ds.destroy();
      await db.drop();
    }
  });
});
