/**
 * Rebuilds the search index from PostgreSQL (npm run reindex): clears the engine and indexes every published
 * posting in pages. Uses the same configuration as the API (DATABASE_URL or the embedded database; MEILI_URL or the
 * embedded engine). Safe while the API runs: the outbox keeps feeding changes made meanwhile.
 */
import 'reflect-metadata';
import { config as loadDotenv } from 'dotenv';
import { loadConfig } from '../src/config/app-config';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { prepareDatabase } from '../src/database/prepare-database';
import { allPublishedJobDocuments } from '../src/modules/search-index/job-documents';
import { createSearchEngine } from '../src/modules/search-index/search-engine.provider';

async function main() {
  loadDotenv({ quiet: true });
  const config = loadConfig();
  const embedded = config.databaseUrl ? undefined : await startEmbeddedPostgres({ ...config.embeddedPg, persistent: true });
  if (embedded) await embedded.createDatabase('jobbridge');
  const ds = await prepareDatabase(config.databaseUrl ?? embedded!.url('jobbridge'), { info: () => undefined });
  const engine = createSearchEngine(config, ds);
  const started = Date.now();
  let count = 0;
  try {
    await engine.ensureSetup();
    await engine.clearJobs();
    for await (const docs of allPublishedJobDocuments(ds)) {
      await engine.upsertJobs(docs);
      count += docs.length;
      process.stdout.write(`\rindexed ${count}`);
    }
    console.log(`\nreindex done: ${count} published postings into ${engine.name} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await ds.destroy();
    await embedded?.stop();
  }
}

main().catch((e) => {
  console.error('reindex failed:', e);
  process.exit(1);
});
