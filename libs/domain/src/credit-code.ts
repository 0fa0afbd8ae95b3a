/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015.
 *
 *   position 1     registration-authority code (登记管理部门代码)
 *   position 2     organisation-type code (机构类别代码)
 *   positions 3–8  administrative-region code, GB/T 2260 (digits)
 *   positions 9–17 organisation code (主体标识码)
 *   position 18    check character
 *
 * Characters come from 31 symbols: digits and capital letters without I, O, Z, S, V.
 * Each symbol's value is its index in that alphabet.
 */
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
export const CREDIT_CODE_WEIGHTS: readonly number[] = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
export const CREDIT_CODE_LENGTH = 18;

export type CreditCodeValidation = { ok: true } | { ok: false; reason: 'LENGTH' | 'CHARSET' | 'CHECK_CHAR' };

const BODY_PATTERN = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{9}$/;
const CHARSET_PATTERN = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** Trims surrounding whitespace and upper-cases letters; does not validate. */
export function normalizeCreditCode(value: string): string {
  return value.trim().toUpperCase();
}

/**
 * The check character for the first 17 characters (already normalised).
 * Throws a RangeError when they are not 17 characters of the alphabet with digits in positions 3–8.
 */
export function creditCodeCheckChar(first17: string): string {
  if (!BODY_PATTERN.test(first17)) {
    throw new RangeError(`Not the first 17 characters of a credit code: "${first17}"`);
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    sum += CREDIT_CODE_CHARSET.indexOf(first17[i]) * CREDIT_CODE_WEIGHTS[i];
  }
  return CREDIT_CODE_CHARSET[(31 - (sum % 31)) % 31];
}

/** Validates after normalising, so lower case and surrounding spaces are accepted. */
export function validateCreditCode(value: string): CreditCodeValidation {
  const code = typeof value === 'string' ? normalizeCreditCode(value) : '';
  if (code.length !== CREDIT_CODE_LENGTH) return { ok: false, reason: 'LENGTH' };
  if (!CHARSET_PATTERN.test(code)) return { ok: false, reason: 'CHARSET' };
  if (creditCodeCheckChar(code.slice(0, 17)) !== code[17]) return { ok: false, reason: 'CHECK_CHAR' };
  return { ok: true };
}

export function isValidCreditCode(value: string): boolean {
  return validateCreditCode(value).ok;
}

/** Appends the check character to a 17-character body (normalised first); handy for test data. */
export function generateCreditCode(body17: string): string {
  const body = normalizeCreditCode(body17);
  return body + creditCodeCheckChar(body);
}
