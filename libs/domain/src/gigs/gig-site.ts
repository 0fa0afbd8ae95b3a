import { DomainError } from '../errors';
import { DEFAULT_GIG_POLICY, GigPolicy } from './gig-policy';
import { chinaInstant } from '../job-fairs/fair-rules';
import { GigSchedule, gigDates } from './gig-schedule';

export interface LatLng {
  lat: number;
  lng: number;
}

const EARTH_RADIUS_M = 6_371_000;

/** Great-circle distance in metres (haversine). */
export function distanceMeters(a: LatLng, b: LatLng): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A point inside China's bounding box (a typo such as swapped latitude and longitude falls outside). */
export function isPointInChina(p: LatLng): boolean {
  return Number.isFinite(p.lat) && Number.isFinite(p.lng) && p.lat >= 3 && p.lat <= 54 && p.lng >= 73 && p.lng <= 136;
}

/**
 * The gig date a check-in at `now` belongs to: a date of the gig whose window (from `checkInOpensMinutesBefore`
 * before the start to the end) holds `now`. Throws GIG_NOT_OPEN otherwise, saying when check-in opens.
 */
export function checkInDate(s: GigSchedule, now: Date, policy: GigPolicy = DEFAULT_GIG_POLICY): string {
  for (const date of gigDates(s)) {
    const opens = chinaInstant(date, s.dailyStart).getTime() - policy.checkInOpensMinutesBefore * 60_000;
    const closes = chinaInstant(date, s.dailyEnd).getTime();
    if (now.getTime() >= opens && now.getTime() <= closes) return date;
  }
  throw new DomainError(
    'GIG_NOT_OPEN',
    `现在不在签到时间内：每天开工前${policy.checkInOpensMinutesBefore}分钟至收工（${s.dailyStart}—${s.dailyEnd}）可签到`,
    'gigId',
  );
}

/** Throws GIG_CHECK_IN_TOO_FAR when a location check-in is farther from the site than the radius. */
export function assertWithinSite(site: LatLng, at: LatLng, radiusMeters: number): number {
  if (!isPointInChina(at)) throw new DomainError('VALIDATION_FAILED', '定位无效，请打开手机定位后重试，或扫描现场二维码签到', 'location');
  const d = Math.round(distanceMeters(site, at));
  if (d > radiusMeters)
    throw new DomainError(
      'GIG_CHECK_IN_TOO_FAR',
      `您距离工作地点约${d >= 1000 ? `${(d / 1000).toFixed(1)}公里` : `${d}米`}，须在${radiusMeters}米内签到；或扫描现场二维码`,
      'location',
    );
  return d;
}
