import { Gender } from '@jobbridge/contracts';
import { chinaCalendarDate, compareCalendarDates, formatIsoDate, isValidCalendarDate } from './calendar-date';

/**
 * 公民身份号码 (citizen identity number), GB 11643-1999: 18 characters.
 *
 *   positions 1–6    address code (digits; not checked against a region dataset)
 *   positions 7–14   birth date YYYYMMDD
 *   positions 15–17  sequence code; position 17 odd for men, even for women
 *   position 18      check character 0–9 or X (ISO 7064 MOD 11-2)
 */
export const ID_NUMBER_WEIGHTS: readonly number[] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
export const ID_NUMBER_CHECK_CHARS = '10X98765432';
export const ID_NUMBER_LENGTH = 18;
export const ID_NUMBER_MIN_BIRTH_YEAR = 1900;

export type IdNumberValidation =
  | { ok: true; /** YYYY-MM-DD */ birthDate: string; gender: Gender }
  | { ok: false; reason: 'LENGTH' | 'FORMAT' | 'BIRTH_DATE' | 'CHECK_DIGIT' };

const FORMAT = /^\d{17}[\dX]$/;

/** Trims surrounding whitespace and upper-cases a trailing x; does not validate. */
export function normalizeIdNumber(value: string): string {
  return value.trim().toUpperCase();
}

/** The check character for 17 digits. Throws a RangeError for anything else. */
export function idNumberCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError(`Not the first 17 digits of an ID number: "${first17}"`);
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_NUMBER_WEIGHTS[i];
  return ID_NUMBER_CHECK_CHARS[sum % 11];
}

/**
 * Validates after normalising. The birth date must be a real date from 1900 on and not after
 * `today` (default: now), both taken as calendar dates in China (UTC+8).
 */
export function validateIdNumber(value: string, today: Date = new Date()): IdNumberValidation {
  const id = typeof value === 'string' ? normalizeIdNumber(value) : '';
  if (id.length !== ID_NUMBER_LENGTH) return { ok: false, reason: 'LENGTH' };
  if (!FORMAT.test(id)) return { ok: false, reason: 'FORMAT' };

  const birth = { year: Number(id.slice(6, 10)), month: Number(id.slice(10, 12)), day: Number(id.slice(12, 14)) };
  if (
    birth.year < ID_NUMBER_MIN_BIRTH_YEAR ||
    !isValidCalendarDate(birth.year, birth.month, birth.day) ||
    compareCalendarDates(birth, chinaCalendarDate(today)) > 0
  ) {
    return { ok: false, reason: 'BIRTH_DATE' };
  }

  if (idNumberCheckChar(id.slice(0, 17)) !== id[17]) return { ok: false, reason: 'CHECK_DIGIT' };

  return { ok: true, birthDate: formatIsoDate(birth), gender: Number(id[16]) % 2 === 1 ? Gender.MALE : Gender.FEMALE };
}

export function isValidIdNumber(value: string, today?: Date): boolean {
  return validateIdNumber(value, today).ok;
}

/** Appends the check character to 17 digits; handy for test data. */
export function generateIdNumber(first17: string): string {
  const body = first17.trim();
  return body + idNumberCheckChar(body);
}

/**
 * Shows the first 6 and last 4 characters: `622921********1234`. Always eight stars, so the mask
 * does not reveal the length; anything shorter than 15 characters is masked entirely.
 */
export function maskIdNumber(value: string): string {
  const id = normalizeIdNumber(value);
  if (id.length < 15) return '*'.repeat(id.length);
  return `${id.slice(0, 6)}********${id.slice(-4)}`;
}

/**
 * Masks a phone number. A mainland mobile number (11 digits starting with 1, optionally written
 * with spaces or hyphens and a +86 / 0086 prefix) becomes `138****5678`. Other numbers of 8 or more
 * characters keep their first 3 and last 2 characters; shorter ones are masked entirely.
 */
export function maskPhone(value: string): string {
  const phone = value.trim();
  const mobile = /^(?:\+?86|0086)?(1\d{10})$/.exec(phone.replace(/[\s-]/g, ''));
  if (mobile) return `${mobile[1].slice(0, 3)}****${mobile[1].slice(-4)}`;
  if (phone.length < 8) return '*'.repeat(phone.length);
  return `${phone.slice(0, 3)}${'*'.repeat(phone.length - 5)}${phone.slice(-2)}`;
}
