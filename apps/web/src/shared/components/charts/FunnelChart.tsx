import { describeFunnel, formatPercent, funnelRates, scaleMax, barPercent, type FunnelStep } from './chart-scale';
import { useChartPalette } from './palette';

export interface FunnelChartProps {
  /** What the funnel shows: its accessible name (with the figures appended) and its SVG title. */
  title: string;
  steps: readonly FunnelStep[];
  /** The printed rate from the step before, e.g. `(p) => t('…rate', { rate: p })` → "较上一步 45%". */
  rateText: (percent: string) => string;
  'data-testid'?: string;
}

const LABEL_H = 18;
const BAR_H = 18;
const ROW_GAP = 8;

/**
 * A funnel: one centred bar per step, its width in proportion to the largest step, with the step's name and number
 * above it and its rate from the step before on the right. Plain SVG in percent of its width (fits 390 px), `role="img"`
 * with an `aria-label` reading every step, colours from the antd theme tokens.
 */
export function FunnelChart({ title, steps, rateText, ...rest }: FunnelChartProps) {
  const { token } = useChartPalette();
  const max = scaleMax(steps.map((s) => s.value));
  const rates = funnelRates(steps);
  const rowHeight = LABEL_H + BAR_H;
  const height = steps.length * rowHeight + Math.max(0, steps.length - 1) * ROW_GAP + 2;
  const font = { fontFamily: token.fontFamily, fontSize: token.fontSizeSM };

  return (
    <svg
      role="img"
      aria-label={describeFunnel(title, steps, rateText)}
      width="100%"
      height={height}
      style={{ display: 'block' }}
      data-testid={rest['data-testid']}
    >
      <title>{title}</title>
      {steps.map((s, i) => {
        const y0 = i * (rowHeight + ROW_GAP);
        const w = barPercent(s.value, max);
        const r = rates[i];
        // Later steps a little lighter: one hue, so the eye follows a single flow.
        const opacity = 1 - (0.45 * i) / Math.max(1, steps.length - 1);
        return (
          <g key={s.key} data-step={s.key} data-value={s.value}>
            <text x="0" y={y0 + LABEL_H - 5} fill={token.colorText} style={font}>
              {s.label}{' '}
              <tspan fontWeight={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
                {s.value}
              </tspan>
            </text>
            {r != null ? (
              <text x="100%" y={y0 + LABEL_H - 5} textAnchor="end" fill={token.colorTextSecondary} style={font}>
                {rateText(formatPercent(r))}
              </text>
            ) : null}
            <rect x="0" y={y0 + LABEL_H} width="100%" height={BAR_H} rx={3} fill={token.colorFillQuaternary} />
            {w > 0 ? (
              <rect
                x={`${(100 - w) / 2}%`}
                y={y0 + LABEL_H}
                width={`${w}%`}
                height={BAR_H}
                rx={3}
                fill={token.colorPrimary}
                fillOpacity={opacity}
              />
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}
