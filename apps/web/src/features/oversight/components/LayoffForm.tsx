import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Checkbox, DatePicker, Flex, Form, Input, InputNumber } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useGraphQLErrorHandler } from '../../../shared/errors';
import { chinaToday } from '../../../shared/utils/format';
import { newIdempotencyKey } from '../../../shared/utils/idempotency-key';
import { liveLayoffVerdict } from '../layoff-verdict';
import { FILE_LAYOFF_PLAN_MUTATION, LAYOFF_PLANS_QUERY, type LayoffPlanData } from '../oversight.graphql';
import { LayoffVerdictPanel } from './LayoffVerdictPanel';
import { LayoffVerdictTags } from './LayoffVerdictTags';

interface Values {
  staffNow?: number | null;
  peopleToCut?: number | null;
  layoffDate?: Dayjs | null;
  reasons: string;
  consulted: boolean;
  consultationNote?: string;
}

const MAX_PEOPLE = 1_000_000;

/**
 * 填报裁减人员方案: staff now, people to cut, the date, reasons and whether the union or staff were consulted. The rule's
 * verdict shows as the employer types (computed in the browser by libs/domain, the API's own rule), then the verdict
 * the API stored with the filing. One idempotency key per plan: a double tap files once.
 */
export function LayoffForm() {
  const { t } = useTranslation();
  const handleError = useGraphQLErrorHandler();
  const [form] = Form.useForm<Values>();
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const [filed, setFiled] = useState<LayoffPlanData | null>(null);
  const [file, { loading }] = useMutation(FILE_LAYOFF_PLAN_MUTATION, { refetchQueries: [LAYOFF_PLANS_QUERY] });
  const staffNow = Form.useWatch('staffNow', form);
  const peopleToCut = Form.useWatch('peopleToCut', form);
  const layoffDate = Form.useWatch('layoffDate', form);
  const today = chinaToday();
  const verdict = useMemo(
    () => liveLayoffVerdict({ staffNow, peopleToCut, layoffDate: layoffDate ? layoffDate.format('YYYY-MM-DD') : null }, today),
    [staffNow, peopleToCut, layoffDate, today],
  );

  const submit = async (v: Values) => {
    try {
      const { data } = await file({
        variables: {
          input: {
            staffNow: v.staffNow ?? 0,
            peopleToCut: v.peopleToCut ?? 0,
            layoffDate: v.layoffDate ? v.layoffDate.format('YYYY-MM-DD') : '',
            reasons: v.reasons.trim(),
            consulted: Boolean(v.consulted),
            consultationNote: v.consultationNote?.trim() || undefined,
            idempotencyKey,
          },
        },
      });
      setFiled(data?.fileLayoffPlan ?? null);
      form.resetFields();
      setIdempotencyKey(newIdempotencyKey());
    } catch (e) {
      handleError(e, { form });
    }
  };

  return (
    <Card title={t('oversight.layoffs.formTitle')} data-testid="layoff-form-card">
      <Form
        form={form}
        layout="vertical"
        initialValues={{ consulted: false }}
        onFinish={(v) => void submit(v)}
        onValuesChange={() => filed && setFiled(null)}
        data-testid="layoff-form"
      >
        <Flex gap={12} wrap>
          <Form.Item
            name="staffNow"
            label={t('oversight.layoffs.staffNow')}
            rules={[{ required: true, message: t('oversight.layoffs.required') }]}
            style={{ flex: '1 1 140px' }}
          >
            <InputNumber min={1} max={MAX_PEOPLE} precision={0} style={{ width: '100%' }} data-testid="layoff-staff-now" />
          </Form.Item>
          <Form.Item
            name="peopleToCut"
            label={t('oversight.layoffs.peopleToCut')}
            rules={[{ required: true, message: t('oversight.layoffs.required') }]}
            style={{ flex: '1 1 140px' }}
          >
            <InputNumber min={1} max={MAX_PEOPLE} precision={0} style={{ width: '100%' }} data-testid="layoff-people-to-cut" />
          </Form.Item>
          <Form.Item
            name="layoffDate"
            label={t('oversight.layoffs.layoffDate')}
            rules={[{ required: true, message: t('oversight.layoffs.required') }]}
            style={{ flex: '1 1 160px' }}
          >
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs(today), 'day')} data-testid="layoff-date" />
          </Form.Item>
        </Flex>
        <div style={{ marginBottom: 16 }}>
          <LayoffVerdictPanel verdict={verdict} />
        </div>
        <Form.Item
          name="reasons"
          label={t('oversight.layoffs.reasons')}
          rules={[{ required: true, whitespace: true, message: t('oversight.layoffs.reasonsRequired') }]}
        >
          <Input.TextArea
            rows={3}
            maxLength={1000}
            showCount
            placeholder={t('oversight.layoffs.reasonsPlaceholder')}
            data-testid="layoff-reasons"
          />
        </Form.Item>
        <Form.Item name="consulted" valuePropName="checked">
          <Checkbox data-testid="layoff-consulted">{t('oversight.layoffs.consulted')}</Checkbox>
        </Form.Item>
        <Form.Item name="consultationNote" label={t('oversight.layoffs.consultationNote')}>
          <Input.TextArea
            rows={2}
            maxLength={500}
            showCount
            placeholder={t('oversight.layoffs.consultationNotePlaceholder')}
            data-testid="layoff-consultation-note"
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={loading} disabled={verdict.kind === 'invalid'} data-testid="layoff-submit">
          {t('oversight.layoffs.submit')}
        </Button>
      </Form>
      {filed ? (
        <Alert
          style={{ marginTop: 16 }}
          type={!filed.reportable || filed.onTime ? 'success' : 'error'}
          showIcon
          title={`${t('oversight.layoffs.filed')} · ${t('oversight.layoffs.verdict.filed')}`}
          data-testid="layoff-filed-verdict"
          data-reportable={filed.reportable ? 'yes' : 'no'}
          data-on-time={filed.onTime ? 'yes' : 'no'}
          description={
            <Flex vertical gap={4}>
              <LayoffVerdictTags reportable={filed.reportable} onTime={filed.onTime} daysBefore={filed.daysBefore} />
              {filed.verdictReasons.map((r) => (
                <span key={r}>{r}</span>
              ))}
            </Flex>
          }
        />
      ) : null}
    </Card>
  );
}
