import { useQuery } from '@apollo/client/react';
import { ReportAction } from '@jobbridge/contracts';
import { App, Empty, Flex, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryErrorResult } from '../../../shared/components/QueryErrorResult';
import { useNotificationEvent } from '../../../shared/realtime/use-application-changes';
import { ReportCard } from '../components/ReportCard';
import { REPORTS_QUERY } from '../oversight.graphql';

/** Decisions arrive over socket.io at once; the poll only covers a connection that cannot be made. */
const POLL_MS = 60_000;
const isAction = (a: string): a is ReportAction => (Object.values(ReportAction) as string[]).includes(a);

/** 我的举报 (`/me/reports`, seekers): their reports, newest first, with the officer's decision as soon as it is made. */
export function MyReportsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data, error, refetch } = useQuery(REPORTS_QUERY, { variables: {}, fetchPolicy: 'cache-and-network', pollInterval: POLL_MS });
  useNotificationEvent('report.resolved', (event) => {
    if (isAction(event.action))
      void message.info(t('oversight.myReports.resolvedToast', { action: t(`oversight.actions.${event.action}`) }));
    void refetch();
  });
  const reports = data?.reports;

  return (
    <div className="page page-narrow">
      <PageHeader title={t('oversight.myReports.title')} subtitle={t('oversight.myReports.intro')} />
      {error && !reports ? (
        <QueryErrorResult error={error} onRetry={() => void refetch()} />
      ) : !reports ? (
        <Skeleton active paragraph={{ rows: 4 }} />
      ) : !reports.length ? (
        <Empty description={t('oversight.myReports.empty')} data-testid="my-reports-empty" />
      ) : (
        <Flex vertical gap={12} data-testid="my-reports">
          {reports.map((r) => (
            <ReportCard key={r.id} report={r} />
          ))}
        </Flex>
      )}
    </div>
  );
}
