import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Descriptions, Empty, Flex, Popconfirm, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrorResult } from '../../../shared/components/QueryErrorResult';
import { ScreeningFlagTags } from '../../../shared/components/ScreeningFlagTags';
import { GigOversightTabs } from '../components/GigOversightTabs';
import { GigReasonModal } from '../components/GigReasonModal';
import { GigTruthTags } from '../components/GigTags';
import { RegionLabel } from '../components/RegionLabel';
import { GIG_REVIEW_QUEUE_QUERY, REVIEW_GIG_MUTATION } from '../gigs.graphql';
import { useGigErrorHandler } from '../use-gig-error';
import { useGigText } from '../use-gig-text';
import '../gigs.css';

const FIRST = 50;

/**
 * 零工审核 (`/bureau/gigs`, officers): gigs in the officer's region waiting for review, soonest first — new or
 * individual posters, pay below the minimum wage, flagged wording — with the reasons beside each, to approve
 * (published and nearby workers told) or reject with a reason the poster sees.
 */
export function GigReviewPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const text = useGigText();
  const handleError = useGigErrorHandler();
  const { data, error, refetch } = useQuery(GIG_REVIEW_QUEUE_QUERY, { variables: { first: FIRST }, fetchPolicy: 'cache-and-network' });
  const [review, { loading }] = useMutation(REVIEW_GIG_MUTATION);
  const [rejecting, setRejecting] = useState<string | null>(null);
  const queue = data?.gigReviewQueue;

  const decide = async (id: string, approve: boolean, reason?: string) => {
    try {
      await review({ variables: { id, approve, reason: reason ?? null } });
      void message.success(approve ? t('gigs.oversight.review.approved') : t('gigs.oversight.review.rejected'));
      setRejecting(null);
      await refetch();
    } catch (e) {
      handleError(e);
    }
  };

  return (
    <div className="page page-narrow" data-testid="gig-review-page">
      <GigOversightTabs />
      <Typography.Paragraph type="secondary">{t('gigs.oversight.review.intro')}</Typography.Paragraph>
      {error && !queue ? (
        <QueryErrorResult error={error} onRetry={() => void refetch()} />
      ) : !queue ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : !queue.length ? (
        <Empty description={t('gigs.oversight.review.empty')} data-testid="gig-review-empty" />
      ) : (
        <Flex vertical gap={12} data-testid="gig-review-queue">
          {queue.map((g) => (
            <Card key={g.id} className="gig-card" data-testid="gig-review-item" data-gig-id={g.id}>
              <div className="gig-card-head">
                <Typography.Title level={5} className="gig-card-title">
                  {g.title}
                </Typography.Title>
                <span className="gig-card-pay">{g.payText}</span>
              </div>
              <Space size={[4, 4]} wrap style={{ margin: '6px 0' }}>
                <Tag>{t(`gigs.posterKind.${g.posterKind}`)}</Tag>
                <Typography.Text>{t('gigs.card.poster', { name: g.posterName, grade: g.posterGrade.label })}</Typography.Text>
                {g.belowMinimumWage ? (
                  <Tag color="red" data-testid="gig-review-below-minimum">
                    {t('gigs.oversight.review.belowMinimumWage', { hourly: g.effectiveHourlyYuan ?? '—' })}
                  </Tag>
                ) : null}
                <ScreeningFlagTags flags={g.screeningFlags} showEvidence />
              </Space>
              <Descriptions size="small" column={1}>
                <Descriptions.Item label={t('gigs.detail.when')}>{text.schedule(g)}</Descriptions.Item>
                <Descriptions.Item label={t('gigs.detail.where')}>
                  <RegionLabel code={g.regionCode} /> {g.address}
                </Descriptions.Item>
                <Descriptions.Item label={t('gigs.detail.description')}>
                  <span className="pre-wrap">{g.description}</span>
                </Descriptions.Item>
                {g.safetyNote ? <Descriptions.Item label={t('gigs.detail.safety')}>{g.safetyNote}</Descriptions.Item> : null}
                <Descriptions.Item label={t('gigs.detail.pay')}>
                  {t('gigs.detail.payTerms', { timing: t(`gigs.payTiming.${g.payTiming}`), method: t(`gigs.payMethod.${g.payMethod}`) })}
                  {' · '}
                  {t('gigs.card.places', { headcount: g.headcount, left: g.placesLeft })}
                </Descriptions.Item>
              </Descriptions>
              <GigTruthTags gig={g} />
              <Flex justify="space-between" align="center" wrap gap={8} style={{ marginTop: 8 }}>
                <Typography.Text type="secondary">
                  {t('gigs.oversight.review.createdAt', { time: text.dateTime(g.createdAt) })}
                </Typography.Text>
                <Space>
                  <Button danger onClick={() => setRejecting(g.id)} data-testid="gig-review-reject">
                    {t('gigs.oversight.review.reject')}
                  </Button>
                  <Popconfirm
                    title={t('gigs.oversight.review.approve')}
                    okText={t('common.confirm')}
                    cancelText={t('common.cancel')}
                    onConfirm={() => decide(g.id, true)}
                  >
                    <Button type="primary" loading={loading} data-testid="gig-review-approve">
                      {t('gigs.oversight.review.approve')}
                    </Button>
                  </Popconfirm>
                </Space>
              </Flex>
            </Card>
          ))}
        </Flex>
      )}
      <GigReasonModal
        open={!!rejecting}
        title={t('gigs.oversight.review.rejectTitle')}
        label={t('gigs.oversight.review.rejectReason')}
        requiredMessage={t('gigs.oversight.review.rejectRequired')}
        confirming={loading}
        maxLength={500}
        testId="gig-review-reject-reason"
        onCancel={() => setRejecting(null)}
        onConfirm={(reason) => (rejecting ? decide(rejecting, false, reason) : undefined)}
      />
    </div>
  );
}
