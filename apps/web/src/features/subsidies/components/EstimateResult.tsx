import { Alert, Card, Empty, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SubsidyEstimateData } from '../subsidies.graphql';
import { amountText } from '../subsidy-format';

/**
 * The estimate: each subsidy the answers lead to (很可能享受 when every condition is met, 可能享受 when some are still
 * unanswered), its sum, to whom, the conditions met and what is still to confirm; then the ones ruled out, with why.
 */
export function EstimateResult({ estimate, packId }: { estimate: SubsidyEstimateData; packId: string }) {
  const { t } = useTranslation();
  const beneficiary = (b: string) => t(`subsidies.beneficiary.${b}`, { defaultValue: b });
  return (
    <Flex vertical gap={12} data-testid="estimate-result" data-pack-id={estimate.packId ?? ''}>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('subsidies.estimate.resultTitle')}
      </Typography.Title>
      {!estimate.packId ? (
        <Alert type="warning" showIcon title={t('subsidies.estimate.noPack')} data-testid="estimate-no-pack" />
      ) : estimate.packId !== packId ? (
        <Alert
          type="info"
          showIcon
          title={t('subsidies.estimate.otherPack', { packId: estimate.packId })}
          data-testid="estimate-other-pack"
        />
      ) : null}
      {estimate.lines.length ? (
        <Flex vertical gap={8} data-testid="estimate-lines">
          {estimate.lines.map((line) => (
            <Card
              key={line.ruleId}
              size="small"
              data-testid="estimate-line"
              data-rule-id={line.ruleId}
              data-verdict={line.verdict}
              title={
                <Flex gap={8} wrap align="center" style={{ whiteSpace: 'normal' }}>
                  <Tag color={line.verdict === 'LIKELY' ? 'green' : 'gold'} data-testid="estimate-verdict">
                    {t(`subsidies.verdict.${line.verdict}`, { defaultValue: line.verdict })}
                  </Tag>
                  <span data-testid="estimate-line-name">{line.ruleName}</span>
                </Flex>
              }
              extra={
                <Typography.Text strong data-testid="estimate-line-amount">
                  {amountText(line)}
                </Typography.Text>
              }
            >
              <Typography.Text type="secondary">
                {t('subsidies.estimate.to', { beneficiary: beneficiary(line.beneficiary) })}
              </Typography.Text>
              {line.reasons.length ? (
                <div style={{ marginTop: 4 }}>
                  <Typography.Text>{t('subsidies.estimate.reasons')}：</Typography.Text>
                  <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                    {line.reasons.map((r, i) => (
                      <li key={i}>{r}</li>
                    ))}
                  </ul>
                </div>
              ) : null}
              {line.missing.length ? (
                <div style={{ marginTop: 4 }} data-testid="estimate-line-missing">
                  <Typography.Text type="warning">
                    {t('subsidies.estimate.missing')}：{line.missing.join('、')}
                  </Typography.Text>
                </div>
              ) : null}
            </Card>
          ))}
        </Flex>
      ) : estimate.packId ? (
        <Empty description={t('subsidies.estimate.nothing')} data-testid="estimate-nothing" />
      ) : null}
      {estimate.notEligible.length ? (
        <div data-testid="estimate-not-eligible">
          <Typography.Text strong>{t('subsidies.estimate.notEligible')}</Typography.Text>
          <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
            {estimate.notEligible.map((n) => (
              <li key={n.ruleId} data-testid="estimate-not-eligible-item" data-rule-id={n.ruleId}>
                <Typography.Text>{n.ruleName}</Typography.Text>
                <Typography.Text type="secondary">：{n.reason}</Typography.Text>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </Flex>
  );
}
