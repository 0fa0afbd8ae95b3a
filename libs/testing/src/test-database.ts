import { createServer } from 'node:net';
import { Client } from 'pg';

/**
 * Test databases. Jest's global setup (test-database-server.ts) starts one PostgreSQL for the run (embedded, or the
 * server in DATABASE_URL) and builds a template database with every migration and the region dataset; each test
 * file clones it: CREATE DATABASE … TEMPLATE takes a fraction of a second and isolates files that run in parallel.
 */
export const ENV_SERVER = 'JOBBRIDGE_TEST_PG_SERVER';
export const ENV_TEMPLATE = 'JOBBRIDGE_TEST_PG_TEMPLATE';

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

export function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

export async function admin<T>(serverUrl: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
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
