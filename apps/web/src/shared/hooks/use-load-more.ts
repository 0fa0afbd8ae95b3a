import { useCallback, useState } from 'react';
import { useGraphQLErrorHandler } from '../errors';

/** "加载更多" for a cursor-paginated query: fetches the page after `after`, with a busy flag and error toasts. */
export function useLoadMore(fetchMore: (options: { variables: { after: string } }) => Promise<unknown>) {
  const handleError = useGraphQLErrorHandler();
  const [loadingMore, setLoadingMore] = useState(false);
  const loadMore = useCallback(
    async (after: string) => {
      setLoadingMore(true);
      try {
        await fetchMore({ variables: { after } });
      } catch (e) {
        handleError(e);
      } finally {
        setLoadingMore(false);
      }
    },
    [fetchMore, handleError],
  );
  return { loadingMore, loadMore };
}
