import { StatsPeriod } from '@jobbridge/contracts';
import { DomainError } from '../errors';
import { bucketCount, periodStart, snapshotDay, STATS_MAX_BUCKETS, statsRange } from './stats-range';

const TODAY = '2026-12-04'; // a Friday

function refusal(fn: () => unknown): { code: string; field?: string; message: string } {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return { code: e.code, field: e.field, message: e.message };
    throw e;
  }
  throw new Error('expected a DomainError');
}

describe('periodStart (as PostgreSQL date_trunc)', () => {
  it.each([
    [StatsPeriod.DAY, '2026-12-04', '2026-12-04'],
    [StatsPeriod.WEEK, '2026-12-04', '2026-11-30'], // Friday → Monday
    [StatsPeriod.WEEK, '2026-11-30', '2026-11-30'], // a Monday is its own week's start
    [StatsPeriod.WEEK, '2026-12-06', '2026-11-30'], // Sunday closes the ISO week
    [StatsPeriod.WEEK, '2027-01-01', '2026-12-28'], // across a year end
    [StatsPeriod.MONTH, '2024-02-29', '2024-02-01'],
    [StatsPeriod.YEAR, '2026-12-04', '2026-01-01'],
  ])('%s of %s is %s', (period, date, start) => expect(periodStart(date, period)).toBe(start));
});

describe('statsRange', () => {
  it('defaults to the last 12 months by month, ending today', () => {
    const r = statsRange({}, TODAY);
    expect(r).toMatchObject({ period: StatsPeriod.MONTH, from: '2026-01-01', to: TODAY });
    expect(r.buckets).toHaveLength(12);
    expect(r.buckets[11]).toEqual({ key: '2026-12-01', start: '2026-12-01', end: TODAY });
  });

  it('defaults per period: 30 days, 12 whole weeks, 5 years', () => {
    expect(statsRange({ period: StatsPeriod.DAY }, TODAY).buckets).toHaveLength(30);
    const weeks = statsRange({ period: StatsPeriod.WEEK }, TODAY);
    expect(weeks.buckets).toHaveLength(12);
    expect(weeks.from).toBe('2026-09-14');
    expect(statsRange({ period: StatsPeriod.YEAR }, TODAY).buckets.map((b) => b.key)).toEqual([
      '2022-01-01',
      '2023-01-01',
      '2024-01-01',
      '2025-01-01',
      '2026-01-01',
    ]);
  });

  it('cuts the first and last bucket to the range and keys each by its period start', () => {
    const r = statsRange({ from: '2026-01-15', to: '2026-03-10', period: StatsPeriod.MONTH }, TODAY);
    expect(r.buckets).toEqual([
      { key: '2026-01-01', start: '2026-01-15', end: '2026-01-31' },
      { key: '2026-02-01', start: '2026-02-01', end: '2026-02-28' },
      { key: '2026-03-01', start: '2026-03-01', end: '2026-03-10' },
    ]);
    const w = statsRange({ from: '2026-12-02', to: '2026-12-09', period: StatsPeriod.WEEK }, TODAY);
    expect(w.buckets).toEqual([
      { key: '2026-11-30', start: '2026-12-02', end: '2026-12-06' },
      { key: '2026-12-07', start: '2026-12-07', end: '2026-12-09' },
    ]);
  });

  it('takes a one-day range', () => {
    expect(statsRange({ from: TODAY, to: TODAY, period: StatsPeriod.DAY }, TODAY).buckets).toEqual([
      { key: TODAY, start: TODAY, end: TODAY },
    ]);
  });

  it('refuses a start after the end, on `from`', () => {
    expect(refusal(() => statsRange({ from: '2026-12-05', to: TODAY }, TODAY))).toEqual({
      code: 'VALIDATION_FAILED',
      field: 'from',
      message: '开始日期不能晚于结束日期',
    });
  });

  it.each([
    ['2026-02-30', 'from'],
    ['2026-1-01', 'from'],
    ['1999-12-31', 'from'],
  ])('refuses the date %s on %s', (from, field) => {
    expect(refusal(() => statsRange({ from, to: TODAY }, TODAY))).toMatchObject({ code: 'VALIDATION_FAILED', field });
  });

  it('allows exactly the most buckets a period takes and refuses one more', () => {
    // 400 days by day: 2025-01-01 … 2026-02-04.
    expect(bucketCount('2025-01-01', '2026-02-04', StatsPeriod.DAY)).toBe(400);
    expect(statsRange({ from: '2025-01-01', to: '2026-02-04', period: StatsPeriod.DAY }, TODAY).buckets).toHaveLength(400);
    const r = refusal(() => statsRange({ from: '2025-01-01', to: '2026-02-05', period: StatsPeriod.DAY }, TODAY));
    expect(r).toMatchObject({ code: 'VALIDATION_FAILED', field: 'from' });
    expect(r.message).toContain('400天');
    // 120 months, 160 weeks, 30 years.
    expect(statsRange({ from: '2017-01-01', to: '2026-12-31' }, TODAY).buckets).toHaveLength(STATS_MAX_BUCKETS.MONTH);
    expect(refusal(() => statsRange({ from: '2016-12-31', to: '2026-12-31' }, TODAY)).message).toContain('120个月');
    expect(bucketCount('2026-11-30', '2026-12-06', StatsPeriod.WEEK)).toBe(1);
    expect(refusal(() => statsRange({ from: '2000-01-01', to: '2030-01-01', period: StatsPeriod.YEAR }, TODAY)).message).toContain('30年');
  });
});

describe('snapshotDay', () => {
  it('is the bucket end, today while it runs, nothing before it begins', () => {
    expect(snapshotDay({ start: '2026-11-01', end: '2026-11-30' }, TODAY)).toBe('2026-11-30');
    expect(snapshotDay({ start: '2026-12-01', end: '2026-12-31' }, TODAY)).toBe(TODAY);
    expect(snapshotDay({ start: '2027-01-01', end: '2027-01-31' }, TODAY)).toBeNull();
  });
});
