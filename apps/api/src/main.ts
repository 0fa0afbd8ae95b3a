import 'reflect-metadata';
import { config as loadDotenv } from 'dotenv';
import pino from 'pino';
import { createApp } from './app.factory';
import { AppConfig, loadConfig } from './config/app-config';
import { ConfigError } from './config/config.schema';
import { EmbeddedDatabase, startEmbeddedPostgres } from './database/embedded-postgres';
import { prepareDatabase } from './database/prepare-database';
import { seedDemoData } from './database/seed/seeder';
import { PiiCipher } from './common/crypto/pii-cipher';

async function bootstrap() {
  loadDotenv({ quiet: true });
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
  const logger = pino({ level: config.logLevel, redact: ['*.password', '*.passwordHash', '*.idNumber'] });

  let embedded: EmbeddedDatabase | undefined;
  let url = config.databaseUrl;
  if (!url) {
    logger.info({ dir: config.embeddedPg.dir, port: config.embeddedPg.port }, 'starting embedded PostgreSQL (set DATABASE_URL to use your own)');
    embedded = await startEmbeddedPostgres({ ...config.embeddedPg, persistent: true, log: (l) => logger.debug(l) });
    await embedded.createDatabase('jobbridge');
    url = embedded.url('jobbridge');
  }
  const ds = await prepareDatabase(url, logger);
  const demo = config.seedDemo ? await seedDemoData(ds, logger, new PiiCipher(config.piiKey)) : undefined;

  const app = await createApp({ config, dataSource: ds, logger });
  await app.listen(config.port, config.host);
  const shown = config.publicUrl ?? `http://localhost:${config.port}`;
  const lines = [
    '',
    `  就业通 JobBridge is running: ${shown}`,
    `  GraphQL API: ${shown}/graphql`,
    `  Database: ${embedded ? `embedded PostgreSQL (${config.embeddedPg.dir})` : 'DATABASE_URL'}`,
  ];
  if (demo) {
    lines.push('', `  Demo logins (password ${demo.password}):`);
    for (const l of demo.logins) lines.push(`    ${l.role.padEnd(11)} ${l.login.padEnd(13)} ${l.name}`);
  }
  console.log(lines.join('\n') + '\n');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await app.close().catch(() => undefined);
    await ds.destroy().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

bootstrap().catch((e) => {
  console.error('JobBridge failed to start:', e);
  process.exit(1);
});
