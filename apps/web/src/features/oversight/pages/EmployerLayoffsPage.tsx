import { useQuery } from '@apollo/client/react';
import { Card, Col, Flex, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryErrorResult } from '../../../shared/components/QueryErrorResult';
import { useAuth } from '../../auth';
import { LayoffForm } from '../components/LayoffForm';
import { LayoffPlansTable } from '../components/LayoffPlansTable';
import { StableJobsRefundCard } from '../components/StableJobsRefundCard';
import { LAYOFF_PLANS_QUERY } from '../oversight.graphql';

/**
 * 裁员报告 (`/employer/layoffs`, employers): file a reduction plan with the 20-or-10% rule's verdict shown live, the
 * company's filings with their verdicts, and the 稳岗返还 test from them.
 */
export function EmployerLayoffsPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const { data, loading, error, refetch } = useQuery(LAYOFF_PLANS_QUERY, { variables: {}, fetchPolicy: 'cache-and-network' });

  return (
    <div className="page" data-testid="employer-layoffs">
      <PageHeader title={t('oversight.layoffs.employerTitle')} subtitle={t('oversight.layoffs.employerIntro')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <LayoffForm />
        </Col>
        <Col xs={24} lg={10}>
          <Flex vertical gap={16}>
            <Card size="small" title={t('oversight.layoffs.mineTitle')}>
              {error && !data ? (
                <QueryErrorResult error={error} onRetry={() => void refetch()} />
              ) : (
                <LayoffPlansTable plans={data?.layoffPlans ?? []} loading={loading && !data} />
              )}
            </Card>
            {user?.employerId ? <StableJobsRefundCard employerId={user.employerId} /> : null}
          </Flex>
        </Col>
      </Row>
    </div>
  );
}
