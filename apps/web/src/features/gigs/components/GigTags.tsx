import { GigAssignmentStatus, GigPayStatus, GigPhase, GigStatus } from '@jobbridge/contracts';
import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const STATUS_COLORS: Record<GigStatus, string> = {
  [GigStatus.PENDING_REVIEW]: 'warning',
  [GigStatus.PUBLISHED]: 'success',
  [GigStatus.REJECTED]: 'error',
  [GigStatus.CANCELLED]: 'default',
};

const PHASE_COLORS: Record<GigPhase, string> = {
  [GigPhase.UPCOMING]: 'blue',
  [GigPhase.IN_PROGRESS]: 'processing',
  [GigPhase.ENDED]: 'default',
};

const PAY_COLORS: Record<GigPayStatus, string> = {
  [GigPayStatus.UNPAID]: 'default',
  [GigPayStatus.PAID]: 'processing',
  [GigPayStatus.CONFIRMED]: 'success',
  [GigPayStatus.DISPUTED]: 'error',
  [GigPayStatus.RESOLVED]: 'cyan',
};

const ASSIGNMENT_COLORS: Record<GigAssignmentStatus, string> = {
  [GigAssignmentStatus.ACCEPTED]: 'success',
  [GigAssignmentStatus.WAITLISTED]: 'gold',
  [GigAssignmentStatus.WITHDRAWN]: 'default',
  [GigAssignmentStatus.LATE_WITHDRAWN]: 'warning',
  [GigAssignmentStatus.GIG_CANCELLED]: 'default',
};

/** A gig's state for its poster and officers: 待审核 / 已发布 (with 未开工 / 进行中 / 已结束) / 未通过 / 已取消. */
export function GigStatusTag({ status, phase }: { status: GigStatus; phase?: GigPhase }) {
  const { t } = useTranslation();
  return (
    <Space size={4} wrap>
      <Tag color={STATUS_COLORS[status]} data-testid="gig-status" data-status={status}>
        {t(`gigs.status.${status}`)}
      </Tag>
      {phase && status === GigStatus.PUBLISHED ? <Tag color={PHASE_COLORS[phase]}>{t(`gigs.phase.${phase}`)}</Tag> : null}
    </Space>
  );
}

export function PayStatusTag({ status }: { status: GigPayStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={PAY_COLORS[status]} data-testid="gig-pay-status" data-status={status}>
      {t(`gigs.payStatus.${status}`)}
    </Tag>
  );
}

export function AssignmentStatusTag({ status, waitlistPosition }: { status: GigAssignmentStatus; waitlistPosition?: number | null }) {
  const { t } = useTranslation();
  return (
    <Tag color={ASSIGNMENT_COLORS[status]} data-testid="gig-assignment-status" data-status={status}>
      {status === GigAssignmentStatus.WAITLISTED && waitlistPosition
        ? t('gigs.card.waitlisted', { position: waitlistPosition })
        : t(`gigs.assignmentStatus.${status}`)}
    </Tag>
  );
}

/** The truth card's yes/no items: what the poster provides (green) and what the work demands (orange). */
export function GigTruthTags({
  gig,
}: {
  gig: { toolsProvided: boolean; mealsProvided: boolean; worksAtHeight: boolean; heavyLoads: boolean };
}) {
  const { t } = useTranslation();
  const items = [
    gig.toolsProvided ? { key: 'toolsProvided', color: 'green' } : null,
    gig.mealsProvided ? { key: 'mealsProvided', color: 'green' } : null,
    gig.worksAtHeight ? { key: 'worksAtHeight', color: 'orange' } : null,
    gig.heavyLoads ? { key: 'heavyLoads', color: 'orange' } : null,
  ].filter((x): x is { key: 'toolsProvided' | 'mealsProvided' | 'worksAtHeight' | 'heavyLoads'; color: string } => !!x);
  if (!items.length) return null;
  return (
    <Space size={[4, 4]} wrap data-testid="gig-truth-tags">
      {items.map((i) => (
        <Tag key={i.key} color={i.color} style={{ marginInlineEnd: 0 }}>
          {t(`gigs.truth.${i.key}`)}
        </Tag>
      ))}
    </Space>
  );
}
