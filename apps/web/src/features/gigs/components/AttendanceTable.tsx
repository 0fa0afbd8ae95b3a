import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { GigAttendanceRow } from '../gigs.graphql';
import { useGigText } from '../use-gig-text';

/** A worker's check-in record (officers judging a pay dispute): each day's times, how, how far, and the poster's confirmation. */
export function AttendanceTable({ days }: { days: readonly GigAttendanceRow[] }) {
  const { t } = useTranslation();
  const text = useGigText();
  return (
    <Table<GigAttendanceRow>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={[...days]}
      scroll={{ x: 520 }}
      locale={{ emptyText: t('gigs.oversight.alerts.noAttendance') }}
      data-testid="gig-attendance-table"
      columns={[
        { title: t('gigs.oversight.alerts.date'), dataIndex: 'workDate' },
        { title: t('gigs.oversight.alerts.in'), dataIndex: 'checkInAt', render: (v: string) => text.clock(v) },
        { title: t('gigs.oversight.alerts.out'), dataIndex: 'checkOutAt', render: (v: string | null) => text.clock(v) || '—' },
        {
          title: t('gigs.oversight.alerts.method'),
          dataIndex: 'checkInMethod',
          render: (_: unknown, d) =>
            `${t(`gigs.checkMethod.${d.checkInMethod}`)}${d.checkInDistanceMeters != null ? ` ${text.distance(d.checkInDistanceMeters)}` : ''}`,
        },
        { title: t('gigs.oversight.alerts.minutes'), dataIndex: 'minutes', align: 'right' },
        {
          title: t('gigs.oversight.alerts.confirmedCol'),
          dataIndex: 'confirmedAt',
          render: (v: string | null) => (v ? <Tag color="green">{t('gigs.manage.confirmed')}</Tag> : '—'),
        },
      ]}
    />
  );
}
