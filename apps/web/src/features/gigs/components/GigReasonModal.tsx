import { Form, Input, Modal, Typography, type ButtonProps } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A short required text before a step that tells the other side why (驳回, 取消零工, 工钱有异议). Test ids:
 * `<testId>-input`, `<testId>-confirm`.
 */
export function GigReasonModal({
  open,
  title,
  label,
  requiredMessage,
  hint,
  confirming,
  danger = true,
  maxLength = 300,
  onConfirm,
  onCancel,
  testId,
}: {
  open: boolean;
  title: string;
  label: string;
  requiredMessage: string;
  hint?: string;
  confirming: boolean;
  danger?: boolean;
  maxLength?: number;
  onConfirm: (reason: string) => Promise<void> | void;
  onCancel: () => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();

  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);

  const submit = async () => {
    const { reason } = await form.validateFields();
    await onConfirm(reason.trim());
  };

  return (
    <Modal
      open={open}
      title={title}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger, 'data-testid': `${testId}-confirm` } as ButtonProps}
      confirmLoading={confirming}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onCancel}
      forceRender
    >
      {hint ? <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph> : null}
      <Form form={form} layout="vertical" data-testid={`${testId}-form`}>
        <Form.Item name="reason" label={label} rules={[{ required: true, whitespace: true, min: 2, message: requiredMessage }]}>
          <Input.TextArea rows={3} maxLength={maxLength} showCount data-testid={`${testId}-input`} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
