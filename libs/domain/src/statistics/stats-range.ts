import { StatsPeriod } from '@jobbridge/contracts';
import { parseIsoDate } from '../calendar-date';
import { DomainError } from '../errors';

/**
 * The date range and period buckets of the bureau's regional statistics. Dates are China civil dates (YYYY-MM-DD).
 * Buckets follow PostgreSQL's date_trunc, which sums the daily rollups: a day, an ISO week (Monday to Sunday), a
 * calendar month, a calendar year. The first and last bucket are cut to the range.
 */

/** The most buckets one request may ask for, per period: 400 days, 160 weeks (about three years), 10 years by month, 30 by year. */
export const STATS_MAX_BUCKETS: Readonly<Record<StatsPeriod, number>> = Object.freeze({
  [StatsPeriod.DAY]: 400,
  [StatsPeriod.WEEK]: 160,
  [StatsPeriod.MONTH]: 120,
  [StatsPeriod.YEAR]: 30,
});

/** Dates outside these years are refused as mistakes (nothing was recorded before the platform; nothing after). */
export const STATS_EARLIEST_DATE = '2000-01-01';
export const STATS_LATEST_DATE = '2099-12-31';

const PERIOD_NAME: Record<StatsPeriod, string> = { DAY: '日', WEEK: '周', MONTH: '月', YEAR: '年' };
const PERIOD_UNIT: Record<StatsPeriod, string> = { DAY: '天', WEEK: '周', MONTH: '个月', YEAR: '年' };

export interface StatsBucket {
  /** The first day of the period (date_trunc): identifies the bucket. */
  key: string;
  /** The bucket's first and last day within the range. */
  start: string;
  end: string;
}

export interface StatsRange {
  period: StatsPeriod;
  from: string;
  to: string;
  buckets: StatsBucket[];
}

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
const isoOf = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);
const plusDays = (iso: string, days: number) => isoOf(dayNumber(iso) + days);

/** The first day of the period that holds `date` (PostgreSQL date_trunc: weeks start on Monday). */
export function periodStart(date: string, period: StatsPeriod): string {
  switch (period) {
    case StatsPeriod.DAY:
      return date;
    case StatsPeriod.WEEK: {
      const weekday = (new Date(dayNumber(date) * DAY_MS).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
      return plusDays(date, -weekday);
    }
    case StatsPeriod.MONTH:
      return `${date.slice(0, 7)}-01`;
    case StatsPeriod.YEAR:
      return `${date.slice(0, 4)}-01-01`;
  }
}

/** The first day of the next period after the one starting on `start`. */
function nextPeriodStart(start: string, period: StatsPeriod): string {
  const [y, m] = [Number(start.slice(0, 4)), Number(start.slice(5, 7))];
  switch (period) {
    case StatsPeriod.DAY:
      return plusDays(start, 1);
    case StatsPeriod.WEEK:
      return plusDays(start, 7);
    case StatsPeriod.MONTH:
      return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
    case StatsPeriod.YEAR:
      return `${y + 1}-01-01`;
  }
}

/** How many buckets [from, to] spans (both inclusive; from ≤ to), without listing them. */
export function bucketCount(from: string, to: string, period: StatsPeriod): number {
  const a = periodStart(from, period);
  const b = periodStart(to, period);
  switch (period) {
    case StatsPeriod.DAY:
      return dayNumber(b) - dayNumber(a) + 1;
    case StatsPeriod.WEEK:
      return (dayNumber(b) - dayNumber(a)) / 7 + 1;
    case StatsPeriod.MONTH:
      return (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7)) + 1;
    case StatsPeriod.YEAR:
      return Number(b.slice(0, 4)) - Number(a.slice(0, 4)) + 1;
  }
}

/** The default range ending `to`: 30 days, 12 weeks, 12 months or 5 years, whole periods. */
function defaultFrom(to: string, period: StatsPeriod): string {
  switch (period) {
    case StatsPeriod.DAY:
      return plusDays(to, -29);
    case StatsPeriod.WEEK:
      return periodStart(plusDays(to, -7 * 11), StatsPeriod.WEEK);
    case StatsPeriod.MONTH: {
      const months = Number(to.slice(0, 4)) * 12 + Number(to.slice(5, 7)) - 1 - 11;
      return `${Math.floor(months / 12)}-${String((months % 12) + 1).padStart(2, '0')}-01`;
    }
    case StatsPeriod.YEAR:
      return `${Number(to.slice(0, 4)) - 4}-01-01`;
  }
}

function checkDate(value: string, field: string): string {
  if (!parseIsoDate(value)) throw new DomainError('VALIDATION_FAILED', '日期格式应为 YYYY-MM-DD', field);
  if (value < STATS_EARLIEST_DATE || value > STATS_LATEST_DATE)
    throw new DomainError(
      'VALIDATION_FAILED',
      `统计日期应在${STATS_EARLIEST_DATE.slice(0, 4)}年至${STATS_LATEST_DATE.slice(0, 4)}年之间`,
      field,
    );
  return value;
}

/**
 * The range a statistics request asks for, checked, with its buckets. `to` defaults to `today`, `from` to a usual
 * span for the period (see defaultFrom), the period to months. Refuses (VALIDATION_FAILED on the field): a malformed
 * or out-of-range date, `from` after `to`, and more buckets than STATS_MAX_BUCKETS allows for the period.
 */
export function statsRange(input: { from?: string | null; to?: string | null; period?: StatsPeriod | null }, today: string): StatsRange {
  const period = input.period ?? StatsPeriod.MONTH;
  const to = input.to ? checkDate(input.to, 'to') : today;
  const from = input.from ? checkDate(input.from, 'from') : defaultFrom(to, period);
  if (from > to) throw new DomainError('VALIDATION_FAILED', '开始日期不能晚于结束日期', 'from');
  const max = STATS_MAX_BUCKETS[period];
  if (bucketCount(from, to, period) > max)
    throw new DomainError(
      'VALIDATION_FAILED',
      `按${PERIOD_NAME[period]}统计一次最多查询${max}${PERIOD_UNIT[period]}，请缩短日期范围或按更长的周期统计`,
      'from',
    );
  const buckets: StatsBucket[] = [];
  for (let key = periodStart(from, period); key <= to; key = nextPeriodStart(key, period)) {
    const last = plusDays(nextPeriodStart(key, period), -1);
    buckets.push({ key, start: key < from ? from : key, end: last > to ? to : last });
  }
  return { period, from, to, buckets };
}

/**
 * The day a bucket's snapshot figures (projects and their local-hiring status) are read on: its last day, or today
 * while the bucket is running; null for a bucket that has not begun.
 */
export function snapshotDay(bucket: Pick<StatsBucket, 'start' | 'end'>, today: string): string | null {
  if (bucket.start > today) return null;
  return bucket.end < today ? bucket.end : today;
}
