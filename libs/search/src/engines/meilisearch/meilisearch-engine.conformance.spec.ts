import { randomUUID } from 'node:crypto';
import type { Meilisearch } from 'meilisearch' with { 'resolution-mode': 'import' };
import { describeJobSearchConformance } from '../../conformance/job-search.conformance';
import { OCCUPATION_SYNONYMS } from '../../text/synonyms';
import { MeilisearchEngine } from './meilisearch-engine';

/**
 * The shared conformance suite against a real Meilisearch server, when MEILI_URL (and MEILI_MASTER_KEY if the server
 * has one) are set, e.g. `MEILI_URL=http://127.0.0.1:7700 npx jest -c libs/search/jest.config.js meilisearch`.
 * Each run uses its own index, deleted afterwards.
 */
const MEILI_URL = process.env.MEILI_URL;

// The client is ES-module only. Jest's module registry cannot require() ES modules before Node 24.9 unless it
// transforms them (the shared preset does not list 'meilisearch'), but Node's own require() can since 20.19, so the
// engine gets the real package loaded by Node's require. Object.getPrototypeOf(...) is the real `module` builtin:
// jest substitutes a subclass whose createRequire would come back through its registry.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- inside jest.mock's factory, an import is not possible
jest.mock('meilisearch', () => Object.getPrototypeOf(require('node:module')).createRequire(__filename)('meilisearch'));

if (MEILI_URL) {
  describeJobSearchConformance('meilisearch', async () => {
    const apiKey = process.env.MEILI_MASTER_KEY || undefined;
    const indexUid = `jobs_test_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
    const engine = new MeilisearchEngine({ host: MEILI_URL, apiKey, indexUid, synonyms: OCCUPATION_SYNONYMS });
    const cleanup = async () => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { Meilisearch: Client } = require('meilisearch') as {
        Meilisearch: new (config: { host: string; apiKey?: string }) => Meilisearch;
      };
      const task = await new Client({ host: MEILI_URL, apiKey }).deleteIndex(indexUid).waitTask({ timeout: 30_000 });
      if (task.status !== 'succeeded' && task.error?.code !== 'index_not_found') {
        throw new Error(`Could not delete the test index ${indexUid}: ${task.error?.code} ${task.error?.message}`);
      }
    };
    return { engine, cleanup };
  });
} else {
  // The same conformance suite runs against Meilisearch whenever MEILI_URL is set (the PostgreSQL engine runs it always).
  // Skip reason: MEILI_URL is not set, and no Meilisearch binary can be installed on this machine.
  describe.skip('Meilisearch conformance (skipped: MEILI_URL is not set; no Meilisearch server can be installed on this machine — set MEILI_URL to run it)', () => {
    it('runs against a real server', () => undefined);
  });
}
