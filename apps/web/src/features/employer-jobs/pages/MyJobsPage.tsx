import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { ErrorCode, type JobPostingStatus } from '@jobbridge/contracts';
import { App, Button, Segmented } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { LoadMore } from '../../../shared/components/LoadMore';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryErrorResult } from '../../../shared/components/QueryErrorResult';
import { useEnumOptions } from '../../../shared/enums/enum-labels';
import { JOB_POSTING_STATUSES } from '../../../shared/enums/enum-values';
import { useGraphQLErrorHandler } from '../../../shared/errors';
import { useLoadMore } from '../../../shared/hooks/use-load-more';
import { EmployerReportDecisions } from '../../oversight';
import { JobFaqsModal } from '../components/JobFaqsModal';
import { MyJobsTable } from '../components/MyJobsTable';
import { CLOSE_JOB_MUTATION, MY_JOB_POSTINGS_QUERY, SUBMIT_JOB_MUTATION, WITHDRAW_JOB_MUTATION } from '../employer-jobs.graphql';
import { useProfileRequiredPrompt } from '../use-profile-required-prompt';

const PAGE_SIZE = 20;
const ALL = 'ALL';

export function MyJobsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleError = useGraphQLErrorHandler();
  const promptProfile = useProfileRequiredPrompt();
  const statusOptions = useEnumOptions('jobPostingStatus', JOB_POSTING_STATUSES);
  const [status, setStatus] = useState<JobPostingStatus | typeof ALL>(ALL);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [faqJobId, setFaqJobId] = useState<string | null>(null);

  const { data, loading, error, refetch, fetchMore } = useQuery(MY_JOB_POSTINGS_QUERY, {
    variables: { status: status === ALL ? undefined : status, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const [submitJob] = useMutation(SUBMIT_JOB_MUTATION);
  const [closeJob] = useMutation(CLOSE_JOB_MUTATION);
  const [withdrawJob] = useMutation(WITHDRAW_JOB_MUTATION);
  const connection = data?.myJobPostings;

  const run = async (id: string, action: () => Promise<unknown>, done: string) => {
    setBusyId(id);
    try {
      await action();
      void message.success(done);
      if (status !== ALL) void refetch(); // the row may have left the filtered status
    } catch (e) {
      handleError(e, { onCode: { [ErrorCode.EMPLOYER_PROFILE_REQUIRED]: promptProfile } });
    } finally {
      setBusyId(null);
    }
  };

  const { loadingMore, loadMore } = useLoadMore(fetchMore);

  return (
    <div className="page">
      <PageHeader
        title={t('employer.jobs.title')}
        extra={
          <Link to="/employer/jobs/new" data-testid="new-job-button">
            <Button type="primary" icon={<PlusOutlined />}>
              {t('employer.jobs.newJob')}
            </Button>
          </Link>
        }
      />
      <div className="segmented-scroll">
        <Segmented
          value={status}
          onChange={(v) => setStatus(v as JobPostingStatus | typeof ALL)}
          options={[{ value: ALL, label: t('employer.jobs.allStatuses') }, ...statusOptions]}
          data-testid="my-jobs-status-filter"
        />
      </div>
      {error && !connection ? (
        <QueryErrorResult error={error} onRetry={() => void refetch()} />
      ) : (
        <>
          <MyJobsTable
            rows={connection?.edges.map((e) => e.node) ?? []}
            loading={loading && !connection}
            busyId={busyId}
            onSubmit={(id) => void run(id, () => submitJob({ variables: { id } }), t('employer.jobs.submitted'))}
            onClose={(id) => void run(id, () => closeJob({ variables: { id } }), t('employer.jobs.closed'))}
            onWithdraw={(id) => void run(id, () => withdrawJob({ variables: { id } }), t('employer.jobs.withdrawn'))}
            onFaqs={setFaqJobId}
          />
          {connection && connection.edges.length > 0 ? (
            <LoadMore pageInfo={connection.pageInfo} loading={loadingMore} onLoadMore={(after) => void loadMore(after)} />
          ) : null}
        </>
      )}
      <EmployerReportDecisions />
      <JobFaqsModal jobId={faqJobId} onClose={() => setFaqJobId(null)} />
    </div>
  );
}
