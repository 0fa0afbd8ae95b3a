import { PlusOutlined, TeamOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { GigStatus } from '@jobbridge/contracts';
import { Button, Card, Empty, Flex, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryErrorResult } from '../../../shared/components/QueryErrorResult';
import { ScreeningFlagTags } from '../../../shared/components/ScreeningFlagTags';
import { GigStatusTag } from '../components/GigTags';
import { isGigEditable } from '../gig-helpers';
import { POSTED_GIGS_QUERY } from '../gigs.graphql';
import { useGigText } from '../use-gig-text';
import '../gigs.css';

const FIRST = 50;

/**
 * 我发布的零工 (`/gigs/posted`, employers and individual posters): each gig with its state, places taken, why it was
 * not published, and the way to its day page (QR, workers, pay) or to change it while nobody has taken a place.
 */
export function PostedGigsPage() {
  const { t } = useTranslation();
  const text = useGigText();
  const { data, error, refetch } = useQuery(POSTED_GIGS_QUERY, { variables: { first: FIRST }, fetchPolicy: 'cache-and-network' });
  const gigs = data?.postedGigs;

  return (
    <div className="page page-narrow" data-testid="posted-gigs-page">
      <PageHeader
        title={t('gigs.posted.title')}
        subtitle={t('gigs.posted.intro')}
        extra={
          <Link to="/gigs/post" data-testid="posted-gigs-new">
            <Button type="primary" icon={<PlusOutlined />}>
              {t('gigs.posted.post')}
            </Button>
          </Link>
        }
      />
      {error && !gigs ? (
        <QueryErrorResult error={error} onRetry={() => void refetch()} />
      ) : !gigs ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : !gigs.length ? (
        <Empty description={t('gigs.posted.empty')} data-testid="posted-gigs-empty" />
      ) : (
        <Flex vertical gap={12} data-testid="posted-gigs">
          {gigs.map((g) => (
            <Card key={g.id} className="gig-card" data-testid="posted-gig" data-gig-id={g.id} data-status={g.status}>
              <div className="gig-card-head">
                <Typography.Title level={5} className="gig-card-title">
                  <Link to={`/gigs/${g.id}/manage`}>{g.title}</Link>
                </Typography.Title>
                <span className="gig-card-pay">{g.payText}</span>
              </div>
              <div className="gig-card-meta">
                <div>{text.schedule(g)}</div>
                <div>{g.address}</div>
              </div>
              <Space size={[4, 4]} wrap style={{ marginTop: 6 }}>
                <GigStatusTag status={g.status} phase={g.phase} />
                <Typography.Text>
                  <TeamOutlined /> {t('gigs.posted.workers', { accepted: g.acceptedCount, headcount: g.headcount })}
                </Typography.Text>
              </Space>
              {g.status === GigStatus.REJECTED && g.rejectionReason ? (
                <Typography.Paragraph type="danger" style={{ margin: '6px 0 0' }}>
                  {t('gigs.posted.rejected', { reason: g.rejectionReason })}
                </Typography.Paragraph>
              ) : null}
              {g.status === GigStatus.CANCELLED && g.cancelReason ? (
                <Typography.Paragraph type="secondary" style={{ margin: '6px 0 0' }}>
                  {t('gigs.posted.cancelled', { reason: g.cancelReason })}
                </Typography.Paragraph>
              ) : null}
              {g.status === GigStatus.PENDING_REVIEW && g.screeningFlags.length ? (
                <ScreeningFlagTags flags={g.screeningFlags} showEvidence />
              ) : null}
              <Flex gap={8} justify="flex-end" wrap style={{ marginTop: 8 }}>
                {isGigEditable(g, 0) ? (
                  <Link to={`/gigs/${g.id}/edit`}>
                    <Button>{t('gigs.posted.edit')}</Button>
                  </Link>
                ) : null}
                <Link to={`/gigs/${g.id}/manage`} data-testid="posted-gig-manage">
                  <Button type="primary">{t('gigs.posted.manage')}</Button>
                </Link>
              </Flex>
            </Card>
          ))}
        </Flex>
      )}
    </div>
  );
}
