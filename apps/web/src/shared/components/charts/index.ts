export * from './BarChart';
export * from './FunnelChart';
export type { ChartRow, ChartSeries, FunnelStep } from './chart-scale';
