import { Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../../shared/utils/format';
import type { LayoffPlanData } from '../oversight.graphql';
import { EmployerName } from './EmployerName';
import { LayoffVerdictTags } from './LayoffVerdictTags';
import { RegionName } from './RegionName';

/**
 * Layoff filings: date, people, the rule's verdict (须报告 / 按时 / 逾期), reasons, whether staff were consulted, when
 * filed. `officer` adds the employer (with a link to its credit) and the region.
 */
export function LayoffPlansTable({
  plans,
  loading,
  officer = false,
}: {
  plans: readonly LayoffPlanData[];
  loading: boolean;
  officer?: boolean;
}) {
  const { t } = useTranslation();
  const columns: TableColumnsType<LayoffPlanData> = [
    ...(officer
      ? ([
          {
            key: 'employer',
            title: t('oversight.layoffs.columns.employer'),
            fixed: 'left',
            width: 150,
            render: (_, p) => (
              <Link to={`/bureau/employers/${p.employerId}/credit`} data-testid="layoff-employer">
                <EmployerName id={p.employerId} />
              </Link>
            ),
          },
          { key: 'region', title: t('oversight.layoffs.columns.region'), render: (_, p) => <RegionName code={p.regionCode} /> },
        ] satisfies TableColumnsType<LayoffPlanData>)
      : []),
    {
      key: 'date',
      title: t('oversight.layoffs.columns.layoffDate'),
      dataIndex: 'layoffDate',
      ...(officer ? {} : { fixed: 'left' as const }),
    },
    {
      key: 'people',
      title: t('oversight.layoffs.columns.people'),
      render: (_, p) => t('oversight.layoffs.peopleOf', { cut: p.peopleToCut, staff: p.staffNow }),
    },
    {
      key: 'verdict',
      title: t('oversight.layoffs.columns.verdict'),
      render: (_, p) => <LayoffVerdictTags reportable={p.reportable} onTime={p.onTime} daysBefore={p.daysBefore} />,
    },
    {
      key: 'reasons',
      title: t('oversight.layoffs.columns.reasons'),
      render: (_, p) => (
        <Typography.Paragraph style={{ margin: 0, maxWidth: 260 }} ellipsis={{ rows: 2, tooltip: p.reasons }}>
          {p.reasons}
        </Typography.Paragraph>
      ),
    },
    {
      key: 'consulted',
      title: t('oversight.layoffs.columns.consulted'),
      render: (_, p) => (
        <Tag color={p.consulted ? 'green' : 'red'} title={p.consultationNote ?? undefined}>
          {p.consulted ? t('oversight.layoffs.consultedYes') : t('oversight.layoffs.consultedNo')}
        </Tag>
      ),
    },
    { key: 'filedAt', title: t('oversight.layoffs.columns.filedAt'), render: (_, p) => formatDateTime(p.filedAt) },
  ];
  return (
    <Table<LayoffPlanData>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={[...plans]}
      loading={loading}
      pagination={plans.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('oversight.layoffs.empty') }}
      data-testid="layoff-plans"
      onRow={(p) =>
        ({
          'data-testid': 'layoff-plan-row',
          'data-plan-id': p.id,
          'data-reportable': p.reportable ? 'yes' : 'no',
          'data-on-time': p.onTime ? 'yes' : 'no',
        }) as HTMLAttributes<HTMLElement>
      }
    />
  );
}
