import { percentile } from '@jobbridge/domain';
import { DataSource, EntityManager } from 'typeorm';
import type { FairFigureModel, JobFairStatsModel } from './dto/job-fair.model';
import type { BoothLive } from './job-fairs.service';

/** A long queue: more waiting than this, or a wait over LONG_WAIT_SECONDS, raises the booth's alarm. */
export const LONG_QUEUE = 20;
export const LONG_WAIT_SECONDS = 30 * 60;

/** How a slice is keyed: over tickets `t` / applications `a`, each joined to the seeker's profile `p`. */
const SLICES = {
  ALL: { key: `'ALL'`, from: '' },
  county: { key: `left(coalesce(p.residence_region_code, p.hukou_region_code), 6)`, from: '' },
  group: {
    key: 'g',
    from: `CROSS JOIN LATERAL unnest(CASE WHEN cardinality(p.priority_groups) = 0 THEN ARRAY['NONE'] ELSE p.priority_groups END) g`,
  },
} as const;

type Figure = Omit<FairFigureModel, never>;

/**
 * The fair's figures, live or final: the funnel (queued → talked → agreement / interview → application → hired) overall,
 * by the seeker's county, by priority group and by booth, the waits (join → call), and alarms. Reads tickets,
 * applications and profiles in a few grouped statements (read only).
 */
/**
 * Runs statements for fairStats: side by side on the pool, one after another on a transaction's connection (pg
 * refuses overlapping queries on one client from pg 9, and queues them with a deprecation warning until then).
 */
function statements(db: DataSource | EntityManager): (sql: string, params: unknown[]) => Promise<unknown[]> {
  if (db instanceof DataSource || !db.queryRunner) return (sql, params) => db.query(sql, params);
  let last: Promise<unknown> = Promise.resolve();
  return (sql, params) => {
    const next = last.then(() => db.query(sql, params));
    last = next.catch(() => undefined);
    return next;
  };
}

export async function fairStats(
  db: DataSource | EntityManager,
  fair: { id: string; status: string },
  booths: { id: string; number: string | null; status: string }[],
  live: Map<string, BoothLive>,
  visitors: { now: number; peak: number },
): Promise<JobFairStatsModel> {
  const query = statements(db);
  const ticketFigures = async (slice: keyof typeof SLICES) => {
    const s = SLICES[slice];
    return (await query(
      `SELECT ${s.key} AS key, count(DISTINCT t.user_id)::int AS queued,
         count(*) FILTER (WHERE t.accepted_at IS NOT NULL)::int AS talked,
         count(*) FILTER (WHERE t.outcome = 'AGREEMENT')::int AS agreements,
         count(*) FILTER (WHERE t.outcome = 'INTERVIEW')::int AS interviews
       FROM fair_tickets t JOIN job_seeker_profiles p ON p.id = t.seeker_profile_id ${s.from}
       WHERE t.fair_id = $1 GROUP BY 1`,
      [fair.id],
    )) as { key: string; queued: number; talked: number; agreements: number; interviews: number }[];
  };
  const applicationFigures = async (slice: keyof typeof SLICES) => {
    const s = SLICES[slice];
    return (await query(
      `SELECT ${s.key} AS key, count(*)::int AS applications, count(*) FILTER (WHERE a.status = 'HIRED')::int AS hired
       FROM applications a JOIN job_seeker_profiles p ON p.id = a.seeker_profile_id ${s.from}
       WHERE a.job_fair_id = $1 GROUP BY 1`,
      [fair.id],
    )) as { key: string; applications: number; hired: number }[];
  };
  const merge = async (slice: keyof typeof SLICES): Promise<Figure[]> => {
    const [t, a] = await Promise.all([ticketFigures(slice), applicationFigures(slice)]);
    const out = new Map<string, Figure>();
    const empty = (key: string): Figure => ({ key, queued: 0, talked: 0, agreements: 0, interviews: 0, applications: 0, hired: 0 });
    for (const r of t) out.set(r.key, { ...empty(r.key), ...r });
    for (const r of a) out.set(r.key, { ...(out.get(r.key) ?? empty(r.key)), applications: r.applications, hired: r.hired });
    return [...out.values()].sort((x, y) => y.queued - x.queued || x.key.localeCompare(y.key));
  };

  const [overall, byCounty, byPriorityGroup, perBooth, perBoothApps, waits, counts] = await Promise.all([
    merge('ALL'),
    merge('county'),
    merge('group'),
    query(
      `SELECT t.booth_id AS key, count(DISTINCT t.user_id)::int AS queued, count(*) FILTER (WHERE t.accepted_at IS NOT NULL)::int AS talked,
         count(*) FILTER (WHERE t.outcome = 'AGREEMENT')::int AS agreements, count(*) FILTER (WHERE t.outcome = 'INTERVIEW')::int AS interviews
       FROM fair_tickets t WHERE t.fair_id = $1 GROUP BY 1`,
      [fair.id],
    ) as Promise<{ key: string; queued: number; talked: number; agreements: number; interviews: number }[]>,
    query(
      `SELECT b.id AS key, count(a.id)::int AS applications, count(a.id) FILTER (WHERE a.status = 'HIRED')::int AS hired
       FROM fair_booths b JOIN applications a ON a.job_fair_id = b.fair_id AND a.job_posting_id = ANY(b.job_posting_ids)
       WHERE b.fair_id = $1 GROUP BY 1`,
      [fair.id],
    ) as Promise<{ key: string; applications: number; hired: number }[]>,
    query(`SELECT extract(epoch FROM called_at - joined_at)::float AS s FROM fair_tickets WHERE fair_id = $1 AND called_at IS NOT NULL`, [
      fair.id,
    ]) as Promise<{ s: number }[]>,
    query(
      `SELECT (SELECT count(*)::int FROM fair_registrations WHERE fair_id = $1) AS registered,
              (SELECT count(*)::int FROM fair_tickets WHERE fair_id = $1 AND status = 'WAITING') AS waiting,
              (SELECT count(*)::int FROM fair_callbacks WHERE fair_id = $1 AND answered_at IS NULL) AS callbacks`,
      [fair.id],
    ) as Promise<{ registered: number; waiting: number; callbacks: number }[]>,
  ]);

  const approved = booths.filter((b) => b.status === 'APPROVED');
  const numberOf = new Map(booths.map((b) => [b.id, b.number ?? b.id.slice(0, 8)]));
  const apps = new Map(perBoothApps.map((r) => [r.key, r]));
  const ticketsBy = new Map(perBooth.map((r) => [r.key, r]));
  const byBooth = approved.map((b) => ({
    key: numberOf.get(b.id)!,
    queued: ticketsBy.get(b.id)?.queued ?? 0,
    talked: ticketsBy.get(b.id)?.talked ?? 0,
    agreements: ticketsBy.get(b.id)?.agreements ?? 0,
    interviews: ticketsBy.get(b.id)?.interviews ?? 0,
    applications: apps.get(b.id)?.applications ?? 0,
    hired: apps.get(b.id)?.hired ?? 0,
  }));
  const w = waits.map((r) => r.s);
  const alarms: string[] = [];
  if (fair.status === 'LIVE')
    for (const b of approved) {
      const l = live.get(b.id);
      if (!l) continue;
      if (l.repsOnline === 0) alarms.push(`NO_REP:${numberOf.get(b.id)}`);
      if (l.queueLength > LONG_QUEUE || (l.estimatedWaitSeconds ?? 0) > LONG_WAIT_SECONDS) alarms.push(`LONG_QUEUE:${numberOf.get(b.id)}`);
    }
  const none: Figure = { key: 'ALL', queued: 0, talked: 0, agreements: 0, interviews: 0, applications: 0, hired: 0 };
  return {
    visitorsNow: visitors.now,
    visitorsPeak: Math.max(visitors.peak, visitors.now),
    registered: counts[0].registered,
    boothsApproved: approved.length,
    boothsStaffed: approved.filter((b) => (live.get(b.id)?.repsOnline ?? 0) > 0).length,
    waitingNow: counts[0].waiting,
    meanWaitSeconds: w.length ? Math.round((w.reduce((x, y) => x + y, 0) / w.length) * 10) / 10 : null,
    p90WaitSeconds: percentile(w, 90),
    callbacksOpen: counts[0].callbacks,
    overall: overall[0] ?? none,
    byCounty,
    byPriorityGroup,
    byBooth,
    alarms,
  };
}
