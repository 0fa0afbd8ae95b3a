/*
 * Pay promises that mark a scam when they come with the wrong company (打字员, 无需经验), as data. Plain pay figures
 * ("月薪4000-6000", "日结150元") are never flagged on their own.
 */

/** Outsized pay, in yuan: above what honest work of that kind pays in the regions the platform serves. */
export const OUTSIZED_PAY = Object.freeze({
  /** Daily pay that is outsized for typing or data entry at home (honest entry work pays ~100–150 a day). */
  typistDaily: 200,
  /** Daily pay that is outsized for work promised to people with no experience (the "日结500+" of the scams). */
  noExperienceDaily: 500,
  /** Daily pay that is outsized for a part-time "日赚" promise. */
  partTimeDaily: 200,
});

/**
 * A regex source matching any whole number ≥ n written in digits without leading zeros (n a non-negative integer):
 * atLeastPattern(200) matches 200, 350, 1000 but not 199 or 20. The caller guards the edges ((?<!\d) … (?!\d)).
 */
export function atLeastPattern(n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`atLeastPattern needs a non-negative integer, got ${n}`);
  const digits = String(n);
  const k = digits.length;
  const options: string[] = [`[1-9]\\d{${k},}`];
  for (let i = 0; i < k; i++) {
    const d = Number(digits[i]);
    const low = d + 1;
    if (low > 9) continue;
    if (i === 0 && k > 1 && low < 1) continue;
    const rest = k - i - 1;
    options.push(`${digits.slice(0, i)}[${low}-9]${rest ? `\\d{${rest}}` : ''}`);
  }
  options.push(digits);
  return `(?:${options.join('|')})`;
}
