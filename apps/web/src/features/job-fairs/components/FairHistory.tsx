import { useQuery } from '@apollo/client/react';
import type { FairCampaign } from '@jobbridge/contracts';
import { Card, Col, Empty, Row, Skeleton, Space, Table, Tag, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { BarChart } from '../../../shared/components/charts';
import { QueryErrorResult } from '../../../shared/components/QueryErrorResult';
import { CHART_FIGURES, change, formatChange, previousOf } from '../fair-report';
import { FAIR_HISTORY_QUERY, type FairHistoryEntry } from '../job-fairs.graphql';

const COMPARED = ['queued', 'talked', 'agreements', 'applications', 'hired'] as const;
/** Headers on one line; the table scrolls sideways on a phone instead of breaking them a character a line. */
const nowrap = () => ({ style: { whiteSpace: 'nowrap' as const } });

/**
 * Year on year, for an ended fair: the same campaign's ended fairs in the same region (this one included), with the
 * figures stored when each ended — bars of the funnel figures and a table side by side, and this fair's change from
 * the one before it.
 */
export function FairHistory({ fairId, campaign }: { fairId: string; campaign: FairCampaign }) {
  const { t } = useTranslation();
  const history = useQuery(FAIR_HISTORY_QUERY, { variables: { fairId } });
  const entries = history.data?.jobFairHistory ?? [];
  const current = entries.find((e) => e.fair.id === fairId);
  const previous = previousOf(entries, fairId);
  const name = (e: FairHistoryEntry) => `${e.fair.startDate.slice(0, 4)} · ${e.fair.name}`;
  const count = (k: keyof FairHistoryEntry['stats']['overall']) => ({
    title: t(`fairs.stats.${k}`),
    align: 'right' as const,
    onHeaderCell: nowrap,
    render: (_: unknown, e: FairHistoryEntry) => e.stats.overall[k],
  });

  let body;
  if (history.error && !history.data) body = <QueryErrorResult error={history.error} onRetry={() => void history.refetch()} />;
  else if (!history.data) body = <Skeleton active paragraph={{ rows: 3 }} />;
  else if (entries.length <= 1) body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('fairs.history.none')} />;
  else
    body = (
      <>
        {current && previous ? (
          <Space wrap size={[8, 4]} style={{ marginBottom: 12 }} data-testid="fair-history-change">
            <Typography.Text>{t('fairs.history.versus', { name: name(previous) })}</Typography.Text>
            {COMPARED.map((k) => {
              const r = change(previous.stats.overall[k], current.stats.overall[k]);
              return (
                <Tag key={k} color={r == null ? 'default' : r > 0 ? 'green' : r < 0 ? 'red' : 'default'} data-change={k}>
                  {t(`fairs.stats.${k}`)} {r == null ? t('fairs.history.noBase') : formatChange(r)}
                </Tag>
              );
            })}
          </Space>
        ) : null}
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={10}>
            <BarChart
              title={t('fairs.history.chart', { campaign: t(`fairs.campaign.${campaign}`) })}
              emptyText={t('fairs.stats.noData')}
              series={CHART_FIGURES.map((k) => ({ key: k, label: t(`fairs.stats.${k}`) }))}
              rows={entries.map((e) => ({
                key: e.fair.id,
                label: e.fair.id === fairId ? `${name(e)}（${t('fairs.history.current')}）` : name(e),
                values: {
                  queued: e.stats.overall.queued,
                  talked: e.stats.overall.talked,
                  agreements: e.stats.overall.agreements,
                  hired: e.stats.overall.hired,
                },
              }))}
              barHeight={8}
              data-testid="fair-history-chart"
            />
          </Col>
          <Col xs={24} xl={14}>
            <Table<FairHistoryEntry>
              rowKey={(e) => e.fair.id}
              size="small"
              pagination={false}
              scroll={{ x: 'max-content' }}
              dataSource={entries}
              data-testid="fair-history-table"
              onRow={(e) => ({ 'data-fair-id': e.fair.id }) as HTMLAttributes<HTMLElement>}
              columns={[
                {
                  title: t('fairs.history.fair'),
                  onHeaderCell: nowrap,
                  render: (_, e) => (
                    <Space direction="vertical" size={0} style={{ minWidth: 140, maxWidth: 220 }}>
                      {e.fair.id === fairId ? (
                        <Typography.Text strong>
                          {e.fair.name} <Tag color="blue">{t('fairs.history.current')}</Tag>
                        </Typography.Text>
                      ) : (
                        <Link to={`/bureau/fairs/${e.fair.id}`}>{e.fair.name}</Link>
                      )}
                      <Typography.Text type="secondary">
                        {t('fairs.list.days', { start: e.fair.startDate, end: e.fair.endDate })}
                      </Typography.Text>
                    </Space>
                  ),
                },
                { title: t('fairs.stats.visitorsPeak'), align: 'right', onHeaderCell: nowrap, render: (_, e) => e.stats.visitorsPeak },
                { title: t('fairs.stats.registered'), align: 'right', onHeaderCell: nowrap, render: (_, e) => e.stats.registered },
                { title: t('fairs.history.booths'), align: 'right', onHeaderCell: nowrap, render: (_, e) => e.stats.boothsApproved },
                count('queued'),
                count('talked'),
                count('agreements'),
                count('interviews'),
                count('applications'),
                count('hired'),
                {
                  title: t('fairs.stats.meanWait'),
                  align: 'right',
                  onHeaderCell: nowrap,
                  render: (_, e) =>
                    e.stats.meanWaitSeconds != null
                      ? t('fairs.stats.minutes', { value: (e.stats.meanWaitSeconds / 60).toFixed(1) })
                      : t('fairs.stats.none'),
                },
              ]}
            />
          </Col>
        </Row>
      </>
    );

  return (
    <Card size="small" title={t('fairs.history.title')} style={{ marginTop: 16 }} data-testid="fair-history">
      <Typography.Paragraph type="secondary">{t('fairs.history.hint', { campaign: t(`fairs.campaign.${campaign}`) })}</Typography.Paragraph>
      {body}
    </Card>
  );
}
