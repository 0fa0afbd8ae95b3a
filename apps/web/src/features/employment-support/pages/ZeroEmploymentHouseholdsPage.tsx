import { useQuery } from '@apollo/client/react';
import { Button, Empty, Flex, List, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryErrorResult } from '../../../shared/components/QueryErrorResult';
import { RegionLabel } from '../components/RegionLabel';
import { ZERO_EMPLOYMENT_HOUSEHOLDS_QUERY } from '../employment-support.graphql';

/** 零就业家庭 (`/bureau/zero-employment`, officers): the region's households with nobody of working age in work, flagged longest first. */
export function ZeroEmploymentHouseholdsPage() {
  const { t } = useTranslation();
  const { data, error, refetch, loading } = useQuery(ZERO_EMPLOYMENT_HOUSEHOLDS_QUERY, { variables: {}, fetchPolicy: 'cache-and-network' });
  const list = data?.zeroEmploymentHouseholds;
  return (
    <div className="page page-narrow" data-testid="zero-employment-page">
      <PageHeader
        title={t('employmentSupport.households.title')}
        subtitle={t('employmentSupport.households.intro')}
        extra={
          <Link to="/bureau/caseload">
            <Button>{t('employmentSupport.case.back')}</Button>
          </Link>
        }
      />
      {error && !data ? (
        <QueryErrorResult error={error} onRetry={() => void refetch()} />
      ) : !list && loading ? (
        <Skeleton active />
      ) : list && list.length ? (
        <List
          bordered
          dataSource={list}
          data-testid="zero-employment-list"
          renderItem={(h) => (
            <List.Item key={h.id} data-testid="zero-employment-row">
              <List.Item.Meta
                title={
                  <Flex gap={8} wrap align="center">
                    <span>
                      {t('employmentSupport.households.head')} {h.headName}
                    </span>
                    <Typography.Text type="secondary">{h.headIdNumberMasked}</Typography.Text>
                    <Tag color="red">{t('employmentSupport.households.title')}</Tag>
                  </Flex>
                }
                description={
                  <Flex gap={12} wrap>
                    <RegionLabel code={h.regionCode} />
                    <span>{t('employmentSupport.households.members', { count: h.workingAgeMembers })}</span>
                    <span>{t('employmentSupport.households.registered', { count: h.registeredMembers })}</span>
                    {h.firstRegisteredOn ? <span>{t('employmentSupport.households.since', { date: h.firstRegisteredOn })}</span> : null}
                    {h.openCaseIds.map((id, i) => (
                      <Link key={id} to={`/bureau/caseload/${id}`} data-testid="zero-employment-case">
                        {t('employmentSupport.households.cases')}
                        {h.openCaseIds.length > 1 ? i + 1 : ''}
                      </Link>
                    ))}
                  </Flex>
                }
              />
            </List.Item>
          )}
        />
      ) : (
        <Empty description={t('employmentSupport.households.empty')} data-testid="zero-employment-empty" />
      )}
    </div>
  );
}
