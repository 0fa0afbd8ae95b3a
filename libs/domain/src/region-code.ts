import { RegionLevel } from '@jobbridge/contracts';
import { DomainError } from './errors';

/**
 * GB/T 2260 administrative-region codes.
 *
 * Canonical form: 6 digits for province (`620000`), prefecture (`622900`) and county (`622921`);
 * 9 digits for township (`622921100`, a county code plus 3 digits). The region dataset writes
 * provinces as 2 digits (`62`) and prefectures as 4 (`6229`); both are accepted as input.
 *
 * The level is read from the canonical code alone: `xx0000` province, `xxxx00` prefecture, other
 * 6-digit codes county, 9 digits township. So a municipality's `110100` (市辖区) is a prefecture and
 * `110101` (东城区) a county; a prefecture-level city without counties (东莞 `441900`) is a
 * prefecture whose townships (`441900003`) have it as their parent.
 */

const PROVINCE = /^[1-8]\d$/;
const PREFECTURE = /^[1-8]\d(?!00)\d{2}$/;
const COUNTY_OR_ABOVE = /^[1-8]\d(?:0000|(?!00)\d{2}00|(?!00)\d{2}(?!00)\d{2})$/;
const TOWNSHIP = /^[1-8]\d(?!00)\d{2}\d{2}\d{3}$/;

/**
 * The canonical code for a 2-, 4-, 6- or 9-digit code (surrounding whitespace ignored);
 * null when malformed: other lengths, non-digits, a zero province, or a zero prefecture part
 * below a non-zero county part.
 */
export function normalizeRegionCode(code: string): string | null {
  if (typeof code !== 'string') return null;
  const digits = code.trim();
  switch (digits.length) {
    case 2:
      return PROVINCE.test(digits) ? `${digits}0000` : null;
    case 4:
      return PREFECTURE.test(digits) ? `${digits}00` : null;
    case 6:
      return COUNTY_OR_ABOVE.test(digits) ? digits : null;
    case 9:
      return TOWNSHIP.test(digits) ? digits : null;
    default:
      return null;
  }
}

function canonicalOrThrow(code: string): string {
  const canonical = normalizeRegionCode(code);
  if (canonical === null) throw new DomainError('UNKNOWN_REGION', `地区代码格式无效："${code}"`);
  return canonical;
}

function levelOfCanonical(canonical: string): RegionLevel {
  if (canonical.length === 9) return RegionLevel.TOWNSHIP;
  if (canonical.endsWith('0000')) return RegionLevel.PROVINCE;
  if (canonical.endsWith('00')) return RegionLevel.PREFECTURE;
  return RegionLevel.COUNTY;
}

function prefixOfCanonical(canonical: string): string {
  switch (levelOfCanonical(canonical)) {
    case RegionLevel.PROVINCE:
      return canonical.slice(0, 2);
    case RegionLevel.PREFECTURE:
      return canonical.slice(0, 4);
    default:
      return canonical;
  }
}

function parentOfCanonical(canonical: string): string | null {
  switch (levelOfCanonical(canonical)) {
    case RegionLevel.TOWNSHIP:
      return canonical.slice(0, 6);
    case RegionLevel.COUNTY:
      return `${canonical.slice(0, 4)}00`;
    case RegionLevel.PREFECTURE:
      return `${canonical.slice(0, 2)}0000`;
    default:
      return null;
  }
}

/** The level of a region code in any accepted form. Throws UNKNOWN_REGION when malformed. */
export function regionLevelOf(code: string): RegionLevel {
  return levelOfCanonical(canonicalOrThrow(code));
}

/**
 * The significant prefix shared by the region and everything below it:
 * `620000` → `62`, `622900` → `6229`, `622921` → `622921`, a township → all 9 digits.
 * Throws UNKNOWN_REGION when malformed.
 */
export function regionPrefix(code: string): string {
  return prefixOfCanonical(canonicalOrThrow(code));
}

/**
 * The canonical code one level up: township → its county (or, for a prefecture-level city without
 * counties, that prefecture), county → prefecture, prefecture → province, province → null.
 * Throws UNKNOWN_REGION when malformed.
 */
export function parentRegionCode(code: string): string | null {
  return parentOfCanonical(canonicalOrThrow(code));
}

/** Every ancestor's canonical code, the province first; the region itself is excluded. */
export function ancestorRegionCodes(code: string): string[] {
  const ancestors: string[] = [];
  for (let parent = parentRegionCode(code); parent !== null; parent = parentOfCanonical(parent)) {
    ancestors.unshift(parent);
  }
  return ancestors;
}

/**
 * True when `code` is `ancestorCode` itself or lies below it. False when either code is malformed,
 * so an unreadable code never grants access to a region.
 */
export function isWithinRegion(code: string, ancestorCode: string): boolean {
  const canonical = normalizeRegionCode(code);
  const ancestor = normalizeRegionCode(ancestorCode);
  if (canonical === null || ancestor === null) return false;
  return canonical.startsWith(prefixOfCanonical(ancestor));
}
