import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Flex, Result, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryErrorResult } from '../../../shared/components/QueryErrorResult';
import { chinaToday } from '../../../shared/utils/format';
import { EstimateForm } from '../components/EstimateForm';
import { PolicyStateTag } from '../components/PolicyStateTag';
import { PolicyRuleCard } from '../components/PolicyRuleCard';
import { packState } from '../policy-validity';
import { POLICY_PACK_QUERY } from '../subsidies.graphql';

/**
 * A policy pack's page (`/policies/:id`, everyone), generated from the pack in plain Chinese: each rule with who
 * qualifies, how much, when and to whom, what it is not paid with, caps, validity and the quoted sentence of its
 * document; a pack no longer in force is marked 过期. Then "我能享受什么？" from the pack's questions.
 */
export function PolicyPackPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(POLICY_PACK_QUERY, { variables: { id } });
  const back = (
    <Link to="/policies">
      <Button icon={<ArrowLeftOutlined />}>{t('subsidies.pack.back')}</Button>
    </Link>
  );

  if (error && !data) return <QueryErrorResult error={error} onRetry={() => void refetch()} />;
  if (!data)
    return (
      <div className="page page-narrow">
        <Skeleton active paragraph={{ rows: 10 }} />
      </div>
    );
  const pack = data.policyPack;
  if (!pack) return <Result status="404" title={t('subsidies.pack.notFound')} extra={back} data-testid="policy-pack-not-found" />;
  const today = chinaToday();
  const state = packState(pack, today);

  return (
    <div
      className="page page-narrow"
      data-testid="policy-pack-page"
      data-pack-id={pack.id}
      data-in-force={state === 'IN_FORCE' ? 'yes' : 'no'}
      data-state={state}
    >
      <PageHeader
        title={
          <Flex gap={8} wrap align="center" component="span">
            <span>{pack.regionName}</span>
            <PolicyStateTag state={state} />
          </Flex>
        }
        subtitle={<span style={{ overflowWrap: 'anywhere' }}>{pack.document}</span>}
        extra={back}
      />
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">
          {t('subsidies.policies.docNumber', { doc: pack.doc })} ·{' '}
          {t('subsidies.policies.validity', { from: pack.validFrom, to: pack.validTo ?? t('subsidies.policies.openEnded') })}
        </Typography.Text>
        {state === 'IN_FORCE' ? (
          <Alert type="success" showIcon title={t('subsidies.noApplication')} />
        ) : (
          <Alert type="warning" showIcon title={t(`subsidies.pack.notice.${state}`)} data-testid="policy-pack-notice" />
        )}
        {pack.minimumWageYuan ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('subsidies.pack.minimumWage', { yuan: pack.minimumWageYuan, source: pack.minimumWageSource ?? '' })}
          </Typography.Text>
        ) : null}
        <Typography.Title level={4} style={{ margin: '8px 0 0' }}>
          {t('subsidies.pack.rules', { count: pack.rules.length })}
        </Typography.Title>
        <Flex vertical gap={12} data-testid="policy-rules">
          {pack.rules.map((rule) => (
            <PolicyRuleCard key={rule.id} rule={rule} pack={pack} today={today} />
          ))}
        </Flex>
        <EstimateForm pack={pack} />
      </Flex>
    </div>
  );
}
