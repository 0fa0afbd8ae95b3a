import { useQuery } from '@apollo/client/react';
import { ReportStatus } from '@jobbridge/contracts';
import { Button, Empty, Flex, Segmented, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryErrorResult } from '../../../shared/components/QueryErrorResult';
import { ReportCard } from '../components/ReportCard';
import { ReportPostingSummary } from '../components/ReportPostingSummary';
import { ResolveReportModal } from '../components/ResolveReportModal';
import { REPORTS_QUERY, type ContentReportData } from '../oversight.graphql';

const ALL = 'ALL';
type Filter = ReportStatus | typeof ALL;

/**
 * 举报处理 (`/bureau/reports`, officers): the region's reports, open first and oldest first, with the reporter's text and
 * photos, the posting and its employer; 处理 decides (警告, 下架岗位, 暂停单位招聘, 不予采纳) with a note the reporter is
 * told.
 */
export function ReportsQueuePage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<Filter>(ReportStatus.OPEN);
  const [resolving, setResolving] = useState<ContentReportData | null>(null);
  const { data, error, refetch } = useQuery(REPORTS_QUERY, {
    variables: { status: filter === ALL ? null : filter },
    fetchPolicy: 'cache-and-network',
  });
  const reports = data?.reports;

  return (
    <div className="page page-narrow">
      <PageHeader title={t('oversight.queue.title')} subtitle={t('oversight.queue.intro')} />
      <Flex gap={8} wrap align="center" justify="space-between" style={{ marginBottom: 12 }}>
        <div className="segmented-scroll">
          <Segmented<Filter>
            value={filter}
            onChange={setFilter}
            options={[
              { value: ReportStatus.OPEN, label: t('oversight.reportStatus.OPEN') },
              { value: ReportStatus.RESOLVED, label: t('oversight.reportStatus.RESOLVED') },
              { value: ALL, label: t('oversight.queue.all') },
            ]}
            data-testid="reports-filter"
          />
        </div>
        {reports ? (
          <Typography.Text type="secondary" data-testid="reports-count">
            {t('oversight.queue.count', { count: reports.length })}
          </Typography.Text>
        ) : null}
      </Flex>
      {error && !reports ? (
        <QueryErrorResult error={error} onRetry={() => void refetch()} />
      ) : !reports ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : !reports.length ? (
        <Empty description={t('oversight.queue.empty')} data-testid="reports-empty" />
      ) : (
        <Flex vertical gap={12} data-testid="reports-queue">
          {reports.map((r) => (
            <ReportCard
              key={r.id}
              report={r}
              extra={
                r.status === ReportStatus.OPEN ? (
                  <Button type="primary" size="small" onClick={() => setResolving(r)} data-testid="report-handle">
                    {t('oversight.queue.handle')}
                  </Button>
                ) : null
              }
            >
              <ReportPostingSummary report={r} />
            </ReportCard>
          ))}
        </Flex>
      )}
      {resolving ? (
        <ResolveReportModal
          report={resolving}
          onClose={() => {
            setResolving(null);
            void refetch();
          }}
        />
      ) : null}
    </div>
  );
}
