import { Table, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { UnfiledSignal } from '../oversight.graphql';
import { RegionName } from './RegionName';

/** Employers whose project rosters or postings shrank like a layoff nobody filed. */
export function UnfiledSignalsTable({ signals, loading }: { signals: readonly UnfiledSignal[]; loading: boolean }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<UnfiledSignal> = [
    {
      key: 'employer',
      title: t('oversight.layoffs.columns.employer'),
      fixed: 'left',
      width: 150,
      render: (_, s) => <Link to={`/bureau/employers/${s.employerId}/credit`}>{s.employerName}</Link>,
    },
    { key: 'region', title: t('oversight.layoffs.columns.region'), render: (_, s) => <RegionName code={s.regionCode} /> },
    {
      key: 'roster',
      title: t('oversight.layoffs.columns.rosterLeft'),
      align: 'right',
      render: (_, s) => t('oversight.layoffs.rosterOf', { left: s.rosterLeft, size: s.rosterSize }),
    },
    { key: 'closed', title: t('oversight.layoffs.columns.postingsClosed'), dataIndex: 'postingsClosed', align: 'right' },
  ];
  return (
    <Table<UnfiledSignal>
      rowKey="employerId"
      size="small"
      columns={columns}
      dataSource={[...signals]}
      loading={loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('oversight.layoffs.signalsEmpty') }}
      data-testid="unfiled-signals"
      onRow={(s) => ({ 'data-testid': 'unfiled-signal-row', 'data-employer-id': s.employerId }) as HTMLAttributes<HTMLElement>}
    />
  );
}
