import { parseIsoDate } from '../calendar-date';
import type { GigGrade } from './gig-grades';

/** ISO weekday 1 (Monday) … 7 (Sunday) of a China date. */
export function isoWeekday(isoDate: string): number {
  const d = parseIsoDate(isoDate);
  if (!d) throw new RangeError(`bad date: ${isoDate}`);
  const day = new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** Skills compared as people type them: NFKC, no spaces, lower case ("叉车 证" = "叉车证"). */
export function normalizeSkill(skill: string): string {
  return skill.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

export interface GigForMatch {
  dates: readonly string[];
  /** Skills the gig requires; empty for general labour (普工). */
  skills: readonly string[];
}

export interface WorkerGigPreferences {
  /** ISO weekdays the worker takes gigs on. */
  weekdays: readonly number[];
  maxDistanceKm: number;
  skills: readonly string[];
}

/**
 * Whether a gig suits a worker who opted in: within their distance, on days they take, and they have every skill the
 * gig requires. (Distance is passed in metres, computed by the caller or the database.)
 */
export function gigSuitsWorker(gig: GigForMatch, prefs: WorkerGigPreferences, distanceMeters: number): boolean {
  if (distanceMeters > prefs.maxDistanceKm * 1000) return false;
  const days = new Set(prefs.weekdays);
  if (!gig.dates.every((d) => days.has(isoWeekday(d)))) return false;
  const have = new Set(prefs.skills.map(normalizeSkill));
  return gig.skills.every((s) => have.has(normalizeSkill(s)));
}

const GRADE_POINTS: Record<GigGrade, number> = { A: 30, B: 22, NEW: 18, C: 10, D: 0 };

/**
 * How suitable a worker is for a gig they match, 0–100, for the order in which they are told: nearer first (up to 50
 * points, linear to their distance limit), then reliability (up to 30: a new worker sits between B and C so newcomers
 * get gigs too), then skills beyond what the gig needs that it mentions anywhere (up to 20).
 */
export function gigSuitability(distanceMeters: number, maxDistanceKm: number, grade: GigGrade, matchedOptionalSkills = 0): number {
  const near = maxDistanceKm > 0 ? Math.max(0, 1 - distanceMeters / (maxDistanceKm * 1000)) : 0;
  return Math.round(50 * near) + GRADE_POINTS[grade] + Math.min(20, 10 * matchedOptionalSkills);
}

/**
 * Why a worker of this birth year may not take a gig, or null. The labour law bars work under 16, and work for minors
 * (16–17, 未成年工) that is heavy or at height (未成年工特殊保护规定: 搬运重物, 登高作业). Profiles hold the birth year only,
 * so the check is on the safe side: someone who turns 16 (or 18) this year counts as not yet 16 (18). Unknown birth
 * year: no check here (the platform asks for it on the labour profile).
 */
export function gigAgeProblem(
  birthYear: number | null | undefined,
  currentYear: number,
  gig: { heavyLoads: boolean; worksAtHeight: boolean },
): string | null {
  if (birthYear == null) return null;
  const turnsThisYear = currentYear - birthYear;
  if (turnsThisYear <= 16) return '按出生年份，您可能未满16周岁，不能接零工';
  if (turnsThisYear <= 18 && (gig.heavyLoads || gig.worksAtHeight)) return '按出生年份，您可能未满18周岁，不能从事搬运重物或登高作业的零工';
  return null;
}

/** The latest birth year that may take any gig, and one that is heavy or at height (for the database's filter). */
export function gigBirthYearLimits(currentYear: number): { any: number; heavyOrHeight: number } {
  return { any: currentYear - 17, heavyOrHeight: currentYear - 19 };
}
