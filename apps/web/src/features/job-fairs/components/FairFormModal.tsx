import { useMutation } from '@apollo/client/react';
import { FairCampaign, FairMode, PriorityGroup } from '@jobbridge/contracts';
import { minutesOfDay } from '@jobbridge/domain';
import { App, DatePicker, Form, Input, InputNumber, Modal, Select, type ButtonProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useGraphQLErrorHandler } from '../../../shared/errors';
import { RegionCascader } from '../../../shared/regions';
import { lastCode, regionPath } from '../../../shared/utils/region-path';
import { CREATE_FAIR, JOB_FAIRS_QUERY, UPDATE_FAIR, type JobFairData } from '../job-fairs.graphql';

interface Values {
  name: string;
  campaign: FairCampaign;
  theme?: string;
  region: string[];
  targetGroups: PriorityGroup[];
  mode: FairMode;
  venueAddress?: string;
  applyWindow: [Dayjs, Dayjs];
  days: [Dayjs, Dayjs];
  opensAt: string;
  closesAt: string;
  boothCapacity: number;
  priorityWindowMinutes?: number | null;
  answerWindowSeconds: number;
  maxQueuesPerSeeker: number;
}

/** An opening time as the domain reads it (HH:MM, or 24:00 for midnight at the close): the same rule as the API's. */
const timeOfDay = (message: string) => ({
  validator: (_: unknown, v?: string) => (!v || minutesOfDay(v) != null ? Promise.resolve() : Promise.reject(new Error(message))),
});

/** The officer's fair editor: a new fair (a draft) or changes to a draft or published one; the API checks the schedule. */
export function FairFormModal({
  fair,
  open,
  onClose,
  defaultRegion,
}: {
  fair?: JobFairData;
  open: boolean;
  onClose: () => void;
  defaultRegion?: string | null;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleError = useGraphQLErrorHandler();
  const [form] = Form.useForm<Values>();
  const mode = Form.useWatch('mode', form);
  const [create, { loading: creating }] = useMutation(CREATE_FAIR, { refetchQueries: [JOB_FAIRS_QUERY] });
  const [update, { loading: updating }] = useMutation(UPDATE_FAIR);

  const initial: Partial<Values> = fair
    ? {
        name: fair.name,
        campaign: fair.campaign as FairCampaign,
        theme: fair.theme ?? undefined,
        region: regionPath(fair.regionCode),
        targetGroups: fair.targetGroups as PriorityGroup[],
        mode: fair.mode as FairMode,
        venueAddress: fair.venueAddress ?? undefined,
        applyWindow: [dayjs(fair.boothApplyFrom), dayjs(fair.boothApplyUntil)],
        days: [dayjs(fair.startDate), dayjs(fair.endDate)],
        opensAt: fair.opensAt,
        closesAt: fair.closesAt,
        boothCapacity: fair.boothCapacity,
        priorityWindowMinutes: fair.priorityWindowMinutes,
        answerWindowSeconds: fair.answerWindowSeconds,
        maxQueuesPerSeeker: fair.maxQueuesPerSeeker,
      }
    : {
        campaign: FairCampaign.SPRING_BREEZE,
        region: regionPath(defaultRegion ?? undefined, 2),
        targetGroups: [],
        mode: FairMode.ONLINE,
        opensAt: '09:00',
        closesAt: '17:00',
        boothCapacity: 100,
        answerWindowSeconds: 60,
        maxQueuesPerSeeker: 3,
      };

  const submit = async (v: Values) => {
    const input = {
      name: v.name,
      campaign: v.campaign,
      theme: v.theme || undefined,
      regionCode: lastCode(v.region) ?? '',
      targetGroups: v.targetGroups,
      mode: v.mode,
      venueAddress: v.venueAddress || undefined,
      boothApplyFrom: v.applyWindow[0].toISOString(),
      boothApplyUntil: v.applyWindow[1].toISOString(),
      startDate: v.days[0].format('YYYY-MM-DD'),
      endDate: v.days[1].format('YYYY-MM-DD'),
      opensAt: v.opensAt,
      closesAt: v.closesAt,
      boothCapacity: v.boothCapacity,
      priorityWindowMinutes: v.priorityWindowMinutes ?? null,
      answerWindowSeconds: v.answerWindowSeconds,
      maxQueuesPerSeeker: v.maxQueuesPerSeeker,
    };
    try {
      if (fair) await update({ variables: { id: fair.id, input } });
      else await create({ variables: { input } });
      message.success(t('fairs.admin.saved'));
      onClose();
    } catch (e) {
      handleError(e, {
        form,
        fieldMap: {
          regionCode: 'region',
          boothApplyFrom: 'applyWindow',
          boothApplyUntil: 'applyWindow',
          startDate: 'days',
          endDate: 'days',
        },
      });
    }
  };

  return (
    <Modal
      open={open}
      width={720}
      title={fair ? t('fairs.admin.edit') : t('fairs.admin.create')}
      okText={t('fairs.admin.save')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={creating || updating}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'fair-form-submit' } as ButtonProps}
    >
      <Form form={form} layout="vertical" initialValues={initial} onFinish={(v) => void submit(v)} preserve={false} data-testid="fair-form">
        <Form.Item name="name" label={t('fairs.admin.name')} rules={[{ required: true, min: 2, max: 80 }]}>
          <Input maxLength={80} data-testid="fair-form-name" />
        </Form.Item>
        <Form.Item name="campaign" label={t('fairs.admin.campaign')} rules={[{ required: true }]}>
          <Select options={Object.values(FairCampaign).map((c) => ({ value: c, label: t(`fairs.campaign.${c}`) }))} />
        </Form.Item>
        <Form.Item name="theme" label={t('fairs.admin.theme')}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="region" label={t('fairs.admin.region')} rules={[{ required: true }]}>
          <RegionCascader anyLevel />
        </Form.Item>
        <Form.Item name="targetGroups" label={t('fairs.admin.targetGroups')}>
          <Select mode="multiple" options={Object.values(PriorityGroup).map((g) => ({ value: g, label: t(`enums.priorityGroup.${g}`) }))} />
        </Form.Item>
        <Form.Item name="mode" label={t('fairs.admin.mode')} rules={[{ required: true }]}>
          <Select options={Object.values(FairMode).map((m) => ({ value: m, label: t(`fairs.mode.${m}`) }))} />
        </Form.Item>
        {mode && mode !== FairMode.ONLINE ? (
          <Form.Item name="venueAddress" label={t('fairs.admin.venue')} rules={[{ required: true }]}>
            <Input maxLength={200} />
          </Form.Item>
        ) : null}
        <Form.Item name="applyWindow" label={t('fairs.admin.applyWindow')} rules={[{ required: true }]}>
          <DatePicker.RangePicker showTime format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="days" label={t('fairs.admin.days')} rules={[{ required: true }]}>
          <DatePicker.RangePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="opensAt" label={t('fairs.admin.opensAt')} rules={[{ required: true }, timeOfDay(t('fairs.admin.timeOfDay'))]}>
          <Input placeholder="09:00" style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="closesAt" label={t('fairs.admin.closesAt')} rules={[{ required: true }, timeOfDay(t('fairs.admin.timeOfDay'))]}>
          <Input placeholder="17:00" style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="boothCapacity" label={t('fairs.admin.capacity')} rules={[{ required: true }]}>
          <InputNumber min={1} max={2000} />
        </Form.Item>
        <Form.Item name="priorityWindowMinutes" label={t('fairs.admin.priorityWindow')}>
          <InputNumber min={1} max={600} />
        </Form.Item>
        <Form.Item name="answerWindowSeconds" label={t('fairs.admin.answerWindow')} rules={[{ required: true }]}>
          <InputNumber min={15} max={600} />
        </Form.Item>
        <Form.Item name="maxQueuesPerSeeker" label={t('fairs.admin.maxQueues')} rules={[{ required: true }]}>
          <InputNumber min={1} max={10} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
