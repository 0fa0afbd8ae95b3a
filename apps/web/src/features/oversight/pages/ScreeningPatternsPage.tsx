import { useQuery } from '@apollo/client/react';
import { Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryErrorResult } from '../../../shared/components/QueryErrorResult';
import { DISMISSED_PATTERNS_QUERY, type DismissedPattern } from '../oversight.graphql';

/**
 * 误报规则 (`/bureau/screening-patterns`, officers): the screening flags officers of the region dismissed, by flag and
 * matched words, most often first, with how often the same words were upheld and the last reason: where the rules
 * misfire.
 */
export function ScreeningPatternsPage() {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(DISMISSED_PATTERNS_QUERY, { variables: {}, fetchPolicy: 'cache-and-network' });
  const flagLabel = (code: string) => {
    const key = `bureau.screeningFlags.${code}`;
    return i18n.exists(key) ? (t as unknown as (k: string) => string)(key) : code;
  };
  const columns: TableColumnsType<DismissedPattern> = [
    { key: 'code', title: t('oversight.patterns.columns.code'), fixed: 'left', width: 120, render: (_, p) => flagLabel(p.code) },
    { key: 'evidence', title: t('oversight.patterns.columns.evidence'), render: (_, p) => `“${p.evidence}”` },
    { key: 'dismissed', title: t('oversight.patterns.columns.dismissed'), dataIndex: 'dismissed', align: 'right' },
    { key: 'upheld', title: t('oversight.patterns.columns.upheld'), dataIndex: 'upheld', align: 'right' },
    {
      key: 'reason',
      title: t('oversight.patterns.columns.lastReason'),
      render: (_, p) => (
        <Typography.Paragraph style={{ margin: 0, maxWidth: 320 }} ellipsis={{ rows: 2, tooltip: p.lastReason }}>
          {p.lastReason ?? '—'}
        </Typography.Paragraph>
      ),
    },
  ];
  const patterns = data?.dismissedScreeningPatterns;

  return (
    <div className="page page-narrow" data-testid="screening-patterns">
      <PageHeader title={t('oversight.patterns.title')} subtitle={t('oversight.patterns.intro')} />
      {error && !patterns ? (
        <QueryErrorResult error={error} onRetry={() => void refetch()} />
      ) : (
        <Table<DismissedPattern>
          rowKey={(p) => `${p.code}:${p.evidence}`}
          size="small"
          columns={columns}
          dataSource={patterns ?? []}
          loading={loading && !patterns}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('oversight.patterns.empty') }}
        />
      )}
    </div>
  );
}
