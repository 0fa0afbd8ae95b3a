/** Dates as the packs state them: ISO days ("2023-12-31"); null is open-ended (or, on a rule, the pack's). */
export interface PackDates {
  validFrom: string;
  validTo: string | null;
}
export interface RuleDates {
  validFrom?: string | null;
  validTo?: string | null;
}

export type PolicyState = 'IN_FORCE' | 'EXPIRED' | 'NOT_YET';

const later = (a: string, b: string | null | undefined) => (b && b > a ? b : a);
const earlier = (a: string | null, b: string | null | undefined): string | null => (!b ? a : !a || b < a ? b : a);

/** A rule's period: its own dates within its pack's. */
export function rulePeriod(rule: RuleDates, pack: PackDates): PackDates {
  return { validFrom: later(pack.validFrom, rule.validFrom), validTo: earlier(pack.validTo, rule.validTo) };
}

/** Whether `today` (China's civil date) falls in a period: not yet, in force, or ended. */
export function periodState(period: PackDates, today: string): PolicyState {
  if (today < period.validFrom) return 'NOT_YET';
  return period.validTo !== null && today > period.validTo ? 'EXPIRED' : 'IN_FORCE';
}

/**
 * A pack as people should read it today. The API's `inForce` looks at the pack's own dates only; a pack whose every
 * rule has ended (庆阳 001: "政策实施期限截至2023年12月31日", the pack itself open-ended) pays nothing today and reads
 * 过期 here; one whose rules all start later reads 未生效.
 */
export function packState(pack: PackDates & { inForce: boolean; rules: readonly RuleDates[] }, today: string): PolicyState {
  const own = periodState(pack, today);
  if (own !== 'IN_FORCE' || !pack.inForce) return own === 'IN_FORCE' ? 'EXPIRED' : own;
  if (!pack.rules.length) return 'IN_FORCE';
  const states = pack.rules.map((r) => periodState(rulePeriod(r, pack), today));
  if (states.includes('IN_FORCE')) return 'IN_FORCE';
  return states.includes('NOT_YET') ? 'NOT_YET' : 'EXPIRED';
}
