import { DomainError } from '../errors';
import { parseShare, Share } from '../local-hiring/share';
import { isWithinRegion, normalizeRegionCode, regionPrefix } from '../region-code';

/**
 * Region- or year-specific policy figures, held as data (domain.md: "a policy pack per region").
 * A pack applies to its region and every region below it; for a given region the packs from the
 * national default down to the most specific one are laid over each other, field by field.
 */
export interface PolicyPack {
  /** The GB/T 2260 region the pack covers, or null for the national default. */
  regionCode: string | null;
  name: string;
  /** The document the figures come from, cited as in domain.md (e.g. "000 §1"). */
  source: string;
  localHiring?: {
    /** The least share of local workers on a major project, e.g. "0.3" ("不低于用工总量的30%"). */
    threshold: string;
  };
  workRelief?: {
    /** The least share of a 以工代赈 project's investment paid as labour pay, e.g. "0.15". */
    labourPayShare: string;
  };
}

export interface ResolvedPolicyFigure {
  share: Share;
  /** The pack that set it. */
  packName: string;
  source: string;
}

export interface ResolvedPolicy {
  localHiringThreshold: ResolvedPolicyFigure;
  workReliefLabourPayShare: ResolvedPolicyFigure;
}

/** Problems with a set of packs (English, for start-up logs); [] when usable. */
export function policyPackProblems(packs: readonly PolicyPack[]): string[] {
  const problems: string[] = [];
  const regions = new Set<string>();
  const national = packs.filter((p) => p.regionCode === null);
  if (national.length !== 1) problems.push('exactly one national pack (regionCode null) is required');
  else if (!national[0].localHiring || !national[0].workRelief) problems.push('the national pack must set every figure');
  for (const pack of packs) {
    const key = pack.regionCode ?? 'national';
    if (pack.regionCode !== null && normalizeRegionCode(pack.regionCode) === null)
      problems.push(`${pack.name}: malformed region code ${pack.regionCode}`);
    if (regions.has(key)) problems.push(`${pack.name}: a second pack for ${key}`);
    regions.add(key);
    const check = (label: string, value: string | undefined) => {
      if (value === undefined) return;
      try {
        const share = parseShare(value);
        if (share.numerator >= share.denominator) problems.push(`${pack.name}: ${label} must be below 100%`);
      } catch {
        problems.push(`${pack.name}: ${label} "${value}" is not a share`);
      }
    };
    check('localHiring.threshold', pack.localHiring?.threshold);
    check('workRelief.labourPayShare', pack.workRelief?.labourPayShare);
  }
  return problems;
}

/** The packs that cover a region, national first, most specific last. */
export function packsFor(regionCode: string, packs: readonly PolicyPack[]): PolicyPack[] {
  const covering = packs.filter((p) => p.regionCode === null || isWithinRegion(regionCode, p.regionCode));
  const depth = (p: PolicyPack) => (p.regionCode === null ? 0 : regionPrefix(p.regionCode).length);
  return covering.sort((a, b) => depth(a) - depth(b));
}

/**
 * The figures that hold in a region: each from the most specific pack that sets it. Throws
 * UNKNOWN_REGION for a malformed code and a RangeError when the packs are unusable.
 */
export function resolvePolicy(regionCode: string, packs: readonly PolicyPack[]): ResolvedPolicy {
  if (normalizeRegionCode(regionCode) === null) throw new DomainError('UNKNOWN_REGION', `地区代码无效："${regionCode}"`, 'regionCode');
  const problems = policyPackProblems(packs);
  if (problems.length) throw new RangeError(`Invalid policy packs: ${problems.join('; ')}`);
  let localHiringThreshold: ResolvedPolicyFigure | undefined;
  let workReliefLabourPayShare: ResolvedPolicyFigure | undefined;
  for (const pack of packsFor(regionCode, packs)) {
    if (pack.localHiring)
      localHiringThreshold = { share: parseShare(pack.localHiring.threshold), packName: pack.name, source: pack.source };
    if (pack.workRelief)
      workReliefLabourPayShare = { share: parseShare(pack.workRelief.labourPayShare), packName: pack.name, source: pack.source };
  }
  return { localHiringThreshold: localHiringThreshold!, workReliefLabourPayShare: workReliefLabourPayShare! };
}
