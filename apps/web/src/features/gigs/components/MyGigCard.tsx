import { ClockCircleOutlined, EnvironmentOutlined, LoginOutlined, LogoutOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { GigAssignmentStatus, GigPayStatus, GigPhase, GigStatus } from '@jobbridge/contracts';
import { App, Button, Card, Flex, Popconfirm, Space, Typography, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { canDispute, checkInWindow, dayState, payDueTime, type MyGigTab } from '../gig-helpers';
import {
  CHECK_IN_GIG_MUTATION,
  CHECK_OUT_GIG_MUTATION,
  CONFIRM_GIG_PAY_MUTATION,
  DISPUTE_GIG_PAY_MUTATION,
  WITHDRAW_FROM_GIG_MUTATION,
  type MyGig,
} from '../gigs.graphql';
import { useGeolocation } from '../use-geolocation';
import { useGigErrorHandler } from '../use-gig-error';
import { formatAmount, useGigText } from '../use-gig-text';
import { AssignmentStatusTag, PayStatusTag } from './GigTags';
import { GigReasonModal } from './GigReasonModal';

/**
 * One of the worker's gigs: when and where, their place, today's check-in and check-out by location (or the site's
 * QR), and the pay — confirm it, or dispute it (the county is told) — then a rating of the poster.
 */
export function MyGigCard({
  assignment: a,
  tab,
  today,
  onChanged,
  onRate,
}: {
  assignment: MyGig;
  tab: MyGigTab;
  today: string;
  onChanged: () => void;
  onRate: (assignmentId: string) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const text = useGigText();
  const handleError = useGigErrorHandler();
  const { locate, locating } = useGeolocation();
  const [checkIn, checkInState] = useMutation(CHECK_IN_GIG_MUTATION);
  const [checkOut, checkOutState] = useMutation(CHECK_OUT_GIG_MUTATION);
  const [confirmPay, confirmState] = useMutation(CONFIRM_GIG_PAY_MUTATION);
  const [disputePay, disputeState] = useMutation(DISPUTE_GIG_PAY_MUTATION);
  const [withdraw, withdrawState] = useMutation(WITHDRAW_FROM_GIG_MUTATION);
  const [disputing, setDisputing] = useState(false);
  const [shownAt] = useState(() => Date.now());
  const g = a.gig;
  if (!g) return null;

  const holding = a.status === GigAssignmentStatus.ACCEPTED || a.status === GigAssignmentStatus.WAITLISTED;
  const day = dayState(a.attendance, today);
  const checkWindow = tab === 'TODAY' ? checkInWindow(g) : null;
  const freeUntil = new Date(g.freeWithdrawalUntil).getTime();

  const atSite = async (out: boolean) => {
    const p = await locate();
    if (!p) {
      void message.warning(t('gigs.errors.locationDenied'));
      return;
    }
    try {
      const input = { gigId: g.id, lat: p.lat, lng: p.lng };
      if (out) await checkOut({ variables: { input } });
      else await checkIn({ variables: { input } });
      void message.success(out ? t('gigs.mine.checkOutToast') : t('gigs.mine.checkInToast'));
      onChanged();
    } catch (e) {
      handleError(e);
    }
  };

  const act = async (run: () => Promise<unknown>, done: string) => {
    try {
      await run();
      void message.success(done);
      onChanged();
    } catch (e) {
      handleError(e);
    }
  };

  return (
    <Card
      className="gig-card"
      data-testid="my-gig"
      data-gig-id={g.id}
      data-assignment-id={a.id}
      data-status={a.status}
      data-pay-status={a.payStatus}
      data-day-state={day.state}
    >
      <div className="gig-card-head">
        <Typography.Title level={5} className="gig-card-title">
          <Link to={`/gigs/${g.id}`}>{g.title}</Link>
        </Typography.Title>
        <span className="gig-card-pay">{g.payText}</span>
      </div>
      <div className="gig-card-meta">
        <div>
          <ClockCircleOutlined /> {text.schedule(g)}
        </div>
        <div>
          <EnvironmentOutlined /> {g.address}
        </div>
        <div>{t('gigs.mine.poster', { name: g.posterName })}</div>
      </div>
      <Space size={[4, 4]} wrap style={{ marginTop: 6 }}>
        <AssignmentStatusTag status={a.status} waitlistPosition={a.waitlistPosition} />
        {a.attendance.length ? <PayStatusTag status={a.payStatus} /> : null}
        {a.noShow ? <Typography.Text type="danger">{t('gigs.mine.noShow')}</Typography.Text> : null}
      </Space>
      {g.status === GigStatus.CANCELLED && g.cancelReason ? (
        <Typography.Paragraph type="warning" style={{ margin: '6px 0 0' }}>
          {t('gigs.mine.cancelled', { reason: g.cancelReason })}
        </Typography.Paragraph>
      ) : null}

      {/* Today at the site: check in, then out. */}
      {tab === 'TODAY' && a.status === GigAssignmentStatus.ACCEPTED ? (
        <Flex vertical gap={6} style={{ marginTop: 10 }} data-testid="my-gig-today">
          {day.row ? (
            <Typography.Text data-testid="my-gig-checked">
              {day.row.checkOutAt
                ? t('gigs.mine.checkedOut', { in: text.clock(day.row.checkInAt), out: text.clock(day.row.checkOutAt) })
                : t('gigs.mine.checkedIn', { time: text.clock(day.row.checkInAt), method: t(`gigs.checkMethod.${day.row.checkInMethod}`) })}
            </Typography.Text>
          ) : null}
          {day.state !== 'OUT' ? (
            <Flex gap={8} wrap align="center">
              <Button
                type="primary"
                size="large"
                icon={day.state === 'IN' ? <LogoutOutlined /> : <LoginOutlined />}
                loading={locating || checkInState.loading || checkOutState.loading}
                disabled={day.state === 'NOT_IN' && checkWindow?.state !== 'OPEN'}
                onClick={() => void atSite(day.state === 'IN')}
                data-testid={day.state === 'IN' ? 'my-gig-check-out' : 'my-gig-check-in'}
              >
                {day.state === 'IN' ? t('gigs.mine.checkOut') : t('gigs.mine.checkIn')}
              </Button>
              {day.state === 'NOT_IN' && checkWindow?.state === 'BEFORE' ? (
                <Typography.Text type="secondary">{t('gigs.mine.windowBefore', { time: text.clock(checkWindow.opensAt) })}</Typography.Text>
              ) : day.state === 'NOT_IN' && checkWindow?.state === 'AFTER' ? (
                <Typography.Text type="secondary">{t('gigs.mine.windowAfter')}</Typography.Text>
              ) : null}
            </Flex>
          ) : null}
          {day.state !== 'OUT' ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('gigs.mine.qrHint')}
            </Typography.Text>
          ) : null}
        </Flex>
      ) : null}

      {/* The pay, once a day is worked. */}
      {a.attendance.length ? (
        <Flex vertical gap={4} style={{ marginTop: 10 }} data-testid="my-gig-pay">
          <Typography.Text>
            {t('gigs.mine.days', { count: a.attendance.length })}
            {a.payDueYuan > 0 ? ` · ${t('gigs.mine.payDue', { amount: formatAmount(a.payDueYuan) })}` : ''}
          </Typography.Text>
          {a.paidYuan != null && a.paidMethod ? (
            <Typography.Text strong data-testid="my-gig-paid">
              {t('gigs.mine.paid', { amount: formatAmount(a.paidYuan), method: t(`gigs.payMethod.${a.paidMethod}`) })}
            </Typography.Text>
          ) : a.payStatus === GigPayStatus.UNPAID ? (
            <Typography.Text type="secondary">{t('gigs.mine.payDueAt', { time: text.dateTime(payDueTime(a, g)) })}</Typography.Text>
          ) : null}
          {a.payStatus === GigPayStatus.DISPUTED ? <Typography.Text type="warning">{t('gigs.mine.disputed')}</Typography.Text> : null}
          {a.payStatus === GigPayStatus.RESOLVED && a.disputeOutcome ? (
            <Typography.Text>
              {t(`gigs.disputeOutcome.${a.disputeOutcome}`)}
              {a.resolutionNote ? `：${a.resolutionNote}` : ''}
            </Typography.Text>
          ) : null}
        </Flex>
      ) : null}

      <Flex gap={8} wrap justify="flex-end" style={{ marginTop: 10 }}>
        {holding && g.phase === GigPhase.UPCOMING && g.status === GigStatus.PUBLISHED ? (
          <Popconfirm
            title={t('gigs.mine.withdrawConfirm')}
            description={
              a.status === GigAssignmentStatus.WAITLISTED || shownAt < freeUntil
                ? t('gigs.mine.withdrawFree', { time: text.dateTime(g.freeWithdrawalUntil) })
                : t('gigs.mine.withdrawLate')
            }
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            onConfirm={() => act(() => withdraw({ variables: { gigId: g.id } }), t('gigs.mine.withdrawn'))}
          >
            <Button loading={withdrawState.loading} data-testid="my-gig-withdraw">
              {t('gigs.mine.withdraw')}
            </Button>
          </Popconfirm>
        ) : null}
        {canDispute(a, g) ? (
          <Button danger onClick={() => setDisputing(true)} data-testid="my-gig-dispute">
            {t('gigs.mine.dispute')}
          </Button>
        ) : null}
        {a.payStatus === GigPayStatus.PAID ? (
          <Popconfirm
            title={t('gigs.mine.confirmPayConfirm', { amount: formatAmount(a.paidYuan ?? 0) })}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            okButtonProps={{ 'data-testid': 'my-gig-confirm-pay-ok' } as ButtonProps}
            onConfirm={() => act(() => confirmPay({ variables: { assignmentId: a.id } }), t('gigs.mine.payConfirmed'))}
          >
            <Button type="primary" loading={confirmState.loading} data-testid="my-gig-confirm-pay">
              {t('gigs.mine.confirmPay')}
            </Button>
          </Popconfirm>
        ) : null}
        {a.attendance.length && !a.ratedByMe ? (
          <Button onClick={() => onRate(a.id)} data-testid="my-gig-rate">
            {t('gigs.mine.rate')}
          </Button>
        ) : a.ratedByMe ? (
          <Typography.Text type="secondary">{t('gigs.mine.rated')}</Typography.Text>
        ) : null}
      </Flex>

      <GigReasonModal
        open={disputing}
        title={t('gigs.mine.disputeTitle')}
        label={t('gigs.mine.disputeReason')}
        requiredMessage={t('gigs.mine.disputeRequired')}
        confirming={disputeState.loading}
        testId="my-gig-dispute-reason"
        onCancel={() => setDisputing(false)}
        onConfirm={async (reason) => {
          await act(() => disputePay({ variables: { input: { assignmentId: a.id, reason } } }), t('gigs.mine.disputed'));
          setDisputing(false);
        }}
      />
    </Card>
  );
}
