import { useQuery } from '@apollo/client/react';
import { ErrorCode, GigStatus } from '@jobbridge/contracts';
import { Alert, Button, Card, Descriptions, Flex, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { PageLoading } from '../../../shared/components/PageLoading';
import { QueryErrorResult } from '../../../shared/components/QueryErrorResult';
import { hasErrorCode } from '../../../shared/errors';
import { GigCard } from '../components/GigCard';
import { RegionLabel } from '../components/RegionLabel';
import { GIG_DETAIL_QUERY } from '../gigs.graphql';
import { useAcceptGig } from '../use-accept-gig';
import { useGigText } from '../use-gig-text';
import '../gigs.css';

/** `/gigs/:id` (public): one gig in full — the work, the safety note, the pay terms — with 接单. */
export function GigDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const text = useGigText();
  const { data, error, refetch } = useQuery(GIG_DETAIL_QUERY, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const { accept, pending, canAccept, signedIn } = useAcceptGig();

  if (error && !data) {
    if (hasErrorCode(error, ErrorCode.NOT_FOUND))
      return (
        <Result
          status="404"
          title={t('gigs.detail.notFound')}
          extra={
            <Link to="/gigs/nearby">
              <Button type="primary">{t('gigs.detail.back')}</Button>
            </Link>
          }
        />
      );
    return <QueryErrorResult error={error} onRetry={() => void refetch()} />;
  }
  if (!data) return <PageLoading />;
  const g = data.gig;

  return (
    <div className="page page-narrow" data-testid="gig-detail-page" data-gig-id={g.id}>
      <Flex vertical gap={12}>
        <Link to="/gigs/nearby">{t('gigs.detail.back')}</Link>
        {g.status === GigStatus.CANCELLED ? (
          <Alert type="warning" showIcon title={t('gigs.detail.cancelled', { reason: g.cancelReason ?? '' })} />
        ) : null}
        <GigCard gig={g} onAccept={(gigId) => void accept(gigId)} accepting={pending === g.id} canAccept={canAccept} signedIn={signedIn} />
        <Card size="small" title={t('gigs.detail.title')}>
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('gigs.detail.description')}>
              <Typography.Paragraph className="pre-wrap" style={{ margin: 0 }}>
                {g.description}
              </Typography.Paragraph>
            </Descriptions.Item>
            {g.safetyNote ? <Descriptions.Item label={t('gigs.detail.safety')}>{g.safetyNote}</Descriptions.Item> : null}
            <Descriptions.Item label={t('gigs.detail.pay')}>
              {g.payText}
              {' · '}
              {t('gigs.detail.payTerms', { timing: t(`gigs.payTiming.${g.payTiming}`), method: t(`gigs.payMethod.${g.payMethod}`) })}
            </Descriptions.Item>
            <Descriptions.Item label={t('gigs.detail.when')}>{text.schedule(g)}</Descriptions.Item>
            <Descriptions.Item label={t('gigs.detail.where')}>
              <RegionLabel code={g.regionCode} /> {g.address}
            </Descriptions.Item>
            <Descriptions.Item label={t('gigs.detail.poster')}>
              {t('gigs.card.poster', { name: g.posterName, grade: g.posterGrade.label })}
            </Descriptions.Item>
            <Descriptions.Item label={t('gigs.detail.withdrawal')}>
              {t('gigs.card.freeWithdrawal', { time: text.dateTime(g.freeWithdrawalUntil) })}
            </Descriptions.Item>
          </Descriptions>
        </Card>
      </Flex>
    </div>
  );
}
