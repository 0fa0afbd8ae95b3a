import { useMutation } from '@apollo/client/react';
import { App, DatePicker, Form, Input, Modal, type ButtonProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useGraphQLErrorHandler } from '../../../shared/errors';
import { chinaToday } from '../../../shared/utils/format';
import { END_PROJECT_WORKER_MUTATION, type RosterWorker } from '../projects.graphql';
import type { useLocalHiringGuard } from '../use-local-hiring-guard';

interface EndWorkerValues {
  endDate?: Dayjs | null;
  reason?: string;
}

/** 离场: ends a tenure (the record stays), under the local-hiring rule (a local exit can breach). */
export function EndWorkerModal({
  worker,
  guard,
  onClose,
  onEnded,
}: {
  worker: RosterWorker | null;
  guard: ReturnType<typeof useLocalHiringGuard>['guard'];
  onClose: () => void;
  onEnded: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<EndWorkerValues>();
  const handleError = useGraphQLErrorHandler();
  const [end, { loading }] = useMutation(END_PROJECT_WORKER_MUTATION);

  useEffect(() => {
    if (!worker) return;
    form.resetFields();
    form.setFieldsValue({ endDate: dayjs(chinaToday()) });
  }, [worker, form]);

  const onFinish = async (v: EndWorkerValues) => {
    if (!worker) return;
    const input = { workerId: worker.id, endDate: v.endDate?.format('YYYY-MM-DD'), reason: v.reason?.trim() || undefined };
    try {
      const result = await guard((acknowledgement) => end({ variables: { input: { ...input, acknowledgement } } }));
      if (!result) return;
      void message.success(t('projects.endWorker.ended'));
      onEnded();
    } catch (e) {
      handleError(e, { form });
    }
  };

  return (
    <Modal
      open={worker !== null}
      title={worker ? t('projects.endWorker.title', { name: worker.fullName }) : null}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ 'data-testid': 'end-worker-submit' } as ButtonProps}
      forceRender
    >
      <Form<EndWorkerValues> form={form} layout="vertical" onFinish={(v) => void onFinish(v)} data-testid="end-worker-form">
        <Form.Item
          name="endDate"
          label={t('projects.endWorker.endDate')}
          extra={t('projects.endWorker.endDateHint')}
          rules={[{ required: true, message: t('auth.select', { field: t('projects.endWorker.endDate') }) }]}
        >
          <DatePicker
            style={{ width: '100%' }}
            disabledDate={(d) => Boolean(worker && d.isBefore(dayjs(worker.startDate), 'day'))}
            data-testid="end-worker-date"
          />
        </Form.Item>
        <Form.Item name="reason" label={t('projects.endWorker.reason')}>
          <Input maxLength={200} placeholder={t('projects.endWorker.reasonPlaceholder')} data-testid="end-worker-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
