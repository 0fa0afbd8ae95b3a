import { Button, Card, Checkbox, DatePicker, Flex, Form, Input, InputNumber, Radio, Select, TimePicker, type FormInstance } from 'antd';
import { GigPayMethod, GigPayTiming, GigPayUnit } from '@jobbridge/contracts';
import { addDays, chinaIsoDateOf, DEFAULT_GIG_POLICY } from '@jobbridge/domain';
import type { Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TagsSelect } from '../../../shared/components/TagsSelect';
import { RegionCascader } from '../../../shared/regions';
import { hourlyOf, type GigFormValues } from '../gig-helpers';
import { SitePointFields } from './SitePointFields';

const PAY_UNITS = [GigPayUnit.DAY, GigPayUnit.HOUR, GigPayUnit.PIECE] as const;
const PAY_TIMINGS = [GigPayTiming.SAME_DAY, GigPayTiming.ON_COMPLETION] as const;
const PAY_METHODS = [GigPayMethod.WECHAT, GigPayMethod.ALIPAY, GigPayMethod.CASH, GigPayMethod.BANK_TRANSFER] as const;
const TRUTH = ['toolsProvided', 'mealsProvided', 'worksAtHeight', 'heavyLoads'] as const;

/** Dates a gig may start on: from today (China) up to the policy's days ahead. */
function outsidePostingWindow(d: Dayjs): boolean {
  const iso = d.format('YYYY-MM-DD');
  const today = chinaIsoDateOf(new Date());
  return iso < today || iso > addDays(today, DEFAULT_GIG_POLICY.maxDaysAhead);
}

/**
 * The gig form: the work, the site (county, address and point), the days and hours and how many, the pay (rate, how
 * and when paid, with what it works out at per hour) and the truth card's safety items. Test ids `gig-form-<field>`.
 */
export function GigForm({
  form,
  initialValues,
  submitting,
  submitLabel,
  onSubmit,
  notice,
}: {
  form: FormInstance<GigFormValues>;
  initialValues: Partial<GigFormValues>;
  submitting: boolean;
  submitLabel: string;
  onSubmit: (values: GigFormValues) => void;
  notice?: ReactNode;
}) {
  const { t } = useTranslation();
  const payUnit = Form.useWatch('payUnit', form) ?? GigPayUnit.DAY;
  const payYuan = Form.useWatch('payYuan', form);
  const dailyStart = Form.useWatch('dailyStart', form);
  const dailyEnd = Form.useWatch('dailyEnd', form);
  const hourly = payUnit === GigPayUnit.DAY ? hourlyOf(payUnit, payYuan, dailyStart?.format('HH:mm'), dailyEnd?.format('HH:mm')) : null;
  const required = (field: string) => ({ required: true, message: t('gigs.post.required', { field }) });

  return (
    <Form<GigFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={onSubmit}
      data-testid="gig-form"
      scrollToFirstError
    >
      <Flex vertical gap={12}>
        {notice}
        <Card size="small" title={t('gigs.post.sections.work')}>
          <Form.Item name="title" label={t('gigs.post.titleLabel')} rules={[required(t('gigs.post.titleLabel')), { min: 2, max: 60 }]}>
            <Input maxLength={60} placeholder={t('gigs.post.titlePlaceholder')} data-testid="gig-form-title" />
          </Form.Item>
          <Form.Item name="description" label={t('gigs.post.description')} rules={[required(t('gigs.post.description'))]}>
            <Input.TextArea
              rows={3}
              maxLength={1000}
              showCount
              placeholder={t('gigs.post.descriptionPlaceholder')}
              data-testid="gig-form-description"
            />
          </Form.Item>
          <Form.Item name="skills" label={t('gigs.post.skills')} style={{ marginBottom: 0 }}>
            <TagsSelect placeholder={t('gigs.post.skillsPlaceholder')} data-testid="gig-form-skills" />
          </Form.Item>
        </Card>

        <Card size="small" title={t('gigs.post.sections.place')}>
          <Form.Item name="region" label={t('gigs.post.region')} rules={[required(t('gigs.post.region'))]}>
            <RegionCascader data-testid="gig-form-region" />
          </Form.Item>
          <Form.Item name="address" label={t('gigs.post.address')} rules={[required(t('gigs.post.address')), { min: 2 }]}>
            <Input maxLength={200} placeholder={t('gigs.post.addressPlaceholder')} data-testid="gig-form-address" />
          </Form.Item>
          <SitePointFields form={form} testId="gig-form" requiredMessage={t('gigs.post.pointRequired')} hint={t('gigs.post.pointHint')} />
        </Card>

        <Card size="small" title={t('gigs.post.sections.time')}>
          <Flex gap={12} wrap>
            <Form.Item
              name="startDate"
              label={t('gigs.post.startDate')}
              rules={[required(t('gigs.post.startDate'))]}
              style={{ flex: '1 1 150px' }}
            >
              <DatePicker style={{ width: '100%' }} disabledDate={outsidePostingWindow} data-testid="gig-form-start-date" />
            </Form.Item>
            <Form.Item
              name="endDate"
              label={t('gigs.post.endDate')}
              dependencies={['startDate']}
              rules={[
                required(t('gigs.post.endDate')),
                ({ getFieldValue }) => ({
                  validator: async (_, value: Dayjs | null) => {
                    const start = getFieldValue('startDate') as Dayjs | null;
                    if (value && start && value.isBefore(start, 'day')) throw new Error(t('gigs.post.endBeforeStart'));
                  },
                }),
              ]}
              style={{ flex: '1 1 150px' }}
            >
              <DatePicker style={{ width: '100%' }} disabledDate={outsidePostingWindow} data-testid="gig-form-end-date" />
            </Form.Item>
          </Flex>
          <Flex gap={12} wrap>
            <Form.Item
              name="dailyStart"
              label={t('gigs.post.dailyStart')}
              rules={[required(t('gigs.post.dailyStart'))]}
              style={{ flex: '1 1 110px' }}
            >
              <TimePicker format="HH:mm" minuteStep={5} needConfirm={false} style={{ width: '100%' }} data-testid="gig-form-daily-start" />
            </Form.Item>
            <Form.Item
              name="dailyEnd"
              label={t('gigs.post.dailyEnd')}
              dependencies={['dailyStart']}
              rules={[
                required(t('gigs.post.dailyEnd')),
                ({ getFieldValue }) => ({
                  validator: async (_, value: Dayjs | null) => {
                    const start = getFieldValue('dailyStart') as Dayjs | null;
                    if (value && start && value.format('HH:mm') <= start.format('HH:mm'))
                      throw new Error(t('gigs.post.endBeforeDailyStart'));
                  },
                }),
              ]}
              style={{ flex: '1 1 110px' }}
            >
              <TimePicker format="HH:mm" minuteStep={5} needConfirm={false} style={{ width: '100%' }} data-testid="gig-form-daily-end" />
            </Form.Item>
            <Form.Item
              name="headcount"
              label={t('gigs.post.headcount')}
              rules={[required(t('gigs.post.headcount'))]}
              style={{ flex: '1 1 100px' }}
            >
              <InputNumber
                min={1}
                max={DEFAULT_GIG_POLICY.maxHeadcount}
                precision={0}
                style={{ width: '100%' }}
                data-testid="gig-form-headcount"
              />
            </Form.Item>
          </Flex>
        </Card>

        <Card size="small" title={t('gigs.post.sections.pay')}>
          <Form.Item name="payUnit" label={t('gigs.post.payUnit')}>
            <Radio.Group
              optionType="button"
              options={PAY_UNITS.map((u) => ({
                value: u,
                label: <span data-testid={`gig-form-pay-unit-${u}`}>{t(`gigs.payUnit.${u}`)}</span>,
              }))}
            />
          </Form.Item>
          <Flex gap={12} wrap>
            <Form.Item
              name="payYuan"
              label={t('gigs.post.payYuan')}
              rules={[required(t('gigs.post.payYuan'))]}
              extra={hourly != null ? <span data-testid="gig-form-hourly">{t('gigs.post.hourlyHint', { hourly })}</span> : null}
              style={{ flex: '1 1 160px' }}
            >
              <InputNumber
                min={0.01}
                max={100000}
                precision={2}
                style={{ width: '100%' }}
                suffix={t(`gigs.post.payYuanSuffix.${payUnit}`)}
                data-testid="gig-form-pay"
              />
            </Form.Item>
            {payUnit === GigPayUnit.PIECE ? (
              <Form.Item
                name="pieceUnit"
                label={t('gigs.post.pieceUnit')}
                rules={[required(t('gigs.post.pieceUnit'))]}
                style={{ flex: '1 1 120px' }}
              >
                <Input maxLength={10} placeholder={t('gigs.post.pieceUnitPlaceholder')} data-testid="gig-form-piece-unit" />
              </Form.Item>
            ) : null}
          </Flex>
          <Flex gap={12} wrap>
            <Form.Item name="payTiming" label={t('gigs.post.payTiming')} style={{ flex: '1 1 160px' }}>
              <Radio.Group optionType="button" options={PAY_TIMINGS.map((v) => ({ value: v, label: t(`gigs.payTiming.${v}`) }))} />
            </Form.Item>
            <Form.Item name="payMethod" label={t('gigs.post.payMethod')} style={{ flex: '1 1 160px' }}>
              <Select options={PAY_METHODS.map((v) => ({ value: v, label: t(`gigs.payMethod.${v}`) }))} data-testid="gig-form-pay-method" />
            </Form.Item>
          </Flex>
        </Card>

        <Card size="small" title={t('gigs.post.sections.safety')}>
          <Flex gap={16} wrap>
            {TRUTH.map((key) => (
              <Form.Item key={key} name={key} valuePropName="checked" style={{ marginBottom: 8 }}>
                <Checkbox data-testid={`gig-form-${key}`}>{t(`gigs.post.${key}`)}</Checkbox>
              </Form.Item>
            ))}
          </Flex>
          <Form.Item name="safetyNote" label={t('gigs.post.safetyNote')}>
            <Input maxLength={200} placeholder={t('gigs.post.safetyNotePlaceholder')} data-testid="gig-form-safety-note" />
          </Form.Item>
          <Form.Item name="checkInRadiusMeters" label={t('gigs.post.checkInRadius')} style={{ marginBottom: 0 }}>
            <InputNumber min={100} max={3000} step={100} precision={0} style={{ width: 140 }} data-testid="gig-form-radius" />
          </Form.Item>
        </Card>

        <Button type="primary" size="large" htmlType="submit" block loading={submitting} data-testid="gig-form-submit">
          {submitLabel}
        </Button>
      </Flex>
    </Form>
  );
}
