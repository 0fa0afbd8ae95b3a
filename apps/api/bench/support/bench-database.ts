import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { EmbeddedDatabase, freeLocalPort, startEmbeddedPostgres } from '../../src/database/embedded-postgres';
import { prepareDatabase } from '../../src/database/prepare-database';

export interface BenchDatabase {
  url: string;
  ds: DataSource;
  drop(): Promise<void>;
}

/**
 * A scratch database for a benchmark, migrated and with the region dataset: a throwaway embedded PostgreSQL (2 GB of
 * shared buffers unless BENCH_SHARED_BUFFERS says otherwise), or a new database on the server in DATABASE_URL (dropped
 * afterwards unless BENCH_KEEP_DB is set, to EXPLAIN its slowest queries).
 */
export async function benchDatabase(name: string): Promise<BenchDatabase> {
  let embedded: EmbeddedDatabase | undefined;
  let url = process.env.DATABASE_URL;
  let dbName: string | undefined;
  if (!url) {
    embedded = await startEmbeddedPostgres({
      dir: join(tmpdir(), `jobbridge-${name}-${process.pid}-${randomBytes(3).toString('hex')}`),
      port: await freeLocalPort(),
      persistent: false,
      // A server holding a province's postings would give PostgreSQL a few GB; BENCH_SHARED_BUFFERS changes it.
      sharedBuffers: process.env.BENCH_SHARED_BUFFERS ?? '2GB',
    });
    url = embedded.url('postgres');
  } else {
    dbName = `jobbridge_${name}_${process.pid}`;
    const c = new Client({ connectionString: url });
    await c.connect();
    await c.query(`CREATE DATABASE "${dbName}"`);
    await c.end();
    const u = new URL(url);
    u.pathname = `/${dbName}`;
    url = u.toString();
  }
  const ds = await prepareDatabase(url, { info: () => undefined });
  return {
    url,
    ds,
    async drop() {
      await ds.destroy();
      if (dbName && process.env.BENCH_KEEP_DB) {
        console.log(`[bench] kept the database ${dbName} (BENCH_KEEP_DB): ${url}`);
        return;
      }
      if (embedded) await embedded.stop();
      else if (dbName) {
        const c = new Client({ connectionString: process.env.DATABASE_URL });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
        await c.end();
      }
    },
  };
}

/** The p-th percentile (nearest rank). */
export const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : NaN;
};

export const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** `--name value` from the command line, as a number. */
export function numberArg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

/** `--name a,b,c` from the command line, as numbers. */
export function numberListArg(name: string, fallback: number[]): number[] {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1].split(',').map(Number) : fallback;
}
