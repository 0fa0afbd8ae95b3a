import { useMutation, useQuery } from '@apollo/client/react';
import { ReportTargetType, Role } from '@jobbridge/contracts';
import { Alert, App, Button, Card, Col, Descriptions, Empty, Input, Modal, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryErrorResult } from '../../../shared/components/QueryErrorResult';
import { useGraphQLErrorHandler } from '../../../shared/errors';
import { formatDateTime, formatPay } from '../../../shared/utils/format';
import { useAuth } from '../../auth';
import { ReportButton } from '../../oversight';
import { ApplyBoothModal } from '../components/ApplyBoothModal';
import { FairProgramme } from '../components/FairProgramme';
import { FairShareCard } from '../components/FairShareCard';
import { FairStatusTag } from '../components/FairStatusTag';
import { HallFilters, type HallFilterValues } from '../components/HallFilters';
import { MyTickets } from '../components/MyTickets';
import { useFairHall } from '../hooks/use-fair-socket';
import {
  FAIR_BOOTHS_QUERY,
  JOB_FAIR_QUERY,
  JOIN_QUEUE,
  MY_TICKETS_QUERY,
  REGISTER_FOR_FAIR,
  REQUEST_CALLBACK,
  type FairBoothData,
} from '../job-fairs.graphql';

const minutes = (s: number) => Math.max(1, Math.round(s / 60));

/**
 * A fair (`/fairs/:id`): its programme, the hall of booths with reps online, queue and wait updated live, and — for a
 * signed-in seeker — its own tickets with their places, the call and the talk. Employers apply for a booth here and
 * open their booth's console; officers open the dashboard.
 */
export function FairPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { role, user } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const handleError = useGraphQLErrorHandler();
  const [filters, setFilters] = useState<HallFilterValues>({ keyword: '' });
  const [applying, setApplying] = useState(false);
  const [callbackBooth, setCallbackBooth] = useState<FairBoothData | null>(null);
  const [callbackText, setCallbackText] = useState('');
  // When the page opened: enough to tell whether booth applications are open.
  const [now] = useState(() => Date.now());
  const fairQuery = useQuery(JOB_FAIR_QUERY, { variables: { id } });
  const boothsQuery = useQuery(FAIR_BOOTHS_QUERY, {
    variables: {
      fairId: id,
      zone: filters.zone,
      countyCode: filters.countyCode,
      jobKind: filters.jobKind,
      keyword: filters.keyword.trim() || undefined,
    },
    fetchPolicy: 'cache-and-network',
  });
  const hall = useFairHall(id);
  const [join, { loading: joining }] = useMutation(JOIN_QUEUE, { refetchQueries: [MY_TICKETS_QUERY] });
  const [register, { loading: registering, data: registered }] = useMutation(REGISTER_FOR_FAIR);
  const [requestCallback] = useMutation(REQUEST_CALLBACK);
  const fair = fairQuery.data?.jobFair;
  const seeker = role === Role.JOB_SEEKER;

  if (fairQuery.error && !fair) return <QueryErrorResult error={fairQuery.error} onRetry={() => void fairQuery.refetch()} />;
  if (!fair) return <Skeleton active paragraph={{ rows: 8 }} />;

  const booths = (boothsQuery.data?.fairBooths ?? []).map((b) => {
    const live = hall.booths[b.id];
    return live ? { ...b, repsOnline: live.repsOnline, queueLength: live.queueLength, estimatedWaitSeconds: live.estimatedWaitSeconds } : b;
  });
  const live = fair.status === 'LIVE';
  const mine = booths.find((b) => b.employerId === user?.employerId);
  const boothWindow =
    fair.status === 'PUBLISHED' && now >= new Date(fair.boothApplyFrom).getTime() && now <= new Date(fair.boothApplyUntil).getTime();

  const onJoin = async (booth: FairBoothData) => {
    if (!user) return navigate(`/login?next=/fairs/${id}`);
    try {
      await join({ variables: { boothId: booth.id } });
    } catch (e) {
      handleError(e);
    }
  };

  return (
    <div className="page" data-testid="fair-page" data-fair-id={fair.id} data-status={fair.status}>
      <PageHeader
        title={fair.name}
        subtitle={fair.theme ?? undefined}
        extra={
          <>
            <FairStatusTag status={fair.status} />
            {seeker && (fair.status === 'PUBLISHED' || live) ? (
              <Button
                loading={registering}
                disabled={!!registered}
                onClick={() => void register({ variables: { fairId: id } }).catch((e) => handleError(e))}
                data-testid="fair-register"
              >
                {registered ? t('fairs.page.registered') : t('fairs.page.register')}
              </Button>
            ) : null}
            {role === Role.EMPLOYER && boothWindow ? (
              <Button type="primary" onClick={() => setApplying(true)} data-testid="fair-apply-booth">
                {t('fairs.page.applyBooth')}
              </Button>
            ) : null}
            {role === Role.EMPLOYER && mine ? (
              <Link to={`/fairs/${id}/console`}>
                <Button type="primary" data-testid="fair-open-console">
                  {t('fairs.page.console')}
                </Button>
              </Link>
            ) : null}
            {role === Role.OFFICER || role === Role.ADMIN ? (
              <Link to={`/bureau/fairs/${id}`}>
                <Button data-testid="fair-open-dashboard">{t('fairs.page.dashboard')}</Button>
              </Link>
            ) : null}
          </>
        }
      />
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('fairs.admin.campaign')}>{t(`fairs.campaign.${fair.campaign}`)}</Descriptions.Item>
        <Descriptions.Item label={t('fairs.admin.days')}>
          {t('fairs.list.days', { start: fair.startDate, end: fair.endDate })} ·{' '}
          {t('fairs.list.hours', { open: fair.opensAt, close: fair.closesAt })}
        </Descriptions.Item>
        <Descriptions.Item label={t('fairs.admin.mode')}>{t(`fairs.mode.${fair.mode}`)}</Descriptions.Item>
        {fair.venueAddress ? <Descriptions.Item label={t('fairs.page.venue')}>{fair.venueAddress}</Descriptions.Item> : null}
        {fair.targetGroups.length ? (
          <Descriptions.Item label={t('fairs.page.targetGroups')}>
            {fair.targetGroups.map((g) => t(`enums.priorityGroup.${g}`)).join('、')}
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      <div style={{ maxWidth: 420, marginBottom: 12 }}>
        <FairShareCard fairId={fair.id} />
      </div>
      <FairProgramme fairId={fair.id} canAdd={fair.status !== 'ENDED' && (role === Role.OFFICER || !!mine)} />
      {fair.priorityWindowEndsAt ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message={t('fairs.page.priorityNow', { time: formatDateTime(fair.priorityWindowEndsAt).slice(11) })}
          data-testid="fair-priority-window"
        />
      ) : fair.priorityWindowMinutes ? (
        <Typography.Paragraph type="secondary">
          {t('fairs.page.priorityWindow', { minutes: fair.priorityWindowMinutes })}
        </Typography.Paragraph>
      ) : null}

      <Row gutter={[16, 16]}>
        {seeker ? (
          <Col xs={24} lg={9} style={{ order: 0 }}>
            <MyTickets fairId={id} booths={booths} updates={hall.tickets} />
          </Col>
        ) : null}
        <Col xs={24} lg={seeker ? 15 : 24}>
          <Typography.Title level={5}>{t('fairs.page.hall')}</Typography.Title>
          <HallFilters regionCode={fair.regionCode} value={filters} onChange={setFilters} />
          {boothsQuery.error && !boothsQuery.data ? (
            <QueryErrorResult error={boothsQuery.error} onRetry={() => void boothsQuery.refetch()} />
          ) : null}
          {!booths.length && boothsQuery.data ? (
            <Empty
              description={
                filters.zone || filters.countyCode || filters.jobKind || filters.keyword.trim()
                  ? t('fairs.page.noMatch')
                  : t('fairs.page.noBooths')
              }
            />
          ) : null}
          <Row gutter={[12, 12]} data-testid="fair-booths">
            {booths.map((b) => {
              const waitText =
                b.estimatedWaitSeconds != null
                  ? t('fairs.page.wait', { minutes: minutes(b.estimatedWaitSeconds) })
                  : t('fairs.page.waitUnknown');
              const mayCallback =
                b.repsOnline === 0 || (b.callbackThresholdSeconds != null && (b.estimatedWaitSeconds ?? 0) > b.callbackThresholdSeconds);
              return (
                <Col key={b.id} xs={24} md={12}>
                  <Card
                    size="small"
                    className="fair-booth-card"
                    data-testid="fair-booth"
                    data-booth-id={b.id}
                    data-queue={b.queueLength}
                    data-reps={b.repsOnline}
                    title={
                      <Space>
                        <Tag color="geekblue">{b.number}</Tag>
                        <span>{b.employer.name}</span>
                      </Space>
                    }
                    extra={<ReportButton targetType={ReportTargetType.FAIR_BOOTH} targetId={b.id} size="small" type="text" />}
                  >
                    <Typography.Text type="secondary" ellipsis>
                      {b.intro}
                    </Typography.Text>
                    <Space wrap size={4}>
                      {b.jobPostings.map((j) => (
                        <Link key={j.id} to={`/jobs/${j.id}`}>
                          <Tag>
                            {j.title} · {formatPay(t, j.payMin, j.payMax)}
                          </Tag>
                        </Link>
                      ))}
                    </Space>
                    <Space wrap>
                      <Tag color={b.repsOnline ? 'green' : 'default'} data-testid="fair-booth-reps">
                        {b.repsOnline ? t('fairs.page.repsOnline', { count: b.repsOnline }) : t('fairs.page.noRep')}
                      </Tag>
                      <Tag data-testid="fair-booth-queue">{t('fairs.page.queueLength', { count: b.queueLength })}</Tag>
                      <Typography.Text type="secondary">{waitText}</Typography.Text>
                    </Space>
                    {live && (seeker || !user) ? (
                      <Space wrap>
                        <Button type="primary" loading={joining} onClick={() => void onJoin(b)} data-testid="fair-booth-join">
                          {user ? t('fairs.page.join') : t('fairs.page.signInToQueue')}
                        </Button>
                        {seeker && mayCallback ? (
                          <Button onClick={() => setCallbackBooth(b)} data-testid="fair-booth-callback">
                            {t('fairs.page.callback')}
                          </Button>
                        ) : null}
                      </Space>
                    ) : null}
                  </Card>
                </Col>
              );
            })}
          </Row>
        </Col>
      </Row>
      {applying ? <ApplyBoothModal fairId={id} open={applying} onClose={() => setApplying(false)} /> : null}
      <Modal
        open={!!callbackBooth}
        title={t('fairs.page.callback')}
        onCancel={() => setCallbackBooth(null)}
        onOk={async () => {
          if (!callbackBooth) return;
          try {
            await requestCallback({ variables: { boothId: callbackBooth.id, message: callbackText } });
            message.success(t('fairs.page.callbackSent'));
            setCallbackBooth(null);
            setCallbackText('');
          } catch (e) {
            handleError(e);
          }
        }}
      >
        <Input.TextArea
          rows={3}
          maxLength={300}
          value={callbackText}
          onChange={(e) => setCallbackText(e.target.value)}
          placeholder={t('fairs.page.callbackPlaceholder')}
        />
      </Modal>
    </div>
  );
}
