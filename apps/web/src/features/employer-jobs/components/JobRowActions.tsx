import { canTransitionJobPosting } from '@jobbridge/domain';
import { JobPostingStatus } from '@jobbridge/contracts';
import { Button, Popconfirm, Space, type ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { isEditable } from '../job-form';
import type { MyJobRow } from '../employer-jobs.graphql';

// Mirrors JOB_POSTING_TRANSITIONS in libs/domain (status-machines.ts); the API enforces it.

export function JobRowActions({
  job,
  busy,
  onSubmit,
  onWithdraw,
  onClose,
  onFaqs,
}: {
  job: MyJobRow;
  busy: boolean;
  onSubmit: (id: string) => void;
  /** Takes a posting under review back to a draft, to edit it. */
  onWithdraw: (id: string) => void;
  onClose: (id: string) => void;
  /** Opens 求职者问答 (questions left from live rooms). */
  onFaqs: (id: string) => void;
}) {
  const { t } = useTranslation();
  const editable = isEditable(job.status);
  return (
    <Space size={4} wrap>
      {editable ? (
        <Link to={`/employer/jobs/${job.id}/edit`} data-testid="job-action-edit">
          <Button size="small">{t('common.edit')}</Button>
        </Link>
      ) : null}
      {editable ? (
        <Popconfirm
          title={t('employer.jobs.submitConfirm')}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          onConfirm={() => onSubmit(job.id)}
          okButtonProps={{ 'data-testid': 'job-submit-confirm' } as ButtonProps}
        >
          <Button size="small" type="primary" loading={busy} data-testid="job-action-submit">
            {t('employer.jobs.submitForReview')}
          </Button>
        </Popconfirm>
      ) : null}
      {job.status === JobPostingStatus.PENDING_REVIEW ? (
        <Popconfirm
          title={t('employer.jobs.withdrawConfirm')}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          onConfirm={() => onWithdraw(job.id)}
          okButtonProps={{ 'data-testid': 'job-withdraw-confirm' } as ButtonProps}
        >
          <Button size="small" loading={busy} data-testid="job-action-withdraw">
            {t('employer.jobs.withdraw')}
          </Button>
        </Popconfirm>
      ) : null}
      {canTransitionJobPosting(job.status, JobPostingStatus.CLOSED) ? (
        <Popconfirm
          title={t('employer.jobs.closeConfirm')}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          onConfirm={() => onClose(job.id)}
          okButtonProps={{ danger: true, 'data-testid': 'job-close-confirm' } as ButtonProps}
        >
          <Button size="small" danger loading={busy} data-testid="job-action-close">
            {t('employer.jobs.closeJob')}
          </Button>
        </Popconfirm>
      ) : null}
      {job.status !== JobPostingStatus.DRAFT ? (
        <Link to={`/employer/jobs/${job.id}/applicants`} data-testid="job-action-applicants">
          <Button size="small" type="link">
            {t('employer.jobs.applicants')}
          </Button>
        </Link>
      ) : null}
      {job.status === JobPostingStatus.PUBLISHED || job.status === JobPostingStatus.CLOSED ? (
        <Button size="small" type="link" onClick={() => onFaqs(job.id)} data-testid="job-action-faqs">
          {t('employer.jobs.faqs')}
        </Button>
      ) : null}
      {job.status === JobPostingStatus.PUBLISHED ? (
        <Link to={`/employer/jobs/${job.id}/candidates`} data-testid="job-action-candidates">
          <Button size="small" type="link">
            {t('employer.jobs.candidates')}
          </Button>
        </Link>
      ) : null}
    </Space>
  );
}
