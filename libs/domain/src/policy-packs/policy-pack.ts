import { DomainError } from '../errors';
import { parseShare, Share } from '../local-hiring/share';
import {
  isCompleteUnemploymentWatch,
  UnemploymentWatchThresholds,
  unemploymentWatchProblems,
  WATCH_KINDS,
} from '../oversight/unemployment-watch';
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
  /**
   * The mass-unemployment watch's bounds (000 五(五)). A regional pack may set only some kinds; each kind comes from the
   * most specific pack that sets it. The national pack sets them all.
   */
  unemploymentWatch?: Partial<UnemploymentWatchThresholds>;
  /**
   * The local minimum wage (最低工资标准): the hourly figure for part-time and gig work ("19.5") and the monthly one.
   * Gigs paid below the hourly figure for their hours are flagged for review. None of the seeds states it.
   */
  minimumWage?: { hourlyYuan: string; monthlyYuan: number; source: string };
}

export interface ResolvedPolicyFigure {
  share: Share;
  /** The pack that set it. */
  packName: string;
  source: string;
}

export interface ResolvedUnemploymentWatch {
  thresholds: UnemploymentWatchThresholds;
  /** The most specific pack that set any of the thresholds (the one that shaped the watch for this region). */
  packName: string;
  source: string;
  /** The pack that set each kind. */
  packNames: Record<keyof UnemploymentWatchThresholds, string>;
}

export interface ResolvedMinimumWage {
  hourlyYuan: number;
  monthlyYuan: number;
  packName: string;
  source: string;
}

export interface ResolvedPolicy {
  localHiringThreshold: ResolvedPolicyFigure;
  workReliefLabourPayShare: ResolvedPolicyFigure;
  unemploymentWatch: ResolvedUnemploymentWatch;
  /** The most specific pack's minimum wage, or null when no pack covering the region sets one. */
  minimumWage: ResolvedMinimumWage | null;
}

/** Problems with a set of packs (English, for start-up logs); [] when usable. */
export function policyPackProblems(packs: readonly PolicyPack[]): string[] {
  const problems: string[] = [];
  const regions = new Set<string>();
  const national = packs.filter((p) => p.regionCode === null);
  if (national.length !== 1) problems.push('exactly one national pack (regionCode null) is required');
  else if (!national[0].localHiring || !national[0].workRelief || !isCompleteUnemploymentWatch(national[0].unemploymentWatch))
    problems.push('the national pack must set every figure');
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
    if (pack.minimumWage !== undefined) {
      const w = pack.minimumWage;
      const hourly = Number(w?.hourlyYuan);
      if (!w || !/^\d+(\.\d{1,2})?$/.test(String(w.hourlyYuan)) || !(hourly > 0) || !(w.monthlyYuan > 0) || !w.source?.trim())
        problems.push(`${pack.name}: minimumWage needs hourlyYuan (yuan, two decimals at most), monthlyYuan and its source`);
    }
    check('workRelief.labourPayShare', pack.workRelief?.labourPayShare);
    if (pack.unemploymentWatch !== undefined) {
      if (pack.unemploymentWatch === null || typeof pack.unemploymentWatch !== 'object')
        problems.push(`${pack.name}: unemploymentWatch must be an object`);
      else problems.push(...unemploymentWatchProblems(pack.unemploymentWatch, `${pack.name}: unemploymentWatch`));
    }
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
  const thresholds: Partial<UnemploymentWatchThresholds> = {};
  const packNames: Partial<Record<keyof UnemploymentWatchThresholds, string>> = {};
  let watchPack: PolicyPack | undefined;
  let minimumWage: ResolvedMinimumWage | null = null;
  for (const pack of packsFor(regionCode, packs)) {
    if (pack.minimumWage)
      minimumWage = {
        hourlyYuan: Number(pack.minimumWage.hourlyYuan),
        monthlyYuan: pack.minimumWage.monthlyYuan,
        packName: pack.name,
        source: pack.minimumWage.source,
      };
    if (pack.localHiring)
      localHiringThreshold = { share: parseShare(pack.localHiring.threshold), packName: pack.name, source: pack.source };
    if (pack.workRelief)
      workReliefLabourPayShare = { share: parseShare(pack.workRelief.labourPayShare), packName: pack.name, source: pack.source };
    for (const { key } of WATCH_KINDS) {
      const bounds = pack.unemploymentWatch?.[key];
      if (bounds === undefined) continue;
      (thresholds as Record<string, unknown>)[key] = { ...bounds };
      packNames[key] = pack.name;
      watchPack = pack;
    }
  }
  return {
    localHiringThreshold: localHiringThreshold!,
    workReliefLabourPayShare: workReliefLabourPayShare!,
    unemploymentWatch: {
      thresholds: thresholds as UnemploymentWatchThresholds,
      packName: watchPack!.name,
      source: watchPack!.source,
      packNames: packNames as ResolvedUnemploymentWatch['packNames'],
    },
    minimumWage,
  };
}
