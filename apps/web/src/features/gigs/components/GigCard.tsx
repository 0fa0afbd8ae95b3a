import { EnvironmentOutlined, ClockCircleOutlined, TeamOutlined } from '@ant-design/icons';
import { GigAssignmentStatus, GigStatus } from '@jobbridge/contracts';
import { Button, Card, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { GigCard as GigCardData } from '../gigs.graphql';
import { useGigText } from '../use-gig-text';
import { AssignmentStatusTag, GigTruthTags } from './GigTags';

export type GigCardGig = GigCardData & {
  myAssignment?: { id: string; status: GigAssignmentStatus; waitlistPosition?: number | null } | null;
};

/**
 * One gig in a list: what, the pay (large), when, how far, where, places left and the poster's grade, the truth
 * card's items, and 接单 — or the worker's place once taken.
 */
export function GigCard({
  gig,
  index,
  active,
  onAccept,
  accepting,
  canAccept,
  signedIn,
  onSelect,
  extra,
}: {
  gig: GigCardGig;
  /** The number of its dot on the map. */
  index?: number;
  active?: boolean;
  onAccept?: (gigId: string) => void;
  accepting?: boolean;
  canAccept?: boolean;
  signedIn?: boolean;
  onSelect?: (gigId: string) => void;
  extra?: ReactNode;
}) {
  const { t } = useTranslation();
  const text = useGigText();
  const mine = gig.myAssignment;
  // A free withdrawal may take the place again; any other place (held, waiting, late withdrawal) shows as it stands.
  const placed = mine && mine.status !== GigAssignmentStatus.WITHDRAWN;
  const open = gig.status === GigStatus.PUBLISHED;

  return (
    <Card
      className={`gig-card${active ? ' gig-card-active' : ''}`}
      id={`gig-card-${gig.id}`}
      data-testid="gig-card"
      data-gig-id={gig.id}
      data-my-status={mine?.status ?? ''}
      onMouseEnter={() => onSelect?.(gig.id)}
    >
      <div className="gig-card-head">
        <Typography.Title level={5} className="gig-card-title">
          {index != null ? <span className="gig-index">{index}</span> : null}
          <Link to={`/gigs/${gig.id}`} data-testid="gig-card-title">
            {gig.title}
          </Link>
        </Typography.Title>
        <span className="gig-card-pay" data-testid="gig-card-pay">
          {gig.payText}
        </span>
      </div>
      <div className="gig-card-meta">
        <div>
          <ClockCircleOutlined /> <span data-testid="gig-card-schedule">{text.schedule(gig)}</span>
          {gig.distanceMeters != null ? (
            <>
              {' · '}
              <span data-testid="gig-card-distance">{text.distance(gig.distanceMeters)}</span>
            </>
          ) : null}
        </div>
        <div>
          <EnvironmentOutlined /> {gig.address}
        </div>
        <div>
          <TeamOutlined />{' '}
          {gig.placesLeft > 0
            ? t('gigs.card.places', { headcount: gig.headcount, left: gig.placesLeft })
            : t('gigs.card.full', { headcount: gig.headcount })}
          {' · '}
          {t('gigs.card.poster', { name: gig.posterName, grade: gig.posterGrade.label })}
        </div>
      </div>
      <Space size={[4, 4]} wrap style={{ marginTop: 6 }}>
        <Tag color="blue" style={{ marginInlineEnd: 0 }}>
          {t(`gigs.payTiming.${gig.payTiming}`)}
        </Tag>
        <GigTruthTags gig={gig} />
        {gig.skills.length ? <Tag style={{ marginInlineEnd: 0 }}>{t('gigs.card.skills', { skills: gig.skills.join('、') })}</Tag> : null}
      </Space>
      <div className="gig-card-foot">
        <Link to={`/gigs/${gig.id}`}>{t('gigs.card.details')}</Link>
        <Space wrap>
          {extra}
          {placed ? (
            <AssignmentStatusTag status={mine.status} waitlistPosition={mine.waitlistPosition} />
          ) : canAccept && onAccept && open ? (
            <Button type="primary" size="large" loading={accepting} onClick={() => onAccept(gig.id)} data-testid="gig-accept">
              {!signedIn ? t('gigs.card.loginToAccept') : gig.placesLeft > 0 ? t('gigs.card.accept') : t('gigs.card.acceptWaitlist')}
            </Button>
          ) : null}
        </Space>
      </div>
    </Card>
  );
}
