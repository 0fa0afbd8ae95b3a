import { DomainError } from '../errors';

/*
 * Employer credit (issue 13): one figure, 0–100, with the reasons that made it, from what the bureau learns about an
 * employer after its postings go live — post-hire check-ins, screening flags and seekers' reports an officer upheld,
 * major projects in breach of the local-hiring rule (000 §1), and offers broken at will (003 §7 "企业不得随意毁约").
 * Pure: the counts come in, the figure goes out. The weights are data (CreditPolicy), not code.
 */

export interface EmployerCreditInput {
  /** Post-hire check-ins answered about this employer (7 and 30 days after hires), and how many said yes to each question. */
  checkIns: { answered: number; stillWorking: number; paidAsPromised: number; conditionsAsStated: number };
  /** Screening flags on its postings that an officer upheld. */
  upheldFlags: number;
  /** Seekers' reports about it that an officer acted on (warned or suspended). */
  upheldReports: number;
  /** Its major projects currently in BREACH of the local-hiring rule. */
  localHiringBreaches: number;
  /** Offers it made and then broke (an OFFER application it rejected afterwards, or a hire that ended at once). */
  brokenOffers: number;
  /**
   * Gig market (issue 15): workers' pay on its gigs that went overdue (an UNPAID alert to the county) or that an officer
   * referred to labour inspection after a dispute. Absent counts as none.
   */
  gigArrears?: number;
}

export type CreditGrade = 'A' | 'B' | 'C' | 'D';

export type CreditReasonKind =
  | 'UNPAID'
  | 'CONDITIONS'
  | 'LEFT_EARLY'
  | 'UPHELD_FLAGS'
  | 'UPHELD_REPORTS'
  | 'LOCAL_HIRING_BREACH'
  | 'BROKEN_OFFERS'
  | 'GIG_ARREARS'
  | 'GOOD_CHECK_INS';

export interface CreditReason {
  kind: CreditReasonKind;
  /** The answers or events behind it (for check-in kinds: the answers that said no; for GOOD_CHECK_INS: all answers). */
  count: number;
  /** Points added (positive) or taken off (negative); whole numbers. */
  points: number;
  /** Simplified Chinese, for officers */
  text: string;
}

export interface EmployerCredit {
  score: number /* 0..100 integer */;
  grade: CreditGrade;
  /** Biggest effect first. score = clamp(base + Σ points, 0, 100). */
  reasons: CreditReason[];
  /** enough check-in answers for seekers to be shown the grade */
  shownToSeekers: boolean;
  /** Check-in answers still missing before check-ins count and seekers see the grade (0 once they do). */
  answersToShow: number;
}

/** Check-in kinds: points off at a 100% "no" share (scaled by the share, rounded up), never more than the cap. */
export interface ShareDeduction {
  fullShare: number;
  cap: number;
}

/** Counted kinds: points off for each one, never more than the cap. */
export interface CountDeduction {
  each: number;
  cap: number;
}

export interface CreditPolicy {
  name: string;
  /** Why the figures are what they are. */
  source: string;
  /** The score of an employer about which nothing is known yet. */
  base: number;
  /** Answers needed before check-ins count (their shares and the bonus) and seekers see the grade. */
  minAnswers: number;
  checkIns: Record<'UNPAID' | 'CONDITIONS' | 'LEFT_EARLY', ShareDeduction>;
  counts: Record<'UPHELD_FLAGS' | 'UPHELD_REPORTS' | 'LOCAL_HIRING_BREACH' | 'BROKEN_OFFERS', CountDeduction> &
    Partial<Record<'GIG_ARREARS', CountDeduction>>;
  /** A bonus when every one of the three questions was answered yes at least this share of the time (e.g. 0.9). */
  goodCheckIns: { minShare: number; points: number };
  /** The least score for each grade (A ≥ B ≥ C); below C is D. */
  grades: { A: number; B: number; C: number };
}

/**
 * Platform defaults (the seeds give no figures for a credit score; these are chosen, and a bureau may pass its own).
 * An employer nobody has reported on starts at 80 (B); good check-ins lift it into A; wages not paid weigh most (欠薪 is
 * the gravest harm to a worker), then upheld reports, broken offers (003 §7), conditions not as promised and upheld flags,
 * projects under the local-hiring share (000 §1); leaving early weighs least (workers leave for their own reasons).
 * With these caps no one kind of signal alone takes an employer to D except unpaid wages.
 */
export const DEFAULT_CREDIT_POLICY: CreditPolicy = Object.freeze({
  name: '平台默认（用人单位信用）',
  source: '平台默认；003 §7（企业不得随意毁约）、000 §1（项目本地用工不低于30%）、001 保障措施(三)（就业歧视、虚假招聘）',
  base: 80,
  minAnswers: 5,
  checkIns: Object.freeze({
    UNPAID: Object.freeze({ fullShare: 40, cap: 30 }),
    CONDITIONS: Object.freeze({ fullShare: 25, cap: 20 }),
    LEFT_EARLY: Object.freeze({ fullShare: 15, cap: 10 }),
  }),
  counts: Object.freeze({
    UPHELD_FLAGS: Object.freeze({ each: 5, cap: 20 }),
    UPHELD_REPORTS: Object.freeze({ each: 8, cap: 24 }),
    LOCAL_HIRING_BREACH: Object.freeze({ each: 10, cap: 20 }),
    BROKEN_OFFERS: Object.freeze({ each: 6, cap: 24 }),
    // Gig pay overdue or found unpaid: wage arrears on day work (003 §7 spirit), weighed like an upheld report.
    GIG_ARREARS: Object.freeze({ each: 8, cap: 24 }),
  }),
  goodCheckIns: Object.freeze({ minShare: 0.9, points: 8 }),
  grades: Object.freeze({ A: 85, B: 70, C: 55 }),
});

const isWhole = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

/** Problems with a credit policy (English, for start-up logs); [] when usable. */
export function creditPolicyProblems(policy: CreditPolicy): string[] {
  const problems: string[] = [];
  const points = (label: string, value: unknown, max = 100) => {
    if (!isWhole(value) || value > max) problems.push(`${label} must be a whole number from 0 to ${max}`);
  };
  points('base', policy.base);
  if (!isWhole(policy.minAnswers) || policy.minAnswers < 1) problems.push('minAnswers must be a whole number of at least 1');
  for (const [kind, d] of Object.entries(policy.checkIns ?? {})) {
    points(`checkIns.${kind}.fullShare`, d?.fullShare);
    points(`checkIns.${kind}.cap`, d?.cap);
  }
  for (const [kind, d] of Object.entries(policy.counts ?? {})) {
    points(`counts.${kind}.each`, d?.each);
    points(`counts.${kind}.cap`, d?.cap);
  }
  const share = policy.goodCheckIns?.minShare;
  if (typeof share !== 'number' || !(share > 0 && share <= 1)) problems.push('goodCheckIns.minShare must be above 0 and at most 1');
  points('goodCheckIns.points', policy.goodCheckIns?.points);
  const { A, B, C } = policy.grades ?? ({} as CreditPolicy['grades']);
  points('grades.A', A);
  points('grades.B', B);
  points('grades.C', C);
  if (!(A >= B && B >= C)) problems.push('grades must run A ≥ B ≥ C');
  return problems;
}

function count(value: number, field: string, label: string): number {
  if (!isWhole(value)) throw new DomainError('VALIDATION_FAILED', `${label}必须是非负整数（收到 ${String(value)}）`, field);
  return value;
}

const ceilDiv = (a: number, b: number) => Math.ceil(a / b);
const KIND_ORDER: readonly CreditReasonKind[] = [
  'UNPAID',
  'UPHELD_REPORTS',
  'BROKEN_OFFERS',
  'GIG_ARREARS',
  'CONDITIONS',
  'UPHELD_FLAGS',
  'LOCAL_HIRING_BREACH',
  'LEFT_EARLY',
  'GOOD_CHECK_INS',
];

/** The grade a score earns under the policy's bounds (each bound inclusive). */
export function creditGrade(score: number, policy: CreditPolicy = DEFAULT_CREDIT_POLICY): CreditGrade {
  if (score >= policy.grades.A) return 'A';
  if (score >= policy.grades.B) return 'B';
  if (score >= policy.grades.C) return 'C';
  return 'D';
}

/**
 * The employer's credit: the base, less a deduction for each bad signal (each kind capped, so one kind cannot
 * dominate), plus a small bonus for good check-ins, clamped to 0–100 and graded. Check-in shares count only once at
 * least `minAnswers` answers came in; until then they are left out of the score and the reasons, and seekers are not
 * shown the grade. Throws VALIDATION_FAILED (Chinese message, with the field) for a negative or fractional count or a
 * yes count above the answers, and a RangeError for an unusable policy.
 */
export function employerCredit(input: EmployerCreditInput, policy: CreditPolicy = DEFAULT_CREDIT_POLICY): EmployerCredit {
  const problems = creditPolicyProblems(policy);
  if (problems.length) throw new RangeError(`Invalid credit policy: ${problems.join('; ')}`);
  const checkIns = input.checkIns;
  if (!checkIns) throw new DomainError('VALIDATION_FAILED', '缺少入职回访数据', 'checkIns');
  const answered = count(checkIns.answered, 'checkIns.answered', '已答回访数');
  const yes = (value: number, field: string, label: string) => {
    const n = count(value, `checkIns.${field}`, label);
    if (n > answered) {
      throw new DomainError('VALIDATION_FAILED', `${label}（${n}）不能超过已答回访数（${answered}）`, `checkIns.${field}`);
    }
    return n;
  };
  const stillWorking = yes(checkIns.stillWorking, 'stillWorking', '回答仍在岗的回访数');
  const paid = yes(checkIns.paidAsPromised, 'paidAsPromised', '回答按约定发薪的回访数');
  const asStated = yes(checkIns.conditionsAsStated, 'conditionsAsStated', '回答条件与承诺相符的回访数');
  const upheldFlags = count(input.upheldFlags, 'upheldFlags', '经确认的筛查提示数');
  const upheldReports = count(input.upheldReports, 'upheldReports', '经处理的举报数');
  const breaches = count(input.localHiringBreaches, 'localHiringBreaches', '本地用工不达标的项目数');
  const brokenOffers = count(input.brokenOffers, 'brokenOffers', '毁约次数');
  const gigArrears = count(input.gigArrears ?? 0, 'gigArrears', '零工欠薪人次');

  const reasons: CreditReason[] = [];
  const capNote = (capped: boolean) => (capped ? '（已达该项上限）' : '');
  const counted = answered >= policy.minAnswers;
  if (counted) {
    const shareReason = (kind: 'UNPAID' | 'CONDITIONS' | 'LEFT_EARLY', no: number, what: string) => {
      if (no === 0) return;
      const { fullShare, cap } = policy.checkIns[kind];
      const raw = ceilDiv(fullShare * no, answered);
      const off = Math.min(raw, cap);
      reasons.push({ kind, count: no, points: -off, text: `入职回访${answered}份中${no}份${what}，扣${off}分${capNote(raw > cap)}` });
    };
    shareReason('UNPAID', answered - paid, '反映未按约定发放工资');
    shareReason('CONDITIONS', answered - asStated, '反映工时、住宿、伙食或社保与岗位承诺不符');
    shareReason('LEFT_EARLY', answered - stillWorking, '反映已不在该单位工作');
    const worst = Math.min(stillWorking, paid, asStated);
    if (worst / answered >= policy.goodCheckIns.minShare && policy.goodCheckIns.points > 0) {
      const add = policy.goodCheckIns.points;
      reasons.push({
        kind: 'GOOD_CHECK_INS',
        count: answered,
        points: add,
        text: `入职回访${answered}份，仍在岗、按约定发薪、条件与承诺相符的比例均不低于${percent(policy.goodCheckIns.minShare)}，加${add}分`,
      });
    }
  }
  const countReason = (kind: keyof CreditPolicy['counts'], n: number, what: (n: number) => string) => {
    if (n === 0 || !policy.counts[kind]) return;
    const { each, cap } = policy.counts[kind]!;
    const raw = each * n;
    const off = Math.min(raw, cap);
    reasons.push({ kind, count: n, points: -off, text: `${what(n)}，扣${off}分${capNote(raw > cap)}` });
  };
  countReason('UPHELD_FLAGS', upheldFlags, (n) => `${n}条岗位筛查提示经审核确认（歧视、违规收费或虚假招聘等）`);
  countReason('UPHELD_REPORTS', upheldReports, (n) => `${n}起求职者举报经核实并处理（警告或暂停）`);
  countReason('LOCAL_HIRING_BREACH', breaches, (n) => `${n}个重大项目本地用工比例低于规定`);
  countReason('BROKEN_OFFERS', brokenOffers, (n) => `${n}次发出录用后随意毁约（003 §7：企业不得随意毁约）`);
  countReason('GIG_ARREARS', gigArrears, (n) => `零工工钱逾期未付或经调处认定拖欠${n}人次`);

  reasons.sort(
    (a, b) =>
      Math.abs(b.points) - Math.abs(a.points) ||
      Number(a.points > 0) - Number(b.points > 0) ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind),
  );
  const total = reasons.reduce((sum, r) => sum + r.points, policy.base);
  const score = Math.max(0, Math.min(100, total));
  return {
    score,
    grade: creditGrade(score, policy),
    reasons,
    shownToSeekers: counted,
    answersToShow: counted ? 0 : policy.minAnswers - answered,
  };
}

function percent(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}
