#!/usr/bin/env node
// Fails when apps/web/src/graphql/generated/ is not what `npm run codegen` writes now from apps/api/schema.gql and
// the web's documents (a renamed field, a new document, a stale schema). Leaves the committed files as they were.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const dir = join(root, 'apps/web/src/graphql/generated');
const read = () => Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

mkdirSync(dir, { recursive: true });
const before = read();
const run = spawnSync('npx', ['graphql-codegen', '--config', 'codegen.ts', '--silent'], { cwd: root, stdio: 'inherit' });
if (run.status !== 0) {
  console.error('codegen:check: GraphQL Code Generator failed: a web document does not match apps/api/schema.gql (see above).');
  process.exit(1);
}
const after = read();
const changed = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((f) => before[f] !== after[f]);
// Put the committed files back: the check reports, `npm run codegen` writes.
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
for (const [f, text] of Object.entries(before)) writeFileSync(join(dir, f), text);
if (changed.length) {
  console.error(
    `codegen:check: apps/web/src/graphql/generated is stale (${changed.join(', ')}). Run \`npm run codegen\` and commit the result.`,
  );
  process.exit(1);
}
console.log(`codegen:check: generated web types are current (${Object.keys(after).length} files)`);
