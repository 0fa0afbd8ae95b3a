/**
 * Prints the SQL that would bring a freshly migrated database in line with the entities: the body of the next
 * migration. Usage: npm run db:diff. An empty result means entities and migrations agree (CI checks that in a test).
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDataSource } from '../src/database/data-source';
import { freeLocalPort, startEmbeddedPostgres } from '../src/database/embedded-postgres';

async function main() {
  const external = process.env.DATABASE_URL;
  const embedded = external
    ? undefined
    : await startEmbeddedPostgres({ dir: join(tmpdir(), `jobbridge-diff-${process.pid}`), port: await freeLocalPort(), persistent: false });
  const url = external ?? embedded!.url('postgres');
  const ds = createDataSource(url);
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
    const sql = await ds.driver.createSchemaBuilder().log();
    for (const q of sql.upQueries)
      console.log(
        `await queryRunner.query(\`${q.query.replace(/`/g, '\\`')}\`${q.parameters?.length ? `, ${JSON.stringify(q.parameters)}` : ''});`,
      );
    console.log('-- down --');
    for (const q of sql.downQueries.reverse()) console.log(`await queryRunner.query(\`${q.query.replace(/`/g, '\\`')}\`);`);
  } finally {
    await ds.destroy();
    await embedded?.stop();
  }
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
