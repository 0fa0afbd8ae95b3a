import { createTestDatabase } from '@jobbridge/testing';
import { PostgresSearchEngine } from '@jobbridge/search';
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
