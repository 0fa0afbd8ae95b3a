import { CaseloadFilter } from '@jobbridge/contracts';
import { useQuery } from '@apollo/client/react';
import { Button, Empty, Flex, List, Segmented, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { LoadMore } from '../../../shared/components/LoadMore';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryErrorResult } from '../../../shared/components/QueryErrorResult';
import { useLoadMore } from '../../../shared/hooks/use-load-more';
import { CaseStandingTag } from '../components/CaseStandingTag';
import { RegionLabel } from '../components/RegionLabel';
import { CASELOAD_QUERY, type CaseListData } from '../employment-support.graphql';

const PAGE_SIZE = 20;
const FILTERS = Object.values(CaseloadFilter);

function CaseRow({ c }: { c: CaseListData }) {
  const { t } = useTranslation();
  return (
    <List.Item
      data-testid="caseload-row"
      data-case-id={c.id}
      data-standing={c.standing}
      style={c.overdue ? { borderInlineStart: '3px solid #ff4d4f' } : undefined}
      actions={[
        <Link key="view" to={`/bureau/caseload/${c.id}`} data-testid="caseload-view">
          {t('employmentSupport.caseload.view')}
        </Link>,
      ]}
    >
      <List.Item.Meta
        title={
          <Flex gap={8} wrap align="center">
            <Link to={`/bureau/caseload/${c.id}`} data-testid="caseload-name">
              {c.person.fullName}
            </Link>
            <Tag>{t(`employmentSupport.kind.${c.kind}`)}</Tag>
            <CaseStandingTag standing={c.standing} />
            {c.outcome && c.status === 'OPEN' ? <Tag>{t(`employmentSupport.outcome.${c.outcome}`)}</Tag> : null}
          </Flex>
        }
        description={
          <Flex gap={12} wrap>
            <span>
              <RegionLabel code={c.regionCode} />
            </span>
            {c.person.idNumberMasked ? <span>{c.person.idNumberMasked}</span> : null}
            {c.status === 'OPEN' ? (
              <Typography.Text type={c.overdue ? 'danger' : undefined} strong={c.overdue} data-testid="caseload-due">
                {t('employmentSupport.caseload.due')} {c.nextFollowUpDue}
              </Typography.Text>
            ) : (
              <span data-testid="caseload-closed">
                {t('employmentSupport.caseload.closedOn', { date: (c.closedAt ?? '').slice(0, 10) })} ·{' '}
                {c.outcome ? t(`employmentSupport.outcome.${c.outcome}`) : ''}
              </span>
            )}
            <span>
              {t('employmentSupport.caseload.lastContact')} {c.lastContactOn ?? t('employmentSupport.caseload.never')}
            </span>
          </Flex>
        }
      />
    </List.Item>
  );
}

/**
 * 帮扶台账 (`/bureau/caseload`, officers): the registered unemployed and difficulty-group people of the officer's
 * region, due first (overdue in red), filtered to those due (overdue, due this week or never contacted), every open
 * case, or closed ones.
 */
export function CaseloadPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const initial = params.get('filter') as CaseloadFilter | null;
  const [filter, setFilter] = useState<CaseloadFilter>(initial && FILTERS.includes(initial) ? initial : CaseloadFilter.DUE);
  const { data, error, refetch, fetchMore, loading } = useQuery(CASELOAD_QUERY, {
    variables: { filter, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const { loadingMore, loadMore } = useLoadMore(fetchMore);
  const connection = data?.caseload;
  const change = (f: CaseloadFilter) => {
    setFilter(f);
    setParams(f === CaseloadFilter.DUE ? {} : { filter: f }, { replace: true });
  };

  return (
    <div className="page page-narrow" data-testid="caseload-page">
      <PageHeader
        title={t('employmentSupport.caseload.title')}
        subtitle={t('employmentSupport.caseload.intro')}
        extra={
          <Link to="/bureau/zero-employment" data-testid="caseload-households-link">
            <Button>{t('employmentSupport.caseload.households')}</Button>
          </Link>
        }
      />
      <Flex gap={12} align="center" wrap style={{ marginBottom: 12 }}>
        <div className="segmented-scroll">
          <Segmented<CaseloadFilter>
            value={filter}
            onChange={change}
            options={FILTERS.map((f) => ({
              value: f,
              label: <span data-testid={`caseload-filter-${f}`}>{t(`employmentSupport.filter.${f}`)}</span>,
            }))}
            data-testid="caseload-filter"
          />
        </div>
        {connection ? (
          <Typography.Text type="secondary" data-testid="caseload-total">
            {t('employmentSupport.caseload.total', { count: connection.totalCount })}
          </Typography.Text>
        ) : null}
      </Flex>
      {error && !data ? (
        <QueryErrorResult error={error} onRetry={() => void refetch()} />
      ) : !connection && loading ? (
        <Skeleton active />
      ) : connection && connection.edges.length ? (
        <>
          <List
            bordered
            dataSource={connection.edges.map((e) => e.node)}
            renderItem={(c) => <CaseRow key={c.id} c={c} />}
            data-testid="caseload-list"
          />
          <LoadMore pageInfo={connection.pageInfo} loading={loadingMore} onLoadMore={loadMore} />
        </>
      ) : (
        <Empty description={t('employmentSupport.caseload.empty')} data-testid="caseload-empty" />
      )}
    </div>
  );
}
