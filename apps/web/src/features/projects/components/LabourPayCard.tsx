import { useMutation } from '@apollo/client/react';
import { App, Button, Card, Col, DatePicker, Flex, Form, Input, Progress, Row, Statistic, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useGraphQLErrorHandler } from '../../../shared/errors';
import { chinaToday, formatRatio, formatYuanText } from '../../../shared/utils/format';
import { thresholdPercent, thresholdValue } from '../local-hiring';
import { RECORD_LABOUR_PAYMENT_MUTATION, type LabourPay, type LabourPayment } from '../projects.graphql';

const YUAN = /^\d{1,13}(\.\d{1,2})?$/;

interface PaymentValues {
  paidOn?: Dayjs | null;
  amount: string;
  note?: string;
}

/** 以工代赈: labour pay as a share of the investment against the policy's 15%, the payments, and a form to add one. */
export function LabourPayCard({ projectId, labourPay }: { projectId: string; labourPay: LabourPay }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<PaymentValues>();
  const handleError = useGraphQLErrorHandler();
  const [record, { loading }] = useMutation(RECORD_LABOUR_PAYMENT_MUTATION);
  // The bar fills towards the target: full at 15% of the investment.
  const target = thresholdValue(labourPay.threshold);
  const towardsTarget = labourPay.share == null || target <= 0 ? 0 : Math.min(100, (labourPay.share * 100 * 100) / target);

  const onFinish = async (v: PaymentValues) => {
    try {
      await record({
        variables: { input: { projectId, paidOn: v.paidOn!.format('YYYY-MM-DD'), amount: v.amount.trim(), note: v.note?.trim() || null } },
      });
      void message.success(t('projects.labourPay.recorded'));
      form.resetFields();
    } catch (e) {
      handleError(e, { form });
    }
  };

  return (
    <Card size="small" title={t('projects.labourPay.title')} data-testid="labour-pay" data-compliant={labourPay.compliant}>
      <Row gutter={[16, 12]}>
        <Col xs={24} md={10}>
          <Typography.Text type="secondary">{t('projects.labourPay.share')}</Typography.Text>
          <div className="labour-share" data-testid="labour-pay-share" data-share={labourPay.share ?? ''}>
            {formatRatio(labourPay.share)}
          </div>
          <Progress percent={towardsTarget} strokeColor={labourPay.compliant ? '#389e0d' : '#d48806'} showInfo={false} />
          <Typography.Text type={labourPay.compliant ? 'success' : 'warning'} data-testid="labour-pay-verdict">
            {t('projects.labourPay.threshold', { percent: thresholdPercent(labourPay.threshold) })} ·{' '}
            {labourPay.compliant
              ? t('projects.labourPay.compliant')
              : t('projects.labourPay.shortfall', { amount: formatYuanText(labourPay.shortfall) })}
          </Typography.Text>
        </Col>
        <Col xs={12} md={7}>
          <Statistic
            title={t('projects.labourPay.paid')}
            value={t('projects.labourPay.yuan', { amount: formatYuanText(labourPay.labourPaid) })}
          />
        </Col>
        <Col xs={12} md={7}>
          <Statistic
            title={t('projects.labourPay.investment')}
            value={t('projects.labourPay.yuan', { amount: formatYuanText(labourPay.investment) })}
          />
        </Col>
      </Row>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('projects.labourPay.payments')}
      </Typography.Title>
      <Table<LabourPayment>
        size="small"
        rowKey="id"
        dataSource={labourPay.payments}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('projects.labourPay.empty') }}
        data-testid="labour-pay-payments"
        columns={[
          { key: 'paidOn', title: t('projects.labourPay.paidOn'), dataIndex: 'paidOn' },
          { key: 'amount', title: t('projects.labourPay.amount'), align: 'right', render: (_, p) => formatYuanText(p.amount) },
          { key: 'note', title: t('projects.labourPay.note'), render: (_, p) => p.note ?? '' },
        ]}
      />
      <Form<PaymentValues>
        form={form}
        layout="vertical"
        onFinish={(v) => void onFinish(v)}
        initialValues={{ paidOn: dayjs(chinaToday()) }}
        style={{ marginTop: 12 }}
        data-testid="labour-pay-form"
      >
        <Flex gap={12} wrap align="flex-end">
          <Form.Item
            name="paidOn"
            label={t('projects.labourPay.paidOn')}
            rules={[{ required: true, message: t('auth.select', { field: t('projects.labourPay.paidOn') }) }]}
            style={{ marginBottom: 0 }}
          >
            <DatePicker data-testid="labour-pay-date" />
          </Form.Item>
          <Form.Item
            name="amount"
            label={t('projects.labourPay.amount')}
            rules={[{ required: true, pattern: YUAN, message: t('projects.labourPay.amountInvalid') }]}
            style={{ marginBottom: 0 }}
          >
            <Input inputMode="decimal" maxLength={16} style={{ width: 160 }} data-testid="labour-pay-amount" />
          </Form.Item>
          <Form.Item name="note" label={t('projects.labourPay.note')} style={{ marginBottom: 0, flex: '1 1 160px' }}>
            <Input maxLength={200} placeholder={t('projects.labourPay.notePlaceholder')} data-testid="labour-pay-note" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={loading} data-testid="labour-pay-submit">
            {t('projects.labourPay.record')}
          </Button>
        </Flex>
      </Form>
    </Card>
  );
}
