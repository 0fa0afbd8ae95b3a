import { domainErrorOf } from '../spec-support';
import { DEFAULT_GIG_POLICY } from './gig-policy';
import { GigSchedule } from './gig-schedule';
import { assertWithinSite, checkInDate, distanceMeters, isPointInChina, LatLng } from './gig-site';

/** An instant in China time (UTC+8): "2026-12-10T08:00". */
const cn = (local: string) => new Date(`${local}:00+08:00`);
const plusMs = (d: Date, ms: number) => new Date(d.getTime() + ms);

/** Metres in one degree of latitude on the haversine's sphere (R = 6 371 km). */
const METRES_PER_DEGREE = (6_371_000 * Math.PI) / 180;
const SITE: LatLng = { lat: 35.6012, lng: 103.2107 }; // 临夏市
const north = (metres: number): LatLng => ({ lat: SITE.lat + metres / METRES_PER_DEGREE, lng: SITE.lng });

const ONE_DAY: GigSchedule = { startDate: '2026-12-10', endDate: '2026-12-10', dailyStart: '08:00', dailyEnd: '17:00' };
const THREE_DAYS: GigSchedule = { ...ONE_DAY, endDate: '2026-12-12' };

describe('distanceMeters (haversine)', () => {
  it('measures Beijing to Shanghai at about 1,067 km', () => {
    const beijing = { lat: 39.9042, lng: 116.4074 };
    const shanghai = { lat: 31.2304, lng: 121.4737 };
    expect(distanceMeters(beijing, shanghai) / 1000).toBeCloseTo(1067, 0);
  });

  it('measures 兰州 to 临夏 at about 76 km', () => {
    expect(distanceMeters({ lat: 36.0611, lng: 103.8343 }, SITE) / 1000).toBeCloseTo(76, 0);
  });

  it('measures one degree along a meridian as 111.195 km, and one along the 60th parallel as about half', () => {
    expect(distanceMeters({ lat: 35, lng: 103 }, { lat: 36, lng: 103 })).toBeCloseTo(METRES_PER_DEGREE, 3);
    expect(distanceMeters({ lat: 60, lng: 0 }, { lat: 60, lng: 1 })).toBeCloseTo(55_597, 0);
  });

  it('is zero at the same point, the same both ways, and half the globe at the antipode', () => {
    expect(distanceMeters(SITE, SITE)).toBe(0);
    const lanzhou = { lat: 36.0611, lng: 103.8343 };
    expect(distanceMeters(SITE, lanzhou)).toBeCloseTo(distanceMeters(lanzhou, SITE), 6);
    expect(distanceMeters({ lat: 0, lng: 0 }, { lat: 0, lng: 180 })).toBeCloseTo(Math.PI * 6_371_000, 0);
  });
});

describe('isPointInChina', () => {
  it.each([
    ['临夏', SITE],
    ['漠河', { lat: 53.48, lng: 122.35 }],
    ['曾母暗沙', { lat: 3.97, lng: 112.27 }],
    ['喀什', { lat: 39.47, lng: 75.99 }],
    ['抚远', { lat: 48.36, lng: 134.29 }],
    ['the south-west corner of the box', { lat: 3, lng: 73 }],
    ['the north-east corner of the box', { lat: 54, lng: 136 }],
  ])('holds %s', (_name, p) => {
    expect(isPointInChina(p)).toBe(true);
  });

  it.each([
    ['临夏 with latitude and longitude swapped', { lat: SITE.lng, lng: SITE.lat }],
    ['the phone’s 0,0 when it has no fix', { lat: 0, lng: 0 }],
    ['Tokyo', { lat: 35.68, lng: 139.69 }],
    ['just south of the box', { lat: 2.99, lng: 110 }],
    ['just north of the box', { lat: 54.01, lng: 120 }],
    ['just west of the box', { lat: 40, lng: 72.99 }],
    ['just east of the box', { lat: 45, lng: 136.01 }],
    ['a NaN latitude', { lat: Number.NaN, lng: 103 }],
    ['an infinite longitude', { lat: 35, lng: Number.POSITIVE_INFINITY }],
  ])('refuses %s', (_name, p) => {
    expect(isPointInChina(p)).toBe(false);
  });
});

describe('checkInDate (from 60 min before the start to the end of each day)', () => {
  it('opens exactly 60 minutes before the start, not a millisecond earlier', () => {
    expect(checkInDate(ONE_DAY, cn('2026-12-10T07:00'))).toBe('2026-12-10');
    const early = domainErrorOf(() => checkInDate(ONE_DAY, plusMs(cn('2026-12-10T07:00'), -1)));
    expect(early).toMatchObject({ code: 'GIG_NOT_OPEN', field: 'gigId' });
  });

  it('stays open through the day’s end, and closes a millisecond after', () => {
    expect(checkInDate(ONE_DAY, cn('2026-12-10T12:00'))).toBe('2026-12-10');
    expect(checkInDate(ONE_DAY, cn('2026-12-10T17:00'))).toBe('2026-12-10');
    expect(domainErrorOf(() => checkInDate(ONE_DAY, plusMs(cn('2026-12-10T17:00'), 1))).code).toBe('GIG_NOT_OPEN');
  });

  it('gives the date of the day whose window holds the check-in, on a multi-day gig', () => {
    expect(checkInDate(THREE_DAYS, cn('2026-12-10T07:30'))).toBe('2026-12-10');
    expect(checkInDate(THREE_DAYS, cn('2026-12-11T07:00'))).toBe('2026-12-11');
    expect(checkInDate(THREE_DAYS, cn('2026-12-12T17:00'))).toBe('2026-12-12');
  });

  it('is closed overnight between the days and after the last', () => {
    expect(domainErrorOf(() => checkInDate(THREE_DAYS, cn('2026-12-10T22:00'))).code).toBe('GIG_NOT_OPEN');
    expect(domainErrorOf(() => checkInDate(THREE_DAYS, cn('2026-12-11T06:59'))).code).toBe('GIG_NOT_OPEN');
    expect(domainErrorOf(() => checkInDate(THREE_DAYS, cn('2026-12-13T08:00'))).code).toBe('GIG_NOT_OPEN');
    expect(domainErrorOf(() => checkInDate(THREE_DAYS, cn('2026-12-09T08:00'))).code).toBe('GIG_NOT_OPEN');
  });

  it('gives the China date when the window opens before China midnight', () => {
    const pastMidnight: GigSchedule = { startDate: '2026-12-10', endDate: '2026-12-11', dailyStart: '00:30', dailyEnd: '06:00' };
    expect(checkInDate(pastMidnight, cn('2026-12-09T23:30'))).toBe('2026-12-10'); // 15:30 UTC on the 9th
    expect(domainErrorOf(() => checkInDate(pastMidnight, plusMs(cn('2026-12-09T23:30'), -1))).code).toBe('GIG_NOT_OPEN');
    expect(checkInDate(pastMidnight, cn('2026-12-10T23:45'))).toBe('2026-12-11');
  });

  it('keeps a day that runs to midnight open until then, before the next day’s window', () => {
    const longDays: GigSchedule = { startDate: '2026-12-10', endDate: '2026-12-11', dailyStart: '00:30', dailyEnd: '24:00' };
    // Both windows hold 23:45 on the 10th; the day still under way comes first.
    expect(checkInDate(longDays, cn('2026-12-10T23:45'))).toBe('2026-12-10');
    expect(checkInDate(longDays, plusMs(cn('2026-12-11T00:00'), 1))).toBe('2026-12-11');
  });

  it('takes the opening from the policy and says when check-in opens, in Chinese', () => {
    const policy = { ...DEFAULT_GIG_POLICY, checkInOpensMinutesBefore: 15 };
    expect(checkInDate(ONE_DAY, cn('2026-12-10T07:45'), policy)).toBe('2026-12-10');
    const error = domainErrorOf(() => checkInDate(ONE_DAY, cn('2026-12-10T07:44'), policy));
    expect(error.message).toBe('现在不在签到时间内：每天开工前15分钟至收工（08:00—17:00）可签到');
    expect(domainErrorOf(() => checkInDate(ONE_DAY, cn('2026-12-10T06:00'))).message).toContain('开工前60分钟');
  });
});

describe('assertWithinSite (the check-in radius)', () => {
  it('accepts a check-in exactly at the radius and returns the distance in whole metres', () => {
    expect(assertWithinSite(SITE, north(500), 500)).toBe(500);
    expect(assertWithinSite(SITE, north(499), 500)).toBe(499);
    expect(assertWithinSite(SITE, SITE, 500)).toBe(0);
  });

  it('refuses one metre beyond, on the location field, saying how far in metres', () => {
    const error = domainErrorOf(() => assertWithinSite(SITE, north(501), 500));
    expect(error).toMatchObject({ code: 'GIG_CHECK_IN_TOO_FAR', field: 'location' });
    expect(error.message).toBe('您距离工作地点约501米，须在500米内签到；或扫描现场二维码');
  });

  it('says how far in kilometres from 1 km', () => {
    expect(domainErrorOf(() => assertWithinSite(SITE, north(999), 500)).message).toContain('约999米');
    expect(domainErrorOf(() => assertWithinSite(SITE, north(1000), 500)).message).toContain('约1.0公里');
    expect(domainErrorOf(() => assertWithinSite(SITE, north(2_300), 500)).message).toContain('约2.3公里');
  });

  it('uses the gig’s own radius', () => {
    expect(assertWithinSite(SITE, north(100), 100)).toBe(100);
    expect(domainErrorOf(() => assertWithinSite(SITE, north(101), 100)).message).toContain('须在100米内');
  });

  it.each([
    ['no fix (0,0)', { lat: 0, lng: 0 }],
    ['swapped coordinates', { lat: SITE.lng, lng: SITE.lat }],
    ['NaN', { lat: Number.NaN, lng: Number.NaN }],
  ])('refuses a location that is not in China (%s) before measuring', (_what, at) => {
    const error = domainErrorOf(() => assertWithinSite(SITE, at, 1_000_000_000));
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'location' });
    expect(error.message).toContain('定位无效');
  });
});
