import { useQuery } from '@apollo/client/react';
import { Card, Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueryErrorResult } from '../../../shared/components/QueryErrorResult';
import { REPORTS_QUERY } from '../oversight.graphql';
import { ReportCard } from './ReportCard';

/**
 * 人社部门处理结果, on the employer's pages: the officers' decisions on reports about the employer. The API gives the
 * employer only the decision (never who reported, what they wrote or their photos), and nothing it dismissed.
 */
export function EmployerReportDecisions() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(REPORTS_QUERY, { variables: {}, fetchPolicy: 'cache-and-network' });
  const reports = data?.reports;
  return (
    <Card title={t('oversight.employerDecisions.title')} style={{ marginTop: 16 }} data-testid="employer-report-decisions">
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t('oversight.employerDecisions.intro')}
      </Typography.Paragraph>
      {error && !reports ? (
        <QueryErrorResult error={error} onRetry={() => void refetch()} />
      ) : reports && !reports.length ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('oversight.employerDecisions.empty')} />
      ) : (
        <Flex vertical gap={8}>
          {(reports ?? []).map((r) => (
            <ReportCard key={r.id} report={r} />
          ))}
        </Flex>
      )}
    </Card>
  );
}
