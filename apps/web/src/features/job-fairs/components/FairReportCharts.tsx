import { useTranslation } from 'react-i18next';
import { BarChart, FunnelChart } from '../../../shared/components/charts';
import { CHART_FIGURES, topByQueued } from '../fair-report';
import type { FairStatsData } from '../job-fairs.graphql';

type Figure = FairStatsData['overall'];

/** The overall funnel: visitors (the hall's peak) → queued → talked → agreement → hired. */
export function FairFunnelChart({ stats }: { stats: FairStatsData }) {
  const { t } = useTranslation();
  const o = stats.overall;
  return (
    <FunnelChart
      title={t('fairs.stats.funnel')}
      rateText={(rate) => t('fairs.stats.rateFromPrevious', { rate })}
      steps={[
        { key: 'visitors', label: t('fairs.stats.funnelVisitors'), value: stats.visitorsPeak },
        // The peak counts people in the hall at one moment, not everyone who came: no rate from it.
        { key: 'queued', label: t('fairs.stats.queued'), value: o.queued, noRate: true },
        { key: 'talked', label: t('fairs.stats.talked'), value: o.talked },
        { key: 'agreements', label: t('fairs.stats.agreements'), value: o.agreements },
        { key: 'hired', label: t('fairs.stats.hired'), value: o.hired },
      ]}
      data-testid="fair-funnel-chart"
    />
  );
}

/**
 * Bars of the funnel figures (queued, talked, agreements, hired) for each booth, county or priority group; `limit`
 * keeps the rows with the most seekers queued (the table beside it lists all).
 */
export function FigureBars({
  rows,
  title,
  label,
  limit,
  testId,
}: {
  rows: readonly Figure[];
  title: string;
  label?: (key: string) => string;
  limit?: number;
  testId: string;
}) {
  const { t } = useTranslation();
  const shown = limit ? topByQueued(rows, limit) : rows;
  return (
    <BarChart
      title={title}
      emptyText={t('fairs.stats.noData')}
      series={CHART_FIGURES.map((k) => ({ key: k, label: t(`fairs.stats.${k}`) }))}
      rows={shown.map((r) => ({
        key: r.key,
        label: label ? label(r.key) : r.key,
        values: { queued: r.queued, talked: r.talked, agreements: r.agreements, hired: r.hired },
      }))}
      barHeight={8}
      data-testid={testId}
    />
  );
}
