import { useLazyQuery } from '@apollo/client/react';
import { Alert, Button, Card, Flex, Form, InputNumber, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueryErrorResult } from '../../../shared/components/QueryErrorResult';
import { STABLE_JOBS_REFUND_QUERY } from '../oversight.graphql';

/**
 * 稳岗返还测算: the layoff rate over the last 12 months (from the employer's layoff filings) against its threshold, for
 * the number of insured staff the reader enters (the employer itself, or an officer over its region).
 */
export function StableJobsRefundCard({ employerId }: { employerId: string }) {
  const { t } = useTranslation();
  const [check, { data, loading, error }] = useLazyQuery(STABLE_JOBS_REFUND_QUERY, { fetchPolicy: 'network-only' });
  const refund = data?.stableJobsRefund;

  return (
    <Card size="small" title={t('oversight.refund.title')} data-testid="stable-jobs-refund">
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t('oversight.refund.intro')}
      </Typography.Paragraph>
      <Form
        layout="inline"
        onFinish={(v: { insuredStaff: number }) => void check({ variables: { employerId, insuredStaff: v.insuredStaff } })}
        style={{ rowGap: 8 }}
      >
        <Form.Item
          name="insuredStaff"
          label={t('oversight.refund.insuredStaff')}
          rules={[{ required: true, message: t('oversight.layoffs.required') }]}
        >
          <InputNumber min={1} max={1_000_000} precision={0} style={{ width: 120 }} data-testid="refund-insured-staff" />
        </Form.Item>
        <Button htmlType="submit" loading={loading} data-testid="refund-check">
          {t('oversight.refund.check')}
        </Button>
      </Form>
      {error ? <QueryErrorResult error={error} /> : null}
      {refund ? (
        <Alert
          style={{ marginTop: 12 }}
          type={refund.eligible ? 'success' : 'warning'}
          showIcon
          data-testid="refund-result"
          data-eligible={refund.eligible ? 'yes' : 'no'}
          title={refund.eligible ? t('oversight.refund.eligible') : t('oversight.refund.notEligible')}
          description={
            <Flex vertical gap={2}>
              <span>
                {t('oversight.refund.summary', {
                  start: refund.windowStart,
                  laidOff: refund.laidOff,
                  rate: refund.layoffRate,
                  threshold: refund.threshold,
                })}
              </span>
              {refund.reasons.map((r) => (
                <Typography.Text key={r} type="secondary">
                  {r}
                </Typography.Text>
              ))}
            </Flex>
          }
        />
      ) : null}
    </Card>
  );
}
