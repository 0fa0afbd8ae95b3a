import { addYears, CalendarDate, chinaCalendarDate, compareCalendarDates, formatIsoDate, parseIsoDate } from '../calendar-date';
import { DomainError } from '../errors';
import { formatSharePercent, parseShare, Share } from '../local-hiring/share';
import { DEFAULT_LAYOFF_POLICY, LayoffPolicy } from './layoff-policy';

/*
 * Layoff reports (004 §5, 003 §12) and the 稳岗返还 test (001 §1), pure: no clock (dates come in), no I/O.
 * Dates are Chinese civil dates, "YYYY-MM-DD", or instants read in China Standard Time.
 */

export interface LayoffPlanInput {
  /** Staff on the payroll now (职工总数). */
  staffCount: number;
  /** People the plan cuts at once. */
  peopleToCut: number;
  /** The day the cuts take effect. */
  layoffDate: string | Date;
  /** The day the plan is filed with the bureau (today, for a new filing). */
  filedOn: string | Date;
}

export interface LayoffPlanAssessment {
  /** 20 or more people at once, or fewer but 10% or more of the staff: must be reported 30 days ahead. */
  reportable: boolean;
  /** Filed at least the notice days before the layoff; always true when the plan is not reportable. */
  onTime: boolean;
  /** Whole days from filing to the layoff date (0 on the day itself). */
  daysBefore: number;
  /** The last day a reportable plan could be filed on time ("YYYY-MM-DD"). */
  fileBy: string;
  /** Why, in Chinese, one line per finding, for the filing and the officer. */
  reasons: string[];
}

const DAY_MS = 86_400_000;
const dayNumber = (d: CalendarDate) => Date.UTC(d.year, d.month - 1, d.day) / DAY_MS;
const fromDayNumber = (n: number): CalendarDate => {
  const d = new Date(n * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
};

function calendarDate(value: string | Date, field: string, label: string): CalendarDate {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new DomainError('VALIDATION_FAILED', `${label}无效`, field);
    return chinaCalendarDate(value);
  }
  const date = typeof value === 'string' ? parseIsoDate(value.trim()) : null;
  if (!date) throw new DomainError('VALIDATION_FAILED', `${label}格式无效："${String(value)}"（应为 YYYY-MM-DD）`, field);
  return date;
}

function wholeCount(value: number, field: string, label: string, min: number): number {
  if (!Number.isInteger(value) || value < min) {
    throw new DomainError('VALIDATION_FAILED', `${label}必须是${min > 0 ? '正' : '非负'}整数（收到 ${String(value)}）`, field);
  }
  return value;
}

const atLeastShare = (part: number, whole: number, share: Share) => BigInt(part) * share.denominator >= share.numerator * BigInt(whole);
const atMostShare = (part: number, whole: number, share: Share) => BigInt(part) * share.denominator <= share.numerator * BigInt(whole);
const percentOf = (part: number, whole: number) => `${((part / whole) * 100).toFixed(1).replace(/\.0$/, '')}%`;

/**
 * Whether a reduction plan must be reported, and whether it was filed in time (004 §5: "对需要一次性裁减人员20人以上，
 * 或者裁减人员不足20人但占企业职工总数10%以上的企业，需提前30日向工会或者全体职工说明情况…将裁减人员方案向当地人社部门报告").
 * Throws VALIDATION_FAILED (Chinese message, with the field) for staff ≤ 0, people to cut ≤ 0 or more than the staff,
 * a malformed date, or a layoff date already past on the filing date.
 */
export function assessLayoffPlan(input: LayoffPlanInput, policy: LayoffPolicy = DEFAULT_LAYOFF_POLICY): LayoffPlanAssessment {
  const staff = wholeCount(input.staffCount, 'staffCount', '在职职工人数', 1);
  const cut = wholeCount(input.peopleToCut, 'peopleToCut', '拟裁减人数', 1);
  if (cut > staff) {
    throw new DomainError('VALIDATION_FAILED', `拟裁减人数（${cut}人）不能超过在职职工人数（${staff}人）`, 'peopleToCut');
  }
  const layoff = calendarDate(input.layoffDate, 'layoffDate', '裁员日期');
  const filed = calendarDate(input.filedOn, 'filedOn', '报告日期');
  if (compareCalendarDates(layoff, filed) < 0) {
    throw new DomainError(
      'VALIDATION_FAILED',
      `裁员日期 ${formatIsoDate(layoff)} 已过去，不能早于报告日期 ${formatIsoDate(filed)}`,
      'layoffDate',
    );
  }

  const { headcount, noticeDays } = policy.reporting;
  const share = parseShare(policy.reporting.share, 'reporting.share');
  const daysBefore = dayNumber(layoff) - dayNumber(filed);
  const fileBy = formatIsoDate(fromDayNumber(dayNumber(layoff) - noticeDays));
  const reasons: string[] = [];
  const byHeadcount = cut >= headcount;
  const byShare = atLeastShare(cut, staff, share);
  if (byHeadcount) reasons.push(`一次性裁减${cut}人，达到${headcount}人以上，须提前${noticeDays}日报告`);
  if (byShare && !byHeadcount) {
    reasons.push(
      `裁减${cut}人虽不足${headcount}人，但占职工总数${staff}人的${percentOf(cut, staff)}，达到${formatSharePercent(share)}以上，须提前${noticeDays}日报告`,
    );
  }
  const reportable = byHeadcount || byShare;
  if (!reportable) {
    reasons.push(
      `裁减${cut}人，不足${headcount}人且占职工总数${staff}人的${percentOf(cut, staff)}，低于${formatSharePercent(share)}，无须按经济性裁员程序报告`,
    );
  }
  const onTime = !reportable || daysBefore >= noticeDays;
  if (reportable) {
    reasons.push(
      onTime
        ? `提前${daysBefore}日报告，符合提前${noticeDays}日的要求`
        : `仅提前${daysBefore}日报告，不足${noticeDays}日（应不晚于 ${fileBy} 报告），属逾期报告`,
    );
  }
  return { reportable, onTime, daysBefore, fileBy, reasons };
}

/** One layoff that took effect (from the employer's filings). */
export interface LayoffRecord {
  layoffDate: string | Date;
  peopleCut: number;
}

export interface StableJobsRefundInput {
  /** Staff insured for unemployment (参保职工总数). */
  insuredStaff: number;
  /** The employer's layoffs; those outside the last 12 months (or after `asOf`) are ignored. */
  layoffs: readonly LayoffRecord[];
  /** The day the test is made. */
  asOf: string | Date;
}

export interface StableJobsRefundAssessment {
  eligible: boolean;
  /** People laid off in the window (asOf minus one year, exclusive, to asOf, inclusive). */
  laidOff: number;
  /** laidOff ÷ insuredStaff, as a percentage ("4.5%"). */
  layoffRate: string;
  /** The threshold that applied ("5.5%" or "20%"). */
  threshold: string;
  /** 30 or fewer insured staff: the 20% threshold applies. */
  smallEmployer: boolean;
  /** The first day counted ("YYYY-MM-DD"). */
  windowStart: string;
  reasons: string[];
}

/**
 * The 稳岗返还 test (001 §1: "参保企业上年度未裁员或裁员率不高于…5.5%…，30人(含)以下的参保企业裁员率不高于参保职工总数20%的，
 * 可享受失业保险稳岗返还"), from the employer's layoffs over the last 12 months. The rate is compared exactly (a rate at
 * the threshold passes). Throws VALIDATION_FAILED for insured staff ≤ 0, a negative or fractional head count, or a
 * malformed date.
 */
export function assessStableJobsRefund(
  input: StableJobsRefundInput,
  policy: LayoffPolicy = DEFAULT_LAYOFF_POLICY,
): StableJobsRefundAssessment {
  const insured = wholeCount(input.insuredStaff, 'insuredStaff', '参保职工人数', 1);
  const asOf = calendarDate(input.asOf, 'asOf', '核定日期');
  const start = addYears(asOf, -1);
  let laidOff = 0;
  input.layoffs.forEach((record, i) => {
    const cut = wholeCount(record.peopleCut, `layoffs.${i}.peopleCut`, '裁减人数', 0);
    const date = calendarDate(record.layoffDate, `layoffs.${i}.layoffDate`, '裁员日期');
    if (compareCalendarDates(date, start) > 0 && compareCalendarDates(date, asOf) <= 0) laidOff += cut;
  });
  const refund = policy.stableJobsRefund;
  const smallEmployer = insured <= refund.smallEmployerMaxInsured;
  const share = parseShare(smallEmployer ? refund.smallEmployerMaxLayoffRate : refund.maxLayoffRate, 'stableJobsRefund');
  const eligible = atMostShare(laidOff, insured, share);
  const layoffRate = percentOf(laidOff, insured);
  const threshold = formatSharePercent(share);
  const windowStart = formatIsoDate(fromDayNumber(dayNumber(start) + 1));
  const reasons = [
    smallEmployer
      ? `参保职工${insured}人，属${refund.smallEmployerMaxInsured}人（含）以下企业，裁员率上限${threshold}`
      : `参保职工${insured}人，裁员率上限${threshold}`,
    laidOff === 0
      ? `${windowStart} 至 ${formatIsoDate(asOf)} 未裁员`
      : `${windowStart} 至 ${formatIsoDate(asOf)} 裁减${laidOff}人，裁员率${layoffRate}`,
    eligible ? '符合稳岗返还的裁员率条件' : `裁员率${layoffRate}高于${threshold}，不符合稳岗返还条件`,
  ];
  return { eligible, laidOff, layoffRate, threshold, smallEmployer, windowStart, reasons };
}
