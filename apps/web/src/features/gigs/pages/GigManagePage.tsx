import { EditOutlined, StopOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { GigAssignmentStatus, GigStatus } from '@jobbridge/contracts';
import { chinaIsoDateOf, isLateCancellation } from '@jobbridge/domain';
import { Alert, App, Button, Card, Col, Empty, Flex, QRCode, Row, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { PageHeader } from '../../../shared/components/PageHeader';
import { PageLoading } from '../../../shared/components/PageLoading';
import { QueryErrorResult } from '../../../shared/components/QueryErrorResult';
import { ScreeningFlagTags } from '../../../shared/components/ScreeningFlagTags';
import { useNotificationEvent } from '../../../shared/realtime/use-application-changes';
import { ConfirmDayModal } from '../components/ConfirmDayModal';
import { GigReasonModal } from '../components/GigReasonModal';
import { GigStatusTag } from '../components/GigTags';
import { GigWorkerCard } from '../components/GigWorkerCard';
import { MarkPaidModal } from '../components/MarkPaidModal';
import { RateGigModal } from '../components/RateGigModal';
import { RegionLabel } from '../components/RegionLabel';
import { checkInUrl, isGigCancellable, isGigEditable, reviewReasons } from '../gig-helpers';
import { CANCEL_GIG_MUTATION, GIG_MANAGE_QUERY, type GigAssignmentRow, type GigAttendanceRow } from '../gigs.graphql';
import { useGigErrorHandler } from '../use-gig-error';
import { useGigText } from '../use-gig-text';
import '../gigs.css';

/** Check-ins arrive over socket.io at once; the poll covers a connection that cannot be made. */
const POLL_MS = 60_000;

/**
 * 零工当天 (`/gigs/:id/manage`, the poster): a large QR for check-in and check-out at the site, the workers with each
 * day's check-in (refreshed live on `gig.attendance`), confirming a day, marking pay paid (what is due, by the gig's
 * way of paying), rating a worker, and cancelling the gig with a reason the workers are told.
 */
export function GigManagePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const text = useGigText();
  const handleError = useGigErrorHandler();
  const { data, error, refetch } = useQuery(GIG_MANAGE_QUERY, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
    pollInterval: POLL_MS,
  });
  useNotificationEvent('gig.attendance', (e) => {
    if (e.gigId === id) void refetch();
  });
  const [cancelGig, cancelState] = useMutation(CANCEL_GIG_MUTATION);
  const [cancelling, setCancelling] = useState(false);
  const [confirming, setConfirming] = useState<{ workerName: string; day: GigAttendanceRow } | null>(null);
  const [paying, setPaying] = useState<GigAssignmentRow | null>(null);
  const [rating, setRating] = useState<string | null>(null);

  if (error && !data) return <QueryErrorResult error={error} onRetry={() => void refetch()} />;
  if (!data) return <PageLoading />;
  const g = data.gig;
  const today = chinaIsoDateOf(new Date());
  const holders = g.assignments.filter((a) => a.status === GigAssignmentStatus.ACCEPTED || a.status === GigAssignmentStatus.WAITLISTED);
  const url = g.qrCode && g.status === GigStatus.PUBLISHED ? checkInUrl(window.location.origin, g.id, g.qrCode) : null;
  const reasons = reviewReasons(g);

  const cancel = async (reason: string) => {
    try {
      await cancelGig({ variables: { id: g.id, reason } });
      void message.success(t('gigs.manage.cancelledToast'));
      setCancelling(false);
      void refetch();
    } catch (e) {
      handleError(e);
    }
  };

  return (
    <div className="page" data-testid="gig-manage-page" data-gig-id={g.id} data-status={g.status}>
      <PageHeader
        title={g.title}
        subtitle={
          <span>
            {text.schedule(g)} · <RegionLabel code={g.regionCode} /> {g.address} · {g.payText}
          </span>
        }
        extra={
          <>
            <Link to="/gigs/posted">
              <Button>{t('gigs.manage.backToList')}</Button>
            </Link>
            {isGigEditable(g, holders.length) ? (
              <Link to={`/gigs/${g.id}/edit`}>
                <Button icon={<EditOutlined />}>{t('gigs.manage.edit')}</Button>
              </Link>
            ) : null}
            {isGigCancellable(g) ? (
              <Button danger icon={<StopOutlined />} onClick={() => setCancelling(true)} data-testid="gig-cancel">
                {t('gigs.manage.cancel')}
              </Button>
            ) : null}
          </>
        }
      />
      <Space size={8} wrap style={{ marginBottom: 12 }}>
        <GigStatusTag status={g.status} phase={g.phase} />
        <Typography.Text data-testid="gig-manage-summary">
          {t('gigs.manage.summary', { accepted: g.acceptedCount, headcount: g.headcount })}
        </Typography.Text>
      </Space>
      {g.status === GigStatus.CANCELLED && g.cancelReason ? (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('gigs.posted.cancelled', { reason: g.cancelReason })} />
      ) : null}
      {g.status === GigStatus.REJECTED && g.rejectionReason ? (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} title={t('gigs.posted.rejected', { reason: g.rejectionReason })} />
      ) : null}
      {reasons.length ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('gigs.result.pendingTitle')}
          description={
            <Flex vertical gap={4}>
              {reasons.map((r) => (
                <span key={r}>
                  {r === 'BELOW_MINIMUM_WAGE'
                    ? t('gigs.result.reasons.BELOW_MINIMUM_WAGE', { hourly: g.effectiveHourlyYuan ?? '—' })
                    : t(`gigs.result.reasons.${r}`)}
                </span>
              ))}
              <ScreeningFlagTags flags={g.screeningFlags} showEvidence />
            </Flex>
          }
        />
      ) : null}

      <Row gutter={[16, 16]}>
        <Col xs={24} md={9}>
          <Card className="gig-qr-card" title={t('gigs.manage.qrTitle')} data-testid="gig-qr-card">
            {url ? (
              <Flex vertical align="center" gap={8}>
                <div data-testid="gig-qr" data-url={url}>
                  <QRCode value={url} size={240} bordered={false} />
                </div>
                <Typography.Text type="secondary" style={{ textAlign: 'center' }}>
                  {t('gigs.manage.qrHint')}
                </Typography.Text>
                <Typography.Text className="gig-qr-link" copyable={{ text: url }} type="secondary">
                  {t('gigs.manage.qrLink')}
                </Typography.Text>
              </Flex>
            ) : (
              <Empty description={t('gigs.manage.qrUnavailable')} />
            )}
          </Card>
        </Col>
        <Col xs={24} md={15}>
          <Card
            title={t('gigs.manage.workers')}
            extra={
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('gigs.manage.live')}
              </Typography.Text>
            }
          >
            {g.assignments.length ? (
              <Flex vertical gap={8} data-testid="gig-workers">
                {g.assignments.map((a) => (
                  <GigWorkerCard
                    key={a.id}
                    assignment={a}
                    today={today}
                    onConfirmDay={(day) => setConfirming({ workerName: a.workerName, day })}
                    onMarkPaid={() => setPaying(a)}
                    onRate={() => setRating(a.id)}
                  />
                ))}
              </Flex>
            ) : (
              <Empty description={t('gigs.manage.noWorkers')} data-testid="gig-no-workers" />
            )}
          </Card>
        </Col>
      </Row>

      <ConfirmDayModal target={confirming} payUnit={g.payUnit} onClose={() => setConfirming(null)} onConfirmed={() => void refetch()} />
      <MarkPaidModal assignment={paying} defaultMethod={g.payMethod} onClose={() => setPaying(null)} onPaid={() => void refetch()} />
      <RateGigModal assignmentId={rating} side="POSTER" onClose={() => setRating(null)} onRated={() => void refetch()} />
      <GigReasonModal
        open={cancelling}
        title={t('gigs.manage.cancelTitle')}
        label={t('gigs.manage.cancelReason')}
        requiredMessage={t('gigs.manage.cancelRequired')}
        hint={g.acceptedCount > 0 && isLateCancellation(g, new Date()) ? t('gigs.manage.cancelLate') : undefined}
        confirming={cancelState.loading}
        maxLength={200}
        testId="gig-cancel-reason"
        onCancel={() => setCancelling(false)}
        onConfirm={cancel}
      />
    </div>
  );
}
