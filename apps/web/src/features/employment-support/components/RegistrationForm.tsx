import { UnemploymentReason } from '@jobbridge/contracts';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Checkbox, DatePicker, Flex, Form, Input, InputNumber, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useGraphQLErrorHandler } from '../../../shared/errors';
import { RegionCascader } from '../../../shared/regions';
import { lastCode, regionPath } from '../../../shared/utils/region-path';
import { newIdempotencyKey } from '../../../shared/utils/idempotency-key';
import { MY_UNEMPLOYMENT_REGISTRATION_QUERY, REGISTER_UNEMPLOYMENT_MUTATION } from '../employment-support.graphql';
import { declaresZeroEmployment, idNumberFeedback, registrationFieldErrors, type RegistrationFormValues } from '../support-helpers';

const REASONS = Object.values(UnemploymentReason);

interface Values {
  idNumber: string;
  region?: string[];
  reason?: UnemploymentReason;
  lastEmployerName?: string;
  lastJobEnded?: Dayjs | null;
  wantsJob: boolean;
  headIsSelf: boolean;
  householdHeadName?: string;
  householdHeadIdNumber?: string;
  workingAgeMembers?: number | null;
  employedMembers?: number | null;
}

/** The identity number box's live message: how many digits so far, what is wrong, or the birth date it reads. */
function IdNumberHint({ value }: { value: string | undefined }) {
  const { t } = useTranslation();
  const f = idNumberFeedback(value);
  if (f.status === 'empty') return null;
  if (f.status === 'typing')
    return <span data-testid="id-number-typing">{t('employmentSupport.register.idNumberTyping', { count: f.count })}</span>;
  if (f.status === 'invalid')
    return (
      <Typography.Text type="danger" data-testid="id-number-invalid">
        {t(`employmentSupport.idProblem.${f.reason}`)}
      </Typography.Text>
    );
  return (
    <Typography.Text type="success" data-testid="id-number-valid">
      {t('employmentSupport.register.idNumberValid', { birthDate: f.birthDate, gender: t(`enums.gender.${f.gender}`) })}
    </Typography.Text>
  );
}

/**
 * 失业登记 online (000 §23, 004 §18): the person's identity number (checked as they type by the same rule as the API),
 * where they live, why they are out of work and the last job, and the household (head, working-age members, how many
 * work). One idempotency key per form: a double tap registers once.
 */
export function RegistrationForm({
  fullName,
  profileIdNumberMasked,
  residenceRegionCode,
  onRegistered,
}: {
  fullName: string;
  profileIdNumberMasked: string | null;
  residenceRegionCode: string | null;
  onRegistered: () => void;
}) {
  const { t } = useTranslation();
  const handleError = useGraphQLErrorHandler();
  const [form] = Form.useForm<Values>();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [register, { loading }] = useMutation(REGISTER_UNEMPLOYMENT_MUTATION, { refetchQueries: [MY_UNEMPLOYMENT_REGISTRATION_QUERY] });
  const idNumber = Form.useWatch('idNumber', form);
  const headIsSelf = Form.useWatch('headIsSelf', form);
  const workingAgeMembers = Form.useWatch('workingAgeMembers', form);
  const employedMembers = Form.useWatch('employedMembers', form);
  const asRule = (v: Values): RegistrationFormValues => ({
    idNumber: v.idNumber,
    householdHeadIdNumber: v.headIsSelf ? v.idNumber : v.householdHeadIdNumber,
    householdHeadName: v.headIsSelf ? fullName : v.householdHeadName,
    workingAgeMembers: v.workingAgeMembers,
    employedMembers: v.employedMembers,
    lastJobEndedMonth: v.lastJobEnded ? v.lastJobEnded.format('YYYY-MM') : null,
    lastEmployerName: v.lastEmployerName,
  });
  /** A form rule that shows the registration rule's own message for this field. */
  const ruleFor = (field: keyof RegistrationFormValues) => ({
    validator: async () => {
      const message = registrationFieldErrors(asRule(form.getFieldsValue(true) as Values))[field];
      if (message) throw new Error(message);
    },
  });
  const zero = useMemo(() => declaresZeroEmployment(workingAgeMembers, employedMembers), [workingAgeMembers, employedMembers]);

  const submit = async (v: Values) => {
    const rule = asRule(v);
    try {
      await register({
        variables: {
          input: {
            idNumber: rule.idNumber!.trim(),
            regionCode: lastCode(v.region) ?? '',
            reason: v.reason!,
            lastEmployerName: v.lastEmployerName?.trim() || undefined,
            lastJobEndedMonth: rule.lastJobEndedMonth ?? undefined,
            householdHeadIdNumber: rule.householdHeadIdNumber!.trim(),
            householdHeadName: rule.householdHeadName!.trim(),
            workingAgeMembers: v.workingAgeMembers ?? 0,
            employedMembers: v.employedMembers ?? 0,
            wantsJob: v.wantsJob,
            idempotencyKey,
          },
        },
      });
      onRegistered();
    } catch (e) {
      handleError(e, { form, fieldMap: { regionCode: 'region', lastJobEndedMonth: 'lastJobEnded' } });
    }
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{
        idNumber: '',
        wantsJob: true,
        headIsSelf: true,
        workingAgeMembers: 1,
        employedMembers: 0,
        region: residenceRegionCode ? regionPath(residenceRegionCode) : undefined,
      }}
      onFinish={(v) => void submit(v)}
      data-testid="unemployment-form"
    >
      <Card title={t('employmentSupport.register.sectionSelf')} size="small" style={{ marginBottom: 12 }}>
        <Form.Item
          name="idNumber"
          label={t('employmentSupport.register.idNumber')}
          extra={
            <Flex vertical gap={2}>
              <IdNumberHint value={idNumber} />
              {profileIdNumberMasked ? <span>{t('profile.idNumberSaved', { masked: profileIdNumberMasked })}</span> : null}
            </Flex>
          }
          rules={[{ required: true, message: t('employmentSupport.register.idNumberPlaceholder') }, ruleFor('idNumber')]}
        >
          <Input
            maxLength={18}
            autoComplete="off"
            placeholder={t('employmentSupport.register.idNumberPlaceholder')}
            data-testid="unemployment-id-number"
          />
        </Form.Item>
        <Form.Item
          name="region"
          label={t('employmentSupport.register.region')}
          rules={[{ required: true, message: t('employmentSupport.register.regionRequired') }]}
        >
          <RegionCascader data-testid="unemployment-region" />
        </Form.Item>
        <Form.Item name="wantsJob" valuePropName="checked">
          <Checkbox data-testid="unemployment-wants-job">{t('employmentSupport.register.wantsJob')}</Checkbox>
        </Form.Item>
      </Card>

      <Card title={t('employmentSupport.register.sectionLastJob')} size="small" style={{ marginBottom: 12 }}>
        <Form.Item
          name="reason"
          label={t('employmentSupport.register.reason')}
          rules={[{ required: true, message: t('employmentSupport.register.reasonRequired') }]}
        >
          <Select
            data-testid="unemployment-reason"
            options={REASONS.map((r) => ({ value: r, label: t(`employmentSupport.reason.${r}`) }))}
            optionRender={(o) => <span data-testid={`unemployment-reason-option-${String(o.value)}`}>{o.label}</span>}
          />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item
            name="lastEmployerName"
            label={t('employmentSupport.register.lastEmployerName')}
            rules={[ruleFor('lastEmployerName')]}
            style={{ flex: '2 1 220px' }}
          >
            <Input maxLength={100} data-testid="unemployment-last-employer" />
          </Form.Item>
          <Form.Item
            name="lastJobEnded"
            label={t('employmentSupport.register.lastJobEndedMonth')}
            rules={[ruleFor('lastJobEndedMonth')]}
            style={{ flex: '1 1 160px' }}
          >
            <DatePicker
              picker="month"
              style={{ width: '100%' }}
              disabledDate={(d) => d.isAfter(dayjs(), 'month')}
              data-testid="unemployment-last-job-ended"
            />
          </Form.Item>
        </Flex>
      </Card>

      <Card title={t('employmentSupport.register.sectionHousehold')} size="small" style={{ marginBottom: 12 }}>
        <Form.Item name="headIsSelf" valuePropName="checked">
          <Checkbox data-testid="unemployment-head-is-self">{t('employmentSupport.register.headIsSelf')}</Checkbox>
        </Form.Item>
        {headIsSelf ? null : (
          <Flex gap={12} wrap>
            <Form.Item
              name="householdHeadName"
              label={t('employmentSupport.register.headName')}
              rules={[ruleFor('householdHeadName')]}
              style={{ flex: '1 1 140px' }}
            >
              <Input maxLength={40} data-testid="unemployment-head-name" />
            </Form.Item>
            <Form.Item
              name="householdHeadIdNumber"
              label={t('employmentSupport.register.headIdNumber')}
              rules={[ruleFor('householdHeadIdNumber')]}
              style={{ flex: '2 1 220px' }}
            >
              <Input maxLength={18} autoComplete="off" data-testid="unemployment-head-id-number" />
            </Form.Item>
          </Flex>
        )}
        <Flex gap={12} wrap>
          <Form.Item
            name="workingAgeMembers"
            label={t('employmentSupport.register.workingAgeMembers')}
            rules={[ruleFor('workingAgeMembers')]}
            style={{ flex: '1 1 160px' }}
          >
            <InputNumber min={1} max={20} precision={0} style={{ width: '100%' }} data-testid="unemployment-working-age" />
          </Form.Item>
          <Form.Item
            name="employedMembers"
            label={t('employmentSupport.register.employedMembers')}
            dependencies={['workingAgeMembers']}
            rules={[ruleFor('employedMembers')]}
            style={{ flex: '1 1 160px' }}
          >
            <InputNumber min={0} max={19} precision={0} style={{ width: '100%' }} data-testid="unemployment-employed" />
          </Form.Item>
        </Flex>
        {zero ? (
          <Alert type="info" showIcon title={t('employmentSupport.register.zeroEmploymentHint')} data-testid="unemployment-zero-hint" />
        ) : null}
      </Card>

      <Button type="primary" htmlType="submit" block loading={loading} data-testid="unemployment-submit">
        {t('employmentSupport.register.submit')}
      </Button>
    </Form>
  );
}
