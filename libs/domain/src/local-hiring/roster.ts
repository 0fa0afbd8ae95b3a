import { parseIsoDate } from '../calendar-date';
import { localHiringFigures, LocalHiringFigures, WorkforceCounts } from './local-hiring';
import { Share } from './share';

/**
 * One tenure on a project's roster. Dates are China civil dates `YYYY-MM-DD`. `endDate` is the day the
 * worker leaves (离场日期): they count on every day from `startDate` up to the day before it. A record
 * is never deleted when a tenure ends, so the history can always be recomputed.
 */
export interface RosterTenure {
  startDate: string;
  endDate: string | null;
  local: boolean;
}

/** Active on `date`: started on or before it and not yet left. */
export function isActiveOn(t: Pick<RosterTenure, 'startDate' | 'endDate'>, date: string): boolean {
  return t.startDate <= date && (t.endDate === null || t.endDate > date);
}

export function countActive(roster: readonly RosterTenure[], date: string): WorkforceCounts {
  let total = 0;
  let local = 0;
  for (const t of roster) {
    if (!isActiveOn(t, date)) continue;
    total++;
    if (t.local) local++;
  }
  return { total, local };
}

export interface LocalHiringDay extends LocalHiringFigures {
  date: string;
}

const DAY_MS = 86_400_000;
/** The longest history one call computes (about three years of days). */
export const MAX_HISTORY_DAYS = 1100;

function dayNumber(date: string): number {
  const d = parseIsoDate(date);
  if (!d) throw new RangeError(`Not a date: "${date}"`);
  return Date.UTC(d.year, d.month - 1, d.day) / DAY_MS;
}

const isoOfDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * The figures for every day from `from` to `to` (inclusive), in one sweep over the roster's start and
 * end dates (O(roster + days)). Throws a RangeError for malformed dates, `to` before `from`, or a
 * range longer than MAX_HISTORY_DAYS.
 */
export function localHiringHistory(roster: readonly RosterTenure[], from: string, to: string, threshold: Share): LocalHiringDay[] {
  const first = dayNumber(from);
  const last = dayNumber(to);
  if (last < first) throw new RangeError('The history ends before it starts');
  if (last - first + 1 > MAX_HISTORY_DAYS) throw new RangeError(`At most ${MAX_HISTORY_DAYS} days of history at once`);
  const changes = new Map<number, { total: number; local: number }>();
  const bump = (day: number, by: number, local: boolean) => {
    const c = changes.get(day) ?? { total: 0, local: 0 };
    c.total += by;
    if (local) c.local += by;
    changes.set(day, c);
  };
  const start = countActive(roster, from);
  let { total, local } = start;
  for (const t of roster) {
    const s = dayNumber(t.startDate);
    const e = t.endDate === null ? Infinity : dayNumber(t.endDate);
    if (e <= s) continue; // left the day it started: never on the roster
    if (s > first && s <= last) bump(s, 1, t.local);
    if (e > first && e <= last) bump(e, -1, t.local);
  }
  const days: LocalHiringDay[] = [];
  for (let day = first; day <= last; day++) {
    const c = changes.get(day);
    if (c) {
      total += c.total;
      local += c.local;
    }
    days.push({ date: isoOfDay(day), ...localHiringFigures({ total, local }, threshold) });
  }
  return days;
}

/** `date` plus `days` calendar days (negative to go back). */
export function addDays(date: string, days: number): string {
  return isoOfDay(dayNumber(date) + days);
}
