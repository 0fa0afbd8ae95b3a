import { Card, Table, type TableColumnsType } from 'antd';
import type { HTMLAttributes, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatConversion } from '../live-format';
import type { LiveFunnel } from '../live-rooms.graphql';

type Row = LiveFunnel & { rowKey: string; name: ReactNode };

/**
 * One funnel table (per job, per county or per priority group): viewers (when the rows have an audience of their
 * own), card impressions, applications, interviews, hires and the application rate, with a total row.
 */
export function FunnelTable<R extends Row>({
  title,
  nameTitle,
  rows,
  total,
  showViewers,
  testId,
  rowTestId,
  expand,
  size = 'small',
  bare = false,
}: {
  title?: ReactNode;
  nameTitle: string;
  rows: R[];
  total?: LiveFunnel;
  showViewers: boolean;
  testId: string;
  rowTestId: string;
  /** A row's detail, shown when it is expanded (a job's figures by county and group). */
  expand?: (row: R) => ReactNode;
  size?: 'small' | 'middle';
  /** Without the card around it (inside an expanded row). */
  bare?: boolean;
}) {
  const { t } = useTranslation();
  const count = (key: keyof LiveFunnel) => (_: unknown, row: R) => (
    <span data-testid={`${rowTestId}-${key}`} data-count={row[key]}>
      {row[key]}
    </span>
  );
  const columns: TableColumnsType<R> = [
    { key: 'name', title: nameTitle, render: (_, row) => row.name },
    ...(showViewers ? [{ key: 'viewers', title: t('live.report.viewers'), align: 'right' as const, render: count('viewers') }] : []),
    { key: 'impressions', title: t('live.report.impressions'), align: 'right', render: count('impressions') },
    { key: 'applications', title: t('live.report.applications'), align: 'right', render: count('applications') },
    { key: 'interviews', title: t('live.report.interviews'), align: 'right', render: count('interviews') },
    { key: 'hires', title: t('live.report.hires'), align: 'right', render: count('hires') },
    {
      key: 'conversion',
      title: t('live.report.conversion'),
      align: 'right',
      render: (_, row) => formatConversion(row.applications, row.impressions),
    },
  ];
  const table = (
    <Table<R>
      rowKey="rowKey"
      size={size}
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('live.report.empty') }}
      expandable={expand ? { expandedRowRender: expand, rowExpandable: () => true } : undefined}
      onRow={(row) => ({ 'data-testid': rowTestId, 'data-key': row.rowKey }) as HTMLAttributes<HTMLElement>}
      summary={
        total
          ? () => (
              <Table.Summary.Row className="funnel-total-row">
                {expand ? <Table.Summary.Cell index={-1} /> : null}
                <Table.Summary.Cell index={0}>{t('live.report.total')}</Table.Summary.Cell>
                {showViewers ? (
                  <Table.Summary.Cell index={1} align="right">
                    {total.viewers}
                  </Table.Summary.Cell>
                ) : null}
                <Table.Summary.Cell index={2} align="right">
                  {total.impressions}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={3} align="right">
                  <span data-testid={`${testId}-total-applications`} data-count={total.applications}>
                    {total.applications}
                  </span>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={4} align="right">
                  {total.interviews}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={5} align="right">
                  {total.hires}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={6} align="right">
                  {formatConversion(total.applications, total.impressions)}
                </Table.Summary.Cell>
              </Table.Summary.Row>
            )
          : undefined
      }
    />
  );
  return bare ? (
    <div data-testid={testId}>{table}</div>
  ) : (
    <Card size="small" title={title} data-testid={testId}>
      {table}
    </Card>
  );
}
