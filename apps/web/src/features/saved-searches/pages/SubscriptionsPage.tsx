import { CheckOutlined, SyncOutlined } from '@ant-design/icons';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Col, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryErrorResult } from '../../../shared/components/QueryErrorResult';
import { useGraphQLErrorHandler } from '../../../shared/errors';
import { useNotificationEvent } from '../../../shared/realtime/use-application-changes';
import { SavedSearchList } from '../components/SavedSearchList';
import { SearchAlertList } from '../components/SearchAlertList';
import {
  ALERTS_PAGE_SIZE,
  DELETE_SAVED_SEARCH_MUTATION,
  MY_SAVED_SEARCHES_QUERY,
  MY_SEARCH_ALERTS_QUERY,
  UNREAD_SEARCH_ALERTS_QUERY,
  type SavedSearchData,
  type SearchAlertData,
} from '../saved-searches.graphql';
import { ALERTS_POLL_MS, UNREAD_LIMIT, useMarkAlertsRead } from '../use-search-alerts';

/**
 * /me/subscriptions (订阅与提醒): the seeker's saved searches and the alerts they raised. New alerts are pushed over
 * socket.io (`search_alert.created`) and appear without a reload; opening one marks it read.
 */
export function SubscriptionsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useApolloClient();
  const handleError = useGraphQLErrorHandler();
  const [deletingId, setDeletingId] = useState<string | null>(null);

  const searches = useQuery(MY_SAVED_SEARCHES_QUERY, { fetchPolicy: 'cache-and-network' });
  const alerts = useQuery(MY_SEARCH_ALERTS_QUERY, {
    variables: { first: ALERTS_PAGE_SIZE, unreadOnly: false },
    fetchPolicy: 'cache-and-network',
    pollInterval: ALERTS_POLL_MS,
  });
  const refetchAlerts = alerts.refetch;
  useNotificationEvent('search_alert.created', () => void refetchAlerts());

  const { markRead, marking } = useMarkAlertsRead();
  const [deleteSearch] = useMutation(DELETE_SAVED_SEARCH_MUTATION, {
    // Deleting a search deletes its alerts too.
    refetchQueries: ['MySearchAlerts', 'UnreadSearchAlerts'],
  });

  const savedList = searches.data?.mySavedSearches;
  const alertList = alerts.data?.mySearchAlerts;
  const unreadIds = alertList?.filter((a) => !a.readAt).map((a) => a.id) ?? [];

  const onDelete = async (search: SavedSearchData) => {
    setDeletingId(search.id);
    try {
      await deleteSearch({
        variables: { id: search.id },
        update(cache) {
          cache.evict({ id: cache.identify({ __typename: 'SavedSearch', id: search.id }) });
          cache.gc();
        },
      });
      void message.success(t('savedSearches.list.deleted'));
    } catch (e) {
      handleError(e);
    } finally {
      setDeletingId(null);
    }
  };

  const onOpenAlert = (alert: SearchAlertData) => {
    if (!alert.readAt) void markRead([alert.id]);
  };

  const onMarkAllRead = async () => {
    // The loaded page plus any older unread alert the nav badge knows of.
    const badge = client.readQuery({ query: UNREAD_SEARCH_ALERTS_QUERY, variables: { first: UNREAD_LIMIT, unreadOnly: true } });
    const ids = [...new Set([...unreadIds, ...(badge?.mySearchAlerts.map((a) => a.id) ?? [])])];
    if (await markRead(ids)) void message.success(t('savedSearches.alerts.markedAllRead'));
  };

  return (
    <div className="page">
      <PageHeader title={t('savedSearches.title')} subtitle={t('savedSearches.intro')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card
            className="search-alerts-card"
            title={
              <Space size={8} wrap>
                {t('savedSearches.alerts.title')}
                {alertList ? (
                  <Tag color={unreadIds.length ? 'red' : 'default'} data-testid="search-alerts-unread-count" data-count={unreadIds.length}>
                    {unreadIds.length
                      ? t('savedSearches.alerts.unreadCount', { count: unreadIds.length })
                      : t('savedSearches.alerts.allRead')}
                  </Tag>
                ) : null}
              </Space>
            }
            extra={
              <Button
                size="small"
                icon={<CheckOutlined />}
                disabled={!unreadIds.length}
                loading={marking}
                onClick={() => void onMarkAllRead()}
                data-testid="search-alerts-mark-all-read"
              >
                {t('savedSearches.alerts.markAllRead')}
              </Button>
            }
          >
            <Typography.Paragraph type="secondary" className="search-alerts-hint">
              <SyncOutlined spin={alerts.loading && Boolean(alertList)} /> {t('savedSearches.alerts.liveHint')}
            </Typography.Paragraph>
            {alerts.error && !alertList ? (
              <QueryErrorResult error={alerts.error} onRetry={() => void alerts.refetch()} />
            ) : !alertList ? (
              <Skeleton active paragraph={{ rows: 4 }} />
            ) : (
              <SearchAlertList alerts={alertList} onOpen={onOpenAlert} />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card
            className="saved-searches-card"
            title={
              <Space size={8}>
                {t('savedSearches.list.title')}
                {savedList?.length ? (
                  <Typography.Text type="secondary">{t('savedSearches.list.count', { count: savedList.length })}</Typography.Text>
                ) : null}
              </Space>
            }
          >
            {searches.error && !savedList ? (
              <QueryErrorResult error={searches.error} onRetry={() => void searches.refetch()} />
            ) : !savedList ? (
              <Skeleton active paragraph={{ rows: 4 }} />
            ) : (
              <SavedSearchList searches={savedList} deletingId={deletingId} onDelete={(s) => void onDelete(s)} />
            )}
          </Card>
        </Col>
      </Row>
    </div>
  );
}
