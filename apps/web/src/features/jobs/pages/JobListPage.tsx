import { useQuery } from '@apollo/client/react';
import { Col, Empty, Row, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LoadMore } from '../../../shared/components/LoadMore';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryErrorResult } from '../../../shared/components/QueryErrorResult';
import { extractAppErrors } from '../../../shared/errors';
import { useLoadMore } from '../../../shared/hooks/use-load-more';
import { JobCard } from '../components/JobCard';
import { JobFilters } from '../components/JobFilters';
import { useJobFilters } from '../hooks/use-job-filters';
import { JOB_POSTINGS_QUERY } from '../jobs.graphql';

const PAGE_SIZE = 20;

export function JobListPage() {
  const { t } = useTranslation();
  const { values, filter, setFilters } = useJobFilters();
  const { data, loading, error, refetch, fetchMore } = useQuery(JOB_POSTINGS_QUERY, {
    variables: { filter, first: PAGE_SIZE },
  });
  const connection = data?.jobPostings;
  // A hand-edited URL can carry a filter the API rejects (unknown region, bad range): retrying then clears filters.
  const filterRejected = Boolean(error && extractAppErrors(error).some((e) => e.field?.startsWith('filter')));

  const { loadingMore, loadMore } = useLoadMore(fetchMore);

  return (
    <div className="page">
      <PageHeader title={t('jobs.listTitle')} subtitle={t('app.tagline')} />
      <JobFilters values={values} onChange={setFilters} />
      {error && !connection ? (
        <QueryErrorResult error={error} onRetry={filterRejected ? () => setFilters({}) : () => void refetch()} />
      ) : (
        <>
          <Typography.Paragraph className="job-total" data-testid="job-total">
            {connection ? t('jobs.total', { count: connection.totalCount }) : '\u00a0'}
          </Typography.Paragraph>
          {loading && !connection ? (
            <Skeleton active paragraph={{ rows: 6 }} />
          ) : connection && connection.edges.length === 0 ? (
            <Empty description={t('jobs.empty')} data-testid="job-list-empty" />
          ) : (
            <Row gutter={[12, 12]} data-testid="job-list">
              {connection?.edges.map(({ node }) => (
                <Col key={node.id} xs={24} md={12} xl={8}>
                  <JobCard job={node} />
                </Col>
              ))}
            </Row>
          )}
          {connection && connection.edges.length > 0 ? (
            <LoadMore pageInfo={connection.pageInfo} loading={loadingMore} onLoadMore={(after) => void loadMore(after)} />
          ) : null}
        </>
      )}
    </div>
  );
}
