import { Table, Typography, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ScreeningFlagTags } from '../../../shared/components/ScreeningFlagTags';
import { JobKindTag, JobPostingStatusTag } from '../../../shared/components/StatusTags';
import { formatDateTime, formatPay } from '../../../shared/utils/format';
import type { MyJobRow } from '../employer-jobs.graphql';
import { JobRowActions } from './JobRowActions';

export function MyJobsTable({
  rows,
  loading,
  busyId,
  onSubmit,
  onWithdraw,
  onClose,
  onFaqs,
}: {
  rows: MyJobRow[];
  loading: boolean;
  busyId: string | null;
  onSubmit: (id: string) => void;
  onWithdraw: (id: string) => void;
  onClose: (id: string) => void;
  onFaqs: (id: string) => void;
}) {
  const { t } = useTranslation();
  const columns: TableColumnsType<MyJobRow> = [
    {
      key: 'title',
      title: t('employer.jobs.columns.title'),
      render: (_, job) => (
        <div>
          <Link to={`/jobs/${job.id}`} data-testid="my-job-title">
            {job.title}
          </Link>
          <div>
            <Typography.Text type="secondary">{job.workRegion.name}</Typography.Text>
          </div>
        </div>
      ),
    },
    {
      key: 'status',
      title: t('employer.jobs.columns.status'),
      render: (_, job) => (
        <div>
          <JobPostingStatusTag status={job.status} />
          {job.screeningFlags.length ? (
            <div className="my-job-screening" data-testid="my-job-screening" data-count={job.screeningFlags.length}>
              <ScreeningFlagTags flags={job.screeningFlags} showEvidence />
            </div>
          ) : null}
          {job.rejectionReason ? (
            <Typography.Paragraph type="danger" className="rejection-reason" data-testid="job-rejection-reason">
              {t('employer.jobs.rejectionReason', { reason: job.rejectionReason })}
            </Typography.Paragraph>
          ) : null}
        </div>
      ),
    },
    { key: 'kind', title: t('employer.jobs.columns.kind'), render: (_, job) => <JobKindTag kind={job.kind} />, responsive: ['md'] },
    { key: 'pay', title: t('employer.jobs.columns.pay'), render: (_, job) => formatPay(t, job.payMin, job.payMax), responsive: ['sm'] },
    {
      key: 'applications',
      title: t('employer.jobs.columns.applications'),
      align: 'right',
      render: (_, job) => <span data-testid="my-job-application-count">{job.applicationCount ?? 0}</span>,
    },
    {
      key: 'updatedAt',
      title: t('employer.jobs.columns.updatedAt'),
      render: (_, job) => formatDateTime(job.updatedAt),
      responsive: ['lg'],
    },
    {
      key: 'actions',
      title: t('common.actions'),
      // Always in view: on a phone the other columns scroll under it (issue 10).
      fixed: 'right',
      width: 120,
      render: (_, job) => (
        <JobRowActions job={job} busy={busyId === job.id} onSubmit={onSubmit} onWithdraw={onWithdraw} onClose={onClose} onFaqs={onFaqs} />
      ),
    },
  ];

  return (
    <div data-testid="my-jobs-table">
      <Table<MyJobRow>
        rowKey="id"
        columns={columns}
        dataSource={rows}
        loading={loading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('employer.jobs.empty') }}
        onRow={(job) => ({ 'data-testid': 'my-job-row', 'data-job-id': job.id, 'data-status': job.status }) as HTMLAttributes<HTMLElement>}
      />
    </div>
  );
}
