/**
 * npm run bench:screening [-- --postings 20000] [-- --smoke]
 *
 * Fair-hiring screening (issue 13), no database: precision and recall per flag and overall on the labelled posting
 * set (libs/domain/src/screening/labelled-postings.ts), then postings screened per second, screening the set over and
 * over (title, description, structured fields, every default rule) until N postings. `--smoke` screens a few hundred
 * for CI. The last line is machine-readable:
 * RESULT screening postings=N precision=… recall=… per_second=…
 */
import { evaluateScreening, LABELLED_POSTINGS, SCREENING_FLAG_CODES, screenJobPosting } from '@jobbridge/domain';

function numberArg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i > 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} needs a positive whole number`);
  return value;
}

const smoke = process.argv.includes('--smoke');
const total = numberArg('postings', smoke ? 500 : 20_000);
const fixed = (x: number) => x.toFixed(3);

const result = evaluateScreening(LABELLED_POSTINGS);
console.log(
  `Labelled set: ${result.postings} postings, ${result.flaggedPostings} expected to raise a flag, ${result.postings - result.flaggedPostings} lawful near-misses`,
);
console.log(`${'flag'.padEnd(28)} ${'TP'.padStart(4)} ${'FP'.padStart(4)} ${'FN'.padStart(4)}  precision  recall`);
for (const code of SCREENING_FLAG_CODES) {
  const s = result.byCode[code];
  console.log(
    `${code.padEnd(28)} ${String(s.truePositives).padStart(4)} ${String(s.falsePositives).padStart(4)} ${String(s.falseNegatives).padStart(4)}  ${fixed(s.precision).padStart(9)}  ${fixed(s.recall).padStart(6)}`,
  );
}
const o = result.overall;
console.log(
  `${'overall'.padEnd(28)} ${String(o.truePositives).padStart(4)} ${String(o.falsePositives).padStart(4)} ${String(o.falseNegatives).padStart(4)}  ${fixed(o.precision).padStart(9)}  ${fixed(o.recall).padStart(6)}`,
);
for (const miss of result.misses) console.log(`  ${miss.kind} ${miss.id} ${miss.code} ${miss.evidence.join(' / ')}`);

// Warm up (JIT, regex compilation), then time.
for (let i = 0; i < Math.min(total, 1_000); i++) screenJobPosting(LABELLED_POSTINGS[i % LABELLED_POSTINGS.length]);
let flags = 0;
const started = process.hrtime.bigint();
for (let i = 0; i < total; i++) flags += screenJobPosting(LABELLED_POSTINGS[i % LABELLED_POSTINGS.length]).length;
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const perSecond = Math.round(total / seconds);
console.log(`Screened ${total} postings in ${(seconds * 1000).toFixed(0)} ms (${flags} flags raised): ${perSecond} postings/s`);
console.log(`RESULT screening postings=${total} precision=${fixed(o.precision)} recall=${fixed(o.recall)} per_second=${perSecond}`);
