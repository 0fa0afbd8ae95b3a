import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Empty,
  Input,
  List,
  Modal,
  Popconfirm,
  Row,
  Skeleton,
  Space,
  Statistic,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryErrorResult } from '../../../shared/components/QueryErrorResult';
import { ScreeningFlagTags } from '../../../shared/components/ScreeningFlagTags';
import { useGraphQLErrorHandler } from '../../../shared/errors';
import { downloadTextFile, toCsv } from '../../../shared/utils/csv';
import { formatDateTime } from '../../../shared/utils/format';
import { ShareQrCard } from '../../jobs';
import { FairFormModal } from '../components/FairFormModal';
import { FairHistory } from '../components/FairHistory';
import { FairFunnelChart, FigureBars } from '../components/FairReportCharts';
import { FairStatusTag } from '../components/FairStatusTag';
import { useFairHall } from '../hooks/use-fair-socket';
import { useRegionNames } from '../hooks/use-region-names';
import { BOOTH_CHART_LIMIT } from '../fair-report';
import {
  FAIR_CHECK_IN_CODE,
  FAIR_STATS_QUERY,
  PENDING_BOOTHS_QUERY,
  JOB_FAIR_QUERY,
  PUBLISH_FAIR,
  REVIEW_BOOTH,
  type FairStatsData,
} from '../job-fairs.graphql';

type Figure = FairStatsData['overall'];

/** Headers on one line: on a phone the table scrolls sideways instead of breaking them a character a line. */
const nowrap = () => ({ style: { whiteSpace: 'nowrap' as const } });

/** A slice's chart beside its table (stacked on a phone). */
function FigureSlice({ chart, table }: { chart: ReactNode; table: ReactNode }) {
  return (
    <Row gutter={[12, 16]}>
      <Col xs={24} lg={10}>
        {chart}
      </Col>
      <Col xs={24} lg={14}>
        {table}
      </Col>
    </Row>
  );
}

function FigureTable({
  rows,
  keyTitle,
  label,
  testId,
}: {
  rows: Figure[];
  keyTitle: string;
  label?: (key: string) => string;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Table<Figure>
      rowKey="key"
      size="small"
      pagination={false}
      dataSource={rows}
      data-testid={testId}
      scroll={{ x: 'max-content' }}
      columns={[
        { title: keyTitle, dataIndex: 'key', onHeaderCell: nowrap, render: (k: string) => (label ? label(k) : k) },
        ...(['queued', 'talked', 'agreements', 'interviews', 'applications', 'hired'] as const).map((k) => ({
          title: t(`fairs.stats.${k}`),
          dataIndex: k,
          align: 'right' as const,
          onHeaderCell: nowrap,
        })),
      ]}
    />
  );
}

/**
 * A fair for the officers who run it (`/bureau/fairs/:id`): its lifecycle, booth approvals with the jobs' screening
 * flags, and the live figures (refreshed as the hall changes): visitors, staffed booths, queues and waits, the funnel
 * by booth, county and priority group, alarms; after the fair, the stored figures and a CSV export.
 */
export function FairDashboardPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleError = useGraphQLErrorHandler();
  const [editing, setEditing] = useState(false);
  const [rejecting, setRejecting] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const fair = useQuery(JOB_FAIR_QUERY, { variables: { id } });
  const pending = useQuery(PENDING_BOOTHS_QUERY, { variables: { fairId: id } });
  const stats = useQuery(FAIR_STATS_QUERY, { variables: { fairId: id }, pollInterval: 5000 });
  const hall = useFairHall(id);
  const checkInCode = useQuery(FAIR_CHECK_IN_CODE, { variables: { fairId: id } });
  const [move, { loading: moving }] = useMutation(PUBLISH_FAIR);
  const [review] = useMutation(REVIEW_BOOTH, { refetchQueries: [PENDING_BOOTHS_QUERY, FAIR_STATS_QUERY] });
  const f = fair.data?.jobFair;
  const s = stats.data?.jobFairStats;
  const countyNames = useRegionNames(s?.byCounty.map((c) => c.key) ?? []);

  if (fair.error && !f) return <QueryErrorResult error={fair.error} onRetry={() => void fair.refetch()} />;
  if (!f) return <Skeleton active />;

  const transition = async (to: 'publish' | 'start' | 'end') => {
    try {
      await move({ variables: { id, publish: to === 'publish', start: to === 'start', end: to === 'end' } });
      await Promise.all([fair.refetch(), stats.refetch()]);
    } catch (e) {
      handleError(e);
    }
  };
  const decide = async (boothId: string, approve: boolean, why?: string) => {
    try {
      await review({ variables: { input: { boothId, approve, reason: why } } });
      message.success(t('fairs.admin.saved'));
    } catch (e) {
      handleError(e);
    }
  };
  const exportCsv = () => {
    if (!s) return;
    const head = [
      t('fairs.stats.dimension'),
      t('fairs.stats.key'),
      t('fairs.stats.queued'),
      t('fairs.stats.talked'),
      t('fairs.stats.agreements'),
      t('fairs.stats.interviews'),
      t('fairs.stats.applications'),
      t('fairs.stats.hired'),
    ];
    const rows = (dim: string, list: Figure[]) =>
      list.map((r) => [dim, r.key, r.queued, r.talked, r.agreements, r.interviews, r.applications, r.hired]);
    downloadTextFile(
      t('fairs.stats.csvName', { name: f.name }),
      toCsv([
        head,
        ...rows('ALL', [s.overall]),
        ...rows('booth', s.byBooth),
        ...rows('county', s.byCounty),
        ...rows('group', s.byPriorityGroup),
      ]),
    );
  };
  const countyName = (code: string) => countyNames[code] ?? code;
  const groupName = (k: string) => (k === 'NONE' ? t('fairs.stats.groupNone') : t(`enums.priorityGroup.${k}`, { defaultValue: k }));
  const visitorsNow = Math.max(s?.visitorsNow ?? 0, 0);
  const liveWaiting = Object.values(hall.booths).reduce((n, b) => n + b.queueLength, 0);

  return (
    <div className="page" data-testid="fair-dashboard" data-status={f.status}>
      <PageHeader
        title={f.name}
        subtitle={<Link to={`/fairs/${f.id}`}>{t('fairs.list.enter')}</Link>}
        extra={
          <Space wrap>
            <FairStatusTag status={f.status} />
            {f.status === 'DRAFT' || f.status === 'PUBLISHED' ? (
              <Button onClick={() => setEditing(true)}>{t('fairs.admin.edit')}</Button>
            ) : null}
            {f.status === 'DRAFT' ? (
              <Button type="primary" loading={moving} onClick={() => void transition('publish')} data-testid="fair-publish">
                {t('fairs.admin.publish')}
              </Button>
            ) : null}
            {f.status === 'PUBLISHED' ? (
              <Button type="primary" loading={moving} onClick={() => void transition('start')} data-testid="fair-start">
                {t('fairs.admin.start')}
              </Button>
            ) : null}
            {f.status !== 'ENDED' ? (
              <Popconfirm title={t('fairs.admin.endConfirm')} onConfirm={() => void transition('end')}>
                <Button danger data-testid="fair-end">
                  {t('fairs.admin.end')}
                </Button>
              </Popconfirm>
            ) : null}
            <Button onClick={exportCsv} disabled={!s} data-testid="fair-export">
              {t('fairs.stats.exportCsv')}
            </Button>
          </Space>
        }
      />
      {s?.alarms.length ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="fair-alarms"
          message={t('fairs.stats.alarms')}
          description={s.alarms
            .map((a) => {
              const [kind, booth] = a.split(':');
              return kind === 'NO_REP' ? t('fairs.stats.alarmNoRep', { booth }) : t('fairs.stats.alarmLongQueue', { booth });
            })
            .join('；')}
        />
      ) : null}
      {s && f.status === 'ENDED' ? (
        <Typography.Paragraph type="secondary" data-testid="fair-report-note">
          {t('fairs.stats.reportNote', { time: f.endedAt ? formatDateTime(f.endedAt) : t('fairs.stats.none') })}
        </Typography.Paragraph>
      ) : null}
      {s ? (
        <Row gutter={[12, 12]} data-testid="fair-stats">
          <Col xs={12} md={6}>
            <Card size="small">
              <Statistic
                title={t('fairs.stats.visitorsNow')}
                value={visitorsNow}
                suffix={`/ ${t('fairs.stats.visitorsPeak')} ${s.visitorsPeak}`}
              />
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card size="small">
              <Statistic title={t('fairs.stats.booths')} value={`${s.boothsStaffed} / ${s.boothsApproved}`} />
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card size="small">
              <Statistic title={t('fairs.stats.waiting')} value={f.status === 'LIVE' && liveWaiting ? liveWaiting : s.waitingNow} />
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card size="small">
              <Statistic
                title={t('fairs.stats.meanWait')}
                value={
                  s.meanWaitSeconds != null
                    ? t('fairs.stats.minutes', { value: (s.meanWaitSeconds / 60).toFixed(1) })
                    : t('fairs.stats.none')
                }
              />
              <Typography.Text type="secondary">
                {t('fairs.stats.p90Wait')}{' '}
                {s.p90WaitSeconds != null ? t('fairs.stats.minutes', { value: (s.p90WaitSeconds / 60).toFixed(1) }) : t('fairs.stats.none')}
              </Typography.Text>
            </Card>
          </Col>
          <Col span={24}>
            <Card size="small" title={t('fairs.stats.funnel')}>
              <Row gutter={[24, 16]}>
                <Col xs={24} md={12}>
                  <FairFunnelChart stats={s} />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('fairs.stats.funnelNote')}
                  </Typography.Text>
                </Col>
                <Col xs={24} md={12}>
                  <Space size={24} wrap data-testid="fair-funnel">
                    {(['queued', 'talked', 'agreements', 'interviews', 'applications', 'hired'] as const).map((k) => (
                      <Statistic key={k} title={t(`fairs.stats.${k}`)} value={s.overall[k]} />
                    ))}
                    <Statistic title={t('fairs.stats.registered')} value={s.registered} />
                    <Statistic title={t('fairs.stats.callbacks')} value={s.callbacksOpen} />
                  </Space>
                </Col>
              </Row>
            </Card>
          </Col>
          <Col span={24}>
            <Tabs
              items={[
                {
                  key: 'booth',
                  label: t('fairs.stats.byBooth'),
                  children: (
                    <FigureSlice
                      chart={
                        <FigureBars
                          rows={s.byBooth}
                          title={t('fairs.stats.chartBooth', { count: BOOTH_CHART_LIMIT })}
                          limit={BOOTH_CHART_LIMIT}
                          testId="fair-chart-booth"
                        />
                      }
                      table={<FigureTable rows={s.byBooth} keyTitle={t('fairs.stats.byBooth')} testId="fair-by-booth" />}
                    />
                  ),
                },
                {
                  key: 'county',
                  label: t('fairs.stats.byCounty'),
                  children: (
                    <FigureSlice
                      chart={
                        <FigureBars rows={s.byCounty} title={t('fairs.stats.chartCounty')} label={countyName} testId="fair-chart-county" />
                      }
                      table={
                        <FigureTable rows={s.byCounty} keyTitle={t('fairs.stats.byCounty')} label={countyName} testId="fair-by-county" />
                      }
                    />
                  ),
                },
                {
                  key: 'group',
                  label: t('fairs.stats.byGroup'),
                  children: (
                    <FigureSlice
                      chart={
                        <FigureBars
                          rows={s.byPriorityGroup}
                          title={t('fairs.stats.chartGroup')}
                          label={groupName}
                          testId="fair-chart-group"
                        />
                      }
                      table={
                        <FigureTable
                          rows={s.byPriorityGroup}
                          keyTitle={t('fairs.stats.byGroup')}
                          testId="fair-by-group"
                          label={groupName}
                        />
                      }
                    />
                  ),
                },
              ]}
            />
          </Col>
        </Row>
      ) : null}
      {f.status === 'ENDED' ? <FairHistory fairId={f.id} campaign={f.campaign} /> : null}
      {checkInCode.data?.fairCheckInCode ? (
        <div style={{ maxWidth: 420, marginTop: 16 }}>
          <ShareQrCard
            url={`${window.location.origin}/fairs/${f.id}/checkin?code=${checkInCode.data.fairCheckInCode}`}
            title={t('fairs.checkIn.title')}
            hint={t('fairs.checkIn.posterHint')}
            testId="fair-checkin-qr"
            data-testid="fair-checkin-card"
          />
        </div>
      ) : null}
      <Card size="small" title={t('fairs.admin.booths')} style={{ marginTop: 16 }}>
        <List
          dataSource={pending.data?.fairBooths ?? []}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> }}
          data-testid="fair-pending-booths"
          renderItem={(b) => (
            <List.Item
              data-testid="fair-pending-booth"
              data-booth-id={b.id}
              actions={[
                <Button key="ok" type="primary" size="small" onClick={() => void decide(b.id, true)} data-testid="booth-approve">
                  {t('fairs.admin.approve')}
                </Button>,
                <Button key="no" size="small" danger onClick={() => setRejecting(b.id)} data-testid="booth-reject">
                  {t('fairs.admin.reject')}
                </Button>,
              ]}
            >
              <Space direction="vertical" size={2}>
                <Typography.Text strong>{b.employer.name}</Typography.Text>
                <Typography.Text type="secondary">{b.intro}</Typography.Text>
                <Space wrap>
                  {b.jobPostings.map((j) => (
                    <Space key={j.id} size={4}>
                      <Tag>{j.title}</Tag>
                      <ScreeningFlagTags flags={j.screeningFlags} />
                    </Space>
                  ))}
                </Space>
              </Space>
            </List.Item>
          )}
        />
      </Card>
      {editing ? <FairFormModal fair={f} open={editing} onClose={() => (setEditing(false), void fair.refetch())} /> : null}
      <Modal
        open={!!rejecting}
        title={t('fairs.admin.rejectReason')}
        onCancel={() => setRejecting(null)}
        onOk={() => {
          if (rejecting) void decide(rejecting, false, reason).then(() => setRejecting(null));
        }}
      >
        <Input.TextArea
          rows={3}
          maxLength={200}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          data-testid="booth-reject-reason"
        />
      </Modal>
    </div>
  );
}
