import { useMutation, useQuery } from '@apollo/client/react';
import { ErrorCode, JobPostingStatus } from '@jobbridge/contracts';
import { Alert, App, Button, Flex, Form, Popconfirm, Result, type ButtonProps } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { PageHeader } from '../../../shared/components/PageHeader';
import { PageLoading } from '../../../shared/components/PageLoading';
import { QueryErrorResult } from '../../../shared/components/QueryErrorResult';
import { useEnumLabel } from '../../../shared/enums/enum-labels';
import { useGraphQLErrorHandler } from '../../../shared/errors';
import { JobBasicsSection } from '../components/JobBasicsSection';
import { ScreeningPreview } from '../components/ScreeningPreview';
import { JobPlaceSection } from '../components/JobPlaceSection';
import { JobRequirementsSection } from '../components/JobRequirementsSection';
import { TruthCardSection } from '../components/TruthCardSection';
import {
  CREATE_JOB_MUTATION,
  EDITABLE_JOB_QUERY,
  SUBMIT_JOB_MUTATION,
  UPDATE_JOB_MUTATION,
  WITHDRAW_JOB_MUTATION,
} from '../employer-jobs.graphql';
import { EMPTY_JOB, isEditable, JOB_FIELD_MAP, toJobFormValues, toJobInput, type JobFormValues } from '../job-form';
import { useProfileRequiredPrompt } from '../use-profile-required-prompt';

/** /employer/jobs/new and /employer/jobs/:id/edit: save as draft, or save and submit for review. */
export function JobEditorPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const label = useEnumLabel();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<JobFormValues>();
  const handleError = useGraphQLErrorHandler();
  const promptProfile = useProfileRequiredPrompt();
  const [submitAfterSave, setSubmitAfterSave] = useState(false);
  const submitAfterSaveRef = useRef(false);

  const { data, loading, error, refetch } = useQuery(EDITABLE_JOB_QUERY, {
    variables: { id: id ?? '' },
    skip: !id,
    fetchPolicy: 'network-only',
  });
  const [createJob, createState] = useMutation(CREATE_JOB_MUTATION);
  const [updateJob, updateState] = useMutation(UPDATE_JOB_MUTATION);
  const [submitJob, submitState] = useMutation(SUBMIT_JOB_MUTATION);
  const [withdrawJob, withdrawState] = useMutation(WITHDRAW_JOB_MUTATION);
  const saving = createState.loading || updateState.loading || submitState.loading;
  const job = data?.jobPosting;

  useEffect(() => {
    if (job) form.setFieldsValue(toJobFormValues(job));
  }, [job, form]);

  if (id && loading && !data) return <PageLoading />;
  if (id && error && !data) return <QueryErrorResult error={error} onRetry={() => void refetch()} />;
  if (id && data && !job) return <Result status="404" title={t('jobs.detail.notFound')} />;
  const editable = !job || isEditable(job.status);

  const reportError = (e: unknown) =>
    handleError(e, { form, fieldMap: JOB_FIELD_MAP, onCode: { [ErrorCode.EMPLOYER_PROFILE_REQUIRED]: promptProfile } });

  const onFinish = async (values: JobFormValues) => {
    let savedId: string | undefined;
    try {
      const input = toJobInput(values, job);
      const saved = job
        ? (await updateJob({ variables: { id: job.id, input } })).data?.updateJobPosting
        : (await createJob({ variables: { input } })).data?.createJobPosting;
      savedId = saved?.id;
      if (!savedId) return;
      if (submitAfterSaveRef.current) {
        await submitJob({ variables: { id: savedId } });
        void message.success(t('employer.jobs.submitted'));
      } else {
        void message.success(job ? t('employer.editor.updated') : t('employer.editor.created'));
      }
      navigate('/employer/jobs');
    } catch (e) {
      reportError(e);
      // Saved but not submitted: keep editing that draft, so another save does not create a second posting.
      if (savedId && !job) navigate(`/employer/jobs/${savedId}/edit`, { replace: true });
    }
  };

  /** 撤回修改: the posting under review goes back to a draft and the form opens for editing (the query is refetched). */
  const withdraw = async (jobId: string) => {
    try {
      await withdrawJob({ variables: { id: jobId } });
      void message.success(t('employer.jobs.withdrawn'));
      await refetch();
    } catch (e) {
      handleError(e);
    }
  };

  const save = (andSubmit: boolean) => {
    submitAfterSaveRef.current = andSubmit;
    setSubmitAfterSave(andSubmit);
    form.submit();
  };

  return (
    <div className="page page-narrow">
      <PageHeader title={job ? t('employer.editor.editTitle') : t('employer.editor.newTitle')} />
      {job?.rejectionReason ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('employer.jobs.rejectionReason', { reason: job.rejectionReason })}
          data-testid="job-rejection-reason"
        />
      ) : null}
      {!editable && job ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('employer.editor.notEditable', { status: label('jobPostingStatus', job.status) })}
          action={
            job.status === JobPostingStatus.PENDING_REVIEW ? (
              <Popconfirm
                title={t('employer.jobs.withdrawConfirm')}
                okText={t('common.confirm')}
                cancelText={t('common.cancel')}
                onConfirm={() => void withdraw(job.id)}
                okButtonProps={{ 'data-testid': 'job-editor-withdraw-confirm' } as ButtonProps}
              >
                <Button size="small" loading={withdrawState.loading} data-testid="job-editor-withdraw">
                  {t('employer.jobs.withdraw')}
                </Button>
              </Popconfirm>
            ) : undefined
          }
          data-testid="job-editor-not-editable"
        />
      ) : null}
      <Form<JobFormValues>
        form={form}
        layout="vertical"
        initialValues={EMPTY_JOB}
        onFinish={(v) => void onFinish(v)}
        disabled={!editable}
        scrollToFirstError
        data-testid="job-editor-form"
      >
        <Flex vertical gap={16}>
          <JobBasicsSection />
          {/* Editable: the live screen of the text being typed; submitted: the flags the API stored for the officer. */}
          <ScreeningPreview saved={editable ? undefined : job?.screeningFlags} />
          <JobPlaceSection />
          <TruthCardSection />
          <JobRequirementsSection />
          <Flex gap={12} wrap className="form-actions">
            <Button size="large" loading={saving && !submitAfterSave} onClick={() => save(false)} data-testid="job-editor-save">
              {t('employer.editor.saveDraft')}
            </Button>
            <Button
              type="primary"
              size="large"
              loading={saving && submitAfterSave}
              onClick={() => save(true)}
              data-testid="job-editor-save-submit"
            >
              {t('employer.editor.saveAndSubmit')}
            </Button>
          </Flex>
        </Flex>
      </Form>
    </div>
  );
}
