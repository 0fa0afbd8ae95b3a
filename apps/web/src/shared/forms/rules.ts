/** Form rules shared by the web's forms: pure, so they are unit-tested apart from the components. */

/** A mainland mobile number (sign-up, login): 11 digits from 13x–19x. */
export const MOBILE_PHONE = /^1[3-9]\d{9}$/;

/** A company contact: a mobile number, or a landline with its area code (0931-8123456, 09318123456). */
export const CONTACT_PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;

/** A pay range is fine when either end is open or the top is not below the bottom. */
export function payRangeOrdered(min: number | null | undefined, max: number | null | undefined): boolean {
  return min == null || max == null || max >= min;
}

/** The confirmation box agrees with the password (an empty box is the `required` rule's business). */
export function passwordsMatch(password: string | undefined, confirmation: string | undefined): boolean {
  return !confirmation || confirmation === password;
}
