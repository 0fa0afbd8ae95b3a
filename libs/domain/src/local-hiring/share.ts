import { DomainError } from '../errors';

/**
 * A share such as a local-hiring threshold (30%) or a labour-pay share (15%), held as an exact
 * fraction so comparisons at the boundary never drift: `local ≥ 30% × total` is decided as
 * `local × 100 ≥ 30 × total` in integers.
 */
export interface Share {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

const DECIMAL = /^(\d+)(?:\.(\d{1,6}))?$/;
const PERCENT = /^(\d+)(?:\.(\d{1,4}))?%$/;

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function reduced(numerator: bigint, denominator: bigint): Share {
  const g = gcd(numerator, denominator) || 1n;
  return { numerator: numerator / g, denominator: denominator / g };
}

/**
 * Parses "0.3", "0.30", "30%" or "12.5%" into an exact share. Policy data is written this way.
 * Throws a DomainError (VALIDATION_FAILED) for anything else, and for shares outside [0, 1].
 */
export function parseShare(value: string, field = 'threshold'): Share {
  const text = String(value).trim();
  const percent = PERCENT.exec(text);
  const decimal = percent ? null : DECIMAL.exec(text);
  const match = percent ?? decimal;
  if (!match) throw new DomainError('VALIDATION_FAILED', `比例格式无效："${value}"（应如 0.3 或 30%）`, field);
  const fraction = match[2] ?? '';
  const scale = 10n ** BigInt(fraction.length + (percent ? 2 : 0));
  const share = reduced(BigInt(match[1] + fraction), scale);
  if (share.numerator > share.denominator) throw new DomainError('VALIDATION_FAILED', `比例不能超过100%："${value}"`, field);
  return share;
}

/** The share as a decimal string with up to 4 places, trailing zeros dropped: 3/10 → "0.3", 1/3 → "0.3333". */
export function formatShare(share: Share): string {
  const scaled = (share.numerator * 10_000n * 2n + share.denominator) / (share.denominator * 2n);
  const whole = scaled / 10_000n;
  const part = (scaled % 10_000n).toString().padStart(4, '0').replace(/0+$/, '');
  return part ? `${whole}.${part}` : `${whole}`;
}

/** The share as a percentage for people: 3/10 → "30%", 1/8 → "12.5%". */
export function formatSharePercent(share: Share): string {
  const scaled = (share.numerator * 1_000n * 2n + share.denominator) / (share.denominator * 2n); // tenths of a percent
  const whole = scaled / 10n;
  const tenth = scaled % 10n;
  return tenth === 0n ? `${whole}%` : `${whole}.${tenth}%`;
}

/** value ≥ share × of, decided exactly. */
export function meetsShare(value: bigint | number, of: bigint | number, share: Share): boolean {
  return BigInt(value) * share.denominator >= share.numerator * BigInt(of);
}

export const shareToNumber = (share: Share): number => Number(share.numerator) / Number(share.denominator);
