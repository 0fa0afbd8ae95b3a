import { useQuery } from '@apollo/client/react';
import { ErrorCode, Role } from '@jobbridge/contracts';
import { Button, Col, Empty, Flex, Result, Row, Skeleton, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadMoreButton } from '../../../shared/components/LoadMore';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryErrorResult } from '../../../shared/components/QueryErrorResult';
import { extractAppErrors } from '../../../shared/errors';
import { useOffsetLoadMore } from '../../../shared/hooks/use-load-more';
import { useAuth } from '../../auth';
import { SaveSearchButton } from '../../saved-searches';
import { JobCard } from '../components/JobCard';
import { JobFilters } from '../components/JobFilters';
import { useGeolocation } from '../hooks/use-geolocation';
import { toSearchInput, useJobFilters } from '../hooks/use-job-filters';
import { SEARCH_JOBS_QUERY, type FacetCount } from '../jobs.graphql';

const PAGE_SIZE = 20;
const REGION_FACET_LIMIT = 12;

export function JobListPage() {
  const { t } = useTranslation();
  const { role } = useAuth();
  const { values, setFilters } = useJobFilters();
  const geo = useGeolocation(Boolean(values.distanceKm));
  const input = useMemo(() => toSearchInput(values, geo.position), [values, geo.position]);
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(SEARCH_JOBS_QUERY, {
    variables: { input, first: PAGE_SIZE, offset: 0 },
    // Wait for the browser's position before searching "附近".
    skip: geo.locating,
    notifyOnNetworkStatusChange: false,
  });
  // While a changed search loads, the previous results stay on screen (dimmed) instead of flashing a skeleton: the
  // list then changes once, from the old results to the new ones.
  const stale = loading && !data && Boolean(previousData);
  const result = data?.searchJobs ?? (stale ? previousData?.searchJobs : undefined);
  const errors = error ? extractAppErrors(error) : [];
  const searchUnavailable = errors.some((e) => e.code === ErrorCode.SEARCH_UNAVAILABLE);
  // A hand-edited URL can carry a filter the API rejects (unknown region, bad range): retrying then clears filters.
  const filterRejected = errors.some((e) => e.field?.startsWith('input'));

  const { loadingMore, loadMore } = useOffsetLoadMore(fetchMore);
  const kindCounts = useMemo(() => facetCounts(result?.facets.kind), [result?.facets.kind]);
  const regionFacets = result?.facets.region?.filter((f) => f.count > 0).slice(0, REGION_FACET_LIMIT) ?? [];

  return (
    <div className="page">
      <PageHeader
        title={t('jobs.listTitle')}
        subtitle={t('app.tagline')}
        extra={role === Role.JOB_SEEKER ? <SaveSearchButton input={input} /> : undefined}
      />
      <JobFilters values={values} onChange={setFilters} geo={geo} kindCounts={result ? kindCounts : undefined} />
      {error && searchUnavailable ? (
        <div data-testid="search-unavailable">
          <Result
            status="warning"
            title={t('jobs.searchUnavailable.title')}
            subTitle={t('errors.SEARCH_UNAVAILABLE')}
            extra={
              <Button type="primary" onClick={() => void refetch()} data-testid="search-retry">
                {t('common.retry')}
              </Button>
            }
          />
        </div>
      ) : error && !result ? (
        <QueryErrorResult error={error} onRetry={filterRejected ? () => setFilters({}) : () => void refetch()} />
      ) : (
        <>
          <Typography.Paragraph className="job-total" data-testid="job-total">
            {result ? t(result.totalCountCapped ? 'jobs.totalCapped' : 'jobs.total', { count: result.totalCount }) : '\u00a0'}
          </Typography.Paragraph>
          {regionFacets.length > 0 ? (
            <Flex wrap gap={6} align="center" className="facet-list" data-testid="facet-region">
              <Typography.Text type="secondary">{t('jobs.filters.facetRegion')}：</Typography.Text>
              {regionFacets.map((f) => (
                <Tag.CheckableTag
                  key={f.value}
                  checked={values.regionCode === f.value}
                  onChange={() => setFilters({ ...values, regionCode: f.value })}
                  data-testid={`facet-region-${f.value}`}
                >
                  {f.label} <span className="option-count">{f.count}</span>
                </Tag.CheckableTag>
              ))}
            </Flex>
          ) : null}
          {(loading || geo.locating) && !result ? (
            <Skeleton active paragraph={{ rows: 6 }} />
          ) : result && result.hits.length === 0 ? (
            <Empty description={t('jobs.empty')} data-testid="job-list-empty" />
          ) : (
            <Row gutter={[12, 12]} className={stale ? 'job-list-stale' : undefined} aria-busy={stale} data-testid="job-list">
              {result?.hits.map((hit) => (
                <Col key={hit.node.id} xs={24} md={12} xl={8}>
                  <JobCard
                    job={hit.node}
                    highlightedTitle={hit.highlightedTitle}
                    distanceKm={hit.distanceKm}
                    duplicateCount={hit.duplicateCount}
                  />
                </Col>
              ))}
            </Row>
          )}
          {result && result.hits.length > 0 ? (
            <LoadMoreButton hasMore={result.hasNextPage} loading={loadingMore} onLoadMore={() => void loadMore(result.hits.length)} />
          ) : null}
        </>
      )}
    </div>
  );
}

function facetCounts(facets: FacetCount[] | null | undefined): Partial<Record<string, number>> {
  return Object.fromEntries((facets ?? []).map((f) => [f.value, f.count]));
}
