import { SyncOutlined } from '@ant-design/icons';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Empty, Flex, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { LoadMore } from '../../../shared/components/LoadMore';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryErrorResult } from '../../../shared/components/QueryErrorResult';
import { useGraphQLErrorHandler } from '../../../shared/errors';
import { useLoadMore } from '../../../shared/hooks/use-load-more';
import { useApplicationChanges } from '../../../shared/realtime/use-application-changes';
import { CheckInPrompts } from '../../oversight';
import { MY_APPLICATIONS_QUERY, WITHDRAW_APPLICATION_MUTATION } from '../applications.graphql';
import { MyApplicationCard } from '../components/MyApplicationCard';

const PAGE_SIZE = 20;
/** Status changes arrive over socket.io at once; the poll only covers a connection that cannot be made. */
const POLL_MS = 60000;

export function MyApplicationsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleError = useGraphQLErrorHandler();
  const [withdrawingId, setWithdrawingId] = useState<string | null>(null);
  const { data, loading, error, refetch, fetchMore } = useQuery(MY_APPLICATIONS_QUERY, {
    variables: { first: PAGE_SIZE },
    pollInterval: POLL_MS,
    fetchPolicy: 'cache-and-network',
  });
  const [withdraw] = useMutation(WITHDRAW_APPLICATION_MUTATION);
  const client = useApolloClient();
  useApplicationChanges((event) => {
    // Show the new status at once, then fetch the history entry that came with it.
    client.cache.modify({
      id: client.cache.identify({ __typename: 'Application', id: event.applicationId }),
      fields: { status: () => event.status },
    });
    void refetch();
  });
  const connection = data?.myApplications;

  const onWithdraw = async (id: string) => {
    setWithdrawingId(id);
    try {
      await withdraw({ variables: { id } });
      void message.success(t('applications.withdrawn'));
    } catch (e) {
      handleError(e);
    } finally {
      setWithdrawingId(null);
    }
  };

  const { loadingMore, loadMore } = useLoadMore(fetchMore);

  return (
    <div className="page page-narrow">
      <PageHeader
        title={t('applications.title')}
        subtitle={
          <span>
            <SyncOutlined spin={loading && Boolean(connection)} /> {t('applications.liveHint')}
          </span>
        }
      />
      <CheckInPrompts />
      {error && !connection ? (
        <QueryErrorResult error={error} onRetry={() => void refetch()} />
      ) : !connection ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : connection.edges.length === 0 ? (
        <Empty description={t('applications.empty')} data-testid="my-applications-empty">
          <Link to="/jobs">
            <Button type="primary">{t('nav.jobs')}</Button>
          </Link>
        </Empty>
      ) : (
        <Flex vertical gap={12} data-testid="my-applications">
          <Typography.Text type="secondary">{t('applications.total', { count: connection.totalCount })}</Typography.Text>
          {connection.edges.map(({ node }) => (
            <MyApplicationCard
              key={node.id}
              application={node}
              onWithdraw={(id) => void onWithdraw(id)}
              withdrawing={withdrawingId === node.id}
            />
          ))}
          <LoadMore pageInfo={connection.pageInfo} loading={loadingMore} onLoadMore={(after) => void loadMore(after)} />
        </Flex>
      )}
    </div>
  );
}
