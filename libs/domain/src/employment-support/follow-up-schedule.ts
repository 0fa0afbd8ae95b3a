import { FollowUpOutcome } from '@jobbridge/contracts';
import { CalendarDate, chinaCalendarDate, compareCalendarDates, daysInMonth, formatIsoDate, parseIsoDate } from '../calendar-date';

/**
 * Registered unemployed and difficulty-group people are followed up at least once a month (003 §14 "每月组织1次…跟踪调查",
 * 004 §20 "每月至少进行1次跟踪调查"): a case is due a month after it opened, then a month after each contact.
 */
export const FOLLOW_UP_INTERVAL_MONTHS = 1;
/** The caseload's "due" view also shows cases falling due within this many days. */
export const DUE_SOON_DAYS = 7;

/**
 * The same day `months` later. A day missing from the target month (31 January + 1 month) becomes that month's last
 * day, as Civil Code art. 202 counts periods by months.
 */
export function addCalendarMonths(date: CalendarDate, months: number): CalendarDate {
  if (!Number.isInteger(months)) throw new RangeError('months must be a whole number');
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

function parse(iso: string, what: string): CalendarDate {
  const d = parseIsoDate(iso);
  if (!d) throw new RangeError(`Not a YYYY-MM-DD ${what}: "${iso}"`);
  return d;
}

/** `YYYY-MM-DD` plus whole months (clamped to the month's end). */
export function addMonthsToIsoDate(iso: string, months: number): string {
  return formatIsoDate(addCalendarMonths(parse(iso, 'date'), months));
}

/** When the next follow-up is due: a month after the last contact, or a month after the case opened when none yet. */
export function nextFollowUpDue(openedOn: string, lastContactOn: string | null): string {
  return addMonthsToIsoDate(lastContactOn ?? openedOn, FOLLOW_UP_INTERVAL_MONTHS);
}

/** A case's schedule as stored. */
export interface FollowUpSchedule {
  openedOn: string;
  /** The last contact that reached the person (NOT_REACHED attempts do not count). */
  lastContactOn: string | null;
  nextFollowUpDue: string;
}

/**
 * The schedule after a follow-up. A contact that reached the person (anything but NOT_REACHED) moves the next due date
 * to a month after it — a contact logged late, older than the last one, moves nothing back. NOT_REACHED leaves the
 * schedule as it was, so the case stays due until someone reaches the person. EMPLOYED closes the case.
 */
export function scheduleAfterFollowUp(
  s: FollowUpSchedule,
  contactedOn: string,
  outcome: FollowUpOutcome,
): FollowUpSchedule & { closes: boolean } {
  const closes = outcome === FollowUpOutcome.EMPLOYED;
  if (outcome === FollowUpOutcome.NOT_REACHED) return { ...s, closes };
  const last = s.lastContactOn && s.lastContactOn > contactedOn ? s.lastContactOn : contactedOn;
  return { openedOn: s.openedOn, lastContactOn: last, nextFollowUpDue: nextFollowUpDue(s.openedOn, last), closes };
}

/** How a case stands on `today`: OVERDUE (past its due date), DUE_SOON (within DUE_SOON_DAYS), NEW (never contacted), or SCHEDULED. */
export type FollowUpStanding = 'OVERDUE' | 'DUE_SOON' | 'NEW' | 'SCHEDULED';

/** Whole days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function isoDaysBetween(from: string, to: string): number {
  const a = parse(from, 'date');
  const b = parse(to, 'date');
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

/** The China calendar date of an instant, as `YYYY-MM-DD`. */
export const chinaIsoDateOf = (instant: Date): string => formatIsoDate(chinaCalendarDate(instant));

export function followUpStanding(nextDue: string, lastContactOn: string | null, today: string): FollowUpStanding {
  const days = isoDaysBetween(today, nextDue);
  if (days < 0) return 'OVERDUE';
  if (days <= DUE_SOON_DAYS) return 'DUE_SOON';
  return lastContactOn ? 'SCHEDULED' : 'NEW';
}

/** Overdue: the due date has passed (a case due today is due, not overdue). */
export function isFollowUpOverdue(nextDue: string, today: string): boolean {
  return compareCalendarDates(parse(nextDue, 'due date'), parse(today, 'date')) < 0;
}
