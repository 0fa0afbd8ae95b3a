import { GigAssignmentStatus, GigPayStatus } from '@jobbridge/contracts';
import { Button, Card, Flex, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { dayState } from '../gig-helpers';
import type { GigAssignmentRow, GigAttendanceRow } from '../gigs.graphql';
import { formatAmount, useGigText } from '../use-gig-text';
import { AssignmentStatusTag, PayStatusTag } from './GigTags';

/**
 * One worker on the poster's day page: their place and grade, each day's check-in and check-out (time, QR or
 * location and how far), the day to confirm, the pay due and paid, and the rating.
 */
export function GigWorkerCard({
  assignment: a,
  today,
  onConfirmDay,
  onMarkPaid,
  onRate,
}: {
  assignment: GigAssignmentRow;
  today: string;
  onConfirmDay: (day: GigAttendanceRow) => void;
  onMarkPaid: () => void;
  onRate: () => void;
}) {
  const { t } = useTranslation();
  const text = useGigText();
  const holding = a.status === GigAssignmentStatus.ACCEPTED || a.status === GigAssignmentStatus.WAITLISTED;
  const state = dayState(a.attendance, today).state;
  const payable = !!a.attendance.length && (a.payStatus === GigPayStatus.UNPAID || a.payStatus === GigPayStatus.PAID);

  return (
    <Card
      size="small"
      className="gig-worker"
      data-testid="gig-worker"
      data-assignment-id={a.id}
      data-status={a.status}
      data-pay-status={a.payStatus}
      data-day-state={state}
      style={holding ? undefined : { opacity: 0.7 }}
    >
      <Flex justify="space-between" align="flex-start" gap={8} wrap>
        <Space size={6} wrap>
          <Typography.Text strong data-testid="gig-worker-name">
            {a.workerName}
          </Typography.Text>
          <Tag color="blue">{t('gigs.manage.grade', { grade: a.workerGrade.label })}</Tag>
          <AssignmentStatusTag status={a.status} waitlistPosition={a.waitlistPosition} />
          {a.noShow ? <Tag color="red">{t('gigs.mine.noShow')}</Tag> : null}
        </Space>
        {a.attendance.length ? <PayStatusTag status={a.payStatus} /> : null}
      </Flex>

      {a.attendance.length ? (
        <Flex vertical gap={2} style={{ marginTop: 6 }}>
          {a.attendance.map((d) => (
            <Flex
              key={d.id}
              gap={8}
              wrap
              align="center"
              className="gig-attendance-line"
              data-testid="gig-worker-day"
              data-date={d.workDate}
            >
              <Typography.Text>{text.day(d.workDate)}</Typography.Text>
              <Typography.Text data-testid="gig-worker-check-in">
                {t('gigs.manage.checkIn', { time: text.clock(d.checkInAt) })}（{t(`gigs.checkMethod.${d.checkInMethod}`)}
                {d.checkInDistanceMeters != null
                  ? `，${t('gigs.manage.distance', { distance: text.distance(d.checkInDistanceMeters) })}`
                  : ''}
                ）
              </Typography.Text>
              {d.checkOutAt ? <Typography.Text>{t('gigs.manage.checkOut', { time: text.clock(d.checkOutAt) })}</Typography.Text> : null}
              {d.minutes > 0 ? (
                <Typography.Text type="secondary">{t('gigs.manage.minutes', { minutes: d.minutes })}</Typography.Text>
              ) : null}
              {d.pieces != null ? (
                <Typography.Text type="secondary">{t('gigs.manage.pieces', { pieces: d.pieces })}</Typography.Text>
              ) : null}
              {d.confirmedAt ? (
                <Tag color="green" data-testid="gig-worker-day-confirmed">
                  {t('gigs.manage.confirmed')}
                </Tag>
              ) : a.payStatus === GigPayStatus.UNPAID ? (
                <Button size="small" onClick={() => onConfirmDay(d)} data-testid="gig-confirm-day">
                  {t('gigs.manage.confirmDay')}
                </Button>
              ) : null}
            </Flex>
          ))}
        </Flex>
      ) : holding ? (
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 6 }} data-testid="gig-worker-not-in">
          {t('gigs.manage.notCheckedIn')}
        </Typography.Text>
      ) : null}

      {a.attendance.length ? (
        <Flex justify="space-between" align="center" gap={8} wrap style={{ marginTop: 8 }}>
          <Typography.Text data-testid="gig-worker-pay">
            {t('gigs.manage.payDue', { amount: formatAmount(a.payDueYuan) })}
            {a.paidYuan != null && a.paidMethod
              ? ` · ${t('gigs.manage.paid', { amount: formatAmount(a.paidYuan), method: t(`gigs.payMethod.${a.paidMethod}`) })}`
              : ''}
          </Typography.Text>
          <Space wrap>
            {payable ? (
              <Button type={a.payStatus === GigPayStatus.UNPAID ? 'primary' : 'default'} onClick={onMarkPaid} data-testid="gig-mark-paid">
                {t('gigs.manage.markPaid')}
              </Button>
            ) : null}
            {a.ratedByMe ? (
              <Typography.Text type="secondary">{t('gigs.manage.rated')}</Typography.Text>
            ) : (
              <Button onClick={onRate} data-testid="gig-rate-worker">
                {t('gigs.manage.rate')}
              </Button>
            )}
          </Space>
        </Flex>
      ) : a.noShow && !a.ratedByMe ? (
        <Flex justify="flex-end" style={{ marginTop: 8 }}>
          <Button onClick={onRate} data-testid="gig-rate-worker">
            {t('gigs.manage.rate')}
          </Button>
        </Flex>
      ) : null}
    </Card>
  );
}
