import { useMutation, useQuery } from '@apollo/client/react';
import { JobPostingStatus } from '@jobbridge/contracts';
import { App, Form, Input, InputNumber, Modal, Select, type ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useGraphQLErrorHandler } from '../../../shared/errors';
import { MY_JOB_POSTINGS_QUERY } from '../../employer-jobs/employer-jobs.graphql';
import { APPLY_FOR_BOOTH, FAIR_BOOTHS_QUERY, TEAM_QUERY } from '../job-fairs.graphql';

interface Values {
  intro: string;
  jobPostingIds: string[];
  staffUserIds: string[];
  thresholdMinutes?: number | null;
}

/** An employer applies for a booth: published jobs, an introduction and team members to staff it. */
export function ApplyBoothModal({ fairId, open, onClose }: { fairId: string; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleError = useGraphQLErrorHandler();
  const [form] = Form.useForm<Values>();
  const jobs = useQuery(MY_JOB_POSTINGS_QUERY, { variables: { status: JobPostingStatus.PUBLISHED, first: 50 }, skip: !open });
  const team = useQuery(TEAM_QUERY, { skip: !open });
  const [apply, { loading }] = useMutation(APPLY_FOR_BOOTH, { refetchQueries: [FAIR_BOOTHS_QUERY] });

  const submit = async (v: Values) => {
    try {
      await apply({
        variables: {
          input: {
            fairId,
            intro: v.intro,
            jobPostingIds: v.jobPostingIds,
            staffUserIds: v.staffUserIds,
            callbackThresholdSeconds: v.thresholdMinutes ? v.thresholdMinutes * 60 : null,
          },
        },
      });
      message.success(t('fairs.apply.submitted'));
      onClose();
    } catch (e) {
      handleError(e, { form });
    }
  };

  return (
    <Modal
      open={open}
      title={t('fairs.apply.title')}
      okText={t('fairs.apply.submit')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={loading}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'apply-booth-submit' } as ButtonProps}
    >
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} preserve={false}>
        <Form.Item name="intro" label={t('fairs.apply.intro')} rules={[{ required: true, min: 2, max: 500 }]}>
          <Input.TextArea rows={3} maxLength={500} data-testid="apply-booth-intro" />
        </Form.Item>
        <Form.Item name="jobPostingIds" label={t('fairs.apply.jobs')} rules={[{ required: true }]}>
          <Select
            mode="multiple"
            data-testid="apply-booth-jobs"
            options={(jobs.data?.myJobPostings.edges ?? []).map((e) => ({ value: e.node.id, label: e.node.title }))}
          />
        </Form.Item>
        <Form.Item name="staffUserIds" label={t('fairs.apply.staff')} rules={[{ required: true }]}>
          <Select
            mode="multiple"
            data-testid="apply-booth-staff"
            options={(team.data?.teamMembers ?? [])
              .filter((m) => m.joined)
              .map((m) => ({ value: m.userId!, label: `${m.displayName ?? m.phone} · ${t(`fairs.teamRole.${m.role}`)}` }))}
          />
        </Form.Item>
        <Form.Item name="thresholdMinutes" label={t('fairs.apply.threshold')}>
          <InputNumber min={1} max={120} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
