import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, freePort, gqlRequest, ok, PASSWORD } from '@jobbridge/testing';

/**
 * The real API started as `npm start` starts it (apps/api/src/main.ts, from source), on its own embedded PostgreSQL in
 * a temporary data directory: killed with SIGKILL, it leaves its PostgreSQL running; the next start must stop that
 * orphan and come up on the same data. Starts that cannot succeed must say why and what to do.
 */
const ROOT = join(__dirname, '../../..');
const base = join(tmpdir(), `jobbridge-restart-${process.pid}-${randomBytes(4).toString('hex')}`);
const pgDir = join(base, 'postgres');

interface Started {
  child: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
}

function startApi(env: Record<string, string>): Started {
  // Secrets come from DATA_DIR/secrets.json, as for a newcomer's `npm start`.
  const { JWT_SECRET: _jwt, PII_ENCRYPTION_KEY: _pii, ...inherited } = process.env;
  const child = spawn(process.execPath, ['-r', '@swc-node/register', join(ROOT, 'apps/api/src/main.ts')], {
    cwd: ROOT,
    env: {
      ...inherited,
      SWC_NODE_PROJECT: join(ROOT, 'apps/api/tsconfig.json'),
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      // Empty values: no external database, Redis or Meilisearch, even when the test run itself uses them.
      DATABASE_URL: '',
      REDIS_URL: '',
      MEILI_URL: '',
      DATA_DIR: base,
      EMBEDDED_PG_DIR: pgDir,
      SEED_DEMO: 'false',
      WEB_DIST_DIR: '/nonexistent',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  return { child, output: () => out, exited };
}

/** Runs apps/api/scripts/<name>.ts as `npm run db:…` does, on the test's embedded data directory. */
function runScript(name: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  const { JWT_SECRET: _jwt, PII_ENCRYPTION_KEY: _pii, ...inherited } = process.env;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', join(ROOT, `apps/api/scripts/${name}.ts`), ...args], {
      cwd: ROOT,
      env: {
        ...inherited,
        SWC_NODE_PROJECT: join(ROOT, 'apps/api/tsconfig.json'),
        DATABASE_URL: '',
        DATA_DIR: base,
        EMBEDDED_PG_DIR: pgDir,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
    child.once('exit', (code) => resolve({ code, out }));
  });
}

/** Resolves once GET /health answers 200; fails when the process exits first or after the deadline. */
async function waitForHealth(api: Started, port: number, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  void api.exited.then(() => (exited = true));
  while (Date.now() < deadline) {
    if (exited) throw new Error(`API exited before answering /health:\n${api.output()}`);
    const status = await fetch(`http://127.0.0.1:${port}/health`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`API did not answer /health within ${timeoutMs} ms:\n${api.output()}`);
}

/** pid of the server named by postmaster.pid, when that process is alive (not a zombie). */
function livePostmaster(): number | undefined {
  const file = join(pgDir, 'postmaster.pid');
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
  return alive(pid) ? pid : undefined;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return false;
  }
}

async function waitUntil(what: string, check: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { token user { id } } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token user { id displayName } } }`;

describe('a start that recovers (npm start after kill -9)', () => {
  let pgPort: number;
  const running: Started[] = [];

  beforeAll(async () => {
    // Not mkdtemp: its 0700 mode would shut out the `postgres` user PostgreSQL runs as under root.
    mkdirSync(base, { recursive: true });
    chmodSync(base, 0o755);
    pgPort = await freePort();
  });

  afterAll(async () => {
    for (const api of running) if (api.child.exitCode === null && api.child.signalCode === null) api.child.kill('SIGKILL');
    const pid = livePostmaster();
    if (pid) {
      process.kill(pid, 'SIGINT');
      await waitUntil('the test PostgreSQL has stopped', () => !alive(pid)).catch(() => process.kill(pid, 'SIGKILL'));
    }
    rmSync(base, { recursive: true, force: true });
  });

  it('refuses a second start while the API runs; after kill -9 stops the PostgreSQL it left running, comes up on the same data, and a user registered before the kill signs in', async () => {
    const port = await freePort();
    const first = startApi({ PORT: String(port), EMBEDDED_PG_PORT: String(pgPort) });
    running.push(first);
    await waitForHealth(first, port);
    // Readable log lines in development, not JSON.
    expect(first.output()).toMatch(/INFO: 正在启动内置数据库 \/ starting embedded PostgreSQL/);
    expect(first.output()).not.toContain('InstanceLoader'); // Nest's start-up chatter is debug
    expect(first.output()).not.toMatch(/^\{"level"/m);

    const phone = `137${String(Date.now()).slice(-8)}`;
    const url = `http://127.0.0.1:${port}`;
    ok(await gqlRequest(url, REGISTER, { input: { role: 'JOB_SEEKER', phone, password: PASSWORD, displayName: '重启测试求职者' } }));

    const orphan = livePostmaster();
    expect(orphan).toBeDefined();

    // While it runs, a second start on the same data directory leaves its database alone and says so.
    const twice = startApi({ PORT: String(await freePort()), EMBEDDED_PG_PORT: String(pgPort) });
    running.push(twice);
    expect(await twice.exited).toBe(1);
    expect(twice.output()).toContain(`就业通已在运行：进程 ${first.child.pid}`);
    expect(twice.output()).not.toContain('undefined');
    expect(alive(orphan!)).toBe(true);
    ok(await gqlRequest(url, LOGIN, { input: { login: phone, password: PASSWORD } }));

    first.child.kill('SIGKILL');
    await first.exited;
    // The situation being fixed: the API is gone, its PostgreSQL is still running and holds the data directory.
    expect(alive(orphan!)).toBe(true);

    const second = startApi({ PORT: String(port), EMBEDDED_PG_PORT: String(pgPort) });
    running.push(second);
    await waitForHealth(second, port);
    expect(alive(orphan!)).toBe(false);
    expect(second.output()).toContain(`stopping the embedded PostgreSQL left running by a previous start (pid ${orphan}`);
    const newServer = livePostmaster();
    expect(newServer).toBeDefined();
    expect(newServer).not.toBe(orphan);

    const login = ok(await gqlRequest(url, LOGIN, { input: { login: phone, password: PASSWORD } }));
    expect(login.login.user.displayName).toBe('重启测试求职者');

    // A clean stop takes its PostgreSQL with it.
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    await waitUntil('the embedded PostgreSQL has stopped', () => !alive(newServer!));
  }, 300_000);

  it('npm run db:backup uses the running embedded server; db:restore --force starts its own once the API is stopped', async () => {
    const port = await freePort();
    const api = startApi({ PORT: String(port), EMBEDDED_PG_PORT: String(pgPort) });
    running.push(api);
    await waitForHealth(api, port);
    const env = { EMBEDDED_PG_PORT: String(pgPort) };
    const file = join(base, 'backups', 'embedded.dump');
    const backup = await runScript('db-backup', [file], env);
    expect(backup.out).toContain('using the embedded PostgreSQL already running');
    expect(backup.out).toContain(`Backup written: ${file}`);
    expect(backup.code).toBe(0);
    const refused = await runScript('db-restore', [file, '--force'], env);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('就业通正在运行');
    api.child.kill('SIGTERM');
    expect(await api.exited).toBe(0);
    await waitUntil('the API has stopped its PostgreSQL', () => livePostmaster() === undefined);
    const restored = await runScript('db-restore', [file, '--force'], env);
    expect(restored.out).toContain('Restored');
    expect(restored.code).toBe(0);
    expect(livePostmaster()).toBeUndefined(); // the server started for the restore is stopped again
  }, 180_000);

  it('when another program holds the embedded PostgreSQL port, fails naming the port, the program and the fix', async () => {
    const blocker: Server = createServer();
    const held = await freePort();
    await new Promise<void>((r) => blocker.listen(held, '127.0.0.1', () => r()));
    try {
      const api = startApi({ PORT: String(await freePort()), EMBEDDED_PG_PORT: String(held) });
      running.push(api);
      expect(await api.exited).toBe(1);
      const out = api.output();
      expect(out).toContain(`端口 ${held} 已被其他程序占用`);
      expect(out).toContain(`Port ${held} for the embedded PostgreSQL is already in use`);
      expect(out).toContain(`进程 ${process.pid}`); // this test process holds it
      expect(out).toContain('EMBEDDED_PG_PORT');
      expect(out).not.toContain('undefined');
      expect(livePostmaster()).toBeUndefined();
    } finally {
      await new Promise((r) => blocker.close(r));
    }
  }, 120_000);

  it('when the data directory has the wrong owner or mode, fails saying which and the command that fixes it', async () => {
    const { uid, gid, mode } = statSync(pgDir);
    try {
      chmodSync(pgDir, 0o755);
      const open = startApi({ PORT: String(await freePort()), EMBEDDED_PG_PORT: String(pgPort) });
      running.push(open);
      expect(await open.exited).toBe(1);
      expect(open.output()).toContain(`chmod 700 ${pgDir}`);
      expect(open.output()).not.toContain('undefined');
      chmodSync(pgDir, mode);
      // Owned by someone other than the user PostgreSQL runs as (as root: the `postgres` user). Needs root to arrange.
      if (process.getuid?.() !== 0) return;
      chownSync(pgDir, 65534, gid);
      const owned = startApi({ PORT: String(await freePort()), EMBEDDED_PG_PORT: String(pgPort) });
      running.push(owned);
      expect(await owned.exited).toBe(1);
      expect(owned.output()).toMatch(/所有者是 uid \d+/);
      expect(owned.output()).toContain(`chown -R`);
      expect(owned.output()).not.toContain('undefined');
    } finally {
      chmodSync(pgDir, mode);
      chownSync(pgDir, uid, gid);
    }
  }, 120_000);

  it('when DATABASE_URL cannot be reached, names its host and port (never the password) and the fix', async () => {
    const closed = await freePort();
    const api = startApi({ PORT: String(await freePort()), DATABASE_URL: `postgres://jobbridge:s3cret-pw@127.0.0.1:${closed}/jobbridge` });
    running.push(api);
    expect(await api.exited).toBe(1);
    const out = api.output();
    expect(out).toContain(`无法连接数据库 DATABASE_URL（127.0.0.1:${closed}/jobbridge）：连接被拒绝`);
    expect(out).toContain('DATABASE_URL 的主机和端口');
    expect(out).not.toContain('s3cret-pw');
    expect(out).not.toContain('undefined');
  }, 60_000);

  it('when REDIS_URL cannot be reached, says so and how to fix it', async () => {
    const db = await createTestDatabase();
    try {
      const closed = await freePort();
      const api = startApi({ PORT: String(await freePort()), DATABASE_URL: db.url, REDIS_URL: `redis://127.0.0.1:${closed}` });
      running.push(api);
      expect(await api.exited).toBe(1);
      const out = api.output();
      expect(out).toContain(`无法连接 REDIS_URL（127.0.0.1:${closed}）`);
      expect(out).toContain('修改 REDIS_URL');
      expect(out).not.toContain('undefined');
    } finally {
      await db.drop();
    }
  }, 60_000);

  it('when the API port is taken, stops its PostgreSQL again and says to set PORT', async () => {
    const blocker: Server = createServer();
    const port = await freePort();
    await new Promise<void>((r) => blocker.listen(port, '127.0.0.1', () => r()));
    try {
      const api = startApi({ PORT: String(port), EMBEDDED_PG_PORT: String(pgPort) });
      running.push(api);
      expect(await api.exited).toBe(1);
      const out = api.output();
      expect(out).toContain(`端口 ${port} 已被其他程序占用`);
      expect(out).toContain('PORT=');
      expect(out).not.toContain('undefined');
      // The failed start does not leave its PostgreSQL behind either.
      await waitUntil('no PostgreSQL is left running', () => livePostmaster() === undefined);
    } finally {
      await new Promise((r) => blocker.close(r));
    }
  }, 180_000);
});
