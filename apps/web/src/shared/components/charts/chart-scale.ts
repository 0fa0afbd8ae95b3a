/** Pure helpers behind the SVG charts (scales, rates, the text a screen reader reads): no React, tested in Node. */

export interface ChartSeries {
  key: string;
  label: string;
  /** A colour (an antd token); the chart's palette otherwise. */
  color?: string;
}

export interface ChartRow {
  key: string;
  label: string;
  values: Readonly<Record<string, number>>;
}

export interface FunnelStep {
  key: string;
  label: string;
  value: number;
  /** No rate from the step before (e.g. when the step before counts something else, such as a peak). */
  noRate?: boolean;
}

const finite = (n: number) => (Number.isFinite(n) && n > 0 ? n : 0);

/** The largest value (at least 1, so an all-zero chart draws empty bars instead of dividing by zero). */
export function scaleMax(values: readonly number[]): number {
  return Math.max(1, ...values.map(finite));
}

/**
 * A bar's length in percent of `span` (the part of the width bars may take): proportional to `value / max`, never
 * beyond `span`, and at least a sliver for any value above zero, so a small figure is still seen as not nothing.
 */
export function barPercent(value: number, max: number, span = 100): number {
  const v = finite(value);
  if (!v) return 0;
  const p = (Math.min(v, max) / Math.max(max, 1)) * span;
  return Math.max(0.5, Math.round(p * 100) / 100);
}

/** part ÷ whole, or null when there is no whole. */
export function rate(part: number, whole: number): number | null {
  return whole > 0 ? finite(part) / whole : null;
}

/** 0.456 → "45.6%", 0.05 → "5%", 1 → "100%": one decimal at most, none when whole. */
export function formatPercent(r: number): string {
  const p = Math.round(r * 1000) / 10;
  return `${Number.isInteger(p) ? p.toFixed(0) : p.toFixed(1)}%`;
}

/** Each step's rate from the step before it (null for the first, for `noRate` steps and after a zero). */
export function funnelRates(steps: readonly FunnelStep[]): (number | null)[] {
  return steps.map((s, i) => (i === 0 || s.noRate ? null : rate(s.value, steps[i - 1].value)));
}

/** What a bar chart shows, as one sentence for `aria-label`: "title: row series value, …; row …". */
export function describeBars(title: string, series: readonly ChartSeries[], rows: readonly ChartRow[], empty: string): string {
  if (!rows.length) return `${title}：${empty}`;
  const row = (r: ChartRow) =>
    series.length === 1
      ? `${r.label} ${r.values[series[0].key] ?? 0}`
      : `${r.label}：${series.map((s) => `${s.label} ${r.values[s.key] ?? 0}`).join('，')}`;
  return `${title}：${rows.map(row).join('；')}`;
}

/** What a funnel shows, for `aria-label`: each step's value and, where there is one, its rate from the step before. */
export function describeFunnel(title: string, steps: readonly FunnelStep[], rateText: (percent: string) => string): string {
  const rates = funnelRates(steps);
  return `${title}：${steps
    .map((s, i) => {
      const r = rates[i];
      return r == null ? `${s.label} ${s.value}` : `${s.label} ${s.value}（${rateText(formatPercent(r))}）`;
    })
    .join('，')}`;
}
