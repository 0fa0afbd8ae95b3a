import { Flex, Table, Typography, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountyWatchData } from '../oversight.graphql';
import { WatchLevelTag } from './WatchLevelTag';

type Figure = keyof CountyWatchData['figures'];
const FIGURES: Figure[] = ['layoffsFiled', 'peopleAffected', 'postingsOpened', 'postingsClosed', 'postingsOpen', 'applications'];
const REASON_TEXT_COLORS: Record<string, 'danger' | 'warning' | 'secondary'> = { WARNING: 'danger', WATCH: 'warning', NORMAL: 'secondary' };

/** The watch by county for a month: the level, the month's figures and the reasons, in the order given (warnings first). */
export function WatchTable({ rows, loading }: { rows: readonly CountyWatchData[]; loading: boolean }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<CountyWatchData> = [
    {
      key: 'county',
      title: t('oversight.watch.columns.county'),
      fixed: 'left',
      width: 110,
      render: (_, r) => (
        <Flex vertical gap={2} align="flex-start">
          <Typography.Text strong>{r.regionName}</Typography.Text>
          <WatchLevelTag level={r.level} />
        </Flex>
      ),
    },
    ...FIGURES.map((f) => ({
      key: f,
      title: t(`oversight.watch.columns.${f}`),
      align: 'right' as const,
      render: (_: unknown, r: CountyWatchData) => r.figures[f],
    })),
    {
      key: 'reasons',
      title: t('oversight.watch.columns.reasons'),
      render: (_, r) =>
        r.reasons.length ? (
          <Flex vertical gap={2} style={{ minWidth: 220, maxWidth: 360 }}>
            {r.reasons.map((reason) => (
              <Typography.Text
                key={`${reason.kind}-${reason.text}`}
                type={REASON_TEXT_COLORS[reason.level] ?? 'secondary'}
                data-testid="watch-reason"
                data-level={reason.level}
              >
                {reason.text}
              </Typography.Text>
            ))}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('oversight.watch.pack', { name: r.packName })}
            </Typography.Text>
          </Flex>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
  ];
  return (
    <Table<CountyWatchData>
      rowKey="regionCode"
      size="small"
      columns={columns}
      dataSource={[...rows]}
      loading={loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('oversight.watch.empty') }}
      data-testid="watch-table"
      onRow={(r) =>
        ({
          'data-testid': 'watch-row',
          'data-region': r.regionCode,
          'data-level': r.level,
          style: r.level === 'WARNING' ? { background: '#fff1f0' } : undefined,
        }) as HTMLAttributes<HTMLElement>
      }
    />
  );
}
