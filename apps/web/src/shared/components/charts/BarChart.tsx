import { barPercent, describeBars, scaleMax, type ChartRow, type ChartSeries } from './chart-scale';
import { useChartPalette } from './palette';

export interface BarChartProps {
  /** What the chart shows: its accessible name (with the figures appended) and its SVG title. */
  title: string;
  series: readonly ChartSeries[];
  rows: readonly ChartRow[];
  /** Shown (and read) when there are no rows. */
  emptyText: string;
  /** Bar thickness in px (one bar per series in each row). */
  barHeight?: number;
  'data-testid'?: string;
}

/** Bars take at most this share of the width; the rest holds the value printed after each bar. */
const SPAN = 84;
const LABEL_H = 18;
const BAR_GAP = 3;
const ROW_GAP = 12;

/**
 * Horizontal bars, grouped by row (a booth, a county, a fair), one bar per series, each with its number printed after
 * it. Plain SVG sized in percent of its width, so it fits a 390 px phone as well as a desktop without measuring; the
 * labels sit above their bars, so long names do not squeeze the bars. `role="img"` with an `aria-label` that reads out
 * every figure; colours come from the antd theme tokens; a legend names the series when there are several.
 */
export function BarChart({ title, series, rows, emptyText, barHeight = 12, ...rest }: BarChartProps) {
  const { token, series: palette } = useChartPalette();
  const colorOf = (i: number) => series[i].color ?? palette[i % palette.length];
  const max = scaleMax(rows.flatMap((r) => series.map((s) => r.values[s.key] ?? 0)));
  const rowHeight = LABEL_H + series.length * (barHeight + BAR_GAP) - BAR_GAP;
  const height = rows.length ? rows.length * rowHeight + (rows.length - 1) * ROW_GAP + 2 : LABEL_H + 4;
  const font = { fontFamily: token.fontFamily, fontSize: token.fontSizeSM };

  return (
    <div className="bar-chart" data-testid={rest['data-testid']}>
      {series.length > 1 && rows.length ? (
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: '4px 12px', marginBottom: 8, fontSize: token.fontSizeSM }} aria-hidden>
          {series.map((s, i) => (
            <span key={s.key} style={{ display: 'inline-flex', alignItems: 'center', gap: 4, color: token.colorTextSecondary }}>
              <span style={{ width: 10, height: 10, borderRadius: 2, background: colorOf(i), display: 'inline-block' }} />
              {s.label}
            </span>
          ))}
        </div>
      ) : null}
      <svg
        role="img"
        aria-label={describeBars(title, series, rows, emptyText)}
        width="100%"
        height={height}
        style={{ display: 'block', overflow: 'visible' }}
      >
        <title>{title}</title>
        {rows.length === 0 ? (
          <text x="0" y={LABEL_H - 4} fill={token.colorTextTertiary} style={font}>
            {emptyText}
          </text>
        ) : null}
        {rows.map((r, ri) => {
          const y0 = ri * (rowHeight + ROW_GAP);
          return (
            <g key={r.key} data-row={r.key}>
              <text x="0" y={y0 + LABEL_H - 5} fill={token.colorText} style={font}>
                {r.label}
              </text>
              {series.map((s, si) => {
                const value = r.values[s.key] ?? 0;
                const w = barPercent(value, max, SPAN);
                const y = y0 + LABEL_H + si * (barHeight + BAR_GAP);
                return (
                  <g key={s.key} data-series={s.key} data-value={value}>
                    <rect x="0" y={y} width={`${SPAN}%`} height={barHeight} rx={2} fill={token.colorFillQuaternary} />
                    {w > 0 ? <rect x="0" y={y} width={`${w}%`} height={barHeight} rx={2} fill={colorOf(si)} /> : null}
                    <text
                      x={`${w}%`}
                      dx={6}
                      y={y + barHeight / 2}
                      dominantBaseline="central"
                      fill={token.colorTextSecondary}
                      style={{ ...font, fontVariantNumeric: 'tabular-nums' }}
                    >
                      {value}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
    </div>
  );
}
