/**
 * 零就业家庭 (001 §22, 000 目标 "城镇零就业家庭实现动态清零"): a household with working-age members none of whom is employed.
 * What the platform knows of a household: the working-age members and how many were employed, as declared when a member
 * registered as unemployed, plus the members who have since been employed (a registration or case closed as EMPLOYED).
 * A household stays flagged until one member is employed.
 */
export interface HouseholdEmploymentFacts {
  workingAgeMembers: number;
  /** Employed members the latest registration declared (the registrant not among them). */
  declaredEmployedMembers: number;
  /** Registered members whose latest registration closed as employed (a hire, or an officer's follow-up). */
  membersEmployedSince: number;
}

export function employedMembers(h: HouseholdEmploymentFacts): number {
  return Math.max(0, h.declaredEmployedMembers) + Math.max(0, h.membersEmployedSince);
}

export function isZeroEmploymentHousehold(h: HouseholdEmploymentFacts): boolean {
  return h.workingAgeMembers > 0 && employedMembers(h) === 0;
}
