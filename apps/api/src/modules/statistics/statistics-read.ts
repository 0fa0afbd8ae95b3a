import { StatsPeriod } from '@jobbridge/contracts';
import { addToHistogram, histogramMedian, regionPrefix } from '@jobbridge/domain';
import type { DataSource } from 'typeorm';
import { ALL_GROUPS } from './region-stats.entity';

/**
 * The reads behind `regionStatistics`: sums of the daily rollup by period (date_trunc) and region prefix, the median
 * time to hire from the hire-days histogram, and the 30% projects on each bucket's last day from their daily snapshot.
 * Each read is one statement over the rollup tables; the cells are each bucket and the whole range, of the region and
 * of each direct child region.
 */

/** The rollup rows of a region and everything below it: region codes in [lo, hi). */
export interface StatsScope {
  lo: string;
  hi: string;
  /** The length of a direct child's code prefix; null for a county (the rollup goes no lower). */
  childPrefixLength: number | null;
}

export function statsScope(regionCode: string): StatsScope {
  const prefix = regionPrefix(regionCode);
  const hi = String(Number(prefix) + 1).padStart(prefix.length, '0');
  return { lo: prefix, hi, childPrefixLength: prefix.length < 6 ? prefix.length + 2 : null };
}

/** Summed figures of one cell: a bucket (null: the whole range) of a child region (null: the region itself). */
export interface CellKey {
  bucket: string | null;
  child: string | null;
}
export interface SummedFigures {
  postingsOpened: number;
  postingsPublished: number;
  postingsClosed: number;
  seekersRegistered: number;
  applications: number;
  hires: number;
  liveRoomsHeld: number;
  fairsHeld: number;
  fairTalks: number;
  fairAgreements: number;
}
export interface ProjectFigures {
  projects: number;
  projectsAtRisk: number;
  projectsInBreach: number;
}

export const cellKey = (bucket: string | null, child: string | null) => `${bucket ?? '*'}|${child ?? '*'}`;

/** Figures that are about seekers follow the chosen priority group; the others are for everyone (the 'ALL' rows). */
const SUMS: [keyof SummedFigures, string, 'all' | 'group'][] = [
  ['postingsOpened', 'postings_opened', 'all'],
  ['postingsPublished', 'postings_published', 'all'],
  ['postingsClosed', 'postings_closed', 'all'],
  ['seekersRegistered', 'seekers_registered', 'group'],
  ['applications', 'applications', 'group'],
  ['hires', 'hires', 'group'],
  ['liveRoomsHeld', 'live_rooms_held', 'all'],
  ['fairsHeld', 'fairs_held', 'all'],
  ['fairTalks', 'fair_talks', 'group'],
  ['fairAgreements', 'fair_agreements', 'group'],
];

const TRUNC: Record<StatsPeriod, string> = { DAY: 'day', WEEK: 'week', MONTH: 'month', YEAR: 'year' };

/**
 * The bucket (date_trunc of the day) and child (the direct child region's code) of a rollup row `t`. The scan groups by
 * these only: one small hash aggregate over the region's rows; the rows of the whole range and of the region come
 * from that result (in Node for the sums, in a second, tiny aggregate for the medians).
 */
function cellOf(t: string, scope: StatsScope): string {
  const child = scope.childPrefixLength ? `left(${t}.region_code, ${scope.childPrefixLength})` : `NULL::text`;
  return `CROSS JOIN LATERAL (SELECT date_trunc($5, ${t}.day::timestamp) AS b, ${child} AS c) k`;
}

/** A cell's keys as the API names them: the bucket's first day, the child's 6-digit code. */
const BUCKET = `to_char(k.b, 'YYYY-MM-DD')`;
const CHILD = `rpad(k.c, 6, '0')`;

/**
 * Runs a read in its own transaction with room to aggregate in memory: the planner estimates tens of thousands of
 * groups for the date_trunc and prefix keys (there are a few hundred), and with the default work_mem it would sort
 * (spilling to disk) instead of hashing. The setting lasts for this transaction only.
 */
function read<T>(ds: DataSource, sql: string, params: unknown[]): Promise<T[]> {
  return ds.transaction(async (em) => {
    await em.query(`SET LOCAL work_mem = '64MB'`);
    return em.query(sql, params);
  });
}

export interface StatsQuery {
  scope: StatsScope;
  from: string;
  to: string;
  period: StatsPeriod;
  /** A PriorityGroup, or ALL_GROUPS. */
  group: string;
}

const add = (into: SummedFigures, row: SummedFigures) => {
  for (const [name] of SUMS) into[name] += row[name];
};
const zero = (): SummedFigures => Object.fromEntries(SUMS.map(([name]) => [name, 0])) as unknown as SummedFigures;

/**
 * Sums of the daily rollup per cell: each bucket of each child region from the rollup, then (adding those up) each
 * bucket of the region, each child over the range, and the region over the range.
 */
export async function sumFigures(ds: DataSource, q: StatsQuery): Promise<Map<string, SummedFigures>> {
  const sums = SUMS.map(
    ([name, column, who]) =>
      `coalesce(sum(s.${column}) FILTER (WHERE s.priority_group = ${who === 'all' ? `'${ALL_GROUPS}'` : '$6'}), 0)::int AS "${name}"`,
  );
  const groups = q.group === ALL_GROUPS ? `= '${ALL_GROUPS}'` : `IN ('${ALL_GROUPS}', $6)`;
  const rows = await read<CellKey & SummedFigures>(
    ds,
    `SELECT ${BUCKET} AS bucket, ${q.scope.childPrefixLength ? CHILD : 'NULL'} AS child, ${sums.join(', ')}
       FROM region_daily_stats s ${cellOf('s', q.scope)}
      WHERE s.priority_group ${groups} AND s.region_code >= $1 AND s.region_code < $2 AND s.day BETWEEN $3 AND $4
      GROUP BY k.b, k.c`,
    [q.scope.lo, q.scope.hi, q.from, q.to, TRUNC[q.period], q.group],
  );
  const cells = new Map<string, SummedFigures>();
  const into = (bucket: string | null, child: string | null, row: SummedFigures) => {
    const key = cellKey(bucket, child);
    if (!cells.has(key)) cells.set(key, zero());
    add(cells.get(key)!, row);
  };
  for (const r of rows) {
    if (r.child !== null) {
      into(r.bucket, r.child, r);
      into(null, r.child, r);
    }
    into(r.bucket, null, r);
    into(null, null, r);
  }
  return cells;
}

/**
 * The median whole days from application to HIRED per cell. PostgreSQL sums the histogram per bucket, child region and
 * number of days (one small aggregate over the region's rows) and hands each bucket-and-child cell's histogram as two
 * arrays; the histograms of the region per bucket, of each child over the range and of the whole range are their
 * sums, and each median is read from its histogram (libs/domain histogramMedian). Cells without hires are absent.
 */
export async function medianDaysToHire(ds: DataSource, q: StatsQuery): Promise<Map<string, number>> {
  const rows = await read<CellKey & { days: number[]; hires: number[] }>(
    ds,
    `SELECT to_char(b, 'YYYY-MM-DD') AS bucket, ${q.scope.childPrefixLength ? `rpad(c, 6, '0')` : 'NULL'} AS child,
            array_agg(days) AS days, array_agg(n) AS hires
       FROM (SELECT k.b, k.c, h.days_to_hire AS days, sum(h.hires)::int AS n
               FROM region_daily_hire_days h ${cellOf('h', q.scope)}
              WHERE h.priority_group = $6 AND h.region_code >= $1 AND h.region_code < $2 AND h.day BETWEEN $3 AND $4
              GROUP BY 1, 2, 3) cells
      GROUP BY b, c`,
    [q.scope.lo, q.scope.hi, q.from, q.to, TRUNC[q.period], q.group],
  );
  const histograms = new Map<string, Map<number, number>>();
  const into = (bucket: string | null, child: string | null, r: { days: number[]; hires: number[] }) => {
    const key = cellKey(bucket, child);
    if (!histograms.has(key)) histograms.set(key, new Map());
    addToHistogram(histograms.get(key)!, r.days, r.hires);
  };
  for (const r of rows) {
    if (r.child !== null) {
      into(r.bucket, r.child, r);
      into(null, r.child, r);
    }
    into(r.bucket, null, r);
    into(null, null, r);
  }
  const medians = new Map<string, number>();
  for (const [key, histogram] of histograms) {
    const median = histogramMedian(histogram);
    if (median !== null) medians.set(key, median);
  }
  return medians;
}

/**
 * The 30% projects per cell from their daily snapshot (region_daily_projects): each bucket's figures are those of its
 * snapshot day (its last day, or today while it runs), the range's those of its own. `snapshots` maps a bucket key
 * (null: the whole range) to its day.
 */
export async function projectFigures(
  ds: DataSource,
  scope: StatsScope,
  snapshots: { bucket: string | null; day: string }[],
): Promise<Map<string, ProjectFigures>> {
  const cells = new Map<string, ProjectFigures>();
  if (!snapshots.length) return cells;
  const child = scope.childPrefixLength ? `rpad(left(p.region_code, ${scope.childPrefixLength}), 6, '0')` : `NULL::text`;
  const rows: ({ day: string; child: string | null } & ProjectFigures)[] = await ds.query(
    `SELECT to_char(p.day, 'YYYY-MM-DD') AS day, ${child} AS child, sum(p.projects)::int AS "projects",
            sum(p.projects_at_risk)::int AS "projectsAtRisk", sum(p.projects_in_breach)::int AS "projectsInBreach"
       FROM region_daily_projects p
      WHERE p.day = ANY($3::date[]) AND p.region_code >= $1 AND p.region_code < $2
      GROUP BY 1, 2`,
    [scope.lo, scope.hi, [...new Set(snapshots.map((s) => s.day))]],
  );
  const into = (key: string, r: ProjectFigures) => {
    const cell = cells.get(key) ?? { projects: 0, projectsAtRisk: 0, projectsInBreach: 0 };
    cells.set(key, {
      projects: cell.projects + r.projects,
      projectsAtRisk: cell.projectsAtRisk + r.projectsAtRisk,
      projectsInBreach: cell.projectsInBreach + r.projectsInBreach,
    });
  };
  const byDay = new Map<string, typeof rows>();
  for (const r of rows) byDay.set(r.day, [...(byDay.get(r.day) ?? []), r]);
  for (const { bucket, day } of snapshots)
    for (const r of byDay.get(day) ?? []) {
      if (r.child !== null) into(cellKey(bucket, r.child), r);
      into(cellKey(bucket, null), r);
    }
  return cells;
}
