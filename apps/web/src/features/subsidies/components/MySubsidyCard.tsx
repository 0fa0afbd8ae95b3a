import { SubsidyStatus } from '@jobbridge/contracts';
import { Card, Descriptions, Flex, Typography, type DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SubsidyProposalData } from '../subsidies.graphql';
import { amountText, formatYuan } from '../subsidy-format';
import { CitationBlock } from './CitationBlock';
import { ConditionList } from './ConditionList';
import { SubsidyStatusTag } from './SubsidyStatusTag';
import { SupplyItemForm } from './SupplyItemForm';

/**
 * One subsidy as its beneficiary sees it: the sum and state, the record it rests on, each condition (met / 待核), the
 * citation, the officer's reason or request (with the box to answer it), and once paid the payment's reference.
 */
export function MySubsidyCard({
  subsidy,
  employer,
  onChanged,
}: {
  subsidy: SubsidyProposalData;
  employer: boolean;
  onChanged?: () => void;
}) {
  const { t } = useTranslation();
  const items: DescriptionsProps['items'] = [
    {
      key: 'evidence',
      label: t('subsidies.mine.evidence'),
      children: <span data-testid="subsidy-evidence">{subsidy.evidence.label}</span>,
    },
    { key: 'date', label: t('subsidies.mine.eventDate'), children: subsidy.eventDate },
    ...(employer && subsidy.personName ? [{ key: 'person', label: t('subsidies.mine.worker'), children: subsidy.personName }] : []),
    ...(!employer && subsidy.employerName
      ? [{ key: 'employer', label: t('subsidies.mine.employer'), children: subsidy.employerName }]
      : []),
  ];
  return (
    <Card
      size="small"
      data-testid="my-subsidy"
      data-subsidy-id={subsidy.id}
      data-status={subsidy.status}
      title={
        <Flex gap={8} wrap align="center" style={{ whiteSpace: 'normal' }}>
          <span data-testid="my-subsidy-name">{subsidy.ruleName}</span>
          <SubsidyStatusTag status={subsidy.status} />
        </Flex>
      }
      extra={
        <Typography.Text strong style={{ fontSize: 16 }} data-testid="my-subsidy-amount">
          {amountText(subsidy)}
        </Typography.Text>
      }
    >
      <Flex vertical gap={8}>
        {subsidy.status === SubsidyStatus.PAID && subsidy.payment ? (
          <div data-testid="my-subsidy-payment" data-reference={subsidy.payment.reference}>
            <Typography.Text type="success" strong>
              {t('subsidies.mine.paymentTitle', { amount: formatYuan(subsidy.payment.amountYuan) })}
            </Typography.Text>
            <Typography.Text type="secondary">
              {' '}
              · {t('subsidies.mine.paymentReference')}{' '}
              <Typography.Text copyable data-testid="my-subsidy-payment-reference">
                {subsidy.payment.reference}
              </Typography.Text>{' '}
              · {t('subsidies.mine.paidOn')} {subsidy.payment.paidOn}
            </Typography.Text>
          </div>
        ) : null}
        {subsidy.status === SubsidyStatus.INFO_REQUESTED && subsidy.requestedItem ? (
          <SupplyItemForm id={subsidy.id} item={subsidy.requestedItem} onSupplied={onChanged} />
        ) : null}
        {subsidy.status === SubsidyStatus.REJECTED && subsidy.decisionReason ? (
          <Typography.Text type="danger" data-testid="my-subsidy-reason">
            {t('subsidies.mine.rejected', { reason: subsidy.decisionReason })}
          </Typography.Text>
        ) : null}
        {subsidy.status !== SubsidyStatus.REJECTED && subsidy.decisionReason ? (
          <Typography.Text type="secondary">{t('subsidies.mine.approvedNote', { reason: subsidy.decisionReason })}</Typography.Text>
        ) : null}
        {subsidy.supplied && subsidy.status !== SubsidyStatus.INFO_REQUESTED ? (
          <Typography.Text type="secondary">{t('subsidies.mine.supplied', { text: subsidy.supplied })}</Typography.Text>
        ) : null}
        <Descriptions size="small" column={{ xs: 1, sm: 2 }} items={items} />
        <div>
          <Typography.Text type="secondary">{t('subsidies.mine.conditions')}</Typography.Text>
          <ConditionList conditions={subsidy.conditions} />
        </div>
        {subsidy.missing.length && subsidy.status !== SubsidyStatus.PAID ? (
          <Typography.Text type="warning">
            {t('subsidies.mine.missing')}：{subsidy.missing.join('、')}
          </Typography.Text>
        ) : null}
        <CitationBlock citation={subsidy.citation} packId={subsidy.packId} />
      </Flex>
    </Card>
  );
}
