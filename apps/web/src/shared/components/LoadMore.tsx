import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** A connection's `pageInfo { hasNextPage endCursor }`, as every cursor-paginated document selects it. */
interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

/** The "加载更多" button, or "没有更多了" once there is nothing more. */
export function LoadMoreButton({
  hasMore,
  loading,
  onLoadMore,
  testId = 'load-more',
}: {
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <Flex justify="center" style={{ padding: '16px 0' }}>
      {hasMore ? (
        <Button loading={loading} onClick={onLoadMore} data-testid={testId}>
          {t('common.loadMore')}
        </Button>
      ) : (
        <Typography.Text type="secondary">{t('common.noMore')}</Typography.Text>
      )}
    </Flex>
  );
}

/** "加载更多" under a cursor-paginated list; "没有更多了" once `hasNextPage` is false. */
export function LoadMore({
  pageInfo,
  loading,
  onLoadMore,
  testId = 'load-more',
}: {
  pageInfo: PageInfo | undefined;
  loading: boolean;
  onLoadMore: (after: string) => void;
  testId?: string;
}) {
  if (!pageInfo) return null;
  const { endCursor } = pageInfo;
  return (
    <LoadMoreButton
      hasMore={pageInfo.hasNextPage && Boolean(endCursor)}
      loading={loading}
      onLoadMore={() => endCursor && onLoadMore(endCursor)}
      testId={testId}
    />
  );
}
