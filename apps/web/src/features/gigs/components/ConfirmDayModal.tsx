import { useMutation } from '@apollo/client/react';
import { GigPayUnit } from '@jobbridge/contracts';
import { App, Form, InputNumber, Modal, type ButtonProps } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { CONFIRM_GIG_ATTENDANCE_MUTATION, type GigAttendanceRow } from '../gigs.graphql';
import { useGigErrorHandler } from '../use-gig-error';
import { useGigText } from '../use-gig-text';

interface Values {
  minutes?: number | null;
  pieces?: number | null;
}

/**
 * 确认出勤: the poster confirms a worker's day — the minutes from the check times by default (or corrected), and for
 * piece pay the pieces done — which sets the pay due.
 */
export function ConfirmDayModal({
  target,
  payUnit,
  onClose,
  onConfirmed,
}: {
  /** The day confirmed with the worker's name; null: closed. */
  target: { workerName: string; day: GigAttendanceRow } | null;
  payUnit: GigPayUnit;
  onClose: () => void;
  onConfirmed?: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const text = useGigText();
  const handleError = useGigErrorHandler();
  const [form] = Form.useForm<Values>();
  const [confirm, { loading }] = useMutation(CONFIRM_GIG_ATTENDANCE_MUTATION);

  useEffect(() => {
    if (target)
      form.setFieldsValue({
        minutes: target.day.confirmedAt || target.day.checkOutAt ? target.day.minutes : null,
        pieces: target.day.pieces,
      });
  }, [target, form]);

  const submit = async () => {
    if (!target) return;
    const v = await form.validateFields();
    try {
      await confirm({ variables: { input: { attendanceId: target.day.id, minutes: v.minutes ?? null, pieces: v.pieces ?? null } } });
      void message.success(t('gigs.manage.dayConfirmed'));
      onConfirmed?.();
      onClose();
    } catch (e) {
      handleError(e, { form, fieldMap: { attendanceId: 'minutes' } });
    }
  };

  return (
    <Modal
      open={!!target}
      title={target ? t('gigs.manage.confirmDayTitle', { name: target.workerName, date: text.day(target.day.workDate) }) : ''}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'gig-confirm-day-submit' } as ButtonProps}
      confirmLoading={loading}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      forceRender
    >
      <Form<Values> form={form} layout="vertical">
        <Form.Item name="minutes" label={t('gigs.manage.confirmMinutes')} extra={t('gigs.manage.confirmMinutesHint')}>
          <InputNumber min={0} max={1440} precision={0} style={{ width: 160 }} data-testid="gig-confirm-day-minutes" />
        </Form.Item>
        {payUnit === GigPayUnit.PIECE ? (
          <Form.Item name="pieces" label={t('gigs.manage.confirmPieces')} rules={[{ required: true }]}>
            <InputNumber min={0} max={1000000} precision={0} style={{ width: 160 }} data-testid="gig-confirm-day-pieces" />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
