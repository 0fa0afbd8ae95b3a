import { DomainError } from '../errors';
import { parseIsoDate } from '../calendar-date';
import { chinaInstant, minutesOfDay } from '../job-fairs/fair-rules';
import { chinaIsoDateOf, isoDaysBetween } from '../employment-support/follow-up-schedule';
import { DEFAULT_GIG_POLICY, GigPolicy } from './gig-policy';

/** When a gig happens: every day from startDate to endDate (China dates), between dailyStart and dailyEnd (HH:MM). */
export interface GigSchedule {
  startDate: string;
  endDate: string;
  dailyStart: string;
  dailyEnd: string;
}

const DAY_MS = 86_400_000;

/** Scheduled minutes of one day. */
export function dailyMinutes(s: Pick<GigSchedule, 'dailyStart' | 'dailyEnd'>): number {
  return (minutesOfDay(s.dailyEnd) ?? 0) - (minutesOfDay(s.dailyStart) ?? 0);
}

/** Every date of the gig, in order. */
export function gigDates(s: Pick<GigSchedule, 'startDate' | 'endDate'>): string[] {
  const out: string[] = [];
  const start = chinaInstant(s.startDate, '12:00').getTime();
  const end = chinaInstant(s.endDate, '12:00').getTime();
  for (let t = start; t <= end; t += DAY_MS) out.push(chinaIsoDateOf(new Date(t)));
  return out;
}

export const gigStartsAt = (s: GigSchedule): Date => chinaInstant(s.startDate, s.dailyStart);
export const gigEndsAt = (s: GigSchedule): Date => chinaInstant(s.endDate, s.dailyEnd);

/**
 * Checks a schedule as posted at `now`: real dates and times, the day ends after it starts (no overnight shifts: post
 * two gigs), the last day not before the first, at most `maxDays` days, the first day not already started and not
 * more than `maxDaysAhead` ahead. Throws VALIDATION_FAILED naming the field.
 */
export function validateGigSchedule(s: GigSchedule, now: Date, policy: GigPolicy = DEFAULT_GIG_POLICY): void {
  if (!parseIsoDate(s.startDate)) throw new DomainError('VALIDATION_FAILED', '开始日期格式应为 YYYY-MM-DD', 'startDate');
  if (!parseIsoDate(s.endDate)) throw new DomainError('VALIDATION_FAILED', '结束日期格式应为 YYYY-MM-DD', 'endDate');
  const from = minutesOfDay(s.dailyStart);
  const to = minutesOfDay(s.dailyEnd);
  if (from === null || from >= 1440) throw new DomainError('VALIDATION_FAILED', '每天开工时间格式应为 HH:MM', 'dailyStart');
  if (to === null) throw new DomainError('VALIDATION_FAILED', '每天收工时间格式应为 HH:MM', 'dailyEnd');
  if (to <= from) throw new DomainError('VALIDATION_FAILED', '收工时间须晚于开工时间（跨夜的活请分两条发布）', 'dailyEnd');
  if (s.endDate < s.startDate) throw new DomainError('VALIDATION_FAILED', '结束日期不能早于开始日期', 'endDate');
  // Counted, not listed: a far end date (9999-12-31) must not build millions of dates before it is refused.
  if (isoDaysBetween(s.startDate, s.endDate) + 1 > policy.maxDays)
    throw new DomainError('VALIDATION_FAILED', `零工最长${policy.maxDays}天，更长的用工请发布普通岗位`, 'endDate');
  if (gigStartsAt(s).getTime() <= now.getTime())
    throw new DomainError('VALIDATION_FAILED', '开工时间已过，请选择以后的日期或时间', 'startDate');
  if (gigStartsAt(s).getTime() - now.getTime() > policy.maxDaysAhead * DAY_MS)
    throw new DomainError('VALIDATION_FAILED', `最多提前${policy.maxDaysAhead}天发布零工`, 'startDate');
}

/** Whether a worker's withdrawal at `now` is free, late (recorded), or too late (the gig has started). */
export function withdrawalKind(s: GigSchedule, now: Date, policy: GigPolicy = DEFAULT_GIG_POLICY): 'FREE' | 'LATE' | 'STARTED' {
  const start = gigStartsAt(s).getTime();
  if (now.getTime() >= start) return 'STARTED';
  return start - now.getTime() >= policy.freeWithdrawalHours * 3_600_000 ? 'FREE' : 'LATE';
}

/** The deadline for free withdrawal. */
export function freeWithdrawalDeadline(s: GigSchedule, policy: GigPolicy = DEFAULT_GIG_POLICY): Date {
  return new Date(gigStartsAt(s).getTime() - policy.freeWithdrawalHours * 3_600_000);
}

/** Whether the poster's cancellation at `now` is late (inside `lateCancellationHours` of the start). */
export function isLateCancellation(s: GigSchedule, now: Date, policy: GigPolicy = DEFAULT_GIG_POLICY): boolean {
  return gigStartsAt(s).getTime() - now.getTime() < policy.lateCancellationHours * 3_600_000;
}

/** UPCOMING before the first day's start, ENDED after the last day's end, IN_PROGRESS between. */
export function gigPhase(s: GigSchedule, now: Date): 'UPCOMING' | 'IN_PROGRESS' | 'ENDED' {
  if (now.getTime() < gigStartsAt(s).getTime()) return 'UPCOMING';
  return now.getTime() > gigEndsAt(s).getTime() ? 'ENDED' : 'IN_PROGRESS';
}

/**
 * When a worker's pay for the gig falls due. Pay is settled once per worker and gig (one record covers every day
 * worked): SAME_DAY (日结) at the end of the last day the worker worked, so one who worked only the first day of a
 * week-long gig is owed that evening; ON_COMPLETION at the end of the gig's last day. The UNPAID alert comes
 * `payGraceHours` after this.
 */
export function payDueAt(s: GigSchedule, timing: 'SAME_DAY' | 'ON_COMPLETION', workedDates: readonly string[]): Date {
  if (timing === 'SAME_DAY' && workedDates.length) {
    const last = [...workedDates].sort()[workedDates.length - 1];
    return chinaInstant(last, s.dailyEnd);
  }
  return gigEndsAt(s);
}
