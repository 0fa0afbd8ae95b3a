import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PageInfo } from '../../graphql/types';

/** "加载更多" under a cursor-paginated list; "没有更多了" once `hasNextPage` is false. */
export function LoadMore({ pageInfo, loading, onLoadMore, testId = 'load-more' }: {
  pageInfo: PageInfo | undefined;
  loading: boolean;
  onLoadMore: (after: string) => void;
  testId?: string;
}) {
  const { t } = useTranslation();
  if (!pageInfo) return null;
  return (
    <Flex justify="center" style={{ padding: '16px 0' }}>
      {pageInfo.hasNextPage && pageInfo.endCursor ? (
        <Button loading={loading} onClick={() => onLoadMore(pageInfo.endCursor!)} data-testid={testId}>
          {t('common.loadMore')}
        </Button>
      ) : (
        <Typography.Text type="secondary">{t('common.noMore')}</Typography.Text>
      )}
    </Flex>
  );
}
