import { generateIdNumber } from '@jobbridge/domain';
import {
  admin,
  createTestApp,
  ENV_SERVER,
  gqlRequest,
  makeEmployer,
  makeOfficer,
  makePublishedJob,
  makeSeeker,
  ok,
  PASSWORD,
  TestApp,
  withDatabase,
} from '@jobbridge/testing';
import pino from 'pino';
import { createApp } from '../src/app.factory';
import { loadConfig } from '../src/config/app-config';
import { createDataSource } from '../src/database/data-source';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import {
  backupDatabase,
  BackupFormat,
  detectFormat,
  findTool,
  restoreDatabase,
  RestoreRefused,
  rowCounts,
  serverMajor,
} from '../src/database/backup/backup';

/**
 * Backups: data made through the API, backed up, restored into a fresh empty database: the same tables with the same
 * rows (counts, and a digest of every row), and the restored database serves the API (a seeker signs in and reads
 * their encrypted identity number back).
 */
const ROOT = join(__dirname, '../../..');
const dir = join(tmpdir(), `jobbridge-backup-${process.pid}-${randomBytes(3).toString('hex')}`);
const created: string[] = [];

async function freshDatabase(): Promise<string> {
  const server = process.env[ENV_SERVER]!;
  const name = `jobbridge_restore_${randomBytes(4).toString('hex')}`;
  await admin(server, (c) => c.query(`CREATE DATABASE "${name}"`));
  created.push(name);
  return withDatabase(server, name);
}

/** md5 of every row of every table, in a stable order: equal digests mean equal contents. */
async function digests(url: string): Promise<Record<string, string>> {
  const counts = await rowCounts(url);
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const out: Record<string, string> = {};
    for (const table of Object.keys(counts)) {
      if (table === 'public.schema_migrations') continue; // its ids and timestamps are the restore's own
      const { rows } = await client.query(`SELECT md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS d FROM ${table} x`);
      out[table] = rows[0].d;
    }
    return out;
  } finally {
    await client.end();
  }
}

async function login(url: string, phone: string): Promise<{ token: string }> {
  const r = ok(
    await gqlRequest(url, `mutation($input: LoginInput!) { login(input: $input) { token } }`, {
      input: { login: phone, password: PASSWORD },
    }),
  );
  return { token: r.login.token };
}

describe('backups (npm run db:backup / db:restore)', () => {
  let t: TestApp;
  let source: string;
  let idNumber: string;
  let seekerPhone: string;

  beforeAll(async () => {
    mkdirSync(dir, { recursive: true });
    t = await createTestApp();
    source = t.env.DATABASE_URL!;
    const officer = await makeOfficer(t);
    const employer = await makeEmployer(t);
    idNumber = generateIdNumber('62292120030415351');
    const seeker = await makeSeeker(t, { idNumber });
    seekerPhone = seeker.phone;
    for (let i = 0; i < 3; i++) {
      const job = await makePublishedJob(t, employer, officer);
      ok(
        await t.gql(
          `mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) { id } }`,
          { input: { jobPostingId: job } },
          seeker.token,
        ),
      );
    }
  });

  afterAll(async () => {
    await t.close();
    const server = process.env[ENV_SERVER]!;
    for (const name of created) await admin(server, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    rmSync(dir, { recursive: true, force: true });
  });

  /** The API on a restored database, with the secrets of the backed-up installation. */
  async function bootOn(url: string): Promise<{ url: string; close(): Promise<void> }> {
    const config = loadConfig({ ...t.env, DATABASE_URL: url, REDIS_URL: '' });
    const ds = createDataSource(url);
    await ds.initialize();
    const app = await createApp({ config, dataSource: ds, logger: pino({ level: 'silent' }) });
    await app.listen(0, '127.0.0.1');
    const appUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    return {
      url: appUrl,
      close: async () => {
        await app.close();
        await ds.destroy();
      },
    };
  }

  async function roundTrip(format: BackupFormat) {
    const file = join(dir, `${format}.dump`);
    const result = await backupDatabase(source, file, { format });
    expect(result.format).toBe(format);
    expect(detectFormat(file)).toBe(format);
    const target = await freshDatabase();
    await restoreDatabase(target, file);
    const [before, after] = [await rowCounts(source), await rowCounts(target)];
    expect(Object.keys(after).length).toBeGreaterThan(10);
    expect(after).toEqual(before);
    expect(before['public.applications']).toBe(3);
    expect(await digests(target)).toEqual(await digests(source));
    return { file, target, before };
  }

  it('built-in format: every table restored with the same rows, and the restored database serves the API', async () => {
    const { target, before } = await roundTrip('builtin');
    console.log(`RESULT backup builtin tables=${Object.keys(before).length} rows=${Object.values(before).reduce((a, b) => a + b, 0)}`);
    // The restored database serves the API: the seeker signs in and reads their encrypted identity number back.
    const mine = `{ myJobSeekerProfile { fullName idNumberMasked } }`;
    const original = ok(await t.gql(mine, {}, (await login(t.url, seekerPhone)).token));
    const app = await bootOn(target);
    try {
      const session = await login(app.url, seekerPhone);
      const again = ok(await gqlRequest(app.url, mine, {}, session.token));
      expect(again).toEqual(original);
      expect(again.myJobSeekerProfile.idNumberMasked).toContain('*');
    } finally {
      await app.close();
    }
  });

  it('pg_dump format when a pg_dump at least as new as the server is installed', async () => {
    const tool = findTool('pg_dump', await serverMajor(source));
    if (!tool) {
      console.log(`SKIP pg_dump round trip: no pg_dump ${await serverMajor(source)}+ here (the built-in format covers this server)`);
      return;
    }
    await roundTrip('pg_dump');
  });

  it('refuses to restore into a database that is not empty, and replaces it with --force', async () => {
    const file = join(dir, 'force.dump');
    await backupDatabase(source, file, { format: 'builtin' });
    const target = await freshDatabase();
    await restoreDatabase(target, file);
    await expect(restoreDatabase(target, file)).rejects.toThrow(RestoreRefused);
    await expect(restoreDatabase(target, file)).rejects.toThrow(/目标数据库不是空的.*--force/s);
    await restoreDatabase(target, file, { force: true });
    expect(await rowCounts(target)).toEqual(await rowCounts(source));
  });

  it('the npm scripts back up DATABASE_URL to a file and restore it, refusing a non-empty target without --force', async () => {
    const file = join(dir, 'cli.dump');
    const target = await freshDatabase();
    const script = (name: string, args: string[], databaseUrl: string) =>
      new Promise<{ code: number | null; out: string }>((resolve) => {
        const child = spawn(process.execPath, ['-r', '@swc-node/register', join(ROOT, `apps/api/scripts/${name}.ts`), ...args], {
          cwd: ROOT,
          env: {
            ...process.env,
            SWC_NODE_PROJECT: join(ROOT, 'apps/api/tsconfig.json'),
            DATABASE_URL: databaseUrl,
            DATA_DIR: dir,
            JWT_SECRET: t.env.JWT_SECRET,
            PII_ENCRYPTION_KEY: t.env.PII_ENCRYPTION_KEY,
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let out = '';
        child.stdout.on('data', (c: Buffer) => (out += c.toString()));
        child.stderr.on('data', (c: Buffer) => (out += c.toString()));
        child.once('exit', (code) => resolve({ code, out }));
      });
    const backup = await script('db-backup', [file], source);
    expect(backup.out).toContain(`Backup written: ${file}`);
    expect(backup.code).toBe(0);
    const restore = await script('db-restore', [file], target);
    expect(restore.out).toContain('Restored');
    expect(restore.code).toBe(0);
    expect(await rowCounts(target)).toEqual(await rowCounts(source));
    const again = await script('db-restore', [file], target);
    expect(again.code).toBe(1);
    expect(again.out).toContain('--force');
    expect(again.out).not.toContain('undefined');
  }, 120_000);
});
