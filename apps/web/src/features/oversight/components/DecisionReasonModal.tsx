import { Form, Input, Modal, type ButtonProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Above a drawer (antd puts drawers and modals at 1000): these boxes open from the review drawer. */
const ABOVE_DRAWER = 1100;

/**
 * A decision that needs a written reason (a screening flag upheld or dismissed, a report resolved). Mounted per opening;
 * `children` adds fields above the reason (e.g. the action to take). Test ids: `<testId>-input`, `<testId>-confirm`.
 */
export function DecisionReasonModal<V extends { reason: string }>({
  title,
  label,
  placeholder,
  requiredMessage,
  confirming,
  onConfirm,
  onCancel,
  testId,
  children,
  initialValues,
  maxLength = 300,
  danger = false,
}: {
  title: ReactNode;
  label: string;
  placeholder: string;
  requiredMessage: string;
  confirming: boolean;
  onConfirm: (values: V) => Promise<void> | void;
  onCancel: () => void;
  testId: string;
  children?: ReactNode;
  initialValues?: Partial<V>;
  maxLength?: number;
  danger?: boolean;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<V>();

  const submit = async () => {
    const values = await form.validateFields();
    await onConfirm({ ...values, reason: values.reason.trim() });
  };

  return (
    <Modal
      open
      title={title}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger, 'data-testid': `${testId}-confirm` } as ButtonProps}
      confirmLoading={confirming}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onCancel}
      zIndex={ABOVE_DRAWER}
    >
      <Form form={form} layout="vertical" initialValues={initialValues} data-testid={`${testId}-form`}>
        {children}
        <Form.Item name="reason" label={label} rules={[{ required: true, whitespace: true, message: requiredMessage }]}>
          <Input.TextArea rows={4} maxLength={maxLength} showCount placeholder={placeholder} data-testid={`${testId}-input`} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
