import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { PolicyState } from '../policy-validity';
import type { PolicyPackSummary } from '../subsidies.graphql';
import { PolicyStateTag } from './PolicyStateTag';

/** A pack in the list: its region, document, validity (有效 / 过期 / 未生效) and how many subsidies it has; opens its page. */
export function PolicyPackCard({ pack, state, highlight = false }: { pack: PolicyPackSummary; state: PolicyState; highlight?: boolean }) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      data-testid="policy-pack"
      data-pack-id={pack.id}
      data-in-force={state === 'IN_FORCE' ? 'yes' : 'no'}
      data-state={state}
      style={highlight ? { borderColor: '#1677ff' } : undefined}
    >
      <Flex vertical gap={4}>
        <Flex gap={8} wrap align="center">
          <Link to={`/policies/${encodeURIComponent(pack.id)}`} data-testid="policy-pack-link">
            <Typography.Text strong style={{ fontSize: 16 }}>
              {pack.regionName}
            </Typography.Text>
          </Link>
          <PolicyStateTag state={state} />
          <Typography.Text type="secondary">{t('subsidies.policies.ruleCount', { count: pack.rules.length })}</Typography.Text>
        </Flex>
        <Typography.Paragraph style={{ margin: 0, overflowWrap: 'anywhere' }} ellipsis={{ rows: 2, tooltip: pack.document }}>
          {pack.document}
        </Typography.Paragraph>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('subsidies.policies.docNumber', { doc: pack.doc })} ·{' '}
          {t('subsidies.policies.validity', { from: pack.validFrom, to: pack.validTo ?? t('subsidies.policies.openEnded') })}
        </Typography.Text>
        <div>
          <Link to={`/policies/${encodeURIComponent(pack.id)}`}>{t('subsidies.policies.view')}</Link>
        </div>
      </Flex>
    </Card>
  );
}
