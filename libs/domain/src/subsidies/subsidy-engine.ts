import { CertificateLevel as ContractCertificateLevel } from '@jobbridge/contracts';
import { parseIsoDate } from '../calendar-date';
import { parseShare, Share } from '../local-hiring/share';
import { isGraduateEligible } from '../priority-groups';
import { isWithinRegion, normalizeRegionCode, regionPrefix } from '../region-code';
import { describeCondition, missingItemOf } from './subsidy-describe';
import { CertificateLevel, SubsidyCondition, SubsidyPack, SubsidyRule, SubsidyTrigger } from './subsidy-pack';

/** The national certificate grades (LEVEL_5 = 五级/初级工 … LEVEL_1 = 一级/高级技师) by the names policies use. */
export const CERTIFICATE_LEVEL_NAMES: Record<ContractCertificateLevel, CertificateLevel> = {
  [ContractCertificateLevel.LEVEL_5]: '初级',
  [ContractCertificateLevel.LEVEL_4]: '中级',
  [ContractCertificateLevel.LEVEL_3]: '高级',
  [ContractCertificateLevel.LEVEL_2]: '技师',
  [ContractCertificateLevel.LEVEL_1]: '高级技师',
};

export interface SubsidyWorkerFacts {
  /** Stable and unique per person (the platform uses the seeker profile id, or the roster's identity hash). */
  personKey: string;
  priorityGroups: readonly string[];
  birthYear?: number | null;
  graduationDate?: string | null;
  /** The day the person registered as unemployed (失业登记), if they did. */
  registeredUnemployedSince?: string | null;
  hukouRegionCode?: string | null;
  /** Months insured in total (from the social-insurance record, when known). */
  insuredMonths?: number | null;
}

export interface SubsidyEmployerFacts {
  id: string;
  size?: string | null;
  isAssistanceWorkshop?: boolean | null;
  /** Last year's unemployment-insurance premiums in yuan (稳岗返还 is a share of them). */
  lastYearPremiumsYuan?: number | null;
}

/** The record the proposal rests on, shown to the officer. */
export interface SubsidyEvidence {
  kind: 'APPLICATION' | 'ROSTER' | 'CHECK_IN' | 'CERTIFICATE' | 'LAYOFF_PLAN' | 'INTERNSHIP' | 'REGISTRATION' | 'ESTIMATE' | 'REPLAY';
  id: string;
  label: string;
}

export interface SubsidyEvent {
  trigger: SubsidyTrigger;
  /** The day it happened (ISO); judges which pack and rule are in force. */
  date: string;
  evidence: SubsidyEvidence;
  workplaceRegionCode: string;
  employer?: SubsidyEmployerFacts | null;
  worker?: SubsidyWorkerFacts | null;
  jobKind?: string | null;
  contractMonths?: number | null;
  socialInsuranceMonths?: number | null;
  tenureMonths?: number | null;
  /** Set when a labour agency placed the worker as organised transfer (有组织输转); the agency is paid. */
  organizedTransfer?: { intermediaryKey: string } | null;
  /** INTERNSHIP_MONTH: the month (YYYY-MM) and the unit's retention rate of finished interns (0–1), when known. */
  internship?: { month: string; retentionRate?: number | null } | null;
  /** CERTIFICATE: the trade and level. */
  certificate?: { trade: string; level: CertificateLevel } | null;
  /** LAYOFF_FILING: the employer's insured staff and those laid off this year. */
  layoff?: { insuredCount: number; laidOff: number } | null;
  /**
   * A "what would I get?" question, not a real event: a fact the person did not answer is unknown rather than absent
   * (an unanswered graduation date may still be a graduate). `organizedTransfer` undefined means unanswered.
   */
  estimate?: boolean;
}

/** A subsidy already proposed for a subject (any status). The caller passes every one for the subjects the event touches. */
export interface SubsidyHistoryEntry {
  ruleId: string;
  subjectKey: string;
  periodKey: string;
  exclusiveGroup: string | null;
  /** Calendar year of the event it came from. */
  year: number;
  amountFen: number;
  /** Rejected ones still block a re-proposal of the same rule and period, but not exclusions or caps. */
  rejected: boolean;
}

export type ConditionStatus = 'MET' | 'UNKNOWN';

export interface SubsidyConditionResult {
  kind: SubsidyCondition['kind'];
  status: ConditionStatus | 'UNMET';
  /** Plain Chinese: the condition and the fact that decided it. */
  text: string;
}

export interface SubsidyProposalDraft {
  packId: string;
  ruleId: string;
  ruleName: string;
  citation: SubsidyRule['citation'];
  beneficiary: SubsidyRule['beneficiary'];
  /** The employer id, the person key or the intermediary key. */
  beneficiaryKey: string;
  /** The person the subsidy is for, or null (稳岗返还 is the employer's own). */
  personKey: string | null;
  /** Uniqueness: one proposal per (ruleId, subjectKey, periodKey). */
  subjectKey: string;
  periodKey: string;
  exclusiveGroup: string | null;
  year: number;
  amountFen: number;
  /** Every condition met or unknown, with why. */
  conditions: SubsidyConditionResult[];
  /** Items the officer may need to ask for (conditions the event could not settle). */
  missing: string[];
  evidence: SubsidyEvidence;
  eventDate: string;
  /** How the amount was reached, in Chinese. */
  amountNote: string;
}

export type PassOverReason = 'NOT_MET' | 'DUPLICATE' | 'EXCLUSIVE' | 'CAP_COUNT' | 'CAP_YUAN' | 'NOT_IN_FORCE' | 'NO_AMOUNT';

export interface SubsidyPassOver {
  ruleId: string;
  ruleName: string;
  reason: PassOverReason;
  /** Plain Chinese. */
  detail: string;
}

export interface SubsidyOutcome {
  proposals: SubsidyProposalDraft[];
  passedOver: SubsidyPassOver[];
  /** The packs that judged the event, by region basis. */
  packs: { basis: 'WORKPLACE' | 'HUKOU'; packId: string | null }[];
}

const inForce = (from: string, to: string | null | undefined, date: string) =>
  from <= date && (to === null || to === undefined || date <= to);

/**
 * The pack in force on `date` for a region: the region's own, else the nearest region above it that has one (county →
 * prefecture → province), else none.
 */
export function subsidyPackFor(regionCode: string, date: string, packs: readonly SubsidyPack[]): SubsidyPack | null {
  if (normalizeRegionCode(regionCode) === null) return null;
  let best: SubsidyPack | null = null;
  for (const pack of packs) {
    if (!isWithinRegion(regionCode, pack.regionCode) || !inForce(pack.validFrom, pack.validTo, date)) continue;
    if (!best || regionPrefix(pack.regionCode).length > regionPrefix(best.regionCode).length) best = pack;
  }
  return best;
}

const provinceOf = (code: string) => code.slice(0, 2);
const yearOf = (date: string) => Number(date.slice(0, 4));

/** Whole months from `from` to `to` (ISO dates): 2024-01-31 → 2024-07-30 is 5, → 2024-07-31 is 6. */
export function wholeMonthsBetween(from: string, to: string): number {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  if (!a || !b) return 0;
  let months = (b.year - a.year) * 12 + (b.month - a.month);
  if (b.day < a.day) {
    // The last day of a shorter month completes the month (01-31 → 02-28/29).
    const lastDayOfB = new Date(Date.UTC(b.year, b.month, 0)).getUTCDate();
    if (!(b.day === lastDayOfB && a.day > b.day)) months -= 1;
  }
  return Math.max(0, months);
}

const shareOf = (value: string) => parseShare(value, 'share');
const times = (fen: number, share: Share) => Number((BigInt(fen) * share.numerator) / share.denominator);
const atMost = (part: number, whole: number, share: Share) => BigInt(part) * share.denominator <= BigInt(whole) * share.numerator;

type Judged = { status: 'MET' | 'UNMET' | 'UNKNOWN'; fact: string };

function judge(c: SubsidyCondition, e: SubsidyEvent, pack: SubsidyPack): Judged {
  const w = e.worker ?? null;
  switch (c.kind) {
    case 'workerInGroups': {
      if (!w) return { status: 'UNKNOWN', fact: '未知劳动者' };
      if (e.estimate && w.priorityGroups.length === 0) return { status: 'UNKNOWN', fact: '未回答人员类别' };
      const hit = c.groups.filter((g) => w.priorityGroups.includes(g));
      return hit.length ? { status: 'MET', fact: `属于${hit.length}类` } : { status: 'UNMET', fact: '不属于上述人员' };
    }
    case 'graduatedWithinYears': {
      if (!w?.graduationDate)
        return { status: e.estimate || w?.priorityGroups.includes('GRADUATE') ? 'UNKNOWN' : 'UNMET', fact: '无毕业时间' };
      // The hire itself is the job: "未就业" is judged as of the day before, so only the dates count here.
      const within = isGraduateEligible({ graduationDate: w.graduationDate }, new Date(`${e.date}T12:00:00+08:00`), c.years);
      return { status: within ? 'MET' : 'UNMET', fact: `${w.graduationDate}毕业` };
    }
    case 'ageBetween': {
      if (!w?.birthYear) return { status: 'UNKNOWN', fact: '无出生年份' };
      const age = yearOf(e.date) - w.birthYear;
      return { status: age >= c.min && age <= c.max ? 'MET' : 'UNMET', fact: `${age}周岁` };
    }
    case 'registeredUnemployedMonthsAtLeast': {
      if (!w?.registeredUnemployedSince)
        return e.estimate || w?.priorityGroups.includes('REGISTERED_UNEMPLOYED')
          ? { status: 'UNKNOWN', fact: '无失业登记日期' }
          : { status: 'UNMET', fact: '未做失业登记' };
      const months = wholeMonthsBetween(w.registeredUnemployedSince, e.date);
      return {
        status: w.registeredUnemployedSince <= e.date && months >= c.months ? 'MET' : 'UNMET',
        fact: `${w.registeredUnemployedSince}登记，已${months}个月`,
      };
    }
    case 'contractMonthsAtLeast':
      if (e.contractMonths == null) return { status: 'UNKNOWN', fact: '未填劳动合同期限' };
      return { status: e.contractMonths >= c.months ? 'MET' : 'UNMET', fact: `劳动合同${e.contractMonths}个月` };
    case 'socialInsuranceMonthsAtLeast':
      if (e.socialInsuranceMonths == null) return { status: 'UNKNOWN', fact: '缴费记录待核' };
      return { status: e.socialInsuranceMonths >= c.months ? 'MET' : 'UNMET', fact: `已缴${e.socialInsuranceMonths}个月` };
    case 'insuredMonthsAtLeast':
      if (w?.insuredMonths == null) return { status: 'UNKNOWN', fact: '参保时长待核' };
      return { status: w.insuredMonths >= c.months ? 'MET' : 'UNMET', fact: `参保${w.insuredMonths}个月` };
    case 'tenureMonthsAtLeast':
      if (e.tenureMonths == null) return { status: e.estimate ? 'UNKNOWN' : 'UNMET', fact: '未满' };
      return { status: e.tenureMonths >= c.months ? 'MET' : 'UNMET', fact: `已稳定就业${e.tenureMonths}个月` };
    case 'employerSizeIn':
      if (!e.employer?.size) return { status: 'UNKNOWN', fact: '企业规模待核' };
      return { status: c.sizes.includes(e.employer.size) ? 'MET' : 'UNMET', fact: e.employer.size === 'SME' ? '中小微企业' : '大型企业' };
    case 'workerLocal': {
      if (!w?.hukouRegionCode) return { status: 'UNKNOWN', fact: '户籍待核' };
      const area = c.scope === 'PACK_REGION' ? pack.regionCode : e.workplaceRegionCode.slice(0, 6);
      return { status: isWithinRegion(w.hukouRegionCode, area) ? 'MET' : 'UNMET', fact: `户籍${w.hukouRegionCode}` };
    }
    case 'jobKindIn':
      if (!e.jobKind) return { status: 'UNKNOWN', fact: '岗位类型待核' };
      return { status: c.kinds.includes(e.jobKind) ? 'MET' : 'UNMET', fact: '' };
    case 'organizedTransfer':
      if (e.estimate && e.organizedTransfer === undefined) return { status: 'UNKNOWN', fact: '' };
      return e.organizedTransfer ? { status: 'MET', fact: '经劳务中介有组织输转' } : { status: 'UNMET', fact: '非有组织输转' };
    case 'employerIsAssistanceWorkshop':
      if (e.estimate && e.employer?.isAssistanceWorkshop == null) return { status: 'UNKNOWN', fact: '' };
      return e.employer?.isAssistanceWorkshop ? { status: 'MET', fact: '就业帮扶车间' } : { status: 'UNMET', fact: '非就业帮扶车间' };
    case 'certificateLevelIn':
      if (!e.certificate) return { status: e.estimate ? 'UNKNOWN' : 'UNMET', fact: '无证书' };
      return { status: c.levels.includes(e.certificate.level) ? 'MET' : 'UNMET', fact: `${e.certificate.trade}${e.certificate.level}` };
    case 'anyOf': {
      // Met when one alternative is met in full; unknown when none is met but one could still be; else unmet.
      let unknown: Judged | null = null;
      const facts: string[] = [];
      for (const alt of c.of) {
        const judged = alt.map((inner) => judge(inner, e, pack));
        const fact = judged
          .map((j) => j.fact)
          .filter(Boolean)
          .join('，');
        if (judged.every((j) => j.status === 'MET')) return { status: 'MET', fact };
        if (!unknown && judged.every((j) => j.status !== 'UNMET')) unknown = { status: 'UNKNOWN', fact };
        if (fact) facts.push(fact);
      }
      return unknown ?? { status: 'UNMET', fact: facts.join('；') };
    }
    case 'layoffRateAtMost': {
      if (!e.layoff || e.layoff.insuredCount <= 0) return { status: 'UNKNOWN', fact: '参保人数待核' };
      const small = c.smallEmployerInsuredMax !== undefined && e.layoff.insuredCount <= c.smallEmployerInsuredMax;
      const limit = shareOf(small && c.smallEmployerRate ? c.smallEmployerRate : c.rate);
      const ok = atMost(e.layoff.laidOff, e.layoff.insuredCount, limit);
      return { status: ok ? 'MET' : 'UNMET', fact: `参保${e.layoff.insuredCount}人，裁减${e.layoff.laidOff}人` };
    }
  }
}

function amountOf(rule: SubsidyRule, e: SubsidyEvent, pack: SubsidyPack): { fen: number; note: string } | { fen: null; missing: string } {
  const a = rule.amount;
  switch (a.kind) {
    case 'fixed':
      return { fen: Math.round(a.yuan * 100), note: `${a.yuan}元` };
    case 'byCertificateLevel': {
      const yuan = e.certificate ? a.yuan[e.certificate.level] : undefined;
      return yuan ? { fen: Math.round(yuan * 100), note: `${e.certificate!.level}证书${yuan}元` } : { fen: null, missing: '证书等级' };
    }
    case 'byRetentionRate': {
      const rate = e.internship?.retentionRate;
      let yuan = a.base;
      let note = `基础标准${a.base}元/月`;
      if (rate != null)
        for (const step of a.steps)
          if (rate >= Number(step.from)) {
            yuan = step.yuan;
            note = `留用率${Math.round(rate * 1000) / 10}%，${step.yuan}元/月`;
          }
      return { fen: Math.round(yuan * 100), note };
    }
    case 'byWorkplace': {
      const hukou = e.worker?.hukouRegionCode;
      if (!hukou) return { fen: null, missing: '户籍地' };
      const inProvince = provinceOf(hukou) === provinceOf(e.workplaceRegionCode);
      const yuan = inProvince ? a.inProvince : a.outOfProvince;
      return { fen: Math.round(yuan * 100), note: `${inProvince ? '省内' : '省外'}就业${yuan}元` };
    }
    case 'minimumWageShare': {
      const wage = pack.minimumWage!.monthlyYuan;
      const fen = times(Math.round(wage * 100), shareOf(a.share));
      return { fen, note: `当地最低工资${wage}元×${a.share}` };
    }
    case 'premiumShare': {
      const premiums = e.employer?.lastYearPremiumsYuan;
      if (premiums == null) return { fen: null, missing: '上年度失业保险费缴费额' };
      const sme = e.employer?.size === 'SME';
      const share = sme ? a.sme : a.large;
      return {
        fen: times(Math.round(premiums * 100), shareOf(share)),
        note: `上年失业保险费${premiums}元×${share}（${sme ? '中小微企业' : '大型企业'}）`,
      };
    }
  }
}

/** For an unsettled anyOf: the items of the first alternative that could still hold. */
function missingOfAlternatives(c: Extract<SubsidyCondition, { kind: 'anyOf' }>, e: SubsidyEvent, pack: SubsidyPack): string {
  for (const alt of c.of) {
    const judged = alt.map((inner) => ({ inner, j: judge(inner, e, pack) }));
    if (judged.every((x) => x.j.status !== 'UNMET'))
      return judged
        .filter((x) => x.j.status === 'UNKNOWN')
        .map((x) => missingItemOf(x.inner))
        .join('、');
  }
  return missingItemOf(c);
}

function periodKeyOf(rule: SubsidyRule, e: SubsidyEvent): string {
  if (rule.caps?.distinctTradeAndLevel && e.certificate) return `T:${e.certificate.trade}|${e.certificate.level}`;
  switch (rule.period) {
    case 'ONCE':
      return 'ONCE';
    case 'YEAR':
      return e.date.slice(0, 4);
    case 'MONTH':
      return e.internship?.month ?? e.date.slice(0, 7);
  }
}

/**
 * The subsidies an event triggers (免申即享): for each rule of the packs in force (the workplace's and the worker's
 * hukou's), every condition is judged against the event's facts; a rule with no unmet condition becomes a proposal,
 * unless the subject already has it for that period, already has another of its exclusive group, or the yearly cap is
 * reached. Among rules the event triggers together in one exclusive group, the one with every condition met wins,
 * then the larger sum. Pure: the caller supplies the subject's history and stores the result atomically.
 */
export function proposeSubsidies(
  event: SubsidyEvent,
  packs: readonly SubsidyPack[],
  history: readonly SubsidyHistoryEntry[],
  options: { exclusiveWithinEvent?: boolean } = {},
): SubsidyOutcome {
  const passedOver: SubsidyPassOver[] = [];
  const candidates: SubsidyProposalDraft[] = [];
  const chosen: { basis: 'WORKPLACE' | 'HUKOU'; packId: string | null }[] = [];
  const bases: ['WORKPLACE' | 'HUKOU', string | null | undefined][] = [
    ['WORKPLACE', event.workplaceRegionCode],
    ['HUKOU', event.worker?.hukouRegionCode],
  ];
  for (const [basis, region] of bases) {
    const pack = region ? subsidyPackFor(region, event.date, packs) : null;
    chosen.push({ basis, packId: pack?.id ?? null });
    if (!pack) continue;
    for (const rule of pack.rules) {
      if (rule.trigger !== event.trigger || rule.regionBasis !== basis) continue;
      if (!inForce(rule.validFrom ?? pack.validFrom, rule.validTo ?? pack.validTo, event.date)) {
        passedOver.push({ ruleId: rule.id, ruleName: rule.name, reason: 'NOT_IN_FORCE', detail: `${event.date}不在政策有效期内` });
        continue;
      }
      const draft = draftFor(rule, pack, event, passedOver);
      if (draft) candidates.push(draft);
    }
  }
  // History plus what this event has accepted so far: exclusions and caps hold within the event too.
  const live = history.filter((h) => !h.rejected);
  const accepted: SubsidyProposalDraft[] = [];
  const ranked = [...candidates].sort(
    (a, b) =>
      (a.missing.length === 0 ? 0 : 1) - (b.missing.length === 0 ? 0 : 1) || b.amountFen - a.amountFen || a.ruleId.localeCompare(b.ruleId),
  );
  for (const d of ranked) {
    const rule = ruleById(packs, d.ruleId)!;
    const pass = (reason: PassOverReason, detail: string) => passedOver.push({ ruleId: d.ruleId, ruleName: d.ruleName, reason, detail });
    if (history.some((h) => h.ruleId === d.ruleId && h.subjectKey === d.subjectKey && h.periodKey === d.periodKey)) {
      pass('DUPLICATE', '同一人、同一政策、同一期间已有记录');
      continue;
    }
    // The policy page's estimate shows each of an exclusive pair (the person chooses); real events never do.
    const withinEvent = options.exclusiveWithinEvent === false ? [] : accepted.map(asHistory);
    const mine = [...live, ...withinEvent].filter((h) => h.subjectKey === d.subjectKey);
    if (d.exclusiveGroup) {
      const group = d.exclusiveGroup;
      const inGroup = mine.filter((h) => h.exclusiveGroup !== null && h.exclusiveGroup.split('+')[0] === group);
      if (inGroup.length) {
        const given = inGroup.reduce((s, h) => s + h.amountFen, 0);
        if (rule.exclusiveMode !== 'TOP_UP' || d.amountFen <= given || inGroup.some((h) => h.ruleId === d.ruleId)) {
          pass('EXCLUSIVE', `与已享受的${nameOf(packs, inGroup[0].ruleId)}不可同时享受`);
          continue;
        }
        // A higher tier of the same award: the difference, once per tier.
        d.amountNote = `${d.amountNote}，已享受${inGroup.map((h) => nameOf(packs, h.ruleId)).join('、')}${given / 100}元，补差${(d.amountFen - given) / 100}元`;
        d.amountFen -= given;
        d.exclusiveGroup = `${group}+${d.ruleId}`;
      }
    }
    const sameRuleThisYear = mine.filter((h) => h.ruleId === d.ruleId && h.year === d.year);
    if (rule.caps?.perYearCount !== undefined && sameRuleThisYear.length >= rule.caps.perYearCount) {
      pass('CAP_COUNT', `本年度已享受${sameRuleThisYear.length}次，每年最多${rule.caps.perYearCount}次`);
      continue;
    }
    if (rule.caps?.perYearYuan !== undefined) {
      const paid = sameRuleThisYear.reduce((s, h) => s + h.amountFen, 0);
      const room = Math.round(rule.caps.perYearYuan * 100) - paid;
      if (room <= 0) {
        pass('CAP_YUAN', `本年度已达上限${rule.caps.perYearYuan}元`);
        continue;
      }
      if (d.amountFen > room) {
        d.amountFen = room;
        d.amountNote += `；按年度上限${rule.caps.perYearYuan}元核减`;
      }
    }
    accepted.push(d);
  }
  return { proposals: accepted, passedOver, packs: chosen };
}

function asHistory(d: SubsidyProposalDraft): SubsidyHistoryEntry {
  return {
    ruleId: d.ruleId,
    subjectKey: d.subjectKey,
    periodKey: d.periodKey,
    exclusiveGroup: d.exclusiveGroup,
    year: d.year,
    amountFen: d.amountFen,
    rejected: false,
  };
}

function ruleById(packs: readonly SubsidyPack[], id: string): SubsidyRule | undefined {
  for (const p of packs) for (const r of p.rules) if (r.id === id) return r;
  return undefined;
}
const nameOf = (packs: readonly SubsidyPack[], id: string) => ruleById(packs, id)?.name ?? id;

function draftFor(rule: SubsidyRule, pack: SubsidyPack, e: SubsidyEvent, passedOver: SubsidyPassOver[]): SubsidyProposalDraft | null {
  const conditions: SubsidyConditionResult[] = [];
  const missing: string[] = [];
  for (const c of rule.conditions) {
    const j = judge(c, e, pack);
    const text = `${describeCondition(c)}${j.fact ? `：${j.fact}` : ''}`;
    if (j.status === 'UNMET') {
      passedOver.push({ ruleId: rule.id, ruleName: rule.name, reason: 'NOT_MET', detail: text });
      return null;
    }
    conditions.push({ kind: c.kind, status: j.status, text });
    if (j.status === 'UNKNOWN') missing.push(c.kind === 'anyOf' ? missingOfAlternatives(c, e, pack) : missingItemOf(c));
  }
  const amount = amountOf(rule, e, pack);
  if (amount.fen === null) missing.push(amount.missing);
  if (amount.fen === 0) {
    passedOver.push({ ruleId: rule.id, ruleName: rule.name, reason: 'NO_AMOUNT', detail: '金额为零' });
    return null;
  }
  const personKey = e.worker?.personKey ?? null;
  let beneficiaryKey: string | null;
  if (rule.beneficiary === 'EMPLOYER') beneficiaryKey = e.employer?.id ?? null;
  else if (rule.beneficiary === 'WORKER') beneficiaryKey = personKey;
  else beneficiaryKey = e.organizedTransfer?.intermediaryKey ?? null;
  const subjectKey = personKey ? `P:${personKey}` : e.employer ? `E:${e.employer.id}` : null;
  if (!beneficiaryKey || !subjectKey) {
    passedOver.push({ ruleId: rule.id, ruleName: rule.name, reason: 'NOT_MET', detail: '无法确定补贴对象' });
    return null;
  }
  return {
    packId: pack.id,
    ruleId: rule.id,
    ruleName: rule.name,
    citation: rule.citation,
    beneficiary: rule.beneficiary,
    beneficiaryKey,
    personKey,
    subjectKey,
    periodKey: periodKeyOf(rule, e),
    exclusiveGroup: rule.exclusiveGroup ? `${pack.id}:${rule.exclusiveGroup}` : null,
    year: yearOf(e.date),
    amountFen: amount.fen ?? 0,
    conditions,
    missing,
    evidence: e.evidence,
    eventDate: e.date,
    amountNote: amount.fen === null ? `待核：${amount.missing}` : amount.note,
  };
}
