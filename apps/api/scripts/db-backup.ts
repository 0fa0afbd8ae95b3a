/**
 * npm run db:backup [FILE] [--format=pg_dump|builtin]
 * Writes a consistent backup of the application database: DATABASE_URL, or the embedded one in EMBEDDED_PG_DIR (the
 * running server when `npm start` is up, else started for the backup and stopped after). Default file:
 * DATA_DIR/backups/jobbridge-<UTC timestamp>.dump. See README "Backups" and apps/api/src/database/backup/backup.ts.
 */
import 'reflect-metadata';
import { config as loadDotenv } from 'dotenv';
import { join, resolve } from 'node:path';
import { loadConfig } from '../src/config/app-config';
import { backupDatabase, BackupFormat } from '../src/database/backup/backup';
import { useEmbeddedPostgres } from '../src/database/embedded-postgres';
import { StartupError } from '../src/common/errors/startup-error';

async function main() {
  loadDotenv({ quiet: true });
  const args = process.argv.slice(2);
  const format = args.find((a) => a.startsWith('--format='))?.slice('--format='.length) as BackupFormat | undefined;
  if (format && format !== 'pg_dump' && format !== 'builtin') throw new Error(`--format must be pg_dump or builtin, not ${format}`);
  const config = loadConfig();
  const stamp = new Date().toISOString().replace(/\..*$/, '').replace(/:/g, '-');
  const file = resolve(args.find((a) => !a.startsWith('--')) ?? join(config.dataDir, 'backups', `jobbridge-${stamp}Z.dump`));
  const log = (line: string) => console.log(`  ${line}`);
  const embedded = config.databaseUrl ? undefined : await useEmbeddedPostgres({ ...config.embeddedPg, persistent: true, notice: log });
  try {
    const url = config.databaseUrl ?? embedded!.url('jobbridge');
    const started = Date.now();
    const result = await backupDatabase(url, file, { format, log }).catch((e: { code?: string }) => {
      if (e.code === '3D000' && embedded)
        throw new Error(
          '内置数据库中还没有就业通的数据库：请先运行一次 npm start。 / The embedded server has no JobBridge database yet: run npm start once first.',
        );
      throw e;
    });
    console.log(
      `备份完成 / Backup written: ${result.file}\n` +
        `  ${result.format}, ${(result.bytes / 1024 / 1024).toFixed(1)} MB, ${result.tables} tables${result.rows === undefined ? '' : `, ${result.rows} rows`}, ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    if (!process.env.JWT_SECRET || !process.env.PII_ENCRYPTION_KEY) {
      console.log(
        `  另外请妥善保存 ${join(config.dataDir, 'secrets.json')}：没有其中的 PII 密钥，身份证号无法解密。\n` +
          `  Keep ${join(config.dataDir, 'secrets.json')} too: without its PII key the identity numbers in this backup cannot be read.`,
      );
    }
  } finally {
    if (embedded?.startedHere) await embedded.stop();
  }
}

main().catch((e) => {
  if (e instanceof StartupError) console.error(`备份失败 / Backup failed\n  ${e.problem}\n  ${e.fix}`);
  else console.error(`备份失败 / Backup failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
