import { GraphQLSchemaHost } from '@nestjs/graphql';
import { createTestApp, TestApp } from '@jobbridge/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { printCommittedSchema } from '../src/common/graphql/print-schema';

describe('schema drift', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('has no difference between the entities and the migrated database', async () => {
    const pending = await t.ds.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('has every migration applied and none pending', async () => {
    expect(await t.ds.showMigrations()).toBe(false);
  });

  it('keeps the committed schema.gql in step with the code (run `npm run schema` after changing the API)', () => {
    const committed = readFileSync(join(__dirname, '..', 'schema.gql'), 'utf8');
    expect(printCommittedSchema(t.app.get(GraphQLSchemaHost).schema)).toBe(committed);
  });

  it('names every constraint (no generated names)', async () => {
    const rows: { conname: string }[] = await t.ds.query(
      `SELECT c.conname FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace JOIN pg_class t ON t.oid = c.conrelid
       WHERE n.nspname = 'public' AND c.contype IN ('p', 'f', 'u', 'c') AND t.relname <> 'schema_migrations'`,
    );
    const unnamed = rows.map((r) => r.conname).filter((n) => !/^(pk|fk|uq|ck)_/.test(n));
    expect(unnamed).toEqual([]);
  });
});
