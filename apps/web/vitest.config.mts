import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Web unit tests: pure logic (reducers, maths, validation, i18n coverage) in Node, no browser. `npm run test:web`. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  resolve: {
    alias: {
      // Before '@jobbridge/domain' (the first matching alias wins): the shipped packs, for tests of the policy pages only.
      '@jobbridge/domain/subsidy-packs': `${repoRoot}libs/domain/src/subsidies/subsidy-packs.ts`,
      '@jobbridge/contracts': `${repoRoot}libs/contracts/src/index.ts`,
      '@jobbridge/domain': `${repoRoot}libs/domain/src/index.ts`,
    },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.spec.ts'],
  },
});
