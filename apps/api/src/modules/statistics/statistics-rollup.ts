import type { EntityManager } from 'typeorm';
import { ALL_GROUPS } from './region-stats.entity';

/**
 * The SQL that fills the daily rollup (region_daily_stats, region_daily_hire_days) from the other modules' tables. It
 * only reads them (ADR 0014's list of read-only joins): job_postings, job_seeker_profiles, applications,
 * application_events, live_rooms, job_fairs and fair_tickets. Everything is computed in PostgreSQL, one statement per
 * table for any set of days; Node never sees a source row.
 *
 * Days are China civil days (Asia/Shanghai, UTC+8 all year). `$1` is the list of days to rebuild, or NULL for all.
 */

/** The China civil day of a timestamptz column. */
const day = (column: string) => `(${column} AT TIME ZONE 'Asia/Shanghai')::date`;
/** Keeps rows whose day is one of $1 (all when $1 is NULL). */
const inDays = (expr: string) => `($1::date[] IS NULL OR ${expr} = ANY($1::date[]))`;
/** Each seeker-related fact counts for everyone and once for each of the seeker's priority groups. */
const groupsOf = (profile: string) => `CROSS JOIN LATERAL unnest(${profile}.priority_groups || '${ALL_GROUPS}'::text) g(grp)`;

/** The first time each application was moved to HIRED (nothing leaves HIRED, so it is the hire). */
const HIRED = `SELECT e.application_id, min(e.created_at) AS hired_at FROM application_events e WHERE e.to_status = 'HIRED' GROUP BY e.application_id`;

export const MEASURES = [
  'postings_opened',
  'postings_published',
  'postings_closed',
  'seekers_registered',
  'applications',
  'hires',
  'live_rooms_held',
  'fair_talks',
  'fairs_held',
  'fair_agreements',
] as const;

/**
 * Every fact as (day, region_code, grp, measure, n), pre-counted per source; the insert pivots the measures into
 * columns. Region: the county (6 digits; a township's facts go to its county) or, for rooms and fairs, the region
 * they are held for at whatever level.
 */
const FACTS = `
  SELECT d.day, left(j.work_region_code, 6) AS region_code, '${ALL_GROUPS}'::text AS grp, d.measure, count(*) AS n
    FROM job_postings j
    CROSS JOIN LATERAL (VALUES ('postings_opened', ${day('j.created_at')}), ('postings_published', ${day('j.published_at')}),
                              ('postings_closed', ${day('j.closed_at')})) d(measure, day)
   WHERE d.day IS NOT NULL AND ${inDays('d.day')}
   GROUP BY 1, 2, 4
  UNION ALL
  SELECT ${day('p.created_at')}, left(coalesce(p.residence_region_code, p.hukou_region_code), 6), g.grp, 'seekers_registered', count(*)
    FROM job_seeker_profiles p ${groupsOf('p')}
   WHERE coalesce(p.residence_region_code, p.hukou_region_code) IS NOT NULL AND ${inDays(day('p.created_at'))}
   GROUP BY 1, 2, 3
  UNION ALL
  SELECT ${day('a.created_at')}, left(j.work_region_code, 6), g.grp, 'applications', count(*)
    FROM applications a
    JOIN job_postings j ON j.id = a.job_posting_id
    JOIN job_seeker_profiles p ON p.id = a.seeker_profile_id ${groupsOf('p')}
   WHERE ${inDays(day('a.created_at'))}
   GROUP BY 1, 2, 3
  UNION ALL
  SELECT ${day('h.hired_at')}, left(j.work_region_code, 6), g.grp, 'hires', count(*)
    FROM (${HIRED}) h
    JOIN applications a ON a.id = h.application_id
    JOIN job_postings j ON j.id = a.job_posting_id
    JOIN job_seeker_profiles p ON p.id = a.seeker_profile_id ${groupsOf('p')}
   WHERE ${inDays(day('h.hired_at'))}
   GROUP BY 1, 2, 3
  UNION ALL
  SELECT ${day('r.started_at')}, left(r.region_code, 6), '${ALL_GROUPS}', 'live_rooms_held', count(*)
    FROM live_rooms r
   WHERE r.started_at IS NOT NULL AND ${inDays(day('r.started_at'))}
   GROUP BY 1, 2
  UNION ALL
  SELECT ${day('f.started_at')}, left(f.region_code, 6), '${ALL_GROUPS}', 'fairs_held', count(*)
    FROM job_fairs f
   WHERE f.started_at IS NOT NULL AND ${inDays(day('f.started_at'))}
   GROUP BY 1, 2
  UNION ALL
  SELECT d.day, left(f.region_code, 6), g.grp, d.measure, count(*)
    FROM fair_tickets t
    JOIN job_fairs f ON f.id = t.fair_id
    JOIN job_seeker_profiles p ON p.id = t.seeker_profile_id ${groupsOf('p')}
    CROSS JOIN LATERAL (VALUES ('fair_talks', ${day('t.accepted_at')}),
                              ('fair_agreements', CASE WHEN t.outcome = 'AGREEMENT' THEN ${day('coalesce(t.ended_at, t.accepted_at)')} END)) d(measure, day)
   WHERE t.accepted_at IS NOT NULL AND d.day IS NOT NULL AND ${inDays('d.day')}
   GROUP BY 1, 2, 3, 4`;

const INSERT_DAILY = `
  WITH facts AS (${FACTS})
  INSERT INTO region_daily_stats (day, region_code, priority_group, ${MEASURES.join(', ')}, subsidies_granted)
  SELECT day, region_code, grp, ${MEASURES.map((m) => `coalesce(sum(n) FILTER (WHERE measure = '${m}'), 0)`).join(', ')},
         -- subsidies (就业补贴): not recorded yet; count grants per day and region here once a subsidy ledger exists.
         0
    FROM facts
   GROUP BY day, region_code, grp
   -- Stored in the order queries read (a group, a region prefix, a range of days): few pages per query.
   ORDER BY grp, region_code, day`;

const INSERT_HIRE_DAYS = `
  INSERT INTO region_daily_hire_days (day, region_code, priority_group, days_to_hire, hires)
  SELECT ${day('h.hired_at')}, left(j.work_region_code, 6), g.grp,
         greatest(0, floor(extract(epoch FROM h.hired_at - a.created_at) / 86400))::int, count(*)
    FROM (${HIRED}) h
    JOIN applications a ON a.id = h.application_id
    JOIN job_postings j ON j.id = a.job_posting_id
    JOIN job_seeker_profiles p ON p.id = a.seeker_profile_id ${groupsOf('p')}
   WHERE ${inDays(day('h.hired_at'))}
   GROUP BY 1, 2, 3, 4
   ORDER BY 3, 2, 1, 4`;

/**
 * The days whose figures may have changed since `$1`: the days of every fact in a row written since then, and of the
 * facts that move with them (a seeker's applications when the profile's groups or region change, a posting's when
 * its workplace changes, a fair's talks when its region changes). Deletions are not seen here: the daily full
 * rebuild covers them.
 */
const CHANGED_DAYS = `
  SELECT DISTINCT d AS day FROM (
    SELECT unnest(ARRAY[${day('j.created_at')}, ${day('j.published_at')}, ${day('j.closed_at')}]) AS d FROM job_postings j WHERE j.updated_at > $1
    UNION ALL SELECT ${day('p.created_at')} FROM job_seeker_profiles p WHERE p.updated_at > $1
    UNION ALL SELECT ${day('a.created_at')} FROM applications a WHERE a.updated_at > $1
    UNION ALL SELECT ${day('e.created_at')} FROM application_events e WHERE e.created_at > $1 AND e.to_status = 'HIRED'
    UNION ALL SELECT ${day('a.created_at')} FROM applications a
                JOIN job_seeker_profiles p ON p.id = a.seeker_profile_id JOIN job_postings j ON j.id = a.job_posting_id
               WHERE p.updated_at > $1 OR j.updated_at > $1
    UNION ALL SELECT ${day('h.hired_at')} FROM (${HIRED}) h JOIN applications a ON a.id = h.application_id
                JOIN job_seeker_profiles p ON p.id = a.seeker_profile_id JOIN job_postings j ON j.id = a.job_posting_id
               WHERE p.updated_at > $1 OR j.updated_at > $1
    UNION ALL SELECT ${day('r.started_at')} FROM live_rooms r WHERE r.updated_at > $1
    UNION ALL SELECT ${day('f.started_at')} FROM job_fairs f WHERE f.updated_at > $1
    UNION ALL SELECT unnest(ARRAY[${day('t.accepted_at')}, ${day('coalesce(t.ended_at, t.accepted_at)')}]) FROM fair_tickets t
                JOIN job_fairs f ON f.id = t.fair_id JOIN job_seeker_profiles p ON p.id = t.seeker_profile_id
               WHERE t.accepted_at > $1 OR t.ended_at > $1 OR f.updated_at > $1 OR p.updated_at > $1
  ) x WHERE d IS NOT NULL ORDER BY 1`;

/**
 * The 30% projects under way on each day ($1, or every day from the first project's start; never after today, $2),
 * per county, with how many were AT_RISK or in BREACH that day. The status is libs/domain's localHiringFigures in SQL,
 * exact in numeric: nobody on the roster is NO_WORKERS; compliant when local ≥ threshold × total; AT_RISK when
 * compliant but one more non-local hire would not be (local < threshold × (total + 1)); BREACH when not compliant.
 * The region-statistics spec checks it against the projects API's statuses.
 */
const INSERT_PROJECTS = `
  INSERT INTO region_daily_projects (day, region_code, projects, projects_at_risk, projects_in_breach)
  SELECT d.day, left(p.region_code, 6), count(*),
         count(*) FILTER (WHERE w.total > 0 AND w.local >= p.threshold * w.total AND w.local < p.threshold * (w.total + 1)),
         count(*) FILTER (WHERE w.local < p.threshold * w.total)
    FROM (SELECT unnest($1::date[]) AS day WHERE $1::date[] IS NOT NULL
          UNION ALL
          SELECT g::date FROM generate_series((SELECT min(start_date) FROM projects), $2::date, interval '1 day') g
           WHERE $1::date[] IS NULL) d
    JOIN projects p ON p.start_date <= d.day AND (p.end_date IS NULL OR p.end_date >= d.day)
    CROSS JOIN LATERAL (
      SELECT count(*) AS total, count(*) FILTER (WHERE pw.is_local) AS local FROM project_workers pw
       WHERE pw.project_id = p.id AND pw.start_date <= d.day AND (pw.end_date IS NULL OR pw.end_date > d.day)) w
   WHERE d.day <= $2::date
   GROUP BY 1, 2`;

/**
 * The days whose project figures may have changed since `$1`: from the start of every project or roster row written
 * since then up to today ($2); a tenure's dates decide every day after its start.
 */
const CHANGED_PROJECT_DAYS = `
  SELECT DISTINCT g::date AS day FROM (
    SELECT p.start_date AS since FROM projects p WHERE p.updated_at > $1
    UNION ALL SELECT w.start_date FROM project_workers w WHERE w.updated_at > $1
  ) c, generate_series(c.since, $2::date, interval '1 day') g ORDER BY 1`;

const asDays = (rows: { day: string }[]) => rows.map((r) => r.day);

export const StatisticsRollup = {
  /**
   * Rebuilds the rollup for these days (null: every day), in the caller's transaction: the facts for `days`, the
   * projects' snapshot for `projectDays` (up to `today`).
   */
  async rebuild(em: EntityManager, days: string[] | null, projectDays: string[] | null, today: string): Promise<void> {
    await em.query(`DELETE FROM region_daily_stats WHERE ${inDays('day')}`, [days]);
    await em.query(`DELETE FROM region_daily_hire_days WHERE ${inDays('day')}`, [days]);
    await em.query(`DELETE FROM region_daily_projects WHERE ${inDays('day')}`, [projectDays]);
    await em.query(INSERT_DAILY, [days]);
    await em.query(INSERT_HIRE_DAYS, [days]);
    await em.query(INSERT_PROJECTS, [projectDays, today]);
  },

  /** Days (YYYY-MM-DD, ascending) with facts in rows written after `since`. */
  async changedDays(em: EntityManager, since: Date): Promise<string[]> {
    return asDays(await em.query(`SELECT to_char(c.day, 'YYYY-MM-DD') AS day FROM (${CHANGED_DAYS}) c`, [since]));
  },

  /** Days (YYYY-MM-DD, ascending, up to `today`) whose project snapshot may have changed since `since`. */
  async changedProjectDays(em: EntityManager, since: Date, today: string): Promise<string[]> {
    return asDays(await em.query(`SELECT to_char(c.day, 'YYYY-MM-DD') AS day FROM (${CHANGED_PROJECT_DAYS}) c`, [since, today]));
  },
};
