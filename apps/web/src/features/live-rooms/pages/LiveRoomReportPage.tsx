import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { ErrorCode, LiveRoomStatus, PriorityGroup } from '@jobbridge/contracts';
import { Alert, Button, Card, Col, Flex, Result, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { PageLoading } from '../../../shared/components/PageLoading';
import { QueryErrorResult } from '../../../shared/components/QueryErrorResult';
import { useEnumLabel } from '../../../shared/enums/enum-labels';
import { hasErrorCode } from '../../../shared/errors';
import { FunnelChart } from '../components/FunnelChart';
import { FunnelTable } from '../components/FunnelTable';
import { LiveRoomHeader } from '../components/LiveRoomHeader';
import { formatWatchTime } from '../live-format';
import { LIVE_ROOM_STATS_QUERY, type LiveFunnelRow, type LiveJobFunnel } from '../live-rooms.graphql';

const PRIORITY_GROUPS = new Set<string>(Object.values(PriorityGroup));

/**
 * 直播报告 (`/host/live/:id/report`, the host and officers over the room's region): unique viewers, peak, watch time,
 * likes, questions answered, and the funnel — card impressions → applications → interviews → hires — per job, by
 * county and by priority group. While the room is live the figures are live ones.
 */
export function LiveRoomReportPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const label = useEnumLabel();
  const { data, loading, error, refetch } = useQuery(LIVE_ROOM_STATS_QUERY, { variables: { id }, fetchPolicy: 'cache-and-network' });

  if (loading && !data) return <PageLoading />;
  if (!data) {
    if (error && hasErrorCode(error, ErrorCode.FORBIDDEN))
      return <Result status="403" title={t('auth.forbiddenTitle')} data-testid="report-forbidden" />;
    if (!error || hasErrorCode(error, ErrorCode.NOT_FOUND)) return <Result status="404" title={t('live.room.notFound')} />;
    return <QueryErrorResult error={error} onRetry={() => void refetch()} />;
  }
  const { liveRoom: room, liveRoomStats: stats } = data;

  const figures: { key: string; title: string; value: string | number; count?: number }[] = [
    { key: 'unique-viewers', title: t('live.report.uniqueViewers'), value: stats.uniqueViewers, count: stats.uniqueViewers },
    { key: 'peak', title: t('live.report.peak'), value: stats.peakViewers, count: stats.peakViewers },
    { key: 'watch-total', title: t('live.report.watchTotal'), value: formatWatchTime(t, stats.watchSeconds), count: stats.watchSeconds },
    { key: 'watch-average', title: t('live.report.watchAverage'), value: formatWatchTime(t, stats.averageWatchSeconds) },
    { key: 'likes', title: t('live.report.likes'), value: stats.likes, count: stats.likes },
    {
      key: 'questions',
      title: t('live.report.questions'),
      value: `${stats.answeredQuestions} / ${stats.questions}`,
      count: stats.questions,
    },
    { key: 'applications', title: t('live.report.applications'), value: stats.total.applications, count: stats.total.applications },
  ];

  const groupName = (key: string, fallback: string) => (PRIORITY_GROUPS.has(key) ? label('priorityGroup', key as PriorityGroup) : fallback);
  const countyRows = (rows: LiveFunnelRow[]) =>
    rows.map((r) => ({ ...r, rowKey: r.key, name: r.key === 'UNKNOWN' ? t('live.report.unknownCounty') : r.label }));
  const groupRows = (rows: LiveFunnelRow[]) => rows.map((r) => ({ ...r, rowKey: r.key, name: groupName(r.key, r.label) }));
  /** A job's own audience by county and by group (its viewers are its impressions). */
  const jobDetail = (job: LiveJobFunnel) => (
    <Row gutter={[16, 8]} className="report-job-detail" data-testid="report-job-detail" data-job-id={job.jobPostingId}>
      <Col xs={24} xl={12}>
        <FunnelTable
          bare
          nameTitle={t('live.report.county')}
          rows={countyRows(job.byCounty)}
          showViewers={false}
          testId="report-job-by-county"
          rowTestId="report-job-county"
        />
      </Col>
      <Col xs={24} xl={12}>
        <FunnelTable
          bare
          nameTitle={t('live.report.group')}
          rows={groupRows(job.byPriorityGroup)}
          showViewers={false}
          testId="report-job-by-group"
          rowTestId="report-job-group"
        />
      </Col>
    </Row>
  );

  return (
    <div className="page live-report" data-testid="live-report" data-room-id={room.id} data-status={stats.status}>
      <Flex vertical gap={12}>
        <Flex justify="space-between" align="flex-start" gap={12} wrap>
          <div style={{ flex: '1 1 320px' }}>
            <LiveRoomHeader room={room} status={stats.status} />
          </div>
          <Link to={room.isHost ? `/host/live/${room.id}` : '/live'}>
            <Button icon={<ArrowLeftOutlined />}>{t('live.report.back')}</Button>
          </Link>
        </Flex>
        {stats.status === LiveRoomStatus.LIVE ? <Alert type="info" showIcon title={t('live.report.liveNote')} /> : null}
        {stats.status === LiveRoomStatus.SCHEDULED ? <Alert type="info" showIcon title={t('live.report.scheduledNote')} /> : null}
        <Card size="small" title={t('live.report.title')}>
          <Row gutter={[16, 16]}>
            {figures.map((f) => (
              <Col key={f.key} xs={12} sm={8} lg={6} xl={3} flex="auto">
                <div data-testid={`report-${f.key}`} data-count={f.count}>
                  <Statistic title={f.title} value={f.value} />
                </div>
              </Col>
            ))}
          </Row>
        </Card>
        {stats.byJob.length ? <FunnelChart jobs={stats.byJob} /> : null}
        <FunnelTable
          title={t('live.report.funnel')}
          nameTitle={t('live.report.job')}
          rows={stats.byJob.map((j) => ({ ...j, rowKey: j.jobPostingId, name: <Link to={`/jobs/${j.jobPostingId}`}>{j.title}</Link> }))}
          total={stats.total}
          expand={jobDetail}
          showViewers={false}
          testId="report-jobs"
          rowTestId="report-job"
        />
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={12}>
            <FunnelTable
              title={t('live.report.byCounty')}
              nameTitle={t('live.report.county')}
              rows={countyRows(stats.byCounty)}
              showViewers
              testId="report-by-county"
              rowTestId="report-county"
            />
          </Col>
          <Col xs={24} xl={12}>
            <FunnelTable
              title={t('live.report.byGroup')}
              nameTitle={t('live.report.group')}
              rows={groupRows(stats.byPriorityGroup)}
              showViewers
              testId="report-by-group"
              rowTestId="report-group"
            />
          </Col>
        </Row>
      </Flex>
    </div>
  );
}
