import { POLICY_PACKS } from '../policy-packs/packs';
import { PolicyPack, policyPackProblems, resolvePolicy } from '../policy-packs/policy-pack';
import { domainErrorOf } from '../spec-support';
import { posterGigCredit, workerReliability } from './gig-grades';
import { gigSuitability, gigSuitsWorker, isoWeekday, normalizeSkill } from './gig-match';
import { checkGigMinimumWage, describeGigPay, fenOf, gigPayDueFen, minutesWorked } from './gig-pay';
import {
  dailyMinutes,
  freeWithdrawalDeadline,
  gigDates,
  gigPhase,
  isLateCancellation,
  payDueAt,
  validateGigSchedule,
  withdrawalKind,
} from './gig-schedule';
import { assertWithinSite, checkInDate, distanceMeters, isPointInChina } from './gig-site';

/** An instant in China time: "2026-12-10T08:00". */
const cn = (local: string) => new Date(`${local}:00+08:00`);
const ONE_DAY = { startDate: '2026-12-10', endDate: '2026-12-10', dailyStart: '08:00', dailyEnd: '17:00' };
const THREE_DAYS = { ...ONE_DAY, endDate: '2026-12-12' };

describe('gig schedule', () => {
  it('lists every China date of a gig, across a month end', () => {
    expect(gigDates({ startDate: '2026-12-30', endDate: '2027-01-02' })).toEqual(['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']);
    expect(gigDates(ONE_DAY)).toEqual(['2026-12-10']);
    expect(dailyMinutes(ONE_DAY)).toBe(540);
  });

  it('accepts a gig that starts one minute from now and refuses one that starts now', () => {
    expect(() => validateGigSchedule(ONE_DAY, cn('2026-12-10T07:59'))).not.toThrow();
    expect(domainErrorOf(() => validateGigSchedule(ONE_DAY, cn('2026-12-10T08:00')))).toMatchObject({ field: 'startDate' });
  });

  it('refuses the day ending before it starts, the last day before the first, and bad formats, naming the field', () => {
    const now = cn('2026-12-01T12:00');
    expect(domainErrorOf(() => validateGigSchedule({ ...ONE_DAY, dailyEnd: '08:00' }, now)).field).toBe('dailyEnd');
    expect(domainErrorOf(() => validateGigSchedule({ ...ONE_DAY, endDate: '2026-12-09' }, now)).field).toBe('endDate');
    expect(domainErrorOf(() => validateGigSchedule({ ...ONE_DAY, startDate: '2026-13-01' }, now)).field).toBe('startDate');
    expect(domainErrorOf(() => validateGigSchedule({ ...ONE_DAY, dailyStart: '8:00' }, now)).field).toBe('dailyStart');
    expect(domainErrorOf(() => validateGigSchedule({ ...ONE_DAY, dailyEnd: '25:00' }, now)).field).toBe('dailyEnd');
  });

  it('takes at most 31 days and at most 60 days ahead', () => {
    const now = cn('2026-12-01T12:00');
    expect(() => validateGigSchedule({ ...ONE_DAY, startDate: '2026-12-02', endDate: '2027-01-01' }, now)).not.toThrow(); // 31 days
    expect(domainErrorOf(() => validateGigSchedule({ ...ONE_DAY, startDate: '2026-12-02', endDate: '2027-01-02' }, now)).field).toBe(
      'endDate',
    );
    expect(() => validateGigSchedule({ ...ONE_DAY, startDate: '2027-01-30', endDate: '2027-01-30' }, cn('2026-12-01T08:00'))).not.toThrow();
    expect(domainErrorOf(() => validateGigSchedule({ ...ONE_DAY, startDate: '2027-01-31', endDate: '2027-01-31' }, now)).field).toBe(
      'startDate',
    );
  });

  it('lets a worker withdraw free until two hours before the start, late after, not once started', () => {
    expect(freeWithdrawalDeadline(ONE_DAY)).toEqual(cn('2026-12-10T06:00'));
    expect(withdrawalKind(ONE_DAY, cn('2026-12-10T06:00'))).toBe('FREE');
    expect(withdrawalKind(ONE_DAY, new Date(cn('2026-12-10T06:00').getTime() + 1))).toBe('LATE');
    expect(withdrawalKind(ONE_DAY, cn('2026-12-10T07:59'))).toBe('LATE');
    expect(withdrawalKind(ONE_DAY, cn('2026-12-10T08:00'))).toBe('STARTED');
  });

  it('counts a poster’s cancellation within 12 hours of the start as late', () => {
    expect(isLateCancellation(ONE_DAY, cn('2026-12-09T20:00'))).toBe(false);
    expect(isLateCancellation(ONE_DAY, cn('2026-12-09T20:01'))).toBe(true);
  });

  it('tells upcoming, in progress and ended by the first start and the last end', () => {
    expect(gigPhase(THREE_DAYS, cn('2026-12-10T07:59'))).toBe('UPCOMING');
    expect(gigPhase(THREE_DAYS, cn('2026-12-11T03:00'))).toBe('IN_PROGRESS');
    expect(gigPhase(THREE_DAYS, cn('2026-12-12T17:00'))).toBe('IN_PROGRESS');
    expect(gigPhase(THREE_DAYS, cn('2026-12-12T17:01'))).toBe('ENDED');
  });

  it('makes pay due at the end of the last day worked (日结) or of the gig (完工结)', () => {
    expect(payDueAt(THREE_DAYS, 'SAME_DAY', ['2026-12-11', '2026-12-10'])).toEqual(cn('2026-12-11T17:00'));
    expect(payDueAt(THREE_DAYS, 'ON_COMPLETION', ['2026-12-10'])).toEqual(cn('2026-12-12T17:00'));
    expect(payDueAt(THREE_DAYS, 'SAME_DAY', [])).toEqual(cn('2026-12-12T17:00'));
  });
});

describe('gig pay', () => {
  it('takes yuan with two decimals as whole fen and refuses more', () => {
    expect(fenOf(150)).toBe(15000);
    expect(fenOf(17.4)).toBe(1740);
    expect(fenOf(0.01)).toBe(1);
    expect(domainErrorOf(() => fenOf(150.555)).field).toBe('payYuan');
    expect(domainErrorOf(() => fenOf(-1, 'amountYuan')).field).toBe('amountYuan');
    expect(domainErrorOf(() => fenOf(Number.NaN)).field).toBe('payYuan');
  });

  it('pays a day rate for each day with work, minutes at the hourly rate rounded once, and pieces', () => {
    const days = [{ minutes: 480 }, { minutes: 0 }, { minutes: 30 }];
    expect(gigPayDueFen('DAY', 20000, days)).toBe(40000);
    expect(gigPayDueFen('HOUR', 2500, [{ minutes: 165 }])).toBe(6875);
    expect(gigPayDueFen('HOUR', 2000, [{ minutes: 1 }, { minutes: 1 }])).toBe(67); // 2 min × 20 元/h = 0.666… → 0.67
    expect(
      gigPayDueFen('PIECE', 50, [
        { minutes: 0, pieces: 120 },
        { minutes: 300, pieces: 80 },
      ]),
    ).toBe(10000);
    expect(gigPayDueFen('DAY', 20000, [])).toBe(0);
  });

  it('counts only the minutes inside the scheduled hours, none without a check-out', () => {
    const start = cn('2026-12-10T08:00');
    const end = cn('2026-12-10T12:00');
    expect(minutesWorked(cn('2026-12-10T07:30'), cn('2026-12-10T12:30'), start, end)).toBe(240);
    expect(minutesWorked(cn('2026-12-10T08:15'), cn('2026-12-10T11:00'), start, end)).toBe(165);
    expect(minutesWorked(cn('2026-12-10T08:15'), null, start, end)).toBe(0);
    expect(minutesWorked(cn('2026-12-10T12:30'), cn('2026-12-10T13:00'), start, end)).toBe(0);
  });

  it('flags pay below the hourly minimum wage for the hours, and exactly at it not', () => {
    expect(checkGigMinimumWage('HOUR', 1740, 540, 17.4)).toEqual({ below: false, effectiveHourlyYuan: 17.4, hourlyMinimumYuan: 17.4 });
    expect(checkGigMinimumWage('HOUR', 1739, 540, 17.4).below).toBe(true);
    // 156.60 for 9 hours is exactly 17.40 an hour; one fen less is below.
    expect(checkGigMinimumWage('DAY', 15660, 540, 17.4).below).toBe(false);
    expect(checkGigMinimumWage('DAY', 15659, 540, 17.4).below).toBe(true);
    expect(checkGigMinimumWage('DAY', 10000, 540, 17.4)).toMatchObject({ below: true, effectiveHourlyYuan: 11.11 });
    expect(checkGigMinimumWage('PIECE', 1, 540, 17.4)).toEqual({ below: false, effectiveHourlyYuan: null, hourlyMinimumYuan: 17.4 });
    expect(checkGigMinimumWage('HOUR', 100, 540, null).below).toBe(false);
  });

  it('writes the pay plainly', () => {
    expect(describeGigPay('DAY', 15000)).toBe('150元/天');
    expect(describeGigPay('HOUR', 2050)).toBe('20.5元/小时');
    expect(describeGigPay('PIECE', 50, '箱')).toBe('0.5元/箱');
    expect(describeGigPay('PIECE', 125, ' ')).toBe('1.25元/件');
  });
});

describe('at the site', () => {
  const site = { lat: 35.4924, lng: 103.0075 };

  it('measures great-circle distance (one degree of latitude ≈ 111.2 km)', () => {
    expect(distanceMeters({ lat: 35, lng: 103 }, { lat: 36, lng: 103 })).toBeCloseTo(111_195, -1);
    expect(distanceMeters(site, site)).toBe(0);
  });

  it('accepts a location check-in within the radius and refuses one beyond, in Chinese, on the location field', () => {
    const north = (m: number) => ({ lat: site.lat + m / 111_195, lng: site.lng });
    expect(assertWithinSite(site, north(499), 500)).toBe(499);
    expect(assertWithinSite(site, north(500), 500)).toBe(500);
    const far = domainErrorOf(() => assertWithinSite(site, north(2_300), 500));
    expect(far).toMatchObject({ code: 'GIG_CHECK_IN_TOO_FAR', field: 'location' });
    expect(far.message).toContain('2.3公里');
    expect(domainErrorOf(() => assertWithinSite(site, { lat: 0, lng: 0 }, 500)).field).toBe('location');
  });

  it('knows a point in China from a swapped one', () => {
    expect(isPointInChina(site)).toBe(true);
    expect(isPointInChina({ lat: site.lng, lng: site.lat })).toBe(false);
    expect(isPointInChina({ lat: Number.NaN, lng: 103 })).toBe(false);
  });

  it('opens check-in an hour before each day’s start and closes it at the day’s end', () => {
    expect(domainErrorOf(() => checkInDate(THREE_DAYS, cn('2026-12-10T06:59'))).code).toBe('GIG_NOT_OPEN');
    expect(checkInDate(THREE_DAYS, cn('2026-12-10T07:00'))).toBe('2026-12-10');
    expect(checkInDate(THREE_DAYS, cn('2026-12-11T17:00'))).toBe('2026-12-11');
    expect(domainErrorOf(() => checkInDate(THREE_DAYS, cn('2026-12-11T17:01'))).code).toBe('GIG_NOT_OPEN');
    expect(domainErrorOf(() => checkInDate(THREE_DAYS, cn('2026-12-13T08:00'))).code).toBe('GIG_NOT_OPEN');
  });
});

describe('whom a gig suits', () => {
  const prefs = { weekdays: [1, 2, 3, 4, 5], maxDistanceKm: 10, skills: ['叉车 证', '电焊'] };

  it('reads weekdays of China dates', () => {
    expect(isoWeekday('2026-12-07')).toBe(1);
    expect(isoWeekday('2026-12-13')).toBe(7);
  });

  it('suits a worker within their distance, on days they take, with every skill', () => {
    const weekday = { dates: ['2026-12-07', '2026-12-08'], skills: ['叉车证'] };
    expect(gigSuitsWorker(weekday, prefs, 10_000)).toBe(true);
    expect(gigSuitsWorker(weekday, prefs, 10_001)).toBe(false);
    expect(gigSuitsWorker({ ...weekday, dates: ['2026-12-11', '2026-12-12'] }, prefs, 100)).toBe(false); // Saturday
    expect(gigSuitsWorker({ ...weekday, skills: ['叉车证', '瓦工'] }, prefs, 100)).toBe(false);
    expect(gigSuitsWorker({ ...weekday, skills: [] }, { ...prefs, skills: [] }, 100)).toBe(true);
  });

  it('compares skills as typed: full-width, spaces and case do not matter', () => {
    expect(normalizeSkill(' Ｃ１ 驾照 ')).toBe(normalizeSkill('c1驾照'));
  });

  it('ranks nearer and more reliable workers first, newcomers between B and C', () => {
    expect(gigSuitability(0, 10, 'A')).toBe(80);
    expect(gigSuitability(5_000, 10, 'A')).toBe(55);
    expect(gigSuitability(10_000, 10, 'D')).toBe(0);
    expect(gigSuitability(1_000, 10, 'B')).toBeGreaterThan(gigSuitability(1_000, 10, 'NEW'));
    expect(gigSuitability(1_000, 10, 'NEW')).toBeGreaterThan(gigSuitability(1_000, 10, 'C'));
    expect(gigSuitability(0, 10, 'A', 5)).toBe(100);
  });
});

describe('grades from gig records', () => {
  const worker = { gigs: 10, attended: 10, noShows: 0, lateWithdrawals: 0, ratings: 10, arrivedYes: 10, workedYes: 10 };
  const poster = {
    settlements: 10,
    paidConfirmed: 10,
    unpaidAlerts: 0,
    disputesReferred: 0,
    lateCancellations: 0,
    ratings: 10,
    paidOnTimeYes: 10,
    asDescribedYes: 10,
  };

  it('gives no grade before three gigs', () => {
    expect(workerReliability({ ...worker, gigs: 2, noShows: 2 })).toEqual({ grade: 'NEW', score: null, reasons: [] });
    expect(posterGigCredit({ ...poster, settlements: 2, unpaidAlerts: 2 })).toEqual({ grade: 'NEW', score: null, reasons: [] });
    expect(workerReliability({ ...worker, gigs: 3 }).grade).toBe('A');
  });

  it('grades workers at 90 / 75 / 60, no-shows weighing most', () => {
    expect(workerReliability(worker)).toEqual({ grade: 'A', score: 100, reasons: [] });
    expect(workerReliability({ ...worker, noShows: 1 })).toMatchObject({ grade: 'A', score: 94 });
    expect(workerReliability({ ...worker, lateWithdrawals: 3 })).toMatchObject({ grade: 'A', score: 91 });
    expect(workerReliability({ ...worker, lateWithdrawals: 4 })).toMatchObject({ grade: 'B', score: 88 });
    expect(workerReliability({ ...worker, noShows: 5 })).toMatchObject({ grade: 'C', score: 70 });
    expect(workerReliability({ ...worker, noShows: 7, arrivedYes: 3 })).toMatchObject({ grade: 'D' });
    expect(workerReliability({ ...worker, noShows: 1 }).reasons).toEqual(['未到岗1次']);
  });

  it('grades posters with arrears weighing most (no wage arrears)', () => {
    expect(posterGigCredit(poster)).toEqual({ grade: 'A', score: 100, reasons: [] });
    expect(posterGigCredit({ ...poster, unpaidAlerts: 1 })).toMatchObject({ grade: 'A', score: 96 });
    expect(posterGigCredit({ ...poster, disputesReferred: 1 })).toMatchObject({ grade: 'B', score: 80 });
    expect(posterGigCredit({ ...poster, disputesReferred: 1, unpaidAlerts: 10 })).toMatchObject({ grade: 'D', score: 40 });
    expect(posterGigCredit({ ...poster, lateCancellations: 10 })).toMatchObject({ grade: 'B', score: 80 });
    expect(posterGigCredit({ ...poster, paidOnTimeYes: 5 }).reasons).toEqual(['工人评价未按时付款5次']);
  });
});

describe('the minimum wage in the policy packs', () => {
  it('resolves Gansu’s hourly figure for its counties and none outside', () => {
    expect(resolvePolicy('622921', POLICY_PACKS).minimumWage).toMatchObject({ hourlyYuan: 17.4, monthlyYuan: 1670 });
    expect(resolvePolicy('621002', POLICY_PACKS).minimumWage?.hourlyYuan).toBe(17.4);
    expect(resolvePolicy('330102', POLICY_PACKS).minimumWage).toBeNull();
  });

  it('takes the most specific pack’s figure', () => {
    const county: PolicyPack = {
      regionCode: '622921',
      name: '临夏县',
      source: 'test',
      minimumWage: { hourlyYuan: '18', monthlyYuan: 1720, source: 'test' },
    };
    expect(resolvePolicy('622921', [...POLICY_PACKS, county]).minimumWage).toMatchObject({ hourlyYuan: 18, packName: '临夏县' });
    expect(resolvePolicy('622901', [...POLICY_PACKS, county]).minimumWage?.hourlyYuan).toBe(17.4);
  });

  it('reports a malformed minimum wage', () => {
    const bad = (minimumWage: unknown) =>
      policyPackProblems([...POLICY_PACKS, { regionCode: '330000', name: 'x', source: 'x', minimumWage } as PolicyPack]);
    expect(bad({ hourlyYuan: '17.455', monthlyYuan: 1800, source: 'x' })).toHaveLength(1);
    expect(bad({ hourlyYuan: '0', monthlyYuan: 1800, source: 'x' })).toHaveLength(1);
    expect(bad({ hourlyYuan: '18', monthlyYuan: 1800, source: ' ' })).toHaveLength(1);
    expect(bad({ hourlyYuan: '18', monthlyYuan: 1800, source: 'x' })).toEqual([]);
    expect(policyPackProblems(POLICY_PACKS)).toEqual([]);
  });
});
