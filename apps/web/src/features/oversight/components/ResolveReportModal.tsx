import { useMutation } from '@apollo/client/react';
import { ReportAction } from '@jobbridge/contracts';
import { App, Flex, Form, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useGraphQLErrorHandler } from '../../../shared/errors';
import { RESOLVE_REPORT_MUTATION, type ContentReportData } from '../oversight.graphql';
import { DecisionReasonModal } from './DecisionReasonModal';

const ACTIONS = Object.values(ReportAction);

/** Which actions a report allows: a posting to take down, an employer to warn or suspend. */
export function allowedActions(report: Pick<ContentReportData, 'jobPostingId' | 'employerId'>): ReportAction[] {
  return ACTIONS.filter((a) => {
    if (a === ReportAction.SUSPEND_POSTING) return Boolean(report.jobPostingId);
    if (a === ReportAction.WARN || a === ReportAction.SUSPEND_EMPLOYER) return Boolean(report.employerId);
    return true;
  });
}

/** 处理举报: the action (警告, 下架岗位, 暂停单位招聘, 不予采纳) and a required note, told to the reporter. */
export function ResolveReportModal({ report, onClose }: { report: ContentReportData; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleError = useGraphQLErrorHandler();
  const [resolve, { loading }] = useMutation(RESOLVE_REPORT_MUTATION);
  const allowed = allowedActions(report);

  const confirm = async ({ action, reason }: { action: ReportAction; reason: string }) => {
    try {
      await resolve({ variables: { input: { reportId: report.id, action, note: reason } } });
      void message.success(t('oversight.queue.resolved'));
      onClose();
    } catch (e) {
      handleError(e);
    }
  };

  return (
    <DecisionReasonModal<{ action: ReportAction; reason: string }>
      title={t('oversight.queue.resolveTitle')}
      label={t('oversight.queue.note')}
      placeholder={t('oversight.queue.notePlaceholder')}
      requiredMessage={t('oversight.queue.noteRequired')}
      confirming={loading}
      onConfirm={confirm}
      onCancel={onClose}
      testId="resolve-report"
      maxLength={500}
    >
      <Form.Item
        name="action"
        label={t('oversight.queue.action')}
        rules={[{ required: true, message: t('oversight.queue.actionRequired') }]}
      >
        <Radio.Group data-testid="resolve-report-action">
          <Flex vertical gap={8}>
            {ACTIONS.map((a) => (
              <Radio key={a} value={a} disabled={!allowed.includes(a)} data-testid={`resolve-report-action-${a}`}>
                {t(`oversight.actions.${a}`)}{' '}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t(`oversight.actionHints.${a}`)}
                </Typography.Text>
              </Radio>
            ))}
          </Flex>
        </Radio.Group>
      </Form.Item>
    </DecisionReasonModal>
  );
}
