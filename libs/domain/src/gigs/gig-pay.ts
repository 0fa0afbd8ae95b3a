import { DomainError } from '../errors';

export type GigPayUnitKind = 'DAY' | 'HOUR' | 'PIECE';

/** Whole fen (分) from a yuan amount with at most two decimals; throws on anything else. */
export function fenOf(yuan: number, field = 'payYuan'): number {
  if (!Number.isFinite(yuan) || yuan < 0) throw new DomainError('VALIDATION_FAILED', '金额须为不小于 0 的数字', field);
  const fen = Math.round(yuan * 100);
  if (Math.abs(fen - yuan * 100) > 1e-6) throw new DomainError('VALIDATION_FAILED', '金额最多保留两位小数（元.角分）', field);
  return fen;
}

/** A worker's day as confirmed: minutes worked and pieces done (for PIECE pay). */
export interface WorkedDay {
  minutes: number;
  pieces?: number | null;
}

/**
 * Pay due in fen for the days worked: DAY pays the rate for each day worked (a day with any confirmed work counts
 * whole, as day work is agreed); HOUR pays each minute at the rate (rounded to the fen once, at the end); PIECE pays
 * each piece.
 */
export function gigPayDueFen(unit: GigPayUnitKind, rateFen: number, days: readonly WorkedDay[]): number {
  if (!Number.isInteger(rateFen) || rateFen < 0) throw new RangeError('rateFen must be a whole number of fen');
  const worked = days.filter((d) => d.minutes > 0 || (d.pieces ?? 0) > 0);
  switch (unit) {
    case 'DAY':
      return rateFen * worked.length;
    case 'HOUR': {
      const minutes = worked.reduce((sum, d) => sum + Math.max(0, Math.floor(d.minutes)), 0);
      return Math.round((rateFen * minutes) / 60);
    }
    case 'PIECE':
      return rateFen * worked.reduce((sum, d) => sum + Math.max(0, Math.floor(d.pieces ?? 0)), 0);
  }
}

/**
 * Minutes worked in a day from check-in and check-out, counted inside the scheduled hours only (arriving early or
 * staying late is not paid unless the poster confirms more). 0 without a check-out.
 */
export function minutesWorked(checkIn: Date, checkOut: Date | null, scheduledStart: Date, scheduledEnd: Date): number {
  if (!checkOut) return 0;
  const from = Math.max(checkIn.getTime(), scheduledStart.getTime());
  const to = Math.min(checkOut.getTime(), scheduledEnd.getTime());
  return to > from ? Math.floor((to - from) / 60_000) : 0;
}

export interface MinimumWageCheck {
  /** True when the pay works out below the local hourly minimum wage. */
  below: boolean;
  /** The pay per hour it works out at (yuan, two decimals), or null when it cannot be told (piece rates). */
  effectiveHourlyYuan: number | null;
  hourlyMinimumYuan: number | null;
}

/**
 * Whether a gig's pay is below the local hourly minimum wage (小时最低工资标准) for the scheduled hours: HOUR compares
 * the rate; DAY divides the day rate by the day's scheduled hours; PIECE cannot be judged (nothing says how many
 * pieces an hour makes). With no minimum wage set for the region, nothing is judged.
 */
export function checkGigMinimumWage(
  unit: GigPayUnitKind,
  rateFen: number,
  dailyMinutes: number,
  hourlyMinimumYuan: number | null,
): MinimumWageCheck {
  let perHourFen: number | null = null;
  if (unit === 'HOUR') perHourFen = rateFen;
  else if (unit === 'DAY' && dailyMinutes > 0) perHourFen = (rateFen * 60) / dailyMinutes;
  const effectiveHourlyYuan = perHourFen === null ? null : Math.floor(perHourFen) / 100;
  if (hourlyMinimumYuan === null || perHourFen === null) return { below: false, effectiveHourlyYuan, hourlyMinimumYuan };
  return { below: perHourFen < Math.round(hourlyMinimumYuan * 100), effectiveHourlyYuan, hourlyMinimumYuan };
}

/** "150元/天", "20元/小时", "0.5元/箱". */
export function describeGigPay(unit: GigPayUnitKind, rateFen: number, pieceUnit?: string | null): string {
  const yuan = (rateFen / 100)
    .toFixed(2)
    .replace(/\.00$/, '')
    .replace(/(\.\d)0$/, '$1');
  if (unit === 'DAY') return `${yuan}元/天`;
  if (unit === 'HOUR') return `${yuan}元/小时`;
  return `${yuan}元/${pieceUnit?.trim() || '件'}`;
}
