import { DomainError } from './errors';

/** Upper bound for monthly pay, in 元. */
export const PAY_MAX_LIMIT = 1_000_000;
export const HEADCOUNT_MIN = 1;
export const HEADCOUNT_MAX = 10_000;

const isWholeNonNegative = (n: number) => Number.isInteger(n) && n >= 0;

/**
 * Checks a monthly pay range in 元: whole numbers, not negative, min ≤ max ≤ 1,000,000.
 * Returns null when valid, otherwise a PAY_RANGE_INVALID error naming the field to fix
 * (`payMin` for a bad minimum or min > max, `payMax` for a bad or too large maximum).
 */
export function validatePayRange(min: number, max: number): DomainError | null {
  if (!isWholeNonNegative(min)) {
    return new DomainError('PAY_RANGE_INVALID', '最低月薪应为0或正整数（元）', 'payMin');
  }
  if (!isWholeNonNegative(max)) {
    return new DomainError('PAY_RANGE_INVALID', '最高月薪应为0或正整数（元）', 'payMax');
  }
  if (max > PAY_MAX_LIMIT) {
    return new DomainError('PAY_RANGE_INVALID', `最高月薪不能超过${PAY_MAX_LIMIT}元`, 'payMax');
  }
  if (min > max) {
    return new DomainError('PAY_RANGE_INVALID', '最低月薪不能高于最高月薪', 'payMin');
  }
  return null;
}

/** Checks the number of openings: a whole number from 1 to 10,000. Returns null when valid. */
export function validateHeadcount(headcount: number): DomainError | null {
  if (!Number.isInteger(headcount) || headcount < HEADCOUNT_MIN || headcount > HEADCOUNT_MAX) {
    return new DomainError('VALIDATION_FAILED', `招聘人数应为${HEADCOUNT_MIN}到${HEADCOUNT_MAX}之间的整数`, 'headcount');
  }
  return null;
}
