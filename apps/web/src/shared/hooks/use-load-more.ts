import { useCallback, useState } from 'react';
import { useGraphQLErrorHandler } from '../errors';

function useFetchMore<V>(fetchMore: (options: { variables: V }) => Promise<unknown>) {
  const handleError = useGraphQLErrorHandler();
  const [loadingMore, setLoadingMore] = useState(false);
  const loadMore = useCallback(
    async (variables: V) => {
      setLoadingMore(true);
      try {
        await fetchMore({ variables });
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

/** "加载更多" for a cursor-paginated query: fetches the page after `after`, with a busy flag and error toasts. */
export function useLoadMore(fetchMore: (options: { variables: { after: string } }) => Promise<unknown>) {
  const { loadingMore, loadMore } = useFetchMore(fetchMore);
  return { loadingMore, loadMore: useCallback((after: string) => loadMore({ after }), [loadMore]) };
}

/** "加载更多" for an offset-paginated query (searchJobs): fetches from `offset`, with a busy flag and error toasts. */
export function useOffsetLoadMore(fetchMore: (options: { variables: { offset: number } }) => Promise<unknown>) {
  const { loadingMore, loadMore } = useFetchMore(fetchMore);
  return { loadingMore, loadMore: useCallback((offset: number) => loadMore({ offset }), [loadMore]) };
}
