/**
 * npm run bench:stats [-- --applications 1000000 --postings 100000 --reps 300] [--smoke]
 *
 * Regional statistics (issue 13). Generates, in SQL (generate_series), two years of activity spread over every county
 * of 甘肃省 (62xxxx, from the region dataset the API loads): postings (8% left as drafts, a third of the rest closed),
 * seekers in priority groups, applications (8% hired, with their HIRED event 0–40 days later), live rooms, fairs and
 * major projects with their rosters. Then fills the daily rollup (timed), and times `regionStatistics` for the
 * province by month over the two years through the GraphQL API over HTTP (total, every month, every prefecture per
 * month), against the same figures computed straight from the raw tables (the baseline), and checks they agree.
 * `--smoke` is a CI-sized run (20,000 applications, 2,000 postings); `--keep` leaves the database (DATABASE_URL only).
 * The last line is machine-readable:
 * RESULT stats applications=N p95_ms=…
 */
import 'reflect-metadata';
import { hash } from '@node-rs/argon2';
import pino from 'pino';
import { gqlRequest } from '@jobbridge/testing';
import { createApp } from '../src/app.factory';
import { loadConfig } from '../src/config/app-config';
import { StatisticsRefreshWorker } from '../src/modules/statistics/statistics-refresh.worker';
import { benchDatabase, mean, numberArg, percentile } from './support/bench-database';

const log = (m: string) => console.log(`[bench:stats] ${m}`);
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const PROVINCE = '620000';
const PASSWORD = 'Bench@2026';
const DAYS = 730;

const STATS = `query($regionCode: String!, $from: String, $to: String) {
  regionStatistics(regionCode: $regionCode, from: $from, to: $to, period: MONTH) {
    from to refreshedAt
    total { postingsOpened postingsPublished postingsClosed seekersRegistered applications hires medianDaysToHire liveRoomsHeld fairsHeld projects projectsAtRisk projectsInBreach }
    buckets { period figures { postingsOpened postingsPublished postingsClosed seekersRegistered applications hires medianDaysToHire liveRoomsHeld fairsHeld projects projectsAtRisk projectsInBreach } }
    children { region { code name } ownLevel total { applications hires medianDaysToHire postingsPublished }
      buckets { period figures { applications hires postingsPublished } } } } }`;

/** Builds the data set. Every statement is one INSERT … SELECT over generate_series. */
async function generate(
  q: (sql: string, params?: unknown[]) => Promise<unknown>,
  n: { applications: number; postings: number; seekers: number; employers: number },
): Promise<void> {
  const published = Math.floor(n.postings * 0.92);
  // The counties of 甘肃省 as an array (1-based in SQL), and the window: the 730 days up to now.
  const C = `(SELECT array_agg(code ORDER BY code) FROM regions WHERE level = 'COUNTY' AND code LIKE '62%')`;
  const pick = (k: string) => `c.codes[1 + ((${k}) % array_length(c.codes, 1))]`;
  const START = `(now() - interval '${DAYS} days')`;
  const uid = (prefix: string, k: string) => `md5('${prefix}' || (${k}))::uuid`;

  await q(
    `INSERT INTO users (id, role, phone, password_hash, display_name, created_at)
     SELECT ${uid('e', 'e')}, 'EMPLOYER', '166' || lpad(e::text, 8, '0'), 'x', '压测单位' || e, ${START}
       FROM generate_series(0, $1 - 1) e`,
    [n.employers],
  );
  await q(
    `INSERT INTO employers (id, owner_user_id, name, credit_code, region_code, industry, size, contact_name, contact_phone,
                            verification_status, created_at)
     SELECT ${uid('m', 'e')}, ${uid('e', 'e')}, '压测单位' || e, '91' || lpad(e::text, 16, '0'), ${pick('e * 7')}, '制造业', 'SME',
            '马经理', '13900000000', 'VERIFIED', ${START}
       FROM generate_series(0, $1 - 1) e, ${C} AS c(codes)`,
    [n.employers],
  );
  // Postings: created evenly over the window (scrambled, so drafts are spread too), published a day later; the first
  // `published` are published and a third of them closed 30–90 days after, if that has come.
  await q(
    `INSERT INTO job_postings (id, employer_id, title, description, occupation, headcount, pay_min, pay_max, work_region_code,
                               kind, status, created_at, published_at, closed_at, updated_at)
     SELECT ${uid('p', 'p')}, ${uid('m', 'p % $3')}, '压测岗位' || p, '压测岗位描述', '普工', 3, 4000, 6000, ${pick('p * 13')}, 'FULL_TIME',
            CASE WHEN p >= $2 THEN 'DRAFT' WHEN closed < now() AND p % 3 = 0 THEN 'CLOSED' ELSE 'PUBLISHED' END,
            created, CASE WHEN p < $2 THEN created + interval '1 day' END,
            CASE WHEN p < $2 AND closed < now() AND p % 3 = 0 THEN closed END, created
       FROM generate_series(0, $1 - 1) p, ${C} AS c(codes),
            LATERAL (SELECT ${START} + ((p * 7919) % $1)::float8 / $1 * interval '${DAYS - 2} days' AS created) t,
            LATERAL (SELECT t.created + interval '1 day' + (30 + p % 61) * interval '1 day' AS closed) x`,
    [n.postings, published, n.employers],
  );
  // Seekers in 0–2 priority groups, living in a county (hukou the same), registered over the window.
  await q(
    `INSERT INTO users (id, role, phone, password_hash, display_name, created_at)
     SELECT ${uid('u', 's')}, 'JOB_SEEKER', '177' || lpad(s::text, 8, '0'), 'x', '求职者' || s, ${START}
       FROM generate_series(0, $1 - 1) s`,
    [n.seekers],
  );
  await q(
    `INSERT INTO job_seeker_profiles (id, user_id, full_name, hukou_region_code, residence_region_code, priority_groups, created_at, updated_at)
     SELECT ${uid('s', 's')}, ${uid('u', 's')}, '求职者' || s, ${pick('s * 17')}, ${pick('s * 17')},
            (ARRAY[g.groups[1 + s % 11], g.groups[1 + (s / 11) % 11]])[1:(s % 3)],
            ${START} + (s::float8 / $1) * interval '${DAYS - 2} days', ${START} + (s::float8 / $1) * interval '${DAYS - 2} days'
       FROM generate_series(0, $1 - 1) s, ${C} AS c(codes),
            (SELECT ARRAY['GRADUATE','YOUTH','REGISTERED_UNEMPLOYED','EMPLOYMENT_DIFFICULTY','POVERTY_ALLEVIATED','VETERAN',
                          'MIGRANT_WORKER','TWO_AFTER','RELOCATED','LAND_LOST','DISABLED']::text[] AS groups) g`,
    [n.seekers],
  );
  // Applications: i goes to published posting i mod P and a seeker that is different for each of that posting's
  // applications; made 0–30 days after publication (not after now); 8% hired 0–40 days later.
  await q(
    `INSERT INTO applications (job_posting_id, seeker_profile_id, status, source, created_at, updated_at)
     SELECT j.id, ${uid('s', '((i / $2) + (i % $2) * 31) % $3')},
            CASE WHEN i % 100 < 8 THEN 'HIRED' WHEN i % 100 < 20 THEN 'REJECTED' ELSE 'SUBMITTED' END, 'SEARCH', t.at, t.at
       FROM generate_series(0, $1 - 1) i
       JOIN job_postings j ON j.id = ${uid('p', 'i % $2')}
       CROSS JOIN LATERAL (SELECT least(now() - interval '1 hour', j.published_at + ((i * 37) % 720) * interval '1 hour') AS at) t`,
    [n.applications, published, n.seekers],
  );
  await q(
    `INSERT INTO application_events (application_id, from_status, to_status, actor_user_id, actor_role, actor_name, created_at)
     SELECT a.id, 'OFFER', 'HIRED', e.owner_user_id, 'EMPLOYER', '招聘专员',
            least(now() - interval '1 minute', a.created_at + (abs(hashtext(a.id::text)) % 41) * interval '1 day')
       FROM applications a JOIN job_postings j ON j.id = a.job_posting_id JOIN employers e ON e.id = j.employer_id
      WHERE a.status = 'HIRED'`,
  );
  // Live rooms (one per 200 applications) and fairs (one per 5,000), held over the window.
  await q(
    `INSERT INTO live_rooms (title, host_user_id, host_role, employer_id, region_code, status, scheduled_start, started_at, ended_at)
     SELECT '压测直播', ${uid('e', 'r % $2')}, 'EMPLOYER', ${uid('m', 'r % $2')}, ${pick('r * 11')}, 'ENDED', at, at, at + interval '1 hour'
       FROM generate_series(0, $1 - 1) r, ${C} AS c(codes),
            LATERAL (SELECT ${START} + (r::float8 / $1) * interval '${DAYS - 2} days' AS at) t`,
    [Math.max(1, Math.floor(n.applications / 200)), n.employers],
  );
  await q(
    `INSERT INTO users (id, role, phone, password_hash, display_name, region_code)
     VALUES (md5('officer-bench')::uuid, 'OFFICER', '13800099999', 'x', '压测人社局', '${PROVINCE}')`,
  );
  await q(
    `INSERT INTO job_fairs (region_code, name, campaign, mode, booth_apply_from, booth_apply_until, start_date, end_date, opens_at,
                            closes_at, booth_capacity, status, created_by_user_id, started_at, ended_at)
     SELECT p.codes[1 + f % array_length(p.codes, 1)], '压测招聘会', 'SPRING_BREEZE', 'ONLINE', at - interval '7 days', at, at::date,
            at::date, '09:00', '17:00', 50, 'ENDED', md5('officer-bench')::uuid, at, at + interval '8 hours'
       FROM generate_series(0, $1 - 1) f,
            (SELECT array_agg(code ORDER BY code) FROM regions WHERE level = 'PREFECTURE' AND code LIKE '62%') AS p(codes),
            LATERAL (SELECT ${START} + (f::float8 / $1) * interval '${DAYS - 2} days' AS at) t`,
    [Math.max(1, Math.floor(n.applications / 5000))],
  );
  // Major projects (one per 5,000 applications) with 40 workers each, a third of them local, joining over the window.
  const projects = Math.max(2, Math.floor(n.applications / 5000));
  await q(
    `INSERT INTO projects (id, name, employer_id, region_code, kind, planned_workforce, start_date, threshold, threshold_source, created_by_user_id)
     SELECT ${uid('j', 'k')}, '压测项目' || k, ${uid('m', 'k % $2')}, ${pick('k * 5')}, 'GOVERNMENT_INVESTED', 100,
            (${START} + (k % 200) * interval '1 day')::date, 0.3, '压测', md5('officer-bench')::uuid
       FROM generate_series(0, $1 - 1) k, ${C} AS c(codes)`,
    [projects, n.employers],
  );
  await q(
    `INSERT INTO project_workers (project_id, full_name, is_local, trade, start_date, end_date, source)
     SELECT ${uid('j', 'w / 40')}, '工人' || w, (w % 40) < 10 + (w / 40) % 8, '普工', p.start_date + (w % 40) * 5,
            CASE WHEN w % 7 = 0 THEN p.start_date + (w % 40) * 5 + 90 END, 'MANUAL'
       FROM generate_series(0, $1 * 40 - 1) w JOIN projects p ON p.id = ${uid('j', 'w / 40')}`,
    [projects],
  );
}

/** The same province-by-month figures straight from the raw tables, for the baseline and the cross-check. */
const RAW = `
  WITH apps AS (
    SELECT date_trunc('month', (a.created_at AT TIME ZONE 'Asia/Shanghai'))::date AS m, left(j.work_region_code, 4) AS pre
      FROM applications a JOIN job_postings j ON j.id = a.job_posting_id
     WHERE j.work_region_code LIKE '62%' AND (a.created_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN $1 AND $2
  ), hires AS (
    SELECT date_trunc('month', (h.hired_at AT TIME ZONE 'Asia/Shanghai'))::date AS m, left(j.work_region_code, 4) AS pre,
           greatest(0, floor(extract(epoch FROM h.hired_at - a.created_at) / 86400)) AS days
      FROM (SELECT application_id, min(created_at) AS hired_at FROM application_events WHERE to_status = 'HIRED' GROUP BY 1) h
      JOIN applications a ON a.id = h.application_id JOIN job_postings j ON j.id = a.job_posting_id
     WHERE j.work_region_code LIKE '62%' AND (h.hired_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN $1 AND $2
  ), posts AS (
    SELECT date_trunc('month', d.day)::date AS m, left(j.work_region_code, 4) AS pre, d.kind
      FROM job_postings j CROSS JOIN LATERAL (VALUES (1, (j.created_at AT TIME ZONE 'Asia/Shanghai')::date),
        (2, (j.published_at AT TIME ZONE 'Asia/Shanghai')::date), (3, (j.closed_at AT TIME ZONE 'Asia/Shanghai')::date)) d(kind, day)
     WHERE j.work_region_code LIKE '62%' AND d.day BETWEEN $1 AND $2
  )
  SELECT 'applications' AS what, m, pre, count(*)::int AS n, NULL::float8 AS median FROM apps GROUP BY GROUPING SETS ((m), (m, pre), ())
  UNION ALL
  SELECT 'hires', m, pre, count(*)::int, percentile_cont(0.5) WITHIN GROUP (ORDER BY days) FROM hires GROUP BY GROUPING SETS ((m), (m, pre), ())
  UNION ALL
  SELECT 'postings' || kind, m, pre, count(*)::int, NULL FROM posts GROUP BY kind, GROUPING SETS ((m), (m, pre), ())`;

async function main() {
  const smoke = process.argv.includes('--smoke');
  const applications = numberArg('applications', smoke ? 20_000 : 1_000_000);
  const postings = numberArg('postings', smoke ? 2_000 : 100_000);
  const reps = numberArg('reps', smoke ? 30 : 300);
  const baselineReps = numberArg('baseline-reps', smoke ? 5 : 7);
  const sizes = {
    applications,
    postings,
    seekers: Math.max(100, Math.ceil(applications / 10)),
    employers: Math.max(20, Math.ceil(postings / 50)),
  };
  const db = await benchDatabase('stats');
  const { ds } = db;
  try {
    let t0 = process.hrtime.bigint();
    await generate((sql, params) => ds.query(sql, params), sizes);
    await ds.query('ANALYZE');
    const [counts] = await ds.query(
      `SELECT (SELECT count(*) FROM applications)::int AS apps, (SELECT count(*) FROM job_postings)::int AS posts,
              (SELECT count(*) FROM application_events)::int AS hires, (SELECT count(*) FROM job_seeker_profiles)::int AS seekers,
              (SELECT count(DISTINCT left(work_region_code, 6)) FROM job_postings)::int AS counties`,
    );
    log(
      `generated ${counts.apps} applications (${counts.hires} hired), ${counts.posts} postings, ${counts.seekers} seekers over ` +
        `${DAYS} days in ${counts.counties} counties of 甘肃省 in ${(ms(t0) / 1000).toFixed(1)} s`,
    );

    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      JWT_SECRET: 'bench-secret-bench-secret-bench-secret',
      PII_ENCRYPTION_KEY: 'cd'.repeat(32),
      SEARCH_SYNC_POLL_MS: '0',
      STATS_REFRESH_MS: '0',
      WEB_DIST_DIR: '/nonexistent',
    });
    const app = await createApp({ config, dataSource: ds, logger: pino({ level: 'silent' }) });
    await app.listen(0, '127.0.0.1');
    const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    t0 = process.hrtime.bigint();
    const fill = await app.get(StatisticsRefreshWorker).refreshAll();
    const fillMs = ms(t0);
    await ds.query('VACUUM ANALYZE region_daily_stats');
    await ds.query('VACUUM ANALYZE region_daily_hire_days');
    const [rollup] = await ds.query(
      `SELECT (SELECT count(*) FROM region_daily_stats)::int AS daily, (SELECT count(*) FROM region_daily_hire_days)::int AS hist`,
    );
    log(
      `filled the rollups (${fill.kind}) in ${(fillMs / 1000).toFixed(2)} s: ${rollup.daily} daily rows, ${rollup.hist} time-to-hire rows`,
    );

    await ds.query(`UPDATE users SET password_hash = $1 WHERE id = md5('officer-bench')::uuid`, [await hash(PASSWORD)]);
    const login = await gqlRequest<any>(base, `mutation($i: LoginInput!) { login(input: $i) { token } }`, {
      i: { login: '13800099999', password: PASSWORD },
    });
    const token = login.data.login.token as string;
    const [{ today, from }] = await ds.query(
      `SELECT to_char((now() AT TIME ZONE 'Asia/Shanghai')::date, 'YYYY-MM-DD') AS today,
              to_char(date_trunc('month', (now() AT TIME ZONE 'Asia/Shanghai')::date - ${DAYS}), 'YYYY-MM-DD') AS from`,
    );
    const vars = { regionCode: PROVINCE, from, to: today };

    // Warm-up (plans, caches; the first call also refreshes today, as the first query of the day would).
    let answer: any;
    for (let i = 0; i < 5; i++) {
      const r = await gqlRequest<any>(base, STATS, vars, token);
      if (r.errors) throw new Error(`regionStatistics failed: ${JSON.stringify(r.errors)}`);
      answer = r.data.regionStatistics;
    }
    const api: number[] = [];
    for (let i = 0; i < reps; i++) {
      const s = process.hrtime.bigint();
      const r = await gqlRequest<any>(base, STATS, vars, token);
      api.push(ms(s));
      if (r.errors) throw new Error(`regionStatistics failed: ${JSON.stringify(r.errors)}`);
    }
    await app.close();

    // Baseline: the same figures from the raw tables (applications, hires with the median, postings; by month and prefecture).
    const raw: number[] = [];
    let rows: { what: string; m: string | null; pre: string | null; n: number; median: number | null }[] = [];
    for (let i = 0; i < baselineReps; i++) {
      const s = process.hrtime.bigint();
      rows = await ds.query(RAW, [from, today]);
      raw.push(ms(s));
    }
    const rawTotal = (what: string) => rows.find((r) => r.what === what && r.m === null && r.pre === null);
    const check = {
      applications: [answer.total.applications, rawTotal('applications')?.n ?? 0],
      hires: [answer.total.hires, rawTotal('hires')?.n ?? 0],
      medianDaysToHire: [answer.total.medianDaysToHire, rawTotal('hires')?.median ?? null],
      postingsPublished: [answer.total.postingsPublished, rawTotal('postings2')?.n ?? 0],
      postingsClosed: [answer.total.postingsClosed, rawTotal('postings3')?.n ?? 0],
    };
    const agree = Object.values(check).every(([a, b]) => a === b);
    log(
      `regionStatistics(${PROVINCE}, MONTH, ${from}…${today}): ${answer.buckets.length} months × ${answer.children.length} prefectures; ` +
        `total ${answer.total.applications} applications, ${answer.total.hires} hires (median ${answer.total.medianDaysToHire} days), ` +
        `${answer.total.projects} projects (${answer.total.projectsAtRisk} at risk, ${answer.total.projectsInBreach} in breach)`,
    );
    log(`cross-check against the raw tables: ${agree ? 'the same' : 'DIFFERENT'} ${JSON.stringify(check)}`);
    if (!agree) throw new Error('the rollup disagrees with the raw tables');
    const ratio = percentile(raw, 50) / percentile(api, 50);
    log(
      `API over HTTP: p50 ${percentile(api, 50).toFixed(1)} ms, p95 ${percentile(api, 95).toFixed(1)} ms, max ${Math.max(...api).toFixed(1)} ms, ` +
        `mean ${mean(api).toFixed(1)} ms (n=${api.length})`,
    );
    log(
      `baseline from raw tables (SQL only, fewer figures): p50 ${percentile(raw, 50).toFixed(1)} ms (n=${raw.length}); ` +
        `rollup API is ${ratio.toFixed(1)}× faster`,
    );
    console.log(`RESULT stats applications=${counts.apps} p95_ms=${percentile(api, 95).toFixed(1)}`);
  } finally {
    // --keep (with DATABASE_URL): leave the database for EXPLAIN and experiments.
    if (process.argv.includes('--keep') && process.env.DATABASE_URL) {
      log(`kept the database: ${db.url}`);
      await ds.destroy();
    } else await db.drop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
