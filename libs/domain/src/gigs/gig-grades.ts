/**
 * Simple grades from gig records, both ways (issue 15): a worker's reliability (arrived, worked, no late withdrawals)
 * and a poster's gig credit (paid on time, no arrears, as described). A grade needs a few gigs behind it; before that
 * it is NEW, so one bad day does not mark a newcomer.
 */
export type GigGrade = 'A' | 'B' | 'C' | 'D' | 'NEW';

export const GIG_GRADE_LABELS_ZH: Readonly<Record<GigGrade, string>> = Object.freeze({
  A: '优',
  B: '良',
  C: '中',
  D: '差',
  NEW: '新人',
});

/** The fewest finished gigs before a grade is given. */
export const MIN_GIGS_FOR_GRADE = 3;

export interface WorkerGigRecord {
  /** Gigs the worker held a place on that have ended (or were withdrawn from late). */
  gigs: number;
  /** Gigs with at least one check-in. */
  attended: number;
  /** Held a place, the gig ran, no check-in. */
  noShows: number;
  lateWithdrawals: number;
  /** Posters' ratings: how many said the worker arrived on time, and worked as agreed, out of how many ratings. */
  ratings: number;
  arrivedYes: number;
  workedYes: number;
}

export interface PosterGigRecord {
  /** Worker-gigs that ended (one per worker per gig). */
  settlements: number;
  /** Pay confirmed by the worker, or settled by an officer as paid. */
  paidConfirmed: number;
  /** UNPAID alerts raised, and disputes an officer found unpaid (referred to inspection). */
  unpaidAlerts: number;
  disputesReferred: number;
  lateCancellations: number;
  /** Workers' ratings: paid on time, and the work was as described, out of how many. */
  ratings: number;
  paidOnTimeYes: number;
  asDescribedYes: number;
}

export interface GigGradeResult {
  grade: GigGrade;
  /** 0–100; null for NEW. */
  score: number | null;
  /** Short Chinese reasons for each deduction. */
  reasons: string[];
}

function gradeOf(score: number): GigGrade {
  if (score >= 90) return 'A';
  if (score >= 75) return 'B';
  if (score >= 60) return 'C';
  return 'D';
}

const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

/** Worker reliability: no-shows weigh most (someone waited), then late withdrawals, then posters' ratings. */
export function workerReliability(r: WorkerGigRecord): GigGradeResult {
  if (r.gigs < MIN_GIGS_FOR_GRADE) return { grade: 'NEW', score: null, reasons: [] };
  const reasons: string[] = [];
  let score = 100;
  const noShow = Math.round(60 * share(r.noShows, r.gigs));
  if (noShow) reasons.push(`未到岗${r.noShows}次`);
  const late = Math.round(30 * share(r.lateWithdrawals, r.gigs));
  if (late) reasons.push(`临时取消${r.lateWithdrawals}次`);
  const notArrived = r.ratings ? Math.round(20 * (1 - share(r.arrivedYes, r.ratings))) : 0;
  if (notArrived) reasons.push(`雇主评价迟到${r.ratings - r.arrivedYes}次`);
  const notWorked = r.ratings ? Math.round(20 * (1 - share(r.workedYes, r.ratings))) : 0;
  if (notWorked) reasons.push(`雇主评价未按要求干活${r.ratings - r.workedYes}次`);
  score -= noShow + late + notArrived + notWorked;
  score = Math.max(0, score);
  return { grade: gradeOf(score), score, reasons };
}

/** A poster's gig credit: arrears weigh most (no wage arrears, 003 §7), then late cancellations and ratings. */
export function posterGigCredit(r: PosterGigRecord): GigGradeResult {
  if (r.settlements < MIN_GIGS_FOR_GRADE) return { grade: 'NEW', score: null, reasons: [] };
  const reasons: string[] = [];
  let score = 100;
  const arrears = Math.min(60, 20 * r.disputesReferred + Math.round(40 * share(r.unpaidAlerts, r.settlements)));
  if (r.unpaidAlerts) reasons.push(`逾期未付工钱${r.unpaidAlerts}人次`);
  if (r.disputesReferred) reasons.push(`欠薪移送劳动监察${r.disputesReferred}次`);
  const cancel = Math.min(20, 5 * r.lateCancellations);
  if (cancel) reasons.push(`临时取消零工${r.lateCancellations}次`);
  const notOnTime = r.ratings ? Math.round(20 * (1 - share(r.paidOnTimeYes, r.ratings))) : 0;
  if (notOnTime) reasons.push(`工人评价未按时付款${r.ratings - r.paidOnTimeYes}次`);
  const notAsDescribed = r.ratings ? Math.round(15 * (1 - share(r.asDescribedYes, r.ratings))) : 0;
  if (notAsDescribed) reasons.push(`工人评价与描述不符${r.ratings - r.asDescribedYes}次`);
  score -= arrears + cancel + notOnTime + notAsDescribed;
  score = Math.max(0, score);
  return { grade: gradeOf(score), score, reasons };
}
