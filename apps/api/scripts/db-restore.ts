/**
 * npm run db:restore FILE [--force]
 * Restores a backup made by `npm run db:backup` into DATABASE_URL, or into the embedded database (created when
 * missing). The target must be empty; --force empties it first (everything in it is lost). Stop the API first.
 */
import 'reflect-metadata';
import { config as loadDotenv } from 'dotenv';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig } from '../src/config/app-config';
import { restoreDatabase, RestoreRefused, rowCounts } from '../src/database/backup/backup';
import { useEmbeddedPostgres } from '../src/database/embedded-postgres';
import { StartupError } from '../src/common/errors/startup-error';

async function main() {
  loadDotenv({ quiet: true });
  const args = process.argv.slice(2);
  const force = args.includes('--force');
  const given = args.find((a) => !a.startsWith('--'));
  if (!given) throw new RestoreRefused('用法 / usage: npm run db:restore FILE [--force]');
  const file = resolve(given);
  if (!existsSync(file)) throw new RestoreRefused(`找不到备份文件 / backup file not found: ${file}`);
  const config = loadConfig();
  const log = (line: string) => console.log(`  ${line}`);
  const embedded = config.databaseUrl ? undefined : await useEmbeddedPostgres({ ...config.embeddedPg, persistent: true, notice: log });
  try {
    if (embedded && !embedded.startedHere && force) {
      throw new RestoreRefused(
        '就业通正在运行，不能覆盖它正在使用的数据库。 / JobBridge is running; refusing to replace the database under it.\n解决办法：先停止 npm start（Ctrl-C），再执行恢复。 / Fix: stop npm start (Ctrl-C) first, then restore.',
      );
    }
    if (embedded) await embedded.createDatabase('jobbridge');
    const url = config.databaseUrl ?? embedded!.url('jobbridge');
    const started = Date.now();
    const result = await restoreDatabase(url, file, { force, log });
    const counts = await rowCounts(url);
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    console.log(
      `恢复完成 / Restored ${file}\n  ${result.format}, ${Object.keys(counts).length} tables, ${total} rows, ${((Date.now() - started) / 1000).toFixed(1)} s\n` +
        '  请使用与备份时相同的 secrets.json（或 JWT_SECRET、PII_ENCRYPTION_KEY）启动，否则身份证号无法解密、已登录的会话失效。\n' +
        '  Start with the secrets.json (or JWT_SECRET, PII_ENCRYPTION_KEY) of the backed-up installation, or identity numbers are unreadable and sessions end.',
    );
  } finally {
    if (embedded?.startedHere) await embedded.stop();
  }
}

main().catch((e) => {
  if (e instanceof StartupError) console.error(`恢复失败 / Restore failed\n  ${e.problem}\n  ${e.fix}`);
  else if (e instanceof RestoreRefused) console.error(`恢复失败 / Restore refused\n  ${e.message.replace(/\n/g, '\n  ')}`);
  else console.error(`恢复失败 / Restore failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
