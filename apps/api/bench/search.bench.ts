/**
 * npm run bench:search -- --jobs 100000 [--queries 600]
 *
 * Generates N postings with a fixed seed (the demo generator), stores them and indexes them through the real path
 * (outbox → sync worker → engine), then times mixed queries through the GraphQL API over HTTP and, in the same run,
 * the same queries straight against the engine. Also measures recommendedJobs and the precision at 5 of the labelled
 * relevance set. The last line is machine-readable:
 * RESULT search jobs=N keyword_p95_ms=… filter_p95_ms=… facet_p95_ms=… geo_p95_ms=… match_p95_ms=… api_over_engine=… precision_at_5=…
 */
import 'reflect-metadata';
import { JobKind } from '@jobbridge/contracts';
import { JobSearchQuery, PostgresSearchEngine, SearchEngine } from '@jobbridge/search';
import pino from 'pino';
import { Client } from 'pg';
import { gqlRequest } from '@jobbridge/testing';
import { createApp } from '../src/app.factory';
import { loadConfig } from '../src/config/app-config';
import { prepareDatabase } from '../src/database/prepare-database';
import { buildDemoData, DEMO_PASSWORD } from '../src/database/seed/demo-data';
import { seedDemoData } from '../src/database/seed/seeder';
import { PiiCipher } from '../src/common/crypto/pii-cipher';
import { SEARCH_ENGINE } from '../src/modules/search-index/search-engine.provider';
import { SearchSyncWorker } from '../src/modules/search-index/search-sync.worker';
import { benchDatabase, mean, numberArg, percentile } from './support/bench-database';

/** mulberry32: the same queries every run. */
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pct = percentile;
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

const KEYWORDS = [
  '电焊',
  '焊工',
  '拉面',
  '保洁',
  '司机',
  '主播',
  '带货',
  '护理',
  '月嫂',
  '服务员',
  '厨师',
  '普工',
  '叉车',
  '钢筋',
  '运维',
  '分拣',
  '刺绣',
  '保安',
  '收银',
  '养老',
];
const PREFECTURES = ['622900', '621000', '620100'];
const POINTS = [
  { lat: 35.6, lng: 103.21 },
  { lat: 35.73, lng: 107.64 },
  { lat: 36.06, lng: 103.83 },
  { lat: 35.49, lng: 103.0 },
];
const KINDS = [JobKind.FULL_TIME, JobKind.PART_TIME, JobKind.GIG];

type Kind = 'keyword' | 'filter' | 'facet' | 'geo';

function makeQueries(n: number): { kind: Kind; input: Record<string, unknown> }[] {
  const r = rng(20261122);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const out: { kind: Kind; input: Record<string, unknown> }[] = [];
  for (let i = 0; i < n; i++) {
    const kind = (['keyword', 'filter', 'facet', 'geo'] as Kind[])[i % 4];
    if (kind === 'keyword') out.push({ kind, input: { keyword: pick(KEYWORDS) } });
    if (kind === 'filter')
      out.push({
        kind,
        input: { keyword: pick(KEYWORDS), regionCode: pick(PREFECTURES), payMin: 3000 + Math.floor(r() * 4) * 1000, kinds: [pick(KINDS)] },
      });
    if (kind === 'facet')
      out.push({
        kind,
        input: {
          regionCode: pick(PREFECTURES),
          facets: ['KIND', 'INDUSTRY', 'PAY_BAND', 'REGION'],
          ...(r() < 0.5 ? { keyword: pick(KEYWORDS) } : {}),
        },
      });
    if (kind === 'geo') out.push({ kind, input: { near: { ...pick(POINTS), radiusKm: 10 + Math.floor(r() * 40) }, sort: 'DISTANCE' } });
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
    sort: input.sort,
    facets: input.facets?.map((f: string) => facets[f]),
    offset: 0,
    limit: 20,
    highlight: !!input.keyword,
  };
}

const SEARCH = `query($input: JobSearchInput) { searchJobs(input: $input, first: 20) { totalCount
  hits { distanceKm highlightedTitle node { id title payMin payMax kind employer { name } workRegion { name } } }
  facets { kind { value count } industry { value count } payBand { value count } region { value label count } } } }`;
const RECOMMEND = `{ recommendedJobs(first: 20) { score reasons job { id title } } }`;

async function main() {
  const jobs = numberArg('jobs', 100000);
  const queryCount = Math.max(numberArg('queries', 600), 8);
  const log = (m: string) => console.log(`[bench:search] ${m}`);
  const db = await benchDatabase('bench');
  const { ds, url } = db;
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret',
    PII_ENCRYPTION_KEY: 'cd'.repeat(32),
    SEARCH_SYNC_POLL_MS: '0',
    WEB_DIST_DIR: '/nonexistent',
  });
  try {
    let t0 = process.hrtime.bigint();
    const data = buildDemoData({ postings: jobs });
    await seedDemoData(ds, { info: () => undefined }, new PiiCipher(config.piiKey), data, [], { liveRooms: false });
    log(
      `stored ${jobs} postings (${data.postings.filter((p) => p.status === 'PUBLISHED').length} published) in ${(ms(t0) / 1000).toFixed(1)} s`,
    );

    const app = await createApp({ config, dataSource: ds, logger: pino({ level: 'silent' }) });
    await app.listen(0, '127.0.0.1');
    const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    const engine = app.get<SearchEngine>(SEARCH_ENGINE);
    t0 = process.hrtime.bigint();
    const indexed = await app.get(SearchSyncWorker).drain();
    log(`indexed through the outbox (${indexed} events) into ${engine.name} in ${(ms(t0) / 1000).toFixed(1)} s`);
    // As autovacuum would on a live system: statistics, and the visibility map that allows index-only scans.
    await ds.query('VACUUM ANALYZE');

    const queries = makeQueries(queryCount);
    // Warm-up: plans, caches and the analyzer, as a running server would have.
    for (const q of queries.slice(0, 20)) await gqlRequest(base, SEARCH, { input: q.input });
    const api: Record<Kind, number[]> = { keyword: [], filter: [], facet: [], geo: [] };
    const direct: Record<Kind, number[]> = { keyword: [], filter: [], facet: [], geo: [] };
    for (const q of queries) {
      let s = process.hrtime.bigint();
      const res = await gqlRequest(base, SEARCH, { input: q.input });
      api[q.kind].push(ms(s));
      if (res.errors) throw new Error(`query failed: ${JSON.stringify(res.errors)}`);
      s = process.hrtime.bigint();
      await engine.searchJobs(toEngineQuery(q.input));
      direct[q.kind].push(ms(s));
    }

    const seekerLogins = data.seekers.map((s) => s.login.phone);
    const tokens: string[] = [];
    for (const phone of seekerLogins) {
      const r = await gqlRequest<any>(base, `mutation($i: LoginInput!) { login(input: $i) { token } }`, {
        i: { login: phone, password: DEMO_PASSWORD },
      });
      tokens.push(r.data.login.token);
    }
    const match: number[] = [];
    const rounds = Math.max(1, Math.ceil(Math.max(60, queryCount / 5) / tokens.length));
    for (let i = 0; i < rounds; i++) {
      for (const token of tokens) {
        const s = process.hrtime.bigint();
        const r = await gqlRequest(base, RECOMMEND, {}, token);
        match.push(ms(s));
        if (r.errors) throw new Error(`recommendedJobs failed: ${JSON.stringify(r.errors)}`);
      }
    }
    await app.close();

    const all = (x: Record<Kind, number[]>) => Object.values(x).flat();
    const ratio = mean(all(api)) / mean(all(direct));
    for (const k of Object.keys(api) as Kind[]) {
      log(
        `${k.padEnd(7)} api p50 ${pct(api[k], 50).toFixed(1)} ms p95 ${pct(api[k], 95).toFixed(1)} ms | engine p50 ${pct(direct[k], 50).toFixed(1)} ms p95 ${pct(direct[k], 95).toFixed(1)} ms (n=${api[k].length})`,
      );
    }
    log(`recommendedJobs p50 ${pct(match, 50).toFixed(1)} ms p95 ${pct(match, 95).toFixed(1)} ms (n=${match.length})`);
    log(`api/engine mean ratio ${ratio.toFixed(2)}`);
    const precision = await relevancePrecision(url);
    log(`precision@5 on the labelled set ${precision.toFixed(3)}`);
    log(`targets: p95 ≤ 50 ms for keyword/filter/facet/geo, recommendedJobs p95 ≤ 100 ms, api/engine ≤ 1.5, precision@5 ≥ 0.9`);
    console.log(
      `RESULT search jobs=${jobs} keyword_p95_ms=${pct(api.keyword, 95).toFixed(1)} filter_p95_ms=${pct(api.filter, 95).toFixed(1)} ` +
        `facet_p95_ms=${pct(api.facet, 95).toFixed(1)} geo_p95_ms=${pct(api.geo, 95).toFixed(1)} match_p95_ms=${pct(match, 95).toFixed(1)} ` +
        `api_over_engine=${ratio.toFixed(2)} precision_at_5=${precision.toFixed(3)}`,
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
