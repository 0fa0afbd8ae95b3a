import { useQuery } from '@apollo/client/react';
import { Role, SubsidyStatus } from '@jobbridge/contracts';
import { Alert, Button, Card, Col, Empty, Flex, Row, Segmented, Skeleton, Statistic } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryErrorResult } from '../../../shared/components/QueryErrorResult';
import { useAuth } from '../../auth';
import { MySubsidyCard } from '../components/MySubsidyCard';
import { MY_SUBSIDIES_QUERY } from '../subsidies.graphql';
import { formatYuan } from '../subsidy-format';

const ALL = 'ALL';
type Filter = SubsidyStatus | typeof ALL;
const FILTERS: Filter[] = [
  ALL,
  SubsidyStatus.PROPOSED,
  SubsidyStatus.INFO_REQUESTED,
  SubsidyStatus.APPROVED,
  SubsidyStatus.PAID,
  SubsidyStatus.REJECTED,
];

/**
 * 我的补贴 (`/employer/subsidies` for employers, `/me/subsidies` for seekers): the subsidies found for them from their
 * records, nothing to apply for (免申即享). Totals 待审核 / 已审核 / 已发放, then each subsidy with its state, evidence,
 * conditions and citation; a request for an item is answered here; paid ones show the payment reference.
 */
export function MySubsidiesPage() {
  const { t } = useTranslation();
  const { role } = useAuth();
  const employer = role === Role.EMPLOYER;
  const [filter, setFilter] = useState<Filter>(ALL);
  const { data, error, refetch } = useQuery(MY_SUBSIDIES_QUERY, { fetchPolicy: 'cache-and-network' });
  const mine = data?.mySubsidies;
  const shown = mine?.proposals.filter((p) => filter === ALL || p.status === filter) ?? [];
  const count = (f: Filter) => mine?.proposals.filter((p) => f === ALL || p.status === f).length ?? 0;

  return (
    <div className="page page-narrow" data-testid="my-subsidies-page">
      <PageHeader
        title={t('subsidies.mine.title')}
        extra={
          <Link to="/policies">
            <Button>{t('subsidies.mine.viewPolicies')}</Button>
          </Link>
        }
      />
      <Alert
        type="success"
        showIcon
        style={{ marginBottom: 16 }}
        title={employer ? t('subsidies.mine.introEmployer') : t('subsidies.mine.introSeeker')}
        data-testid="my-subsidies-intro"
      />
      {error && !mine ? (
        <QueryErrorResult error={error} onRetry={() => void refetch()} />
      ) : !mine ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : (
        <Flex vertical gap={12}>
          <Row gutter={[8, 8]} data-testid="my-subsidies-totals">
            {(
              [
                ['pending', mine.pendingYuan],
                ['approved', mine.approvedYuan],
                ['paid', mine.paidYuan],
              ] as const
            ).map(([key, value]) => (
              <Col span={8} key={key}>
                <Card size="small" data-testid={`my-subsidies-${key}`} data-value={value} style={{ height: '100%' }}>
                  <Statistic title={t(`subsidies.mine.${key}`)} value={formatYuan(value)} styles={{ content: { fontSize: 18 } }} />
                </Card>
              </Col>
            ))}
          </Row>
          {mine.proposals.length ? (
            <div className="segmented-scroll">
              <Segmented<Filter>
                value={filter}
                onChange={setFilter}
                options={FILTERS.filter((f) => f === ALL || count(f) > 0).map((f) => ({
                  value: f,
                  label: `${f === ALL ? t('subsidies.mine.all') : t(`subsidies.status.${f}`)} ${count(f)}`,
                }))}
                data-testid="my-subsidies-filter"
              />
            </div>
          ) : null}
          {!shown.length ? (
            <Empty description={t('subsidies.mine.empty')} data-testid="my-subsidies-empty" />
          ) : (
            <Flex vertical gap={12} data-testid="my-subsidies">
              {shown.map((p) => (
                <MySubsidyCard key={p.id} subsidy={p} employer={employer} onChanged={() => void refetch()} />
              ))}
            </Flex>
          )}
        </Flex>
      )}
    </div>
  );
}
