import { PriorityGroup } from '@jobbridge/contracts';
import { addYears, CalendarDate, chinaCalendarDate, compareCalendarDates, parseIsoDate } from './calendar-date';

/** Chinese names of the priority groups (重点群体), domain.md §3. */
export const PRIORITY_GROUP_LABELS_ZH: Readonly<Record<PriorityGroup, string>> = Object.freeze({
  [PriorityGroup.GRADUATE]: '高校毕业生',
  [PriorityGroup.YOUTH]: '16-24岁青年',
  [PriorityGroup.REGISTERED_UNEMPLOYED]: '登记失业人员',
  [PriorityGroup.EMPLOYMENT_DIFFICULTY]: '就业困难人员',
  [PriorityGroup.POVERTY_ALLEVIATED]: '脱贫劳动力',
  [PriorityGroup.VETERAN]: '退役军人',
  [PriorityGroup.MIGRANT_WORKER]: '农民工',
  [PriorityGroup.TWO_AFTER]: '两后生',
  [PriorityGroup.RELOCATED]: '易地搬迁群众',
  [PriorityGroup.LAND_LOST]: '失地农民',
  [PriorityGroup.DISABLED]: '残疾人',
});

/** "离校2年内" (001 §8 §12). */
export const GRADUATE_WITHIN_YEARS = 2;
/** "16—24周岁" (001 §8 §12), inclusive. */
export const YOUTH_MIN_AGE = 16;
export const YOUTH_MAX_AGE = 24;

export interface GraduateFacts {
  /** `YYYY-MM-DD`, the day the person left school. */
  graduationDate?: string;
  /** Whether the person has a job now; absent means not employed. */
  employed?: boolean;
}

/**
 * 毕业年度或离校2年内未就业高校毕业生: true in the calendar year of graduation (employed or not,
 * including before the graduation day), or, when not employed, from graduation through the same
 * day `withinYears` years later (29 February → 28 February). Dates are China dates (UTC+8).
 * False without a valid graduation date, and for a graduation in a later year.
 */
export function isGraduateEligible(facts: GraduateFacts, today: Date, withinYears = GRADUATE_WITHIN_YEARS): boolean {
  if (!Number.isInteger(withinYears) || withinYears < 0) throw new RangeError('withinYears must be a whole number ≥ 0');
  const graduated = facts.graduationDate ? parseIsoDate(facts.graduationDate) : null;
  if (graduated === null) return false;
  const now = chinaCalendarDate(today);
  if (graduated.year === now.year) return true;
  if (graduated.year > now.year || facts.employed) return false;
  return compareCalendarDates(now, addYears(graduated, withinYears)) <= 0;
}

function toCalendarDate(birth: string | Date): CalendarDate {
  if (birth instanceof Date) return chinaCalendarDate(birth);
  const date = parseIsoDate(birth);
  if (date === null) throw new RangeError(`Not a YYYY-MM-DD date: "${birth}"`);
  return date;
}

/**
 * Age in full years (周岁) on `today` (China date). From a birth date, the age goes up on the
 * birthday; someone born on 29 February gets a year older on 28 February in common years.
 * From a birth year alone, the age is the one reached during today's calendar year.
 * Throws a RangeError for a malformed birth date or a birth after today.
 */
export function ageOn(birth: number | string | Date, today: Date): number {
  const now = chinaCalendarDate(today);
  if (typeof birth === 'number') {
    if (!Number.isInteger(birth) || birth > now.year) throw new RangeError(`Not a past birth year: ${birth}`);
    return now.year - birth;
  }
  const born = toCalendarDate(birth);
  if (compareCalendarDates(born, now) > 0) throw new RangeError('Birth date is after today');
  const years = now.year - born.year;
  return compareCalendarDates(now, addYears(born, years)) < 0 ? years - 1 : years;
}

/** 登记失业的16—24周岁青年: registered unemployed and aged 16 to 24 (full years) inclusive. */
export function isYouth16to24(facts: { age: number; registeredUnemployed: boolean }): boolean {
  return facts.registeredUnemployed === true && facts.age >= YOUTH_MIN_AGE && facts.age < YOUTH_MAX_AGE + 1;
}
