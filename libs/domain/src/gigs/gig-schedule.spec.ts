import { domainErrorOf } from '../spec-support';
import { DEFAULT_GIG_POLICY } from './gig-policy';
import {
  dailyMinutes,
  freeWithdrawalDeadline,
  gigDates,
  gigEndsAt,
  gigPhase,
  GigSchedule,
  gigStartsAt,
  isLateCancellation,
  payDueAt,
  validateGigSchedule,
  withdrawalKind,
} from './gig-schedule';

/** An instant in China time (UTC+8): "2026-12-10T08:00". */
const cn = (local: string) => new Date(`${local}:00+08:00`);
const plusMs = (d: Date, ms: number) => new Date(d.getTime() + ms);
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

const ONE_DAY: GigSchedule = { startDate: '2026-12-10', endDate: '2026-12-10', dailyStart: '08:00', dailyEnd: '17:00' };
const THREE_DAYS: GigSchedule = { ...ONE_DAY, endDate: '2026-12-12' };
/** Starts half an hour after midnight, China time: the previous day in UTC. */
const PAST_MIDNIGHT: GigSchedule = { startDate: '2026-12-10', endDate: '2026-12-10', dailyStart: '00:30', dailyEnd: '06:00' };

describe('dailyMinutes', () => {
  it.each([
    ['08:00', '17:00', 540],
    ['08:30', '09:15', 45],
    ['00:00', '24:00', 1440],
    ['18:00', '24:00', 360],
  ])('%s–%s is %i minutes', (dailyStart, dailyEnd, minutes) => {
    expect(dailyMinutes({ dailyStart, dailyEnd })).toBe(minutes);
  });
});

describe('gigDates', () => {
  it('lists one date for a one-day gig', () => {
    expect(gigDates(ONE_DAY)).toEqual(['2026-12-10']);
  });

  it('lists every date in order across a year end', () => {
    expect(gigDates({ startDate: '2026-12-30', endDate: '2027-01-02' })).toEqual(['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']);
  });

  it('includes the leap day in a leap year and skips it otherwise', () => {
    expect(gigDates({ startDate: '2028-02-28', endDate: '2028-03-01' })).toEqual(['2028-02-28', '2028-02-29', '2028-03-01']);
    expect(gigDates({ startDate: '2027-02-28', endDate: '2027-03-01' })).toEqual(['2027-02-28', '2027-03-01']);
  });

  it('lists nothing when the last day is before the first', () => {
    expect(gigDates({ startDate: '2026-12-05', endDate: '2026-12-01' })).toEqual([]);
  });
});

describe('gigStartsAt / gigEndsAt (China time, UTC+8)', () => {
  it('starts on the first day at the daily start and ends on the last day at the daily end', () => {
    expect(gigStartsAt(THREE_DAYS).toISOString()).toBe('2026-12-10T00:00:00.000Z');
    expect(gigEndsAt(THREE_DAYS).toISOString()).toBe('2026-12-12T09:00:00.000Z');
  });

  it('puts a start just after China midnight on the previous UTC day', () => {
    expect(gigStartsAt(PAST_MIDNIGHT).toISOString()).toBe('2026-12-09T16:30:00.000Z');
  });

  it('ends a day that runs to 24:00 at the next China midnight', () => {
    expect(gigEndsAt({ ...ONE_DAY, dailyEnd: '24:00' })).toEqual(cn('2026-12-11T00:00'));
  });
});

describe('validateGigSchedule', () => {
  const now = cn('2026-12-01T12:00');

  it('accepts an ordinary gig', () => {
    expect(() => validateGigSchedule(THREE_DAYS, now)).not.toThrow();
  });

  it('accepts a gig starting one millisecond from now and refuses one starting now', () => {
    const start = cn('2026-12-10T08:00');
    expect(() => validateGigSchedule(ONE_DAY, plusMs(start, -1))).not.toThrow();
    const error = domainErrorOf(() => validateGigSchedule(ONE_DAY, start));
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'startDate' });
    expect(error.message).toContain('开工时间已过');
  });

  it('accepts later today but refuses a start already past today', () => {
    expect(() => validateGigSchedule(ONE_DAY, cn('2026-12-10T07:00'))).not.toThrow();
    expect(domainErrorOf(() => validateGigSchedule(ONE_DAY, cn('2026-12-10T09:00'))).field).toBe('startDate');
  });

  it('judges a start just after China midnight by China time, not the UTC date', () => {
    const midnight: GigSchedule = { ...PAST_MIDNIGHT, dailyStart: '00:00' };
    // 23:59 on the 9th in China is 15:59 UTC on the 9th; the gig starts at 16:00 UTC the same UTC day.
    expect(() => validateGigSchedule(midnight, cn('2026-12-09T23:59'))).not.toThrow();
    expect(domainErrorOf(() => validateGigSchedule(midnight, cn('2026-12-10T00:00'))).field).toBe('startDate');
    // 00:10 on the 10th in China is still the 9th in UTC, yet the gig has started.
    expect(domainErrorOf(() => validateGigSchedule(midnight, new Date('2026-12-09T16:10:00Z'))).field).toBe('startDate');
  });

  describe('the longest gig (maxDays 31)', () => {
    it('accepts exactly 31 days and refuses 32, on the end date', () => {
      expect(() => validateGigSchedule({ ...ONE_DAY, startDate: '2026-12-02', endDate: '2027-01-01' }, now)).not.toThrow();
      const error = domainErrorOf(() => validateGigSchedule({ ...ONE_DAY, startDate: '2026-12-02', endDate: '2027-01-02' }, now));
      expect(error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'endDate' });
      expect(error.message).toBe('零工最长31天，更长的用工请发布普通岗位');
    });

    it('counts the leap day', () => {
      const feb = cn('2028-01-15T12:00');
      expect(() => validateGigSchedule({ ...ONE_DAY, startDate: '2028-02-01', endDate: '2028-03-02' }, feb)).not.toThrow(); // 29 + 2
      expect(domainErrorOf(() => validateGigSchedule({ ...ONE_DAY, startDate: '2028-02-01', endDate: '2028-03-03' }, feb)).field).toBe(
        'endDate',
      );
    });

    it('takes the limit from the policy', () => {
      const policy = { ...DEFAULT_GIG_POLICY, maxDays: 1 };
      expect(() => validateGigSchedule(ONE_DAY, now, policy)).not.toThrow();
      expect(domainErrorOf(() => validateGigSchedule({ ...ONE_DAY, endDate: '2026-12-11' }, now, policy)).message).toContain('最长1天');
    });

    it('refuses a far-off end date at once, without listing every day up to it', () => {
      const started = Date.now();
      const error = domainErrorOf(() => validateGigSchedule({ ...ONE_DAY, startDate: '2026-12-02', endDate: '9999-12-31' }, now));
      expect(error.field).toBe('endDate');
      expect(Date.now() - started).toBeLessThan(500);
    });
  });

  describe('how far ahead (maxDaysAhead 60)', () => {
    const posted = cn('2026-12-01T08:00');
    const sixtyDaysOn: GigSchedule = { ...ONE_DAY, startDate: '2027-01-30', endDate: '2027-01-30' };

    it('accepts a start exactly 60 days ahead', () => {
      expect(gigStartsAt(sixtyDaysOn).getTime() - posted.getTime()).toBe(60 * DAY_MS);
      expect(() => validateGigSchedule(sixtyDaysOn, posted)).not.toThrow();
    });

    it('refuses a start 60 days and one millisecond ahead, on the start date', () => {
      const error = domainErrorOf(() => validateGigSchedule(sixtyDaysOn, plusMs(posted, -1)));
      expect(error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'startDate' });
      expect(error.message).toBe('最多提前60天发布零工');
    });

    it('takes the limit from the policy', () => {
      const policy = { ...DEFAULT_GIG_POLICY, maxDaysAhead: 1 };
      const tomorrow = { ...ONE_DAY, startDate: '2026-12-02', endDate: '2026-12-02' };
      expect(() => validateGigSchedule(tomorrow, cn('2026-12-01T08:00'), policy)).not.toThrow();
      expect(domainErrorOf(() => validateGigSchedule(tomorrow, cn('2026-12-01T07:59'), policy)).message).toContain('最多提前1天');
    });
  });

  describe('formats and order, naming the field', () => {
    it.each<[string, Partial<GigSchedule>, string]>([
      ['a start date that is not a date', { startDate: '2026-02-30' }, 'startDate'],
      ['a start date in another format', { startDate: '2026/12/10' }, 'startDate'],
      ['an end date that is not a date', { endDate: '2026-12-32' }, 'endDate'],
      ['a start time without its leading zero', { dailyStart: '8:00' }, 'dailyStart'],
      ['a start time of 24:00', { dailyStart: '24:00', dailyEnd: '24:00' }, 'dailyStart'],
      ['an end time past 24:00', { dailyEnd: '24:01' }, 'dailyEnd'],
      ['an end time of 25:00', { dailyEnd: '25:00' }, 'dailyEnd'],
      ['a day that ends when it starts', { dailyEnd: '08:00' }, 'dailyEnd'],
      ['an overnight shift', { dailyStart: '22:00', dailyEnd: '06:00' }, 'dailyEnd'],
      ['a last day before the first', { endDate: '2026-12-09' }, 'endDate'],
    ])('refuses %s', (_what, change, field) => {
      const error = domainErrorOf(() => validateGigSchedule({ ...ONE_DAY, ...change }, now));
      expect(error).toMatchObject({ code: 'VALIDATION_FAILED', field });
    });

    it('tells an overnight shift to be posted as two gigs', () => {
      expect(domainErrorOf(() => validateGigSchedule({ ...ONE_DAY, dailyStart: '22:00', dailyEnd: '06:00' }, now)).message).toContain(
        '跨夜的活请分两条发布',
      );
    });

    it('accepts a day that runs to 24:00', () => {
      expect(() => validateGigSchedule({ ...ONE_DAY, dailyStart: '18:00', dailyEnd: '24:00' }, now)).not.toThrow();
    });
  });
});

describe('withdrawalKind / freeWithdrawalDeadline (free until 2 h before the start)', () => {
  const start = cn('2026-12-10T08:00');
  const deadline = cn('2026-12-10T06:00');

  it('puts the deadline two hours before the first day starts', () => {
    expect(freeWithdrawalDeadline(ONE_DAY)).toEqual(deadline);
    expect(freeWithdrawalDeadline(THREE_DAYS)).toEqual(deadline);
  });

  it('is free well before and exactly at the deadline', () => {
    expect(withdrawalKind(ONE_DAY, cn('2026-12-01T12:00'))).toBe('FREE');
    expect(withdrawalKind(ONE_DAY, deadline)).toBe('FREE');
    expect(withdrawalKind(ONE_DAY, freeWithdrawalDeadline(ONE_DAY))).toBe('FREE');
  });

  it('is late from one millisecond after the deadline until the start', () => {
    expect(withdrawalKind(ONE_DAY, plusMs(deadline, 1))).toBe('LATE');
    expect(withdrawalKind(ONE_DAY, plusMs(start, -1))).toBe('LATE');
  });

  it('is too late once the gig has started, on any later day too', () => {
    expect(withdrawalKind(ONE_DAY, start)).toBe('STARTED');
    expect(withdrawalKind(THREE_DAYS, cn('2026-12-11T07:00'))).toBe('STARTED');
  });

  it('puts the deadline of a gig starting just after midnight on the evening before, China time', () => {
    const early = { ...PAST_MIDNIGHT, dailyStart: '01:00' };
    expect(freeWithdrawalDeadline(early)).toEqual(cn('2026-12-09T23:00'));
    expect(withdrawalKind(early, cn('2026-12-09T23:00'))).toBe('FREE');
    expect(withdrawalKind(early, cn('2026-12-09T23:01'))).toBe('LATE');
  });

  it('takes the hours from the policy', () => {
    const policy = { ...DEFAULT_GIG_POLICY, freeWithdrawalHours: 24 };
    expect(freeWithdrawalDeadline(ONE_DAY, policy)).toEqual(cn('2026-12-09T08:00'));
    expect(withdrawalKind(ONE_DAY, cn('2026-12-09T08:00'), policy)).toBe('FREE');
    expect(withdrawalKind(ONE_DAY, cn('2026-12-09T08:01'), policy)).toBe('LATE');
  });
});

describe('isLateCancellation (a poster cancelling within 12 h of the start)', () => {
  it('is not late exactly 12 hours before the start, and late one millisecond after', () => {
    expect(isLateCancellation(ONE_DAY, cn('2026-12-09T20:00'))).toBe(false);
    expect(isLateCancellation(ONE_DAY, plusMs(cn('2026-12-09T20:00'), 1))).toBe(true);
  });

  it('is late once the gig has started', () => {
    expect(isLateCancellation(THREE_DAYS, cn('2026-12-11T09:00'))).toBe(true);
  });

  it('takes the hours from the policy', () => {
    const policy = { ...DEFAULT_GIG_POLICY, lateCancellationHours: 2 };
    expect(isLateCancellation(ONE_DAY, cn('2026-12-10T06:00'), policy)).toBe(false);
    expect(isLateCancellation(ONE_DAY, cn('2026-12-10T06:01'), policy)).toBe(true);
  });
});

describe('gigPhase', () => {
  it('is upcoming until the first start, in progress from it', () => {
    expect(gigPhase(THREE_DAYS, plusMs(cn('2026-12-10T08:00'), -1))).toBe('UPCOMING');
    expect(gigPhase(THREE_DAYS, cn('2026-12-10T08:00'))).toBe('IN_PROGRESS');
  });

  it('stays in progress overnight between the days of a multi-day gig', () => {
    expect(gigPhase(THREE_DAYS, cn('2026-12-10T23:00'))).toBe('IN_PROGRESS');
    expect(gigPhase(THREE_DAYS, cn('2026-12-11T03:00'))).toBe('IN_PROGRESS');
  });

  it('is in progress at the last day’s end and ended one millisecond after', () => {
    expect(gigPhase(THREE_DAYS, cn('2026-12-12T17:00'))).toBe('IN_PROGRESS');
    expect(gigPhase(THREE_DAYS, plusMs(cn('2026-12-12T17:00'), 1))).toBe('ENDED');
  });

  it('ends a day running to 24:00 at China midnight', () => {
    const evening = { ...ONE_DAY, dailyStart: '18:00', dailyEnd: '24:00' };
    expect(gigPhase(evening, cn('2026-12-10T23:59'))).toBe('IN_PROGRESS');
    expect(gigPhase(evening, cn('2026-12-11T00:00'))).toBe('IN_PROGRESS');
    expect(gigPhase(evening, cn('2026-12-11T00:01'))).toBe('ENDED');
  });
});

describe('payDueAt', () => {
  it('makes same-day pay (日结) due at the end of the last day worked, whatever the order given', () => {
    expect(payDueAt(THREE_DAYS, 'SAME_DAY', ['2026-12-11', '2026-12-10'])).toEqual(cn('2026-12-11T17:00'));
    expect(payDueAt(THREE_DAYS, 'SAME_DAY', ['2026-12-10'])).toEqual(cn('2026-12-10T17:00'));
  });

  it('makes same-day pay with no day worked due at the gig’s end', () => {
    expect(payDueAt(THREE_DAYS, 'SAME_DAY', [])).toEqual(cn('2026-12-12T17:00'));
  });

  it('makes pay on completion (完工结) due at the end of the gig’s last day, however few days were worked', () => {
    expect(payDueAt(THREE_DAYS, 'ON_COMPLETION', ['2026-12-10'])).toEqual(cn('2026-12-12T17:00'));
    expect(payDueAt(THREE_DAYS, 'ON_COMPLETION', [])).toEqual(gigEndsAt(THREE_DAYS));
  });

  it('makes a day ending at 24:00 due at the next China midnight', () => {
    const evening = { ...THREE_DAYS, dailyStart: '18:00', dailyEnd: '24:00' };
    expect(payDueAt(evening, 'SAME_DAY', ['2026-12-10']).toISOString()).toBe('2026-12-10T16:00:00.000Z');
  });
});
