import { DownloadOutlined, FileExcelOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { StatsPeriod } from '@jobbridge/contracts';
import { Alert, App, Button, Card, Col, Empty, Row, Statistic, Tabs, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BarChart } from '../../../shared/components/charts';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryErrorResult } from '../../../shared/components/QueryErrorResult';
import { useEnumLabel } from '../../../shared/enums/enum-labels';
import { downloadTextFile, toCsv } from '../../../shared/utils/csv';
import { formatDateTime } from '../../../shared/utils/format';
import { lastCode, regionPath } from '../../../shared/utils/region-path';
import { useAuth } from '../../auth';
import { StatsFilters, type StatsFilterValue } from '../components/StatsFilters';
import { StatsTable } from '../components/StatsTable';
import { downloadXlsx } from '../export-xlsx';
import { REGION_STATISTICS_QUERY } from '../statistics.graphql';
import { exportFileName, metricValue, periodLabel, periodTable, regionTable, type Metric } from '../stats-table';

/** The trend chart shows at most this many periods (the latest); the table shows them all. */
const CHART_PERIODS = 36;
const SUMMARY: Metric[] = [
  'postingsPublished',
  'seekersRegistered',
  'applications',
  'hires',
  'medianDaysToHire',
  'liveRoomsHeld',
  'fairsHeld',
  'projects',
];

/**
 * 数据统计 (`/bureau/statistics`, officers and admins): a region's postings, seekers, applications, hires, time to hire,
 * live rooms, fairs and 30% projects per day, week, month or year, optionally for one priority group; charts, a table
 * by period and by direct child region, CSV and Excel export of what is shown. Officers start on their own region; the
 * API refuses regions outside it.
 */
export function StatisticsPage() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const { message } = App.useApp();
  const { user } = useAuth();
  const [filters, setFilters] = useState<StatsFilterValue>(() => ({ regionPath: regionPath(user?.regionCode), period: StatsPeriod.MONTH }));
  const [tab, setTab] = useState<'period' | 'region'>('period');
  const [exporting, setExporting] = useState(false);
  const regionCode = lastCode(filters.regionPath);
  const { data, previousData, loading, error, refetch } = useQuery(REGION_STATISTICS_QUERY, {
    variables: {
      regionCode: regionCode ?? '',
      period: filters.period,
      from: filters.from ?? null,
      to: filters.to ?? null,
      priorityGroup: filters.priorityGroup ?? null,
    },
    skip: !regionCode,
    fetchPolicy: 'cache-and-network',
  });
  const stats = (data ?? previousData)?.regionStatistics;
  const tables = useMemo(() => (stats ? { period: periodTable(t, stats), region: regionTable(t, stats) } : null), [stats, t]);

  const exportCsv = () => {
    if (!stats || !tables) return;
    downloadTextFile(`${exportFileName(t, stats)}_${t(`statistics.tabs.${tab}`)}.csv`, toCsv(tables[tab]));
  };
  const exportXlsx = async () => {
    if (!stats || !tables) return;
    setExporting(true);
    try {
      await downloadXlsx(`${exportFileName(t, stats)}.xlsx`, [
        { name: t('statistics.tabs.period'), rows: tables.period },
        { name: t('statistics.tabs.region'), rows: tables.region },
      ]);
    } catch {
      void message.error(t('statistics.exportFailed'));
    } finally {
      setExporting(false);
    }
  };

  const grouped = !!stats?.priorityGroup;
  const trendRows = (stats?.buckets ?? []).slice(-CHART_PERIODS).map((b) => ({
    key: b.period,
    label: periodLabel(t, stats!.period, b),
    values: { applications: b.figures.applications, hires: b.figures.hires },
  }));
  // Regions with nothing to show are left out of the chart (the table lists them all).
  const regionRows = (stats?.children ?? [])
    .filter((c) => c.total.postingsPublished || c.total.applications || c.total.hires)
    .map((c) => ({
      key: `${c.region.code}${c.ownLevel ? '-own' : ''}`,
      label: c.ownLevel ? t('statistics.ownLevel', { name: c.region.name }) : c.region.name,
      values: { postingsPublished: c.total.postingsPublished, applications: c.total.applications, hires: c.total.hires },
    }));
  const series = (keys: Metric[]) => keys.map((key) => ({ key, label: t(`statistics.metrics.${key}`) }));

  return (
    <div className="page" data-testid="statistics-page">
      <PageHeader
        title={t('statistics.title')}
        subtitle={t('statistics.intro')}
        extra={
          <>
            <Button icon={<DownloadOutlined />} onClick={exportCsv} disabled={!stats} data-testid="stats-export-csv">
              {t('statistics.exportCsv')}
            </Button>
            <Button
              icon={<FileExcelOutlined />}
              onClick={() => void exportXlsx()}
              loading={exporting}
              disabled={!stats}
              data-testid="stats-export-xlsx"
            >
              {t('statistics.exportXlsx')}
            </Button>
          </>
        }
      />
      <StatsFilters value={filters} onChange={setFilters} />
      {!regionCode ? (
        <Empty description={t('statistics.pickRegion')} style={{ marginTop: 48 }} />
      ) : error && !stats ? (
        <QueryErrorResult error={error} onRetry={() => void refetch()} />
      ) : (
        <div className="stats-body" aria-busy={loading} data-testid="stats-body" data-loading={loading ? 'true' : 'false'}>
          {error ? <Alert type="warning" showIcon message={t('statistics.stale')} style={{ marginBottom: 12 }} /> : null}
          {stats ? (
            <>
              <Typography.Paragraph type="secondary" data-testid="stats-caption">
                {t('statistics.caption', {
                  region: stats.region.fullName,
                  from: stats.from,
                  to: stats.to,
                  group: stats.priorityGroup ? label('priorityGroup', stats.priorityGroup) : t('statistics.filters.allGroups'),
                })}
                {stats.refreshedAt ? ` · ${t('statistics.refreshedAt', { time: formatDateTime(stats.refreshedAt) })}` : null}
                {grouped ? ` · ${t('statistics.groupNote')}` : null}
              </Typography.Paragraph>
              <Row gutter={[12, 12]} className="stats-summary">
                {SUMMARY.map((m) => (
                  <Col key={m} xs={12} sm={8} lg={6} xl={3}>
                    <Card
                      size="small"
                      style={{ height: '100%' }}
                      data-testid={`stats-total-${m}`}
                      data-value={metricValue(stats.total, m) ?? ''}
                    >
                      <Statistic title={t(`statistics.metrics.${m}`)} value={metricValue(stats.total, m) ?? '—'} />
                      {m === 'projects' && stats.total.projects ? (
                        <Typography.Text type="secondary" data-testid="stats-project-risk">
                          {t('statistics.projectRisk', { atRisk: stats.total.projectsAtRisk, breach: stats.total.projectsInBreach })}
                        </Typography.Text>
                      ) : null}
                    </Card>
                  </Col>
                ))}
              </Row>
              <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
                <Col xs={24} lg={12}>
                  <Card size="small" title={t('statistics.charts.trend')}>
                    <BarChart
                      title={t('statistics.charts.trend')}
                      series={series(['applications', 'hires'])}
                      rows={trendRows}
                      emptyText={t('common.empty')}
                      data-testid="stats-trend-chart"
                    />
                    {stats.buckets.length > CHART_PERIODS ? (
                      <Typography.Text type="secondary">{t('statistics.charts.latest', { count: CHART_PERIODS })}</Typography.Text>
                    ) : null}
                  </Card>
                </Col>
                <Col xs={24} lg={12}>
                  <Card size="small" title={t('statistics.charts.regions')}>
                    <BarChart
                      title={t('statistics.charts.regions')}
                      series={series(['postingsPublished', 'applications', 'hires'])}
                      rows={regionRows}
                      emptyText={stats.children.length ? t('common.empty') : t('statistics.charts.noChildren')}
                      data-testid="stats-region-chart"
                    />
                  </Card>
                </Col>
              </Row>
              <Tabs
                style={{ marginTop: 16 }}
                activeKey={tab}
                onChange={(k) => setTab(k as 'period' | 'region')}
                items={[
                  {
                    key: 'period',
                    label: t('statistics.tabs.period'),
                    children: tables ? <StatsTable rows={tables.period} grouped={grouped} testId="stats-period-table" /> : null,
                  },
                  {
                    key: 'region',
                    label: t('statistics.tabs.region'),
                    children: tables ? <StatsTable rows={tables.region} grouped={grouped} testId="stats-region-table" /> : null,
                  },
                ]}
              />
            </>
          ) : null}
        </div>
      )}
    </div>
  );
}
