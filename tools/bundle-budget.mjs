#!/usr/bin/env node
// `npm run bundle:check`: the web app's bundle budget (issue 16, docs/adr/0021-web-bundle-budget.md). Run after
// `npm run build`; reads dist/web and fails when the bytes that drive a cold first screen grow past their budget.
//
// What it measures, in compressed bytes (the .br copy the build wrote, else the .gz, else brotli computed here):
// 1. The first screen: what index.html loads up front (the entry script, every <link rel="modulepreload">, every
//    stylesheet), plus every chunk those import statically, followed recursively (`import … from "./x.js"`,
//    `import "./x.js"`, `export … from "./x.js"`; never `import()`): all the browser downloads before it can render.
// 2. Every other .js in dist/web/assets (the lazily loaded pages and their shared chunks), one by one.
// 3. All the JavaScript together.
// Prints a table and a final `RESULT bundle …` line; exits 1 naming the file when a budget is exceeded, or when
// dist/web is missing. Usage: node tools/bundle-budget.mjs [--all] [--dist <dir>]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants as zlib } from 'node:zlib';

/**
 * Budgets in kB (1 kB = 1000 bytes, as Vite reports) of compressed bytes. Each is what the build measured when the
 * budget was set (issue 16, in parentheses) plus about 15% headroom, rounded to 5 kB. To raise one, change it here in the
 * change that needs it and say why in its description; see docs/adr/0021-web-bundle-budget.md.
 */
const BUDGETS = {
  /** Everything the first screen downloads, JS and CSS (531.9: 48 scripts 454.7, antd's stylesheet 77.2). */
  firstScreenBrKb: 610,
  /** Any one lazily loaded chunk not named below (largest 30.7, antd's Table). */
  lazyChunkBrKb: 35,
  /** The two chunks far above the rest, by name (the file name without its hash), each with its own budget. */
  lazyChunkExceptionsBrKb: {
    /** hls.js, for live rooms' video (146.0). */
    hls: 170,
    /** recharts, for the statistics pages (92.7). */
    'lib-recharts': 105,
  },
  /** Every .js file in dist/web/assets together (1064.6, 199 files). */
  totalJsBrKb: 1225,
};

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const listAll = args.includes('--all');
const distArg = args.indexOf('--dist');
const dist = resolve(root, distArg >= 0 && args[distArg + 1] ? args[distArg + 1] : 'dist/web');
const assetsDir = join(dist, 'assets');
const shown = (file) => relative(dist, file);
/** dist/web as given: relative to the repository when inside it. */
const distShown = relative(root, dist).startsWith('..') ? dist : relative(root, dist);

function fail(message) {
  console.error(`bundle:check: ${message}`);
  process.exit(1);
}

if (!existsSync(join(dist, 'index.html')) || !existsSync(assetsDir)) {
  fail(`${distShown}/index.html or assets/ is missing: run \`npm run build\` first, then \`npm run bundle:check\`.`);
}

/** Size of a file as the browser receives it, and where that figure came from. */
const sizes = new Map();
function sizeOf(file) {
  if (!sizes.has(file)) {
    const raw = statSync(file).size;
    let br;
    let source;
    if (existsSync(`${file}.br`)) [br, source] = [statSync(`${file}.br`).size, 'br'];
    else if (existsSync(`${file}.gz`)) [br, source] = [statSync(`${file}.gz`).size, 'gz'];
    else {
      const params = { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: raw };
      [br, source] = [brotliCompressSync(readFileSync(file), { params }).length, 'computed'];
    }
    sizes.set(file, { raw, br, source });
  }
  return sizes.get(file);
}

/** A URL from index.html (`/assets/x.js` with Vite's default base, or relative) as a file under dist/web. */
function fileOfUrl(url) {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) return undefined; // another origin: not ours to budget
  const path = url.split(/[?#]/)[0];
  const file = path.startsWith('/') ? join(dist, path) : resolve(dist, path);
  if (!existsSync(file)) fail(`index.html loads ${url}, which is not in ${distShown}: run \`npm run build\` again.`);
  return file;
}

// 1. What index.html loads before the first render.
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const htmlScripts = [];
const htmlPreloads = [];
const htmlStyles = [];
for (const [, tag, attrText] of html.matchAll(/<(script|link)\b([^>]*)>/gi)) {
  const attrs = Object.fromEntries(
    [...attrText.matchAll(/([\w-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)].map((m) => [
      m[1].toLowerCase(),
      m[2] ?? m[3] ?? m[4] ?? '',
    ]),
  );
  const rel = (attrs.rel ?? '').toLowerCase().split(/\s+/);
  let file;
  if (tag.toLowerCase() === 'script' && attrs.src && (file = fileOfUrl(attrs.src))) htmlScripts.push(file);
  else if (rel.includes('modulepreload') && attrs.href && (file = fileOfUrl(attrs.href))) htmlPreloads.push(file);
  else if (rel.includes('stylesheet') && attrs.href && (file = fileOfUrl(attrs.href))) htmlStyles.push(file);
}
if (!htmlScripts.length) fail('index.html has no entry <script src>: is dist/web a Vite build? Run `npm run build`.');

/** Relative specifiers a built chunk imports statically (dynamic `import(…)` has a parenthesis and is skipped). */
const STATIC_IMPORT = /(?<![\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'](\.{1,2}\/[^"']+|\/[^"']+)["']/g;
function staticImports(file) {
  const code = readFileSync(file, 'utf8');
  const found = new Set();
  for (const [, spec] of code.matchAll(STATIC_IMPORT)) {
    const target = spec.startsWith('/') ? join(dist, spec) : resolve(dirname(file), spec);
    if (existsSync(target) && statSync(target).isFile()) found.add(target); // a look-alike inside a string resolves to nothing
  }
  return found;
}

// The entry script and the preloads, and everything they import statically, recursively.
const firstScreen = new Set();
const importedBy = new Map();
const queue = [...htmlScripts, ...htmlPreloads.filter((f) => f.endsWith('.js'))];
while (queue.length) {
  const file = queue.shift();
  if (firstScreen.has(file)) continue;
  firstScreen.add(file);
  for (const dep of staticImports(file)) {
    if (!importedBy.has(dep)) importedBy.set(dep, file);
    queue.push(dep);
  }
}
for (const file of [...htmlPreloads, ...htmlStyles]) firstScreen.add(file);

// 2. and 3. Every JS file in assets/.
const allJs = readdirSync(assetsDir)
  .filter((f) => f.endsWith('.js'))
  .map((f) => join(assetsDir, f));
const lazy = allJs.filter((f) => !firstScreen.has(f));

/** A chunk's name without its content hash: `assets/hls-D6a35TnA.js` → `hls`. */
const chunkName = (file) => (file.split('/').pop() ?? '').replace(/-[\w-]{8}\.(?:js|css)$/, '');
const lazyBudgetOf = (file) => BUDGETS.lazyChunkExceptionsBrKb[chunkName(file)] ?? BUDGETS.lazyChunkBrKb;

const kb = (bytes) => (bytes / 1000).toFixed(1);
const sum = (files, key) => files.reduce((total, f) => total + sizeOf(f)[key], 0);
const byBr = (a, b) => sizeOf(b).br - sizeOf(a).br;

// The table.
const rows = [];
const row = (file, raw, br, budget = '', note = '') => rows.push([file, raw, br, budget, note]);
const fileRow = (f, budget, note = '') => {
  const s = sizeOf(f);
  row(shown(f), kb(s.raw), kb(s.br) + (s.source === 'br' ? '' : s.source === 'gz' ? ' (gz)' : ' (computed)'), budget, note);
};
const firstFiles = [...firstScreen].sort(byBr);
const preloaded = new Set([...htmlScripts, ...htmlPreloads, ...htmlStyles]);
row('FIRST SCREEN (index.html + static imports)', '', '', '', '');
for (const f of firstFiles) fileRow(f, '', preloaded.has(f) ? '' : `not preloaded (imported by ${shown(importedBy.get(f))})`);
const firstJs = firstFiles.filter((f) => f.endsWith('.js'));
const firstCss = firstFiles.filter((f) => !f.endsWith('.js'));
row(`  JavaScript, ${firstJs.length} files`, kb(sum(firstJs, 'raw')), kb(sum(firstJs, 'br')));
row(`  other (CSS), ${firstCss.length} files`, kb(sum(firstCss, 'raw')), kb(sum(firstCss, 'br')));
const firstBr = sum(firstFiles, 'br');
row(`  first screen, ${firstFiles.length} files`, kb(sum(firstFiles, 'raw')), kb(firstBr), String(BUDGETS.firstScreenBrKb));
row('', '', '', '', '');

const lazySorted = [...lazy].sort(byBr);
const lazyOver = lazySorted.filter((f) => sizeOf(f).br > lazyBudgetOf(f) * 1000);
const LAZY_ROWS = 12;
const lazyShown = listAll ? lazySorted : lazySorted.filter((f, i) => i < LAZY_ROWS || lazyOver.includes(f));
row(`LAZY CHUNKS (${lazy.length}, each under its budget${listAll ? '' : `; largest ${LAZY_ROWS}, --all for every one`})`, '', '', '', '');
for (const f of lazyShown) fileRow(f, String(lazyBudgetOf(f)), lazyBudgetOf(f) !== BUDGETS.lazyChunkBrKb ? 'named exception' : '');
if (lazyShown.length < lazySorted.length) {
  const rest = lazySorted.filter((f) => !lazyShown.includes(f));
  row(
    `  … ${rest.length} more, each ≤ ${kb(sizeOf(rest[0]).br)} kB`,
    kb(sum(rest, 'raw')),
    kb(sum(rest, 'br')),
    String(BUDGETS.lazyChunkBrKb),
  );
}
row('', '', '', '', '');
const totalJsBr = sum(allJs, 'br');
row(`ALL JAVASCRIPT, ${allJs.length} files`, kb(sum(allJs, 'raw')), kb(totalJsBr), String(BUDGETS.totalJsBrKb));

const header = ['file', 'raw kB', 'brotli kB', 'budget kB', 'note'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r) =>
  r
    .map((c, i) => (i === 0 || i === 4 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
    .join('  ')
    .trimEnd();
console.log(`bundle:check: ${distShown}`);
console.log(line(header));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const r of rows) console.log(line(r));

// Notes that are not failures: a first-screen chunk the browser finds only after downloading its importer costs a
// round trip; a preload nothing imports is downloaded for nothing.
const latePreload = firstJs.filter((f) => !preloaded.has(f));
if (latePreload.length)
  console.log(`\nnote: ${latePreload.length} first-screen chunk(s) are not in index.html's modulepreloads (see above).`);

// Budgets.
const failures = [];
const largest = (files, n = 3) =>
  files
    .slice(0, n)
    .map((f) => `${shown(f)} ${kb(sizeOf(f).br)} kB`)
    .join(', ');
if (firstBr > BUDGETS.firstScreenBrKb * 1000)
  failures.push(
    `the first screen is ${kb(firstBr)} kB brotli, over its ${BUDGETS.firstScreenBrKb} kB budget (firstScreenBrKb); largest: ${largest(firstFiles)}`,
  );
for (const f of lazyOver)
  failures.push(
    `lazy chunk ${shown(f)} is ${kb(sizeOf(f).br)} kB brotli, over its ${lazyBudgetOf(f)} kB budget (${
      lazyBudgetOf(f) === BUDGETS.lazyChunkBrKb ? 'lazyChunkBrKb' : `lazyChunkExceptionsBrKb["${chunkName(f)}"]`
    })`,
  );
if (totalJsBr > BUDGETS.totalJsBrKb * 1000)
  failures.push(
    `all JavaScript is ${kb(totalJsBr)} kB brotli, over its ${BUDGETS.totalJsBrKb} kB budget (totalJsBrKb); largest: ${largest([...allJs].sort(byBr))}`,
  );

const largestLazy = lazySorted.length ? sizeOf(lazySorted[0]).br : 0;
console.log(
  `\nRESULT bundle first_screen_br_kb=${kb(firstBr)} first_screen_files=${firstFiles.length} largest_lazy_br_kb=${kb(largestLazy)} total_js_br_kb=${kb(totalJsBr)} budget_first_screen_br_kb=${BUDGETS.firstScreenBrKb}`,
);
if (failures.length) {
  for (const f of failures) console.error(`bundle:check: FAILED: ${f}`);
  console.error(
    'bundle:check: make it smaller (lazy-load it, drop a dependency) or, if the growth is worth its bytes, raise the budget in ' +
      'tools/bundle-budget.mjs in the same change and say why (docs/adr/0021-web-bundle-budget.md).',
  );
  process.exit(1);
}
console.log('bundle:check: within budget');
