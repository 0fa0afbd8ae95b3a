import {
  CERTIFICATE_LEVELS,
  SUBSIDY_BENEFICIARIES,
  SUBSIDY_PERIODS,
  SUBSIDY_REGION_BASES,
  SUBSIDY_TRIGGERS,
  SubsidyPack,
} from './subsidy-pack';
import { parseIsoDate } from '../calendar-date';
import { parseShare } from '../local-hiring/share';
import { normalizeRegionCode } from '../region-code';

/** Every condition kind and the fields it must carry (checked at start; anything else is "unknown condition"). */
const CONDITION_FIELDS: Record<
  string,
  Record<string, 'strings' | 'count' | 'share' | 'scope' | 'levels' | 'optionalShare' | 'optionalCount' | 'alternatives'>
> = {
  workerInGroups: { groups: 'strings' },
  graduatedWithinYears: { years: 'count' },
  ageBetween: { min: 'count', max: 'count' },
  registeredUnemployedMonthsAtLeast: { months: 'count' },
  contractMonthsAtLeast: { months: 'count' },
  socialInsuranceMonthsAtLeast: { months: 'count' },
  insuredMonthsAtLeast: { months: 'count' },
  tenureMonthsAtLeast: { months: 'count' },
  employerSizeIn: { sizes: 'strings' },
  workerLocal: { scope: 'scope' },
  jobKindIn: { kinds: 'strings' },
  organizedTransfer: {},
  employerIsAssistanceWorkshop: {},
  certificateLevelIn: { levels: 'levels' },
  layoffRateAtMost: { rate: 'share', smallEmployerRate: 'optionalShare', smallEmployerInsuredMax: 'optionalCount' },
  anyOf: { of: 'alternatives' },
};

export const SUBSIDY_CONDITION_KINDS = Object.freeze(Object.keys(CONDITION_FIELDS));

const AMOUNT_KINDS = ['fixed', 'byCertificateLevel', 'byRetentionRate', 'byWorkplace', 'minimumWageShare', 'premiumShare'];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isYuan = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0 && Math.round(v * 100) === v * 100;
const isShare = (v: unknown): boolean => {
  if (typeof v !== 'string') return false;
  try {
    parseShare(v);
    return true;
  } catch {
    return false;
  }
};
const isDate = (v: unknown): v is string => typeof v === 'string' && parseIsoDate(v) !== null;

/** [from, to] inclusive; a null `to` is open-ended. */
function overlaps(a: { validFrom: string; validTo: string | null }, b: { validFrom: string; validTo: string | null }): boolean {
  const aEndsBeforeB = a.validTo !== null && a.validTo < b.validFrom;
  const bEndsBeforeA = b.validTo !== null && b.validTo < a.validFrom;
  return !aEndsBeforeB && !bEndsBeforeA;
}

function conditionProblems(
  where: string,
  c: unknown,
  sizes: readonly string[],
  groups: readonly string[],
  kinds: readonly string[],
  nested = false,
): string[] {
  if (!isObject(c) || typeof c.kind !== 'string') return [`${where}: a condition must be an object with a "kind"`];
  const fields = CONDITION_FIELDS[c.kind];
  if (!fields) return [`${where}: unknown condition "${c.kind}" (known: ${SUBSIDY_CONDITION_KINDS.join(', ')})`];
  const out: string[] = [];
  for (const key of Object.keys(c))
    if (key !== 'kind' && !(key in fields)) out.push(`${where}: condition ${c.kind} has an unknown field "${key}"`);
  for (const [key, type] of Object.entries(fields)) {
    const v = c[key];
    const bad = (what: string) => out.push(`${where}: condition ${c.kind}.${key} ${what}`);
    switch (type) {
      case 'strings': {
        if (!Array.isArray(v) || v.length === 0 || !v.every(isText)) bad('must be a non-empty list');
        else {
          const allowed = key === 'sizes' ? sizes : key === 'groups' ? groups : key === 'kinds' ? kinds : null;
          const unknown = allowed ? v.filter((x) => !allowed.includes(x)) : [];
          if (unknown.length) bad(`names unknown values: ${unknown.join(', ')}`);
        }
        break;
      }
      case 'levels':
        if (!Array.isArray(v) || v.length === 0 || !v.every((x) => (CERTIFICATE_LEVELS as readonly string[]).includes(x)))
          bad(`must list levels among ${CERTIFICATE_LEVELS.join('/')}`);
        break;
      case 'count':
        if (!isCount(v)) bad('must be a whole number ≥ 0');
        break;
      case 'optionalCount':
        if (v !== undefined && !isCount(v)) bad('must be a whole number ≥ 0');
        break;
      case 'share':
        if (!isShare(v)) bad('must be a share such as "0.055"');
        break;
      case 'optionalShare':
        if (v !== undefined && !isShare(v)) bad('must be a share such as "0.2"');
        break;
      case 'scope':
        if (v !== 'PACK_REGION' && v !== 'WORKPLACE_COUNTY') bad('must be PACK_REGION or WORKPLACE_COUNTY');
        break;
      case 'alternatives':
        if (nested) bad('cannot nest another anyOf');
        else if (!Array.isArray(v) || v.length < 2 || !v.every((alt) => Array.isArray(alt) && alt.length > 0))
          bad('must list at least two alternatives, each a non-empty list of conditions');
        else
          for (const alt of v as unknown[][])
            for (const inner of alt) out.push(...conditionProblems(`${where} (anyOf)`, inner, sizes, groups, kinds, true));
        break;
    }
  }
  if (c.kind === 'ageBetween' && isCount(c.min) && isCount(c.max) && c.min > c.max) out.push(`${where}: ageBetween min is above max`);
  return out;
}

function amountProblems(where: string, a: unknown): string[] {
  if (!isObject(a) || typeof a.kind !== 'string') return [`${where}: amount must be an object with a "kind"`];
  if (!AMOUNT_KINDS.includes(a.kind)) return [`${where}: unknown amount kind "${a.kind}" (known: ${AMOUNT_KINDS.join(', ')})`];
  const out: string[] = [];
  switch (a.kind) {
    case 'fixed':
      if (!isYuan(a.yuan)) out.push(`${where}: amount.yuan must be a positive sum in yuan`);
      break;
    case 'byCertificateLevel': {
      const table = a.yuan;
      if (!isObject(table) || Object.keys(table).length === 0) out.push(`${where}: amount.yuan must map certificate levels to sums`);
      else
        for (const [level, yuan] of Object.entries(table)) {
          if (!(CERTIFICATE_LEVELS as readonly string[]).includes(level))
            out.push(`${where}: amount names an unknown certificate level "${level}"`);
          if (!isYuan(yuan)) out.push(`${where}: amount for ${level} must be a positive sum in yuan`);
        }
      break;
    }
    case 'byRetentionRate': {
      if (!isYuan(a.base)) out.push(`${where}: amount.base must be a positive sum in yuan`);
      const steps = a.steps;
      if (!Array.isArray(steps) || steps.length === 0) out.push(`${where}: amount.steps must list the retention steps`);
      else {
        let last = -1;
        for (const step of steps) {
          if (!isObject(step) || !isShare(step.from) || !isYuan(step.yuan)) {
            out.push(`${where}: each retention step needs "from" (a share) and "yuan"`);
            continue;
          }
          const from = Number(step.from);
          if (from <= last) out.push(`${where}: retention steps must rise`);
          last = from;
        }
      }
      break;
    }
    case 'byWorkplace':
      if (!isYuan(a.inProvince) || !isYuan(a.outOfProvince)) out.push(`${where}: amount needs inProvince and outOfProvince sums`);
      break;
    case 'minimumWageShare':
      if (!isShare(a.share)) out.push(`${where}: amount.share must be a share such as "0.5"`);
      break;
    case 'premiumShare':
      if (!isShare(a.large) || !isShare(a.sme)) out.push(`${where}: amount needs "large" and "sme" shares`);
      break;
  }
  return out;
}

export interface SubsidyPackVocabulary {
  /** EmployerSize values. */
  sizes: readonly string[];
  /** PriorityGroup values. */
  groups: readonly string[];
  /** JobKind values. */
  jobKinds: readonly string[];
}

/**
 * Everything wrong with a set of packs, one English line each for the start-up log; [] when usable. Takes `unknown`
 * because packs are data read from files.
 */
export function subsidyPackProblems(packs: readonly unknown[], vocabulary: SubsidyPackVocabulary): string[] {
  const out: string[] = [];
  const packIds = new Set<string>();
  const ruleIds = new Set<string>();
  const valid: SubsidyPack[] = [];
  packs.forEach((raw, index) => {
    if (!isObject(raw)) {
      out.push(`pack #${index + 1}: not an object`);
      return;
    }
    const p = raw as Record<string, unknown>;
    const name = isText(p.id) ? String(p.id) : `pack #${index + 1}`;
    const before = out.length;
    if (!isText(p.id)) out.push(`${name}: missing id`);
    else if (packIds.has(p.id)) out.push(`${name}: a second pack with this id`);
    else packIds.add(p.id);
    if (!isText(p.regionCode) || normalizeRegionCode(p.regionCode) !== p.regionCode)
      out.push(`${name}: regionCode must be a 6-digit GB/T 2260 code`);
    for (const key of ['regionName', 'document', 'doc'] as const)
      if (!isText(p[key])) out.push(`${name}: missing ${key} (the citation of the pack)`);
    if (!isDate(p.validFrom)) out.push(`${name}: validFrom must be an ISO date`);
    if (p.validTo !== null && !isDate(p.validTo)) out.push(`${name}: validTo must be an ISO date or null`);
    if (p.supersedes !== undefined && !isText(p.supersedes)) out.push(`${name}: supersedes must name a pack id`);
    if (isDate(p.validFrom) && isDate(p.validTo) && p.validTo < p.validFrom) out.push(`${name}: validTo is before validFrom`);
    if (p.minimumWage !== undefined && (!isObject(p.minimumWage) || !isYuan(p.minimumWage.monthlyYuan) || !isText(p.minimumWage.source)))
      out.push(`${name}: minimumWage needs monthlyYuan and its source`);
    if (!Array.isArray(p.rules) || p.rules.length === 0) out.push(`${name}: a pack needs at least one rule`);
    else
      p.rules.forEach((rawRule, ruleIndex) => {
        if (!isObject(rawRule)) {
          out.push(`${name} rule #${ruleIndex + 1}: not an object`);
          return;
        }
        const r = rawRule;
        const where = `${name} rule ${isText(r.id) ? r.id : `#${ruleIndex + 1}`}`;
        if (!isText(r.id)) out.push(`${where}: missing id`);
        else if (ruleIds.has(r.id)) out.push(`${where}: a second rule with this id`);
        else ruleIds.add(r.id);
        if (!isText(r.name)) out.push(`${where}: missing name`);
        if (!isText(r.summary)) out.push(`${where}: missing summary`);
        const cite = r.citation;
        if (!isObject(cite) || !isText(cite.doc) || !isText(cite.clause) || !isText(cite.quote))
          out.push(`${where}: missing citation (doc, clause and the quoted sentence)`);
        if (!(SUBSIDY_TRIGGERS as readonly unknown[]).includes(r.trigger)) out.push(`${where}: unknown trigger "${String(r.trigger)}"`);
        if (!(SUBSIDY_BENEFICIARIES as readonly unknown[]).includes(r.beneficiary))
          out.push(`${where}: unknown beneficiary "${String(r.beneficiary)}"`);
        if (!(SUBSIDY_REGION_BASES as readonly unknown[]).includes(r.regionBasis))
          out.push(`${where}: unknown regionBasis "${String(r.regionBasis)}"`);
        if (!(SUBSIDY_PERIODS as readonly unknown[]).includes(r.period)) out.push(`${where}: unknown period "${String(r.period)}"`);
        if (!Array.isArray(r.conditions)) out.push(`${where}: conditions must be a list`);
        else
          for (const c of r.conditions) out.push(...conditionProblems(where, c, vocabulary.sizes, vocabulary.groups, vocabulary.jobKinds));
        out.push(...amountProblems(where, r.amount));
        if (isObject(r.amount) && r.amount.kind === 'minimumWageShare' && p.minimumWage === undefined)
          out.push(`${where}: a minimum-wage share needs the pack's minimumWage`);
        if (r.exclusiveGroup !== undefined && (!isText(r.exclusiveGroup) || r.exclusiveGroup.includes('+')))
          out.push(`${where}: exclusiveGroup must be a name without "+"`);
        if (r.exclusiveMode !== undefined && r.exclusiveMode !== 'ONE' && r.exclusiveMode !== 'TOP_UP')
          out.push(`${where}: exclusiveMode must be ONE or TOP_UP`);
        if (r.exclusiveMode !== undefined && r.exclusiveGroup === undefined) out.push(`${where}: exclusiveMode needs an exclusiveGroup`);
        if (r.caps !== undefined) {
          const caps = r.caps;
          if (!isObject(caps)) out.push(`${where}: caps must be an object`);
          else {
            for (const key of Object.keys(caps))
              if (!['perYearCount', 'perYearYuan', 'distinctTradeAndLevel'].includes(key)) out.push(`${where}: unknown cap "${key}"`);
            if (caps.perYearCount !== undefined && (!isCount(caps.perYearCount) || caps.perYearCount === 0))
              out.push(`${where}: caps.perYearCount must be ≥ 1`);
            if (caps.perYearYuan !== undefined && !isYuan(caps.perYearYuan)) out.push(`${where}: caps.perYearYuan must be a sum in yuan`);
          }
        }
        if (r.validFrom !== undefined && !isDate(r.validFrom)) out.push(`${where}: validFrom must be an ISO date`);
        if (r.validTo !== undefined && r.validTo !== null && !isDate(r.validTo)) out.push(`${where}: validTo must be an ISO date or null`);
      });
    if (out.length === before) valid.push(raw as unknown as SubsidyPack);
  });
  // A renewal ends the pack it supersedes the day before it starts.
  const effective = withSupersessions(valid, out);
  // Two packs for one region may not be in force on the same day: a hire must be judged by exactly one.
  for (let i = 0; i < effective.length; i++)
    for (let j = i + 1; j < effective.length; j++)
      if (effective[i].regionCode === effective[j].regionCode && overlaps(effective[i], effective[j]))
        out.push(`${effective[i].id} and ${effective[j].id}: overlapping validity periods for region ${effective[i].regionCode}`);
  return out;
}

const dayBefore = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** The packs with each superseded one ending the day before its successor starts; problems go to `out`. */
function withSupersessions(packs: SubsidyPack[], out: string[]): SubsidyPack[] {
  const byId = new Map(packs.map((p) => [p.id, { ...p }]));
  for (const p of packs) {
    if (p.supersedes === undefined) continue;
    const old = byId.get(p.supersedes);
    if (!old) out.push(`${p.id}: supersedes "${p.supersedes}", which is not a loaded pack`);
    else if (old.regionCode !== p.regionCode) out.push(`${p.id}: supersedes ${old.id}, a pack of another region (${old.regionCode})`);
    else if (old.validFrom >= p.validFrom) out.push(`${p.id}: supersedes ${old.id} but does not start after it`);
    else if (old.validTo === null || old.validTo >= p.validFrom) old.validTo = dayBefore(p.validFrom);
  }
  return packs.map((p) => byId.get(p.id)!);
}

/** The packs, checked; throws one Error naming every problem (the API calls this at start and refuses to run). */
export function loadSubsidyPacks(packs: readonly unknown[], vocabulary: SubsidyPackVocabulary): readonly SubsidyPack[] {
  const problems = subsidyPackProblems(packs, vocabulary);
  if (problems.length) throw new Error(`Invalid subsidy policy packs:\n- ${problems.join('\n- ')}`);
  return Object.freeze(withSupersessions(packs as SubsidyPack[], []));
}
