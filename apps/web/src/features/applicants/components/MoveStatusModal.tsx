import { ApplicationStatus } from '@jobbridge/contracts';
import { Form, Input, InputNumber, Modal, type ButtonProps } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../../../shared/enums/enum-labels';
import type { EmployerMove } from '../employer-moves';

/** The labour contract term the API takes on a hire, in months. */
export const CONTRACT_MONTHS = { min: 1, max: 120 } as const;

export interface MoveDetails {
  note: string | undefined;
  /** On HIRED: the labour contract term, when the employer gives it (subsidy rules read it). */
  contractMonths: number | undefined;
}

/**
 * Confirms a status move, with an optional note the seeker sees in their history; on 确认入职 also the labour
 * contract term in months (optional: subsidies such as 一次性吸纳就业补贴 need it, and the officer asks without it).
 */
export function MoveStatusModal({
  target,
  confirming,
  onConfirm,
  onCancel,
}: {
  target: EmployerMove | null;
  confirming: boolean;
  onConfirm: (details: MoveDetails) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const [form] = Form.useForm<{ note?: string; contractMonths?: number | null }>();
  const hiring = target === ApplicationStatus.HIRED;

  useEffect(() => {
    if (target) form.resetFields();
  }, [target, form]);

  const confirm = async () => {
    const values = await form.validateFields();
    onConfirm({
      note: values.note?.trim() || undefined,
      contractMonths: hiring && typeof values.contractMonths === 'number' ? values.contractMonths : undefined,
    });
  };

  return (
    <Modal
      open={target !== null}
      title={target ? t('employer.applicants.moveTitle', { status: label('applicationStatus', target) }) : null}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      confirmLoading={confirming}
      onOk={() => void confirm().catch(() => undefined)}
      onCancel={onCancel}
      okButtonProps={{ 'data-testid': 'move-status-confirm' } as ButtonProps}
      forceRender
    >
      <Form form={form} layout="vertical" data-testid="move-status-form">
        {hiring ? (
          <Form.Item name="contractMonths" label={t('subsidies.hire.contractMonths')} extra={t('subsidies.hire.contractMonthsHint')}>
            <InputNumber
              min={CONTRACT_MONTHS.min}
              max={CONTRACT_MONTHS.max}
              precision={0}
              inputMode="numeric"
              style={{ width: '100%' }}
              placeholder={t('subsidies.hire.contractMonthsPlaceholder')}
              data-testid="move-status-contract-months"
            />
          </Form.Item>
        ) : null}
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
