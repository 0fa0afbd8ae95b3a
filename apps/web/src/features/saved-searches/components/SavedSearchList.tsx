import { DeleteOutlined, SearchOutlined } from '@ant-design/icons';
import { useApolloClient } from '@apollo/client/react';
import { Button, Empty, Flex, Popconfirm, Typography, type ButtonProps } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDate } from '../../../shared/utils/format';
import { parseCriteria } from '../saved-search-criteria';
import { jobsPathFor } from '../saved-search-link';
import type { SavedSearchData } from '../saved-searches.graphql';
import { CriteriaSummary } from './CriteriaSummary';

function SavedSearchItem({
  search,
  deleting,
  onDelete,
}: {
  search: SavedSearchData;
  deleting: boolean;
  onDelete: (search: SavedSearchData) => void;
}) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const criteria = useMemo(() => parseCriteria(search.criteriaJson), [search.criteriaJson]);
  // The job list reads searches from the cache first; the point of opening a saved search is to see what is new.
  const dropCachedSearches = () => void client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'searchJobs' });

  return (
    <div className="saved-search" data-testid="saved-search" data-saved-search-id={search.id}>
      {/* On phones the actions wrap below the text. */}
      <Flex justify="space-between" align="flex-start" gap={8} wrap>
        <div className="saved-search-text">
          <Typography.Text strong className="saved-search-name" data-testid="saved-search-name">
            {search.name}
          </Typography.Text>
          <div>
            <CriteriaSummary criteria={criteria} />
          </div>
          <Typography.Text type="secondary" className="saved-search-date" data-testid="saved-search-created">
            {t('savedSearches.list.createdAt', { date: formatDate(search.createdAt) })}
          </Typography.Text>
        </div>
        <Flex gap={8} style={{ flexShrink: 0 }}>
          <Link to={jobsPathFor(criteria)} onClick={dropCachedSearches} data-testid="saved-search-view">
            <Button size="small" icon={<SearchOutlined />}>
              {t('savedSearches.list.view')}
            </Button>
          </Link>
          <Popconfirm
            title={t('savedSearches.list.deleteConfirm', { name: search.name })}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true, 'data-testid': 'saved-search-delete-confirm' } as ButtonProps}
            onConfirm={() => onDelete(search)}
          >
            <Button size="small" danger icon={<DeleteOutlined />} loading={deleting} data-testid="saved-search-delete">
              {t('savedSearches.list.delete')}
            </Button>
          </Popconfirm>
        </Flex>
      </Flex>
    </div>
  );
}

/** The seeker's saved searches, newest first: name, criteria, date, 查看 (the job list with its filters), 删除. */
export function SavedSearchList({
  searches,
  deletingId,
  onDelete,
}: {
  searches: SavedSearchData[];
  deletingId: string | null;
  onDelete: (search: SavedSearchData) => void;
}) {
  const { t } = useTranslation();
  if (!searches.length) {
    return (
      <Empty description={t('savedSearches.list.empty')} data-testid="saved-searches-empty">
        <Link to="/jobs">
          <Button type="primary">{t('savedSearches.list.goSearch')}</Button>
        </Link>
      </Empty>
    );
  }
  return (
    <Flex vertical gap={0} className="saved-search-list" data-testid="saved-searches">
      {searches.map((search) => (
        <SavedSearchItem key={search.id} search={search} deleting={deletingId === search.id} onDelete={onDelete} />
      ))}
    </Flex>
  );
}
