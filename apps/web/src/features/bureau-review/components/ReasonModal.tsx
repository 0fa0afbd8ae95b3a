import { Form, Input, Modal, type ButtonProps } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Drawers and modals sit at 1000 in antd; a reason box is always opened from one of them. */
const REASON_MODAL_Z_INDEX = 1100;

/** A required reason (驳回 / 不予认证). Test ids: `<testId>-input`, `<testId>-confirm`. */
export function ReasonModal({
  open,
  title,
  label,
  placeholder,
  requiredMessage,
  confirming,
  onConfirm,
  onCancel,
  testId,
}: {
  open: boolean;
  title: string;
  label: string;
  placeholder: string;
  requiredMessage: string;
  confirming: boolean;
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
      okButtonProps={{ danger: true, 'data-testid': `${testId}-confirm` } as ButtonProps}
      confirmLoading={confirming}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onCancel}
      // Above the review drawer it is opened from (both default to 1000, and this modal's layer, rendered early by
      // forceRender, came first in the page: the drawer covered its 确定).
      zIndex={REASON_MODAL_Z_INDEX}
      forceRender
    >
      <Form form={form} layout="vertical" data-testid={`${testId}-form`}>
        <Form.Item name="reason" label={label} rules={[{ required: true, whitespace: true, message: requiredMessage }]}>
          <Input.TextArea rows={4} maxLength={500} showCount placeholder={placeholder} data-testid={`${testId}-input`} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
