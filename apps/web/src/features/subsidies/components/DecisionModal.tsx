import { AutoComplete, Form, Input, Modal, type ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';

export type TextDecision = 'REJECT' | 'REQUEST_INFO';

/**
 * 驳回 (a reason, required) or 要材料 (the one item to supply, required; the proposal's missing items offered). Mounted
 * per opening. Test ids: `subsidy-decision-input`, `subsidy-decision-confirm`.
 */
export function DecisionModal({
  decision,
  name,
  missing,
  confirming,
  onConfirm,
  onCancel,
}: {
  decision: TextDecision;
  name: string;
  missing: readonly string[];
  confirming: boolean;
  onConfirm: (text: string) => Promise<void> | void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ text: string }>();
  const reject = decision === 'REJECT';

  const submit = async () => {
    const { text } = await form.validateFields();
    await onConfirm(text.trim());
  };

  return (
    <Modal
      open
      title={reject ? t('subsidies.queue.rejectTitle', { name }) : t('subsidies.queue.requestTitle', { name })}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: reject, 'data-testid': 'subsidy-decision-confirm' } as ButtonProps}
      confirmLoading={confirming}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onCancel}
    >
      <Form form={form} layout="vertical" data-testid="subsidy-decision-form" initialValues={{ text: reject ? '' : (missing[0] ?? '') }}>
        <Form.Item
          name="text"
          label={reject ? t('subsidies.queue.rejectReason') : t('subsidies.queue.requestItem')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: reject ? t('subsidies.queue.rejectRequired') : t('subsidies.queue.requestRequired'),
            },
          ]}
        >
          {reject ? (
            <Input.TextArea
              rows={4}
              maxLength={300}
              showCount
              placeholder={t('subsidies.queue.rejectPlaceholder')}
              data-testid="subsidy-decision-input"
            />
          ) : (
            <AutoComplete options={missing.map((m) => ({ value: m }))} placeholder={t('subsidies.queue.requestPlaceholder')}>
              <Input maxLength={100} data-testid="subsidy-decision-input" />
            </AutoComplete>
          )}
        </Form.Item>
      </Form>
    </Modal>
  );
}
