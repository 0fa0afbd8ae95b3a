import { SubsidyStatus } from '@jobbridge/contracts';

/**
 * Money as the API sends it: yuan in a decimal string with two places ("1000.00"), never through a float. Shown as
 * "1000元" (whole yuan without ".00"), "1500.50元", and with thousands separators from 10,000 up ("12,000元"), as
 * Chinese public notices write sums. Empty for a missing or malformed value.
 */
export function formatYuan(value: string | null | undefined): string {
  const m = value == null ? null : /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(value.trim());
  if (!m) return '';
  const [, sign, wholeRaw, fraction = ''] = m;
  const whole = wholeRaw.replace(/^0+(?=\d)/, '');
  const grouped = whole.length > 4 ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole;
  const cents = fraction.padEnd(2, '0');
  return `${sign}${grouped}${cents === '00' ? '' : `.${cents}`}元`;
}

/** Fen in a decimal yuan string ("1000.5" → 100050n); null when malformed. */
export function yuanToFen(value: string): bigint | null {
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(value.trim());
  if (!m) return null;
  const fen = BigInt(m[2]) * 100n + BigInt((m[3] ?? '').padEnd(2, '0'));
  return m[1] ? -fen : fen;
}

/** The exact sum of yuan strings, as a yuan string with two places ("1000.00" + "1500.00" → "2500.00"). */
export function sumYuan(values: readonly string[]): string {
  let fen = 0n;
  for (const v of values) fen += yuanToFen(v) ?? 0n;
  const negative = fen < 0n;
  const abs = negative ? -fen : fen;
  return `${negative ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

/**
 * What a proposal or estimate line pays, for people: the sum, or the note when the sum waits on a missing item (the
 * API sends 0 with "待核：…").
 */
export function amountText({ amountYuan, amountNote }: { amountYuan: string; amountNote: string }): string {
  const fen = yuanToFen(amountYuan);
  return fen === null || fen === 0n ? amountNote : formatYuan(amountYuan);
}

export const SUBSIDY_STATUS_COLORS: Record<SubsidyStatus, string> = {
  [SubsidyStatus.PROPOSED]: 'processing',
  [SubsidyStatus.INFO_REQUESTED]: 'warning',
  [SubsidyStatus.APPROVED]: 'cyan',
  [SubsidyStatus.REJECTED]: 'default',
  [SubsidyStatus.PAID]: 'success',
};

/** The queue the officer opens on: what waits for a decision. */
export const OPEN_STATUSES: readonly SubsidyStatus[] = [SubsidyStatus.PROPOSED, SubsidyStatus.INFO_REQUESTED];

/** An officer may still approve, reject or ask about it. */
export const isOpen = (status: SubsidyStatus): boolean => OPEN_STATUSES.includes(status);

/** Can go into a batch approval: open, and its sum is known (the API refuses to approve an amount still 待核). */
export const canApprove = (p: { status: SubsidyStatus; amountFen: number }): boolean => isOpen(p.status) && p.amountFen > 0;

/** The download name of a payment batch's file: its reference, kept to characters every file system takes. */
export const paymentFileName = (reference: string): string => `${reference.replace(/[^\w.-]+/g, '_') || 'subsidy-payments'}.csv`;

/** The most proposals one decision may carry (the API's limit: all or nothing, up to 200). */
export const MAX_BATCH_DECISION = 200;
