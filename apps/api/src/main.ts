import 'reflect-metadata';
import { config as loadDotenv } from 'dotenv';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { createApp } from './app.factory';
import { AppConfig, loadConfig } from './config/app-config';
import { ConfigError } from './config/config.schema';
import { createLogger } from './create-logger';
import { EmbeddedDatabase, startEmbeddedPostgres } from './database/embedded-postgres';
import { prepareDatabase } from './database/prepare-database';
import { seedDemoData } from './database/seed/seeder';
import { PiiCipher } from './common/crypto/pii-cipher';
import { StartupError } from './common/errors/startup-error';

/** What the start was doing when it failed: decides which cause and fix a low-level error points to. */
type Stage = 'config' | 'embedded-database' | 'database' | 'seed' | 'app' | 'listen';

let stage: Stage = 'config';
let config: AppConfig | undefined;
let logger: Logger | undefined;
let embedded: EmbeddedDatabase | undefined;

async function bootstrap() {
  loadDotenv({ quiet: true });
  config = loadConfig();
  const cfg = config;
  logger = createLogger(cfg);
  const log = logger;

  let url = cfg.databaseUrl;
  if (!url) {
    stage = 'embedded-database';
    log.info(
      { dir: cfg.embeddedPg.dir, port: cfg.embeddedPg.port },
      '正在启动内置数据库 / starting embedded PostgreSQL (set DATABASE_URL to use your own)',
    );
    embedded = await startEmbeddedPostgres({ ...cfg.embeddedPg, persistent: true, log: (l) => log.debug(l), notice: (l) => log.warn(l) });
    await embedded.createDatabase('jobbridge');
    url = embedded.url('jobbridge');
  }
  stage = 'database';
  const ds = await prepareDatabase(url, log);
  stage = 'seed';
  const demo = cfg.seedDemo ? await seedDemoData(ds, log, new PiiCipher(cfg.piiKey)) : undefined;

  stage = 'app';
  const app = await createApp({ config: cfg, dataSource: ds, logger: log });
  stage = 'listen';
  await app.listen(cfg.port, cfg.host);
  const shown = cfg.publicUrl ?? `http://localhost:${cfg.port}`;
  const lines = [
    '',
    `  就业通 JobBridge is running: ${shown}`,
    `  GraphQL API: ${shown}/graphql`,
    `  Database: ${embedded ? `embedded PostgreSQL (${cfg.embeddedPg.dir})` : 'DATABASE_URL'}`,
  ];
  if (!existsSync(join(cfg.webDistDir, 'index.html'))) {
    lines.push(
      `  网页端尚未构建（缺少 ${join(cfg.webDistDir, 'index.html')}），只提供 API；运行 npm run build 后重启。`,
      `  The web app is not built (no ${join(cfg.webDistDir, 'index.html')}): only the API is served; run npm run build and restart.`,
    );
  }
  if (demo) {
    lines.push('', `  Demo logins (password ${demo.password}):`);
    for (const l of demo.logins) lines.push(`    ${l.role.padEnd(11)} ${l.login.padEnd(13)} ${l.name}`);
  }
  console.log(lines.join('\n') + '\n');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, '正在停止 / shutting down');
    await app.close().catch(() => undefined);
    await ds.destroy().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    log.info('已停止 / stopped');
    process.exit(0);
  };
  // embedded-postgres registers its own SIGINT/SIGTERM hook (async-exit-hook) that stops the server and exits with
  // 128 + signal; racing it, a clean stop could end as 143 with the API half closed. This handler stops everything in
  // order (the embedded server last) and exits 0, so it is the only one for these signals.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => void stop(signal));
  }
}

/** host:port/database of a connection URL, without the password. */
function where(url: string | undefined): string {
  if (!url) return '';
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || (u.protocol.startsWith('redis') ? 6379 : 5432)}${u.pathname.length > 1 ? u.pathname : ''}`;
  } catch {
    return '(unparseable URL)';
  }
}

function codeOf(e: unknown): string | undefined {
  const err = e as { code?: unknown; errors?: { code?: unknown }[] } | undefined;
  if (typeof err?.code === 'string') return err.code;
  const inner = err?.errors?.find((x) => typeof x?.code === 'string');
  return inner?.code as string | undefined;
}

function messageOf(e: unknown): string {
  if (e instanceof AggregateError && e.errors.length) return e.errors.map(messageOf).join('; ');
  if (e instanceof Error) return e.message || e.name;
  if (e === undefined || e === null) return '没有更多信息 / no details';
  return String(e);
}

/**
 * Every start failure as "what went wrong" and "how to fix it", in Chinese then English, never a bare `undefined`.
 * Exported for tests.
 */
export function explainStartupFailure(e: unknown, at: Stage, cfg: AppConfig | undefined): { problem: string; fix: string } {
  if (e instanceof StartupError) return { problem: e.problem, fix: e.fix };
  if (e instanceof ConfigError)
    return {
      problem: `配置有误 / ${e.message}`,
      fix: '解决办法：按上面的提示修改环境变量或 .env 文件（每个变量见 .env.example）。 / Fix: correct the variables named above (.env.example lists them all).',
    };
  const code = codeOf(e);
  const msg = messageOf(e);
  if (at === 'listen' && cfg) {
    if (code === 'EADDRINUSE') {
      return {
        problem: `端口 ${cfg.port} 已被其他程序占用（可能是另一个正在运行的就业通）。 / Port ${cfg.port} is already in use (perhaps JobBridge is already running).`,
        fix: `解决办法：停止占用该端口的程序，或设置 PORT 为其他端口（例如 PORT=${cfg.port + 1} npm start）。 / Fix: stop that program, or set PORT to another port (e.g. PORT=${cfg.port + 1} npm start).`,
      };
    }
    if (code === 'EACCES') {
      return {
        problem: `没有权限监听端口 ${cfg.port}（1024 以下的端口需要特权）。 / No permission to listen on port ${cfg.port}.`,
        fix: '解决办法：设置 PORT 为 1024 以上的端口，并在前面用 nginx 转发。 / Fix: set PORT above 1024 and put nginx in front.',
      };
    }
    if (code === 'EADDRNOTAVAIL') {
      return {
        problem: `地址 ${cfg.host} 不属于本机，无法监听。 / HOST ${cfg.host} is not an address of this machine.`,
        fix: "解决办法：设置 HOST=0.0.0.0（所有地址）或本机的某个地址。 / Fix: set HOST=0.0.0.0 or one of this machine's addresses.",
      };
    }
  }
  if ((at === 'database' || at === 'embedded-database') && cfg) {
    const target = cfg.databaseUrl ? `DATABASE_URL（${where(cfg.databaseUrl)}）` : `嵌入式 PostgreSQL（端口 ${cfg.embeddedPg.port}）`;
    const fixUrl = cfg.databaseUrl
      ? `解决办法：确认 PostgreSQL 在 ${where(cfg.databaseUrl)} 上运行并允许本机连接，或修改 DATABASE_URL 的主机和端口；不设置 DATABASE_URL 则使用内置数据库。 / Fix: make sure PostgreSQL runs at that host and port and accepts connections from here, or correct the host/port in DATABASE_URL; unset it to use the embedded database.`
      : '解决办法：重新启动；仍然失败时以 LOG_LEVEL=debug 启动查看数据库日志。 / Fix: start again; if it fails again, start with LOG_LEVEL=debug to see the database log.';
    const reasons: Record<string, string> = {
      ECONNREFUSED: '连接被拒绝 / connection refused',
      ENOTFOUND: '找不到该主机 / host not found',
      EAI_AGAIN: '无法解析主机名 / host name could not be resolved',
      ETIMEDOUT: '连接超时 / connection timed out',
      EHOSTUNREACH: '主机不可达 / host unreachable',
      ECONNRESET: '连接被重置 / connection reset',
    };
    if (code && reasons[code])
      return { problem: `无法连接数据库 ${target}：${reasons[code]}。 / Cannot reach the database: ${msg}`, fix: fixUrl };
    if (code === '28P01' || code === '28000') {
      return {
        problem: `数据库拒绝登录 ${target}：用户名或密码错误，或 pg_hba.conf 不允许。 / The database refused the login: ${msg}`,
        fix: "解决办法：检查 DATABASE_URL 中的用户名和密码，以及服务器的 pg_hba.conf。 / Fix: check the user and password in DATABASE_URL and the server's pg_hba.conf.",
      };
    }
    if (code === '3D000') {
      return {
        problem: `数据库不存在：${target}。 / The database does not exist: ${msg}`,
        fix: `解决办法：先创建它（createdb ${where(cfg.databaseUrl).split('/')[1] ?? 'jobbridge'}），或修改 DATABASE_URL。 / Fix: create it first (createdb …) or correct DATABASE_URL.`,
      };
    }
    return {
      problem: `准备数据库失败（连接或迁移）${target}：${msg} / Preparing the database (connection or migrations) failed: ${msg}`,
      fix: `${fixUrl}\n迁移失败时请把上面的信息告知开发人员；数据未被修改（每个迁移在自己的事务中）。 / If a migration failed, report the message above; each migration runs in its own transaction, so nothing was half-applied.`,
    };
  }
  if (at === 'app' && cfg?.redisUrl && (/redis|max retries|ECONNREFUSED/i.test(msg) || (code && /^E/.test(code)))) {
    return {
      problem: `无法连接 REDIS_URL（${where(cfg.redisUrl)}）：${msg} / Cannot reach Redis at REDIS_URL.`,
      fix: '解决办法：启动 Redis 或修改 REDIS_URL 的主机和端口；单个进程运行时可以不设置 REDIS_URL。 / Fix: start Redis or correct the host/port in REDIS_URL; a single process can run without REDIS_URL.',
    };
  }
  if (at === 'seed') {
    return {
      problem: `写入演示数据失败：${msg} / Loading the demo data failed.`,
      fix: '解决办法：设置 SEED_DEMO=false 跳过演示数据，或删除 .data/ 重新开始。 / Fix: set SEED_DEMO=false to skip the demo data, or delete .data/ to start over.',
    };
  }
  return {
    problem: `启动失败（${at}）：${msg} / Start failed during ${at}: ${msg}`,
    fix: '解决办法：以 LOG_LEVEL=debug 重新启动查看详细信息；问题仍在时把这些信息告知开发人员。 / Fix: start again with LOG_LEVEL=debug for details; report them if the problem stays.',
  };
}

bootstrap().catch(async (e) => {
  const { problem, fix } = explainStartupFailure(e, stage, config);
  // Do not leave the embedded PostgreSQL of a failed start behind.
  await embedded?.stop().catch(() => undefined);
  console.error(`\n就业通 JobBridge 启动失败 / failed to start\n  ${problem.replace(/\n/g, '\n  ')}\n  ${fix.replace(/\n/g, '\n  ')}\n`);
  if (!(e instanceof StartupError) && !(e instanceof ConfigError)) {
    // The stack is for whoever reports the problem; the lines above are for whoever runs the server.
    if (logger) logger.debug({ err: e }, 'start failure details');
    else console.error(e);
  }
  process.exit(1);
});
