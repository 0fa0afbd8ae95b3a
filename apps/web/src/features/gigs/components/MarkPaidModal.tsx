import { useMutation } from '@apollo/client/react';
import { GigPayMethod } from '@jobbridge/contracts';
import { App, Form, InputNumber, Modal, Select, Typography, type ButtonProps } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { paidAmountDefault } from '../gig-helpers';
import { MARK_GIG_PAID_MUTATION, type GigAssignmentRow } from '../gigs.graphql';
import { useGigErrorHandler } from '../use-gig-error';
import { formatAmount } from '../use-gig-text';

const METHODS = [GigPayMethod.WECHAT, GigPayMethod.ALIPAY, GigPayMethod.CASH, GigPayMethod.BANK_TRANSFER] as const;

interface Values {
  amountYuan?: number | null;
  method: GigPayMethod;
}

/** 标记已付: the amount (from what is due for the confirmed days) and how it was paid; the worker then confirms it. */
export function MarkPaidModal({
  assignment,
  defaultMethod,
  onClose,
  onPaid,
}: {
  /** The worker paid; null: closed. */
  assignment: GigAssignmentRow | null;
  defaultMethod: GigPayMethod;
  onClose: () => void;
  onPaid?: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleError = useGigErrorHandler();
  const [form] = Form.useForm<Values>();
  const [markPaid, { loading }] = useMutation(MARK_GIG_PAID_MUTATION);

  useEffect(() => {
    if (assignment)
      form.setFieldsValue({ amountYuan: paidAmountDefault(assignment) ?? null, method: assignment.paidMethod ?? defaultMethod });
  }, [assignment, defaultMethod, form]);

  const submit = async () => {
    if (!assignment) return;
    const v = await form.validateFields();
    try {
      await markPaid({ variables: { input: { assignmentId: assignment.id, amountYuan: v.amountYuan ?? 0, method: v.method } } });
      void message.success(t('gigs.manage.paidToast'));
      onPaid?.();
      onClose();
    } catch (e) {
      handleError(e, { form, fieldMap: { assignmentId: 'amountYuan' } });
    }
  };

  return (
    <Modal
      open={!!assignment}
      title={assignment ? t('gigs.manage.markPaidTitle', { name: assignment.workerName }) : ''}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'gig-paid-submit' } as ButtonProps}
      confirmLoading={loading}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      forceRender
    >
      <Form<Values> form={form} layout="vertical" data-testid="gig-paid-form">
        <Form.Item
          name="amountYuan"
          label={t('gigs.manage.amount')}
          rules={[{ required: true, message: t('gigs.manage.amountRequired') }]}
          extra={
            assignment && assignment.payDueYuan > 0 ? (
              <span data-testid="gig-paid-due">{t('gigs.manage.amountHint', { amount: formatAmount(assignment.payDueYuan) })}</span>
            ) : (
              <Typography.Text type="warning">{t('gigs.manage.amountHintNone')}</Typography.Text>
            )
          }
        >
          <InputNumber min={0.01} max={1000000} precision={2} style={{ width: '100%' }} data-testid="gig-paid-amount" />
        </Form.Item>
        <Form.Item name="method" label={t('gigs.manage.method')} rules={[{ required: true }]}>
          <Select options={METHODS.map((m) => ({ value: m, label: t(`gigs.payMethod.${m}`) }))} data-testid="gig-paid-method" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
