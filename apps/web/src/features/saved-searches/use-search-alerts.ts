import type { Reference } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { useGraphQLErrorHandler } from '../../shared/errors';
import { useNotificationEvent } from '../../shared/realtime/use-application-changes';
import { MARK_SEARCH_ALERTS_READ_MUTATION, UNREAD_SEARCH_ALERTS_QUERY } from './saved-searches.graphql';

/** Largest page the API returns; the nav badge shows 99+ beyond it. */
export const UNREAD_LIMIT = 100;
/** Alerts arrive over socket.io at once; the poll only covers a connection that cannot be made. */
export const ALERTS_POLL_MS = 60000;

/** Number of unread alerts for the nav badge, refreshed when an alert is pushed. */
export function useUnreadAlertCount(): number {
  const { data, refetch } = useQuery(UNREAD_SEARCH_ALERTS_QUERY, {
    variables: { first: UNREAD_LIMIT, unreadOnly: true },
    fetchPolicy: 'cache-and-network',
    pollInterval: ALERTS_POLL_MS,
  });
  useNotificationEvent('search_alert.created', () => void refetch());
  return data?.mySearchAlerts.length ?? 0;
}

/**
 * Marks alerts read. The cache changes at once (optimistic): the alerts get a `readAt`, and lists of unread alerts
 * (the nav badge) drop them.
 */
export function useMarkAlertsRead() {
  const handleError = useGraphQLErrorHandler();
  const [mutate, { loading }] = useMutation(MARK_SEARCH_ALERTS_READ_MUTATION);

  const markRead = useCallback(
    async (ids: string[]): Promise<boolean> => {
      if (!ids.length) return true;
      const readAt = new Date().toISOString();
      try {
        await mutate({
          variables: { ids },
          optimisticResponse: { markSearchAlertsRead: ids.length },
          update(cache) {
            for (const id of ids) {
              cache.modify({
                id: cache.identify({ __typename: 'SearchAlert', id }),
                fields: { readAt: (value: string | null) => value ?? readAt },
              });
            }
            cache.modify({
              fields: {
                mySearchAlerts(existing: readonly Reference[], { storeFieldName, readField }) {
                  if (!storeFieldName.includes('"unreadOnly":true')) return existing;
                  return existing.filter((ref) => !ids.includes(readField<string>('id', ref) ?? ''));
                },
              },
            });
          },
        });
        return true;
      } catch (e) {
        handleError(e);
        return false;
      }
    },
    [mutate, handleError],
  );

  return { markRead, marking: loading };
}
