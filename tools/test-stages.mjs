#!/usr/bin/env node
// `npm test`: every check in order, stopping at the first failure, then a table of how long each stage took.
// Stages are npm scripts; `node tools/test-stages.mjs lint typecheck` runs only those.
import { spawnSync } from 'node:child_process';

const ALL = [
  'lint',
  'format:check',
  'codegen:check',
  'lint:graph',
  'typecheck',
  'test:unit',
  'test:web',
  'test:api',
  'test:e2e',
  'bundle:check',
];
const stages = process.argv.length > 2 ? process.argv.slice(2) : ALL;
const times = [];
let failed;
for (const stage of stages) {
  console.log(`\n== ${stage}`);
  const start = process.hrtime.bigint();
  const run = spawnSync('npm', ['run', '--silent', stage], { stdio: 'inherit', env: process.env });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  times.push([stage, seconds, run.status === 0 ? 'ok' : `FAILED (${run.status ?? run.signal})`]);
  if (run.status !== 0) {
    failed = stage;
    break;
  }
}
console.log('\n== stages');
for (const [stage, s, result] of times) console.log(`${stage.padEnd(14)} ${s.toFixed(1).padStart(7)} s  ${result}`);
console.log(
  `RESULT test-stages total_s=${times.reduce((n, [, s]) => n + s, 0).toFixed(1)} ${times.map(([n, s]) => `${n}=${s.toFixed(0)}`).join(' ')}`,
);
if (failed) {
  console.error(`npm test failed at stage ${failed}`);
  process.exit(1);
}
