import { Card, Descriptions, Tag, Typography, type DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { periodState, rulePeriod } from '../policy-validity';
import type { PolicyPackData, PolicyRuleData } from '../subsidies.graphql';
import { CitationBlock } from './CitationBlock';

/**
 * One rule of a pack in plain Chinese: what it is, who qualifies, how much, when it is paid and to whom, what it is
 * never paid together with, its caps and validity, and the sentence of the document it comes from.
 */
export function PolicyRuleCard({
  rule,
  pack,
  today,
}: {
  rule: PolicyRuleData;
  pack: Pick<PolicyPackData, 'doc' | 'document' | 'validFrom' | 'validTo'>;
  /** China's civil date, to mark a rule that has ended (or not begun). */
  today: string;
}) {
  const { t } = useTranslation();
  const period = rulePeriod(rule, pack);
  const state = periodState(period, today);
  const items: DescriptionsProps['items'] = [
    {
      key: 'who',
      label: t('subsidies.pack.who'),
      children: rule.conditions.length ? (
        <ul className="subsidy-rule-conditions" style={{ margin: 0, paddingInlineStart: 18 }}>
          {rule.conditions.map((c, i) => (
            <li key={i}>{c}</li>
          ))}
        </ul>
      ) : (
        t('common.none')
      ),
    },
    { key: 'amount', label: t('subsidies.pack.howMuch'), children: <span data-testid="policy-rule-amount">{rule.amount}</span> },
    { key: 'when', label: t('subsidies.pack.when'), children: rule.triggerLabel },
    { key: 'to', label: t('subsidies.pack.toWhom'), children: rule.beneficiaryLabel },
    ...(rule.notTogetherWith.length
      ? [
          {
            key: 'notTogether',
            label: t('subsidies.pack.notTogether'),
            children: <span data-testid="policy-rule-not-together">{rule.notTogetherWith.join('、')}</span>,
          },
        ]
      : []),
    ...(rule.caps ? [{ key: 'caps', label: t('subsidies.pack.caps'), children: rule.caps }] : []),
    {
      key: 'validity',
      label: t('subsidies.pack.validity'),
      children: t('subsidies.pack.validityRange', { from: period.validFrom, to: period.validTo ?? t('subsidies.policies.openEnded') }),
    },
  ];
  return (
    <Card
      size="small"
      title={rule.name}
      extra={state === 'IN_FORCE' ? null : <Tag data-testid="policy-rule-state">{t(`subsidies.pack.ruleState.${state}`)}</Tag>}
      data-testid="policy-rule"
      data-rule-id={rule.id}
      data-state={state}
      styles={{ title: { whiteSpace: 'normal' } }}
    >
      <Typography.Paragraph style={{ overflowWrap: 'anywhere' }}>{rule.summary}</Typography.Paragraph>
      <Descriptions size="small" column={1} items={items} style={{ marginBottom: 8 }} />
      <CitationBlock citation={rule.citation} document={rule.citation.doc === pack.doc ? pack.document : undefined} />
    </Card>
  );
}
