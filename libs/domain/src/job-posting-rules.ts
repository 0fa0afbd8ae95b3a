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
    return new DomainError('PAY_RANGE_INVALID', 'Minimum pay must be a whole number of yuan, zero or more', 'payMin');
  }
  if (!isWholeNonNegative(max)) {
    return new DomainError('PAY_RANGE_INVALID', 'Maximum pay must be a whole number of yuan, zero or more', 'payMax');
  }
  if (max > PAY_MAX_LIMIT) {
    return new DomainError('PAY_RANGE_INVALID', `Maximum pay may not exceed ${PAY_MAX_LIMIT} yuan a month`, 'payMax');
  }
  if (min > max) {
    return new DomainError('PAY_RANGE_INVALID', 'Minimum pay may not exceed maximum pay', 'payMin');
  }
  return null;
}

/** Checks the number of openings: a whole number from 1 to 10,000. Returns null when valid. */
export function validateHeadcount(headcount: number): DomainError | null {
  if (!Number.isInteger(headcount) || headcount < HEADCOUNT_MIN || headcount > HEADCOUNT_MAX) {
    return new DomainError(
      'VALIDATION_FAILED',
      `Headcount must be a whole number from ${HEADCOUNT_MIN} to ${HEADCOUNT_MAX}`,
      'headcount',
    );
  }
  return null;
}
