import { useMutation, useQuery } from '@apollo/client/react';
import { SCREENING_FLAG_CODES } from '@jobbridge/domain';
import { App, Button, Empty, Flex, Select, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { LoadMore } from '../../../shared/components/LoadMore';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryErrorResult } from '../../../shared/components/QueryErrorResult';
import { useGraphQLErrorHandler } from '../../../shared/errors';
import { useLoadMore } from '../../../shared/hooks/use-load-more';
import { CaseloadBanner } from '../../employment-support';
import { WatchWarnings } from '../../oversight';
import { SubsidyQueueBanner } from '../../subsidies';
import { REVIEW_JOB_MUTATION, REVIEW_QUEUE_QUERY, type ReviewQueueFilters, type ReviewQueueOrder } from '../bureau.graphql';
import { ReasonModal } from '../components/ReasonModal';
import { ReviewDrawer } from '../components/ReviewDrawer';
import { ReviewQueueItem } from '../components/ReviewQueueItem';

const PAGE_SIZE = 20;
/** The queue's orders and their labels (ReviewQueueOrder in the API). */
const ORDERS: { value: ReviewQueueOrder; label: 'oldestFirst' | 'newestFirst' | 'flaggedFirst' }[] = [
  { value: 'OLDEST_FIRST', label: 'oldestFirst' },
  { value: 'NEWEST_FIRST', label: 'newestFirst' },
  { value: 'FLAGGED_FIRST', label: 'flaggedFirst' },
];

/** 审核队列: PENDING_REVIEW postings in the officer's region, filtered by screening flag and ordered as the officer picks. */
export function ReviewQueuePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleError = useGraphQLErrorHandler();
  const [openId, setOpenId] = useState<string | null>(null);
  // The posting the reason box was opened for: it stays the target if the drawer closes meanwhile.
  const [rejectingId, setRejectingId] = useState<string | null>(null);

  const [filters, setFilters] = useState<ReviewQueueFilters>({ flagged: null, flagCode: null, order: 'OLDEST_FIRST' });
  const { data, error, refetch, fetchMore } = useQuery(REVIEW_QUEUE_QUERY, {
    variables: { first: PAGE_SIZE, ...filters },
    fetchPolicy: 'cache-and-network',
  });
  const [review, { loading: reviewing }] = useMutation(REVIEW_JOB_MUTATION);
  const connection = data?.reviewQueue;
  const openJob = connection?.edges.find((e) => e.node.id === openId)?.node ?? null;

  const decide = async (id: string | null, approve: boolean, reason?: string) => {
    if (!id) return;
    try {
      await review({ variables: { id, approve, reason } });
      void message.success(approve ? t('bureau.review.approved') : t('bureau.review.rejected'));
      setRejectingId(null);
      setOpenId((open) => (open === id ? null : open));
      await refetch(); // the posting leaves the queue
    } catch (e) {
      handleError(e);
    }
  };

  const { loadingMore, loadMore } = useLoadMore(fetchMore);

  return (
    <div className="page page-narrow">
      <WatchWarnings />
      <CaseloadBanner />
      <SubsidyQueueBanner />
      <PageHeader
        title={t('bureau.review.title')}
        subtitle={t('bureau.review.intro')}
        extra={
          <Link to="/bureau/screening-patterns" data-testid="review-patterns-link">
            <Button>{t('oversight.patterns.link')}</Button>
          </Link>
        }
      />
      <Flex gap={8} wrap style={{ marginBottom: 12 }} data-testid="review-filters">
        <Select
          aria-label={t('bureau.review.filter.label')}
          style={{ minWidth: 140 }}
          value={
            filters.flagCode
              ? `code:${filters.flagCode}`
              : filters.flagged === true
                ? 'flagged'
                : filters.flagged === false
                  ? 'clean'
                  : 'all'
          }
          onChange={(v: string) =>
            setFilters((f) => ({
              ...f,
              flagged: v === 'flagged' ? true : v === 'clean' ? false : null,
              flagCode: v.startsWith('code:') ? v.slice(5) : null,
            }))
          }
          options={[
            { value: 'all', label: t('bureau.review.filter.all') },
            { value: 'flagged', label: t('bureau.review.filter.flagged') },
            { value: 'clean', label: t('bureau.review.filter.clean') },
            ...SCREENING_FLAG_CODES.map((code) => ({ value: `code:${code}`, label: t(`bureau.screeningFlags.${code}`) })),
          ]}
          // A short list, rendered whole: a virtual list opened at a flag further down would leave 全部 unrendered.
          virtual={false}
          optionRender={(o) => <span data-testid={`review-filter-option-${String(o.value).replace('code:', '')}`}>{o.label}</span>}
          data-testid="review-filter"
        />
        <Select
          aria-label={t('bureau.review.filter.order')}
          style={{ minWidth: 140 }}
          value={filters.order ?? 'OLDEST_FIRST'}
          onChange={(order: ReviewQueueOrder) => setFilters((f) => ({ ...f, order }))}
          options={ORDERS.map(({ value, label }) => ({ value, label: t(`bureau.review.filter.${label}`) }))}
          optionRender={(o) => <span data-testid={`review-order-option-${String(o.value)}`}>{o.label}</span>}
          data-testid="review-order"
        />
      </Flex>
      {error && !connection ? (
        <QueryErrorResult error={error} onRetry={() => void refetch()} />
      ) : !connection ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : connection.edges.length === 0 ? (
        <Empty description={t('bureau.review.empty')} data-testid="review-queue-empty" />
      ) : (
        <Flex vertical gap={12} data-testid="review-queue">
          <Typography.Text type="secondary" data-testid="review-queue-total">
            {t('jobs.total', { count: connection.totalCount })}
          </Typography.Text>
          {connection.edges.map(({ node }) => (
            <ReviewQueueItem key={node.id} job={node} onOpen={() => setOpenId(node.id)} />
          ))}
          <LoadMore pageInfo={connection.pageInfo} loading={loadingMore} onLoadMore={(after) => void loadMore(after)} />
        </Flex>
      )}
      <ReviewDrawer
        job={openJob}
        busy={reviewing}
        onApprove={() => void decide(openId, true)}
        onReject={() => setRejectingId(openId)}
        onClose={() => setOpenId(null)}
      />
      <ReasonModal
        open={rejectingId !== null}
        title={t('bureau.review.rejectTitle')}
        label={t('bureau.review.rejectReason')}
        placeholder={t('bureau.review.rejectReasonPlaceholder')}
        requiredMessage={t('bureau.review.rejectReasonRequired')}
        confirming={reviewing}
        onConfirm={(reason) => decide(rejectingId, false, reason)}
        onCancel={() => setRejectingId(null)}
        testId="review-reject-reason"
      />
    </div>
  );
}
