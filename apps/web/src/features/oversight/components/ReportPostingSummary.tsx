import { useQuery } from '@apollo/client/react';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { JobPostingStatusTag } from '../../../shared/components/StatusTags';
import { formatDate } from '../../../shared/utils/format';
import { REPORT_POSTING_QUERY, type ContentReportData } from '../oversight.graphql';
import { EmployerName } from './EmployerName';

/**
 * For the officer: the posting a report is about (title, state, when published and closed) and its employer, with a
 * link to the employer's credit. A report on a live room or a booth with several jobs names the employer only.
 */
export function ReportPostingSummary({ report }: { report: Pick<ContentReportData, 'jobPostingId' | 'employerId'> }) {
  const { t } = useTranslation();
  const { data } = useQuery(REPORT_POSTING_QUERY, { variables: { id: report.jobPostingId ?? '' }, skip: !report.jobPostingId });
  const posting = report.jobPostingId ? data?.jobPosting : null;
  const employerId = posting?.employer.id ?? report.employerId;
  return (
    <Flex vertical gap={4} data-testid="report-posting">
      <div>
        <Typography.Text type="secondary">{t('oversight.queue.posting')}：</Typography.Text>
        {!report.jobPostingId ? (
          <Typography.Text type="secondary">{t('oversight.queue.noPosting')}</Typography.Text>
        ) : posting ? (
          <Flex gap={6} wrap align="center" style={{ display: 'inline-flex' }}>
            <Link to={`/jobs/${posting.id}`} data-testid="report-posting-title">
              {posting.title}
            </Link>
            <JobPostingStatusTag status={posting.status} />
            <Typography.Text type="secondary">
              {[posting.publishedAt ? formatDate(posting.publishedAt) : null, posting.closedAt ? formatDate(posting.closedAt) : null]
                .filter(Boolean)
                .join(' → ')}
            </Typography.Text>
          </Flex>
        ) : (
          <Typography.Text type="secondary">…</Typography.Text>
        )}
      </div>
      {employerId ? (
        <div>
          <Typography.Text type="secondary">{t('oversight.queue.employer')}：</Typography.Text>
          {posting ? <span data-testid="employer-name">{posting.employer.name}</span> : <EmployerName id={employerId} />}{' '}
          <Link to={`/bureau/employers/${employerId}/credit`} data-testid="report-employer-credit">
            {t('oversight.queue.credit')}
          </Link>
        </div>
      ) : null}
    </Flex>
  );
}
