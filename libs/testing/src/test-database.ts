import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { EmbeddedDatabase, startEmbeddedPostgres } from '../../../apps/api/src/database/embedded-postgres';
import { prepareDatabase } from '../../../apps/api/src/database/prepare-database';

/**
 * Test databases. Jest's global setup starts one PostgreSQL for the run (embedded, or the server in DATABASE_URL),
 * builds a template database with every migration and the region dataset, and each test file clones it:
 * CREATE DATABASE … TEMPLATE takes a fraction of a second and isolates files that run in parallel.
 */
const ENV_SERVER = 'JOBBRIDGE_TEST_PG_SERVER';
const ENV_TEMPLATE = 'JOBBRIDGE_TEST_PG_TEMPLATE';

let embedded: EmbeddedDatabase | undefined;

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

async function admin<T>(serverUrl: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function setupTestDatabaseServer(): Promise<void> {
  let server = process.env.DATABASE_URL;
  if (!server) {
    const dir = join(mkdtempSync(join(tmpdir(), 'jobbridge-test-')), 'pg');
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

/** A fresh database for one test file, cloned from the migrated template. Returns its URL and a drop function. */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const server = process.env[ENV_SERVER];
  const template = process.env[ENV_TEMPLATE];
  if (!server || !template) throw new Error('Test database server not set up: run through jest with the api jest config (globalSetup).');
  const name = `${template}_${Math.random().toString(36).slice(2, 10)}`;
  await admin(server, (c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  return {
    url: withDatabase(server, name),
    drop: () => admin(server, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}
