#!/usr/bin/env node
// The API's module dependency graph (apps/api/src/modules/<name> plus the shared folders), from madge's file graph.
// Prints each module's outgoing edges and every cycle (strongly connected component larger than one), and exits 1
// when there is a cycle between modules or between files. `--json` prints the graph as JSON.
// It also fails when a feature module opens another module's table: a repository, query builder or `create`/`save`
// call given an entity declared in another module's folder (it must call that module's service instead). The one
// exception is the users table, whose rows the auth module (accounts, sign-in) writes.
// Usage: node tools/module-graph.mjs [--json]
import madge from 'madge';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'apps/api/src');

/** The unit a file belongs to: `modules/<name>`, `common/<name>`, or its top folder under src. */
function unitOf(file) {
  if (!file.startsWith('modules/') && !file.startsWith('common/') && !file.startsWith('database/') && !file.startsWith('config/'))
    return file.includes('/') ? file.split('/')[0] : 'app';
  const parts = file.split('/');
  return parts.length > 2 ? `${parts[0]}/${parts[1]}` : parts[0];
}

/** Tarjan's strongly connected components. */
function components(graph) {
  let index = 0;
  const stack = [];
  const on = new Set();
  const idx = new Map();
  const low = new Map();
  const out = [];
  const visit = (v) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
    }
    if (low.get(v) === idx.get(v)) {
      const c = [];
      let w;
      do {
        w = stack.pop();
        on.delete(w);
        c.push(w);
      } while (w !== v);
      if (c.length > 1) out.push(c.sort());
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return out;
}

const res = await madge(src, { fileExtensions: ['ts'], tsConfig: join(root, 'apps/api/tsconfig.json'), excludeRegExp: [/\.spec\.ts$/] });
const files = res.obj();
const modules = new Map();
for (const [file, deps] of Object.entries(files)) {
  if (file.startsWith('..')) continue; // libs
  const from = unitOf(file);
  if (!modules.has(from)) modules.set(from, new Set());
  for (const dep of deps) {
    if (dep.startsWith('..')) continue;
    const to = unitOf(dep);
    if (to !== from) modules.get(from).add(to);
  }
}
const fileCycles = res.circular().filter((c) => c.every((f) => !f.startsWith('..')));
const moduleCycles = components(modules);
if (process.argv.includes('--json')) {
  console.log(
    JSON.stringify({ modules: Object.fromEntries([...modules].map(([k, v]) => [k, [...v].sort()])), moduleCycles, fileCycles }, null, 2),
  );
} else {
  for (const [m, deps] of [...modules].sort())
    if (m.startsWith('modules/'))
      console.log(
        `${m} -> ${[...deps]
          .filter((d) => d.startsWith('modules/'))
          .sort()
          .join(', ')}`,
      );
  console.log(
    `RESULT module-graph modules=${modules.size} edges=${[...modules.values()].reduce((n, s) => n + s.size, 0)} module_cycles=${moduleCycles.length} file_cycles=${fileCycles.length}`,
  );
  for (const c of moduleCycles) console.log(`module cycle: ${c.join(' <-> ')}`);
  for (const c of fileCycles) console.log(`file cycle: ${c.join(' -> ')}`);
}
// Entities by the module folder that declares them, then every place a module hands another module's entity to the ORM.
const ENTITY_USE =
  /(getRepository|\.create|\.save|\.insert|\.update|\.delete|\.upsert|\.find\w*|\.exist\w*|\.count\w*|Join\w*|\.from)\(\s*(\w+Entity)\b/g;
const SHARED_OWNERS = { 'modules/users': ['modules/auth'] };
const owner = new Map();
const sources = Object.keys(files).filter((f) => f.startsWith('modules/'));
for (const f of sources)
  for (const m of readFileSync(join(src, f), 'utf8').matchAll(/export class (\w+Entity)\b/g)) owner.set(m[1], unitOf(f));
const foreign = [];
for (const f of sources) {
  const text = readFileSync(join(src, f), 'utf8');
  for (const m of text.matchAll(ENTITY_USE)) {
    const of = owner.get(m[2]);
    const from = unitOf(f);
    if (of && of !== from && !(SHARED_OWNERS[of] ?? []).includes(from)) {
      const line = text.slice(0, m.index).split('\n').length;
      foreign.push(`${f}:${line} ${m[1]}(${m[2]}) opens ${of}'s table: call its service`);
    }
  }
}
if (!process.argv.includes('--json')) console.log(`RESULT module-graph foreign_table_uses=${foreign.length}`);
for (const f of foreign) console.error(f);
process.exit(moduleCycles.length || fileCycles.length || foreign.length ? 1 : 0);
