import { DomainError } from '../errors';
import { formatShare, meetsShare, Share } from './share';

/**
 * 以工代赈 (work-relief) projects must pay a share of the investment as labour pay ("劳务报酬发放比例由10%提高到15%",
 * 000 §1). Amounts are yuan with at most two decimals, held as whole fen (分) so sums and the
 * comparison are exact.
 */
const YUAN = /^(\d{1,13})(?:\.(\d{1,2}))?$/;

/** "12345.6" → 1234560n fen. Throws VALIDATION_FAILED for negative, malformed or over-large amounts. */
export function parseYuan(value: string, field = 'amount'): bigint {
  const m = YUAN.exec(String(value).trim());
  if (!m) throw new DomainError('VALIDATION_FAILED', `金额格式无效："${value}"（元，最多两位小数）`, field);
  return BigInt(m[1]) * 100n + BigInt((m[2] ?? '').padEnd(2, '0'));
}

/** 1234560n fen → "12345.60". */
export function formatYuan(fen: bigint): string {
  const sign = fen < 0n ? '-' : '';
  const abs = fen < 0n ? -fen : fen;
  return `${sign}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}

export interface LabourPayFigures {
  investment: string;
  labourPaid: string;
  /** The threshold as a decimal string, e.g. "0.15". */
  threshold: string;
  /** labourPaid ÷ investment; null without an investment. */
  share: number | null;
  compliant: boolean;
  /** Labour pay still owed to reach the threshold, in yuan ("0.00" when met); rounded up to the fen. */
  shortfall: string;
}

/** The labour-pay share of a work-relief project. */
export function labourPayFigures(investmentFen: bigint, labourPaidFen: bigint, threshold: Share): LabourPayFigures {
  if (investmentFen < 0n || labourPaidFen < 0n) throw new RangeError('Amounts cannot be negative');
  const required = (threshold.numerator * investmentFen + threshold.denominator - 1n) / threshold.denominator;
  const owed = required > labourPaidFen ? required - labourPaidFen : 0n;
  return {
    investment: formatYuan(investmentFen),
    labourPaid: formatYuan(labourPaidFen),
    threshold: formatShare(threshold),
    share: investmentFen > 0n ? Number(labourPaidFen) / Number(investmentFen) : null,
    compliant: meetsShare(labourPaidFen, investmentFen, threshold),
    shortfall: formatYuan(owed),
  };
}
