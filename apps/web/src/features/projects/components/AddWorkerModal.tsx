import { useMutation } from '@apollo/client/react';
import { isValidIdNumber, MAX_NAME_LENGTH, MAX_TRADE_LENGTH } from '@jobbridge/domain';
import { App, Checkbox, Col, DatePicker, Form, Input, Modal, Row, type ButtonProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useGraphQLErrorHandler } from '../../../shared/errors';
import { RegionCascader } from '../../../shared/regions';
import { chinaToday } from '../../../shared/utils/format';
import { lastCode } from '../../../shared/utils/region-path';
import { ADD_PROJECT_WORKER_MUTATION } from '../projects.graphql';
import type { useLocalHiringGuard } from '../use-local-hiring-guard';

interface AddWorkerValues {
  fullName: string;
  idNumber: string;
  hukouRegion?: string[];
  trade: string;
  startDate?: Dayjs | null;
  endDate?: Dayjs | null;
  povertyAlleviated?: boolean;
}

const FIELD_MAP = { hukouRegionCode: 'hukouRegion' };

/** 登记工人: one worker by hand, under the local-hiring rule (the acknowledgement dialog when it breaches). */
export function AddWorkerModal({
  projectId,
  open,
  guard,
  onClose,
  onAdded,
}: {
  projectId: string;
  open: boolean;
  guard: ReturnType<typeof useLocalHiringGuard>['guard'];
  onClose: () => void;
  onAdded: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<AddWorkerValues>();
  const handleError = useGraphQLErrorHandler();
  const [add, { loading }] = useMutation(ADD_PROJECT_WORKER_MUTATION);
  const required = (field: string) => ({ required: true, whitespace: true, message: t('auth.required', { field }) });

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({ startDate: dayjs(chinaToday()), povertyAlleviated: false });
  }, [open, form]);

  const onFinish = async (v: AddWorkerValues) => {
    const input = {
      projectId,
      fullName: v.fullName.trim(),
      idNumber: v.idNumber.trim().toUpperCase(),
      hukouRegionCode: lastCode(v.hukouRegion) ?? '',
      trade: v.trade.trim(),
      startDate: v.startDate!.format('YYYY-MM-DD'),
      endDate: v.endDate ? v.endDate.format('YYYY-MM-DD') : null,
      povertyAlleviated: Boolean(v.povertyAlleviated),
    };
    try {
      const result = await guard((acknowledgement) => add({ variables: { input: { ...input, acknowledgement } } }));
      if (!result) return;
      void message.success(t('projects.addWorker.added', { name: input.fullName }));
      onAdded();
    } catch (e) {
      handleError(e, { form, fieldMap: FIELD_MAP });
    }
  };

  return (
    <Modal
      open={open}
      title={t('projects.addWorker.title')}
      width={640}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ 'data-testid': 'add-worker-submit' } as ButtonProps}
      forceRender
    >
      <Form<AddWorkerValues> form={form} layout="vertical" onFinish={(v) => void onFinish(v)} data-testid="add-worker-form">
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="fullName" label={t('projects.addWorker.fullName')} rules={[required(t('projects.addWorker.fullName'))]}>
              <Input maxLength={MAX_NAME_LENGTH} data-testid="add-worker-name" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="idNumber"
              label={t('projects.addWorker.idNumber')}
              extra={t('projects.addWorker.idNumberHint')}
              rules={[
                required(t('projects.addWorker.idNumber')),
                {
                  validator: (_, value?: string) =>
                    !value || isValidIdNumber(value.trim())
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('projects.addWorker.idNumberInvalid'))),
                },
              ]}
            >
              <Input maxLength={18} autoComplete="off" data-testid="add-worker-id-number" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="hukouRegion"
              label={t('projects.addWorker.hukou')}
              rules={[{ required: true, message: t('auth.select', { field: t('projects.addWorker.hukou') }) }]}
            >
              <RegionCascader data-testid="add-worker-hukou" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="trade" label={t('projects.addWorker.trade')} rules={[required(t('projects.addWorker.trade'))]}>
              <Input maxLength={MAX_TRADE_LENGTH} placeholder={t('projects.addWorker.tradePlaceholder')} data-testid="add-worker-trade" />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item
              name="startDate"
              label={t('projects.addWorker.startDate')}
              rules={[{ required: true, message: t('auth.select', { field: t('projects.addWorker.startDate') }) }]}
            >
              <DatePicker style={{ width: '100%' }} data-testid="add-worker-start" />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item name="endDate" label={t('projects.addWorker.endDate')}>
              <DatePicker style={{ width: '100%' }} data-testid="add-worker-end" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="povertyAlleviated" valuePropName="checked" style={{ marginBottom: 0 }}>
          <Checkbox data-testid="add-worker-poverty">{t('projects.addWorker.povertyAlleviated')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
