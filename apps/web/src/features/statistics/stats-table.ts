import { StatsPeriod } from '@jobbridge/contracts';
import type { TFunction } from 'i18next';
import type { RegionStatistics, StatsFigures } from './statistics.graphql';

/** The figures in the order the page, the table and the exports show them. */
export const METRICS = [
  'postingsOpened',
  'postingsPublished',
  'postingsClosed',
  'seekersRegistered',
  'applications',
  'hires',
  'medianDaysToHire',
  'liveRoomsHeld',
  'fairsHeld',
  'fairTalks',
  'fairAgreements',
  'projects',
  'projectsAtRisk',
  'projectsInBreach',
] as const satisfies readonly Exclude<keyof StatsFigures, '__typename'>[];
export type Metric = (typeof METRICS)[number];

/** Figures that follow the chosen priority group; the others count everyone whatever the group. */
export const GROUP_METRICS: ReadonlySet<Metric> = new Set<Metric>([
  'seekersRegistered',
  'applications',
  'hires',
  'medianDaysToHire',
  'fairTalks',
  'fairAgreements',
]);

export type Cell = string | number | null;

/** A figure for a table or an export: a count, the median with one decimal, null when there is none. */
export function metricValue(figures: StatsFigures, metric: Metric): number | null {
  const value = figures[metric];
  if (value == null) return null;
  return metric === 'medianDaysToHire' ? Math.round(value * 10) / 10 : value;
}

/** The name of one bucket: 2026-12-04, 2026-11-30～2026-12-06, 2026年12月, 2026年. */
export function periodLabel(t: TFunction, period: StatsPeriod, bucket: { period: string; start: string; end: string }): string {
  const [year, month] = [bucket.period.slice(0, 4), String(Number(bucket.period.slice(5, 7)))];
  switch (period) {
    case StatsPeriod.DAY:
      return bucket.period;
    case StatsPeriod.WEEK:
      return t('statistics.weekLabel', { start: bucket.start, end: bucket.end });
    case StatsPeriod.MONTH:
      return t('statistics.monthLabel', { year, month });
    case StatsPeriod.YEAR:
      return t('statistics.yearLabel', { year });
  }
}

/** The header row of a table: the first column's title, then each figure's name. */
export function headerRow(t: TFunction, first: string): Cell[] {
  return [first, ...METRICS.map((m) => t(`statistics.metrics.${m}`))];
}

/** The statistics by period: one row per bucket, then the total over the range. */
export function periodTable(t: TFunction, data: RegionStatistics): Cell[][] {
  return [
    headerRow(t, t('statistics.columns.period')),
    ...data.buckets.map((b) => [periodLabel(t, data.period, b), ...METRICS.map((m) => metricValue(b.figures, m))]),
    [t('statistics.columns.total'), ...METRICS.map((m) => metricValue(data.total, m))],
  ];
}

/** The statistics by direct child region over the whole range, then the region's own level (if any) and the total. */
export function regionTable(t: TFunction, data: RegionStatistics): Cell[][] {
  return [
    headerRow(t, t('statistics.columns.region')),
    ...data.children.map((c) => [
      c.ownLevel ? t('statistics.ownLevel', { name: c.region.name }) : c.region.name,
      ...METRICS.map((m) => metricValue(c.total, m)),
    ]),
    [t('statistics.columns.total'), ...METRICS.map((m) => metricValue(data.total, m))],
  ];
}

/** The base name of an export: 统计_临夏回族自治州_2026-01-01至2026-12-04_按月 (without extension). */
export function exportFileName(t: TFunction, data: RegionStatistics): string {
  return t('statistics.exportFileName', {
    region: data.region.name,
    from: data.from,
    to: data.to,
    period: t(`statistics.period.${data.period}`),
  });
}
