/**
 * npm run bench:search -- --jobs 100000 [--queries 600] [--city 10000] [--seconds 10] [--processes 2] [--province 620000]
 *
 * Province scale (issue 16). Postings come from the demo generator with a fixed seed, spread over every county of a
 * province (city districts weigh more), stored and indexed through the real path (outbox → sync worker → engine).
 * The API runs as separate processes (scripts/serve-api.ts), as in production; this process is the client.
 *
 * 1. City index (`--city`, 10,000 postings): searches per second at 20 connections on one API process and on two
 *    (connections alternate between them, as behind a load balancer), and `{ __typename }` on the same process, so
 *    the ratio says how much of a request is the search.
 * 2. Full index (`--jobs`): each query of a mixed set (keyword, filter, facet, geo) one at a time through the API,
 *    then the same query straight against the engine in this process; recommendedJobs for every demo seeker;
 *    searches per second at 20 connections on one process.
 * 3. Precision at 5 of the labelled relevance set.
 *
 * The API's per-process search cache is off for the one-at-a-time timings (every query is answered by the engine,
 * so p95 is the engine's and the API's own work) and on for throughput, as in production. The last line is
 * machine-readable:
 * RESULT search jobs=N keyword_p95_ms=… filter_p95_ms=… facet_p95_ms=… geo_p95_ms=… match_p95_ms=… api_over_engine=…
 *   qps_20_city=… qps_over_trivial=… qps_20_city_2proc=… qps_20_city_nocache=… qps_20_full=… precision_at_5=…
 *
 * API_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the API processes.
 */
import 'reflect-metadata';
import { Agent, request } from 'node:http';
import { JobKind } from '@jobbridge/contracts';
import { JobSearchQuery, PostgresSearchEngine } from '@jobbridge/search';
import pino from 'pino';
import { Client } from 'pg';
import { ApiProcess, gqlRequest, startApiProcess } from '@jobbridge/testing';
import { createApp } from '../src/app.factory';
import { loadConfig } from '../src/config/app-config';
import { prepareDatabase } from '../src/database/prepare-database';
import { buildDemoData, DEMO_PASSWORD, DemoData, DemoPlace, Rng } from '../src/database/seed/demo-data';
import { seedDemoData } from '../src/database/seed/seeder';
import { PiiCipher } from '../src/common/crypto/pii-cipher';
import { SearchSyncWorker } from '../src/modules/search-index/search-sync.worker';
import { BenchDatabase, benchDatabase, mean, numberArg, percentile } from './support/bench-database';
import { provincePlaces } from './support/province';

/** The same queries every run (the demo generator's mulberry32). */
function rng(seed: number): () => number {
  const r = new Rng(seed);
  return () => r.next();
}

const pct = percentile;
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const log = (m: string) => console.log(`[bench:search] ${m}`);

const SECRETS = { JWT_SECRET: 'bench-secret-bench-secret-bench-secret', PII_ENCRYPTION_KEY: 'cd'.repeat(32) };

/**
 * What people type, most frequent first (drawn with Zipf weights): occupations in the words seekers use, skills and
 * certificates, welfare, a few employers' words, and rare words. Some queries add a place name (电焊工 兰州).
 */
const KEYWORDS = [
  '普工',
  '服务员',
  '司机',
  '电焊工',
  '保洁',
  '厨师',
  '拉面',
  '保安',
  '主播',
  '护理',
  '焊工',
  '月嫂',
  '收银员',
  '叉车',
  '分拣',
  '带货',
  '钢筋工',
  '包吃住',
  '养老护理员',
  '快递员',
  '外卖骑手',
  '挖掘机司机',
  '育婴员',
  '电工',
  '五险一金',
  '刺绣',
  '运维',
  '家政',
  '仓管员',
  '面点师',
  '木工',
  '瓦工',
  '装卸工',
  '客服',
  '会计',
  '砌筑工',
  '架子工',
  '质检员',
  '帮厨',
  '洗碗工',
  '水电工',
  '网约车司机',
  '货车司机',
  '环卫工',
  '护工',
  '电商',
  '牛肉面',
  '花椒',
  '枸杞',
  '苹果分拣',
  '乡村振兴',
  '公益性岗位',
  '见习',
  '以工代赈',
  '焊工证',
  '叉车证',
  '宿舍',
  '夜班',
  '氩弧焊',
  '塔吊司机',
];
const KINDS = [JobKind.FULL_TIME, JobKind.PART_TIME, JobKind.GIG];

type Kind = 'keyword' | 'filter' | 'facet' | 'geo';
type Query = { kind: Kind; input: Record<string, unknown> };

/** The query mix: a quarter each of keyword, keyword with filters, facets over a region, and nearby (some with a keyword). */
function makeQueries(n: number, places: DemoPlace[]): Query[] {
  const r = rng(20261122);
  const zipf = KEYWORDS.map((_, i) => 1 / (i + 1));
  const zipfTotal = zipf.reduce((a, b) => a + b, 0);
  const keyword = () => {
    let x = r() * zipfTotal;
    for (let i = 0; i < zipf.length; i++) if ((x -= zipf[i]) < 0) return KEYWORDS[i];
    return KEYWORDS[0];
  };
  const place = () => places[Math.floor(r() * places.length)];
  const prefectures = [...new Set(places.map((p) => `${p.code.slice(0, 4)}00`))];
  const region = () => (r() < 0.5 ? place().code : prefectures[Math.floor(r() * prefectures.length)]);
  const out: Query[] = [];
  for (let i = 0; i < n; i++) {
    const kind = (['keyword', 'filter', 'facet', 'geo'] as Kind[])[i % 4];
    if (kind === 'keyword')
      out.push({ kind, input: { keyword: r() < 0.15 ? `${keyword()} ${place().name.replace(/[县区市]$/, '')}` : keyword() } });
    if (kind === 'filter')
      out.push({
        kind,
        input: {
          keyword: keyword(),
          regionCode: region(),
          payMin: 2000 + Math.floor(r() * 5) * 1000,
          ...(r() < 0.6 ? { kinds: [KINDS[Math.floor(r() * KINDS.length)]] } : {}),
          ...(r() < 0.3 ? { postedWithinDays: 7 } : {}),
        },
      });
    if (kind === 'facet')
      out.push({
        kind,
        input: {
          regionCode: r() < 0.2 ? places[0].code.slice(0, 2) + '0000' : region(),
          facets: ['KIND', 'INDUSTRY', 'PAY_BAND', 'REGION'],
          ...(r() < 0.5 ? { keyword: keyword() } : {}),
        },
      });
    if (kind === 'geo') {
      const p = place();
      out.push({
        kind,
        input: {
          near: { lat: p.lat + (r() - 0.5) * 0.1, lng: p.lng + (r() - 0.5) * 0.1, radiusKm: [5, 10, 20, 30, 50][Math.floor(r() * 5)] },
          sort: 'DISTANCE',
          ...(r() < 0.3 ? { keyword: keyword() } : {}),
        },
      });
    }
  }
  return out;
}

/** The same query in the port's terms, for timing the engine alone. */
function toEngineQuery(input: Record<string, any>): JobSearchQuery {
  const facets: Record<string, 'kind' | 'industry' | 'payBand' | 'region'> = {
    KIND: 'kind',
    INDUSTRY: 'industry',
    PAY_BAND: 'payBand',
    REGION: 'region',
  };
  return {
    keyword: input.keyword,
    regionCode: input.regionCode,
    near: input.near,
    payMin: input.payMin,
    kinds: input.kinds,
    postedWithinDays: input.postedWithinDays,
    sort: input.sort,
    facets: input.facets?.map((f: string) => facets[f]),
    offset: 0,
    limit: 20,
    highlight: !!input.keyword,
  };
}

const SEARCH = `query Search($input: JobSearchInput) { searchJobs(input: $input, first: 20) { totalCount
  hits { distanceKm highlightedTitle node { id title payMin payMax kind employer { name } workRegion { name } } }
  facets { kind { value count } industry { value count } payBand { value count } region { value label count } } } }`;
const TRIVIAL = `{ __typename }`;
const RECOMMEND = `{ recommendedJobs(first: 20) { score reasons job { id title } } }`;

interface Index {
  db: BenchDatabase;
  data: DemoData;
}

/** A scratch database holding `jobs` postings over `places`, indexed through the outbox, vacuumed and analysed. */
async function buildIndex(name: string, jobs: number, places: DemoPlace[] | undefined): Promise<Index & { places: DemoPlace[] }> {
  const db = await benchDatabase(name);
  const spread = places ?? (await provincePlaces(db.ds, process.argv.includes('--province') ? stringArg('province') : '620000'));
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...SECRETS, SEARCH_SYNC_POLL_MS: '0', WEB_DIST_DIR: '/nonexistent' });
  let t0 = process.hrtime.bigint();
  const data = buildDemoData({ postings: jobs, places: spread });
  await seedDemoData(db.ds, { info: () => undefined }, new PiiCipher(config.piiKey), data, [], { liveRooms: false });
  log(`${name}: stored ${jobs} postings over ${spread.length} counties in ${(ms(t0) / 1000).toFixed(1)} s`);
  const app = await createApp({ config, dataSource: db.ds, logger: pino({ level: 'silent' }) });
  await app.init();
  t0 = process.hrtime.bigint();
  const indexed = await app.get(SearchSyncWorker).drain();
  await app.close();
  log(`${name}: indexed through the outbox (${indexed} events) in ${(ms(t0) / 1000).toFixed(1)} s`);
  // As autovacuum would on a live system: statistics, and the visibility map that allows index-only scans.
  await db.ds.query('VACUUM ANALYZE');
  return { db, data, places: spread };
}

function stringArg(name: string): string {
  return process.argv[process.argv.indexOf(`--${name}`) + 1];
}

/** API processes on a bench database, as production runs them (info-level request log, no demo seeding). */
async function apiProcesses(db: BenchDatabase, n: number, cache: boolean): Promise<ApiProcess[]> {
  const env = {
    ...SECRETS,
    NODE_ENV: 'production',
    DATABASE_URL: db.url,
    LOG_LEVEL: 'info',
    SEARCH_SYNC_POLL_MS: '1000',
    SEARCH_CACHE_MS: cache ? '2000' : '0',
  };
  return Promise.all(Array.from({ length: n }, () => startApiProcess(env)));
}

/**
 * The order people ask in: a long sequence drawn from the distinct searches with Zipf weights (the i-th most popular
 * asked 1/i as often as the first), as search logs look: with 400 distinct searches the first is 15% of all, the
 * first ten 45%. Fixed seed.
 */
function popular(bodies: string[], length = 20_000): string[] {
  const r = rng(4242);
  const weights = bodies.map((_, i) => 1 / (i + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  return Array.from({ length }, () => {
    let x = r() * total;
    for (let i = 0; i < bodies.length; i++) if ((x -= weights[i]) < 0) return bodies[i];
    return bodies[bodies.length - 1];
  });
}

/** One POST over a kept-alive connection of `agent`; resolves with the status and body. (node:http costs the client less than fetch.) */
function post(url: URL, body: string, agent: Agent, token?: string): Promise<{ status: number; text: string; cached: boolean }> {
  return new Promise((resolve, reject) => {
    const headers = {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    };
    const req = request(url, { method: 'POST', agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString(), cached: res.headers['x-cache'] === 'hit' }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * Requests per second with `connections` requests always in flight for `seconds`, spread over the processes in turn
 * (one kept-alive connection each). Each connection cycles through `bodies` from its own starting point. Fails on any
 * error.
 */
async function throughput(
  urls: string[],
  bodies: string[],
  connections: number,
  seconds: number,
): Promise<{ qps: number; p95: number; cachedShare: number }> {
  const agents = urls.map(() => new Agent({ keepAlive: true, maxSockets: connections }));
  const run = async (limitMs: number, record: boolean) => {
    const latencies: number[] = [];
    let done = 0;
    let cached = 0;
    const start = process.hrtime.bigint();
    const end = Date.now() + limitMs;
    await Promise.all(
      Array.from({ length: connections }, async (_, c) => {
        const url = new URL(`${urls[c % urls.length]}/graphql`);
        const agent = agents[c % urls.length];
        let i = c * 7;
        while (Date.now() < end) {
          const s = process.hrtime.bigint();
          const res = await post(url, bodies[i++ % bodies.length], agent);
          if (res.status !== 200 || res.text.startsWith('{"errors"'))
            throw new Error(`request failed (${res.status}): ${res.text.slice(0, 300)}`);
          if (record) latencies.push(ms(s));
          done++;
          if (res.cached) cached++;
        }
      }),
    );
    return { qps: done / (ms(start) / 1000), p95: pct(latencies, 95), cachedShare: cached / Math.max(1, done) };
  };
  try {
    await run(Math.min(2000, seconds * 300), false); // warm-up: JIT, plans, caches
    return await run(seconds * 1000, true);
  } finally {
    for (const a of agents) a.destroy();
  }
}

async function main() {
  const jobs = numberArg('jobs', 100000);
  const cityJobs = Math.min(numberArg('city', 10000), jobs);
  const queryCount = Math.max(numberArg('queries', 600), 8);
  const seconds = numberArg('seconds', jobs <= 5000 ? 2 : 10);
  const maxProcesses = Math.max(1, numberArg('processes', 2));
  const connections = numberArg('connections', 20);
  const searchBodies = (queries: Query[]) => popular(queries.map((q) => JSON.stringify({ query: SEARCH, variables: { input: q.input } })));
  const trivialBody = [JSON.stringify({ query: TRIVIAL })];

  // 1. The city index: throughput on one process, then on more.
  const city = await buildIndex('city', cityJobs, undefined);
  const cityQueries = makeQueries(400, city.places);
  const qps: number[] = [];
  let trivialQps = 0;
  let uncachedQps: number;
  try {
    // Without the caches: every search runs the engine and every resolver.
    const [plain] = await apiProcesses(city.db, 1, false);
    try {
      const r = await throughput([plain.url], searchBodies(cityQueries), connections, seconds);
      uncachedQps = r.qps;
      log(
        `city ${cityJobs}: searchJobs without caches ${r.qps.toFixed(0)}/s (p95 ${r.p95.toFixed(1)} ms) at ${connections} connections, 1 process`,
      );
    } finally {
      await plain.stop();
    }
    for (let n = 1; n <= maxProcesses; n++) {
      const procs = await apiProcesses(city.db, n, true);
      try {
        const urls = procs.map((p) => p.url);
        if (n === 1) {
          const trivial = await throughput(urls, trivialBody, connections, seconds);
          trivialQps = trivial.qps;
          log(`city ${cityJobs}: { __typename } ${trivial.qps.toFixed(0)}/s at ${connections} connections, 1 process`);
        }
        const search = await throughput(urls, searchBodies(cityQueries), connections, seconds);
        qps.push(search.qps);
        log(
          `city ${cityJobs}: searchJobs ${search.qps.toFixed(0)}/s (p95 ${search.p95.toFixed(1)} ms, ${(search.cachedShare * 100).toFixed(0)}% answered from the response cache) at ${connections} connections, ${n} process(es)`,
        );
      } finally {
        await Promise.all(procs.map((p) => p.stop()));
      }
    }
  } finally {
    if (jobs !== cityJobs) await city.db.drop();
  }

  // 2. The full index: one query at a time through the API and against the engine, then throughput.
  const full = jobs === cityJobs ? city : await buildIndex('province', jobs, city.places);
  const { db, data } = full;
  try {
    const engine = new PostgresSearchEngine((sql, params) => db.ds.query(sql, params));
    const queries = makeQueries(queryCount, full.places);
    const api: Record<Kind, number[]> = { keyword: [], filter: [], facet: [], geo: [] };
    const direct: Record<Kind, number[]> = { keyword: [], filter: [], facet: [], geo: [] };
    const match: number[] = [];
    const slowest: { kind: Kind; input: unknown; ms: number }[] = [];
    let fullQps = 0;
    const [proc] = await apiProcesses(db, 1, false);
    try {
      // One query at a time over a kept-alive node:http connection (fetch's own cost would be counted as the API's).
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      const graphqlUrl = new URL(`${proc.url}/graphql`);
      const viaApi = async (query: string, variables: Record<string, unknown>, token?: string) => {
        const res = await post(graphqlUrl, JSON.stringify({ query, variables }), agent, token);
        const body = JSON.parse(res.text) as { errors?: unknown };
        if (res.status !== 200 || body.errors) throw new Error(`query failed (${res.status}): ${res.text.slice(0, 500)}`);
      };
      // Warm-up: plans, caches and the analyzer, as a running server would have.
      for (const q of queries.slice(0, 20)) {
        await viaApi(SEARCH, { input: q.input });
        await engine.searchJobs(toEngineQuery(q.input));
      }
      // The API and the engine take turns going first, so neither gains from the other having just read the same pages.
      for (const [i, q] of queries.entries()) {
        const timeApi = async () => {
          const s = process.hrtime.bigint();
          await viaApi(SEARCH, { input: q.input });
          api[q.kind].push(ms(s));
        };
        const timeEngine = async () => {
          const s = process.hrtime.bigint();
          await engine.searchJobs(toEngineQuery(q.input));
          direct[q.kind].push(ms(s));
          slowest.push({ kind: q.kind, input: q.input, ms: ms(s) });
        };
        if (i % 2) {
          await timeEngine();
          await timeApi();
        } else {
          await timeApi();
          await timeEngine();
        }
      }
      const tokens: string[] = [];
      for (const seeker of data.seekers) {
        const r = await gqlRequest<any>(proc.url, `mutation($i: LoginInput!) { login(input: $i) { token } }`, {
          i: { login: seeker.login.phone, password: DEMO_PASSWORD },
        });
        tokens.push(r.data.login.token);
      }
      const rounds = Math.max(1, Math.ceil(Math.max(60, queryCount / 5) / tokens.length));
      for (const token of tokens) await viaApi(RECOMMEND, {}, token); // warm-up
      for (let i = 0; i < rounds; i++) {
        for (const token of tokens) {
          const s = process.hrtime.bigint();
          await viaApi(RECOMMEND, {}, token);
          match.push(ms(s));
        }
      }
      agent.destroy();
    } finally {
      await proc.stop();
    }
    if (jobs !== cityJobs) {
      const [cached] = await apiProcesses(db, 1, true);
      try {
        const r = await throughput([cached.url], searchBodies(makeQueries(400, full.places)), connections, seconds);
        fullQps = r.qps;
        log(
          `full ${jobs}: searchJobs ${fullQps.toFixed(0)}/s (p95 ${r.p95.toFixed(1)} ms, ${(r.cachedShare * 100).toFixed(0)}% from the response cache) at ${connections} connections, 1 process`,
        );
      } finally {
        await cached.stop();
      }
    } else fullQps = qps[0];

    const all = (x: Record<Kind, number[]>) => Object.values(x).flat();
    const ratio = mean(all(api)) / mean(all(direct));
    for (const k of Object.keys(api) as Kind[]) {
      log(
        `${k.padEnd(7)} api p50 ${pct(api[k], 50).toFixed(1)} ms p95 ${pct(api[k], 95).toFixed(1)} ms | engine p50 ${pct(direct[k], 50).toFixed(1)} ms p95 ${pct(direct[k], 95).toFixed(1)} ms (n=${api[k].length})`,
      );
    }
    // The slowest of each kind, by the engine's time: what to look at first (EXPLAIN it on a kept database).
    for (const k of Object.keys(api) as Kind[]) {
      const worst = slowest
        .filter((x) => x.kind === k)
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 3);
      log(`slowest ${k}: ${worst.map((x) => `${x.ms.toFixed(1)} ms ${JSON.stringify(x.input)}`).join(' | ')}`);
    }
    log(`recommendedJobs p50 ${pct(match, 50).toFixed(1)} ms p95 ${pct(match, 95).toFixed(1)} ms (n=${match.length})`);
    log(`api/engine mean ratio ${ratio.toFixed(2)}`);
    const precision = await relevancePrecision(db.url);
    log(`precision@5 on the labelled set ${precision.toFixed(3)}`);
    log(
      `targets: p95 ≤ 20 ms at 100,000 (≤ 50 ms at 1,000,000), recommendedJobs p95 ≤ 50 ms, api/engine ≤ 1.3, ` +
        `qps_20 ≥ 600 at 10,000 on one process, precision@5 ≥ 0.99`,
    );
    const scale = qps.length > 1 ? qps[qps.length - 1] / qps[0] : 1;
    log(`throughput from 1 to ${qps.length} process(es): ×${scale.toFixed(2)}`);
    console.log(
      `RESULT search jobs=${jobs} keyword_p95_ms=${pct(api.keyword, 95).toFixed(1)} filter_p95_ms=${pct(api.filter, 95).toFixed(1)} ` +
        `facet_p95_ms=${pct(api.facet, 95).toFixed(1)} geo_p95_ms=${pct(api.geo, 95).toFixed(1)} match_p95_ms=${pct(match, 95).toFixed(1)} ` +
        `api_over_engine=${ratio.toFixed(2)} qps_20_city=${qps[0].toFixed(0)} qps_over_trivial=${(qps[0] / trivialQps).toFixed(2)} ` +
        `qps_20_city_${qps.length}proc=${qps[qps.length - 1].toFixed(0)} qps_20_city_nocache=${uncachedQps.toFixed(0)} qps_20_full=${fullQps.toFixed(0)} precision_at_5=${precision.toFixed(3)}`,
    );
  } finally {
    await db.drop();
  }
}

/** Precision at 5 of the labelled relevance set, on its own corpus in a scratch database of the same server. */
async function relevancePrecision(url: string): Promise<number> {
  const { RELEVANCE_CASES, RELEVANCE_CORPUS, precisionAt5 } = await import('@jobbridge/search/testing');
  const u = new URL(url);
  const name = `relevance_${process.pid}`;
  const admin = new Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  u.pathname = `/${name}`;
  const ds = await prepareDatabase(u.toString(), { info: () => undefined });
  try {
    const engine = new PostgresSearchEngine((sql, params) => ds.query(sql, params));
    await engine.upsertJobs(RELEVANCE_CORPUS);
    const tops: string[][] = [];
    for (const c of RELEVANCE_CASES) tops.push((await engine.searchJobs({ keyword: c.query, offset: 0, limit: 5 })).hits.map((h) => h.id));
    return precisionAt5(tops).mean;
  } finally {
    await ds.destroy();
    const c = new Client({ connectionString: url });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.end();
  }
}

main().catch((e) => {
  console.error('bench:search failed:', e);
  process.exit(1);
});
