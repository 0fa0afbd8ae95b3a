import { Form, Input, Modal, type ButtonProps } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../../../shared/enums/enum-labels';
import type { EmployerMove } from '../employer-moves';

/** Confirms a status move, with an optional note the seeker sees in their history. */
export function MoveStatusModal({
  target,
  confirming,
  onConfirm,
  onCancel,
}: {
  target: EmployerMove | null;
  confirming: boolean;
  onConfirm: (note: string | undefined) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const [form] = Form.useForm<{ note?: string }>();

  useEffect(() => {
    if (target) form.resetFields();
  }, [target, form]);

  return (
    <Modal
      open={target !== null}
      title={target ? t('employer.applicants.moveTitle', { status: label('applicationStatus', target) }) : null}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      confirmLoading={confirming}
      onOk={() => onConfirm(form.getFieldValue('note')?.trim() || undefined)}
      onCancel={onCancel}
      okButtonProps={{ 'data-testid': 'move-status-confirm' } as ButtonProps}
      forceRender
    >
      <Form form={form} layout="vertical" data-testid="move-status-form">
        <Form.Item name="note" label={t('employer.applicants.moveNote')}>
          <Input.TextArea
            rows={3}
            maxLength={500}
            placeholder={t('employer.applicants.moveNotePlaceholder')}
            data-testid="move-status-note"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
