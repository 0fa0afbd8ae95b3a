import { Table, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { GROUP_METRICS, METRICS, type Cell } from '../stats-table';

/**
 * A statistics table from the rows the exports use (stats-table.ts): the first row is the header, the last the total.
 * So what is shown and what is exported cannot differ. Figures that ignore the priority group say so in a tooltip.
 */
export function StatsTable({ rows, grouped, testId }: { rows: Cell[][]; grouped: boolean; testId: string }) {
  const { t } = useTranslation();
  const [header, ...body] = rows;
  const columns = header.map((title, i) => {
    const metric = i > 0 ? METRICS[i - 1] : undefined;
    const forEveryone = grouped && metric && !GROUP_METRICS.has(metric);
    return {
      key: String(i),
      dataIndex: String(i),
      title: forEveryone ? <Tooltip title={t('statistics.notByGroup')}>{`${title} *`}</Tooltip> : title,
      fixed: i === 0 ? ('left' as const) : undefined,
      align: i === 0 ? ('left' as const) : ('right' as const),
      width: i === 0 ? 150 : 96,
      render: (v: Cell) => (v == null ? '—' : v),
    };
  });
  const data = body.map((row, r) => ({
    key: r,
    ...Object.fromEntries(row.map((v, i) => [String(i), v])),
    total: r === body.length - 1,
  }));
  return (
    <Table
      size="small"
      columns={columns}
      dataSource={data}
      pagination={false}
      scroll={{ x: 'max-content', y: 480 }}
      rowClassName={(row) => (row.total ? 'stats-total-row' : '')}
      data-testid={testId}
    />
  );
}
