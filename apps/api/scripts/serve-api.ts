/**
 * One more API process on an existing, migrated database (DATABASE_URL required): for the two-process tests and the
 * live-room benchmark. It prints `JOBBRIDGE_API_LISTENING <url>` once it listens, and stops on SIGTERM.
 * Normal use is `npm start`; this script neither migrates nor seeds.
 */
import 'reflect-metadata';
import pino from 'pino';
import { createApp } from '../src/app.factory';
import { loadConfig } from '../src/config/app-config';
import { createDataSource } from '../src/database/data-source';

async function main() {
  const config = loadConfig();
  if (!config.databaseUrl) throw new Error('serve-api needs DATABASE_URL');
  const ds = createDataSource(config.databaseUrl);
  await ds.initialize();
  const app = await createApp({ config, dataSource: ds, logger: pino({ level: config.logLevel }) });
  await app.listen(config.port, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  process.stdout.write(`JOBBRIDGE_API_LISTENING ${url}\n`);
  const stop = async () => {
    await app.close().catch(() => undefined);
    await ds.destroy().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
