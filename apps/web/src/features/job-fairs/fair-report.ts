/** Pure helpers of the after-fair report and the year-on-year comparison (tested in Node). */

/** The figures the report's bar charts show for each booth, county, group or fair: the funnel after the hall. */
export const CHART_FIGURES = ['queued', 'talked', 'agreements', 'hired'] as const;
export type ChartFigure = (typeof CHART_FIGURES)[number];

/** At most this many booths in the per-booth chart (the table below it lists them all). */
export const BOOTH_CHART_LIMIT = 12;

/** The rows with the most seekers queued first (ties by key), at most `n`. */
export function topByQueued<T extends { key: string; queued: number }>(rows: readonly T[], n: number): T[] {
  return [...rows].sort((a, b) => b.queued - a.queued || a.key.localeCompare(b.key)).slice(0, n);
}

/** Relative change from `before` to `now` (0.12 = +12%), or null when there was nothing before. */
export function change(before: number, now: number): number | null {
  return before > 0 ? (now - before) / before : null;
}

/** 0.123 → "+12.3%", -0.05 → "−5%", 0 → "±0%". */
export function formatChange(r: number): string {
  const p = Math.round(Math.abs(r) * 1000) / 10;
  const text = `${Number.isInteger(p) ? p.toFixed(0) : p.toFixed(1)}%`;
  return p === 0 ? `±${text}` : r > 0 ? `+${text}` : `−${text}`;
}

/** The fair before `fairId` in a history ordered by start date (null for the first, or one not in the list). */
export function previousOf<T extends { fair: { id: string } }>(history: readonly T[], fairId: string): T | null {
  const i = history.findIndex((e) => e.fair.id === fairId);
  return i > 0 ? history[i - 1] : null;
}
