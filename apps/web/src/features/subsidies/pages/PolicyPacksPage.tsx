import { useQuery } from '@apollo/client/react';
import { Alert, Empty, Flex, Form, Skeleton, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryErrorResult } from '../../../shared/components/QueryErrorResult';
import { RegionCascader } from '../../../shared/regions';
import { chinaToday } from '../../../shared/utils/format';
import { lastCode } from '../../../shared/utils/region-path';
import { PolicyPackCard } from '../components/PolicyPackCard';
import { packState, type PolicyState } from '../policy-validity';
import { POLICY_PACKS_QUERY, REGION_POLICY_PACK_QUERY } from '../subsidies.graphql';

const STATE_ORDER: Record<PolicyState, number> = { IN_FORCE: 0, NOT_YET: 1, EXPIRED: 2 };

/**
 * 补贴政策 (`/policies`, everyone): the subsidy policy packs, in force first. Picking a region shows the pack in force
 * there today (its own, else its prefecture's or province's) and the packs covering it; each opens its page.
 */
export function PolicyPacksPage() {
  const { t } = useTranslation();
  const [path, setPath] = useState<string[] | undefined>();
  const regionCode = lastCode(path);
  const { data, error, refetch } = useQuery(POLICY_PACKS_QUERY, { variables: { regionCode: regionCode ?? null } });
  const here = useQuery(REGION_POLICY_PACK_QUERY, { variables: { regionCode: regionCode ?? '' }, skip: !regionCode });
  const today = chinaToday();
  const packs = useMemo(
    () =>
      (data?.policyPacks ?? [])
        .map((pack) => ({ pack, state: packState(pack, today) }))
        .sort(
          (a, b) =>
            STATE_ORDER[a.state] - STATE_ORDER[b.state] ||
            a.pack.regionCode.localeCompare(b.pack.regionCode) ||
            b.pack.validFrom.localeCompare(a.pack.validFrom),
        ),
    [data, today],
  );
  const current = regionCode ? here.data?.policyPack : undefined;

  return (
    <div className="page page-narrow" data-testid="policy-packs-page">
      <PageHeader title={t('subsidies.policies.title')} subtitle={t('subsidies.policies.intro')} />
      <Form layout="vertical" style={{ maxWidth: 420 }}>
        <Form.Item label={t('subsidies.policies.region')}>
          <RegionCascader
            anyLevel
            allowClear
            value={path}
            onChange={setPath}
            placeholder={t('subsidies.policies.regionPlaceholder')}
            data-testid="policy-region"
          />
        </Form.Item>
      </Form>
      {regionCode && here.data ? (
        current ? (
          <Flex vertical gap={8} style={{ marginBottom: 16 }} data-testid="policy-pack-here">
            <Typography.Text strong>{t('subsidies.policies.inForceHere')}</Typography.Text>
            <PolicyPackCard pack={current} state={packState(current, today)} highlight />
          </Flex>
        ) : (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('subsidies.policies.noneHere')}
            data-testid="policy-pack-none-here"
          />
        )
      ) : null}
      <Typography.Title level={5}>{regionCode ? t('subsidies.policies.coveringRegion') : t('subsidies.policies.all')}</Typography.Title>
      {error && !data ? (
        <QueryErrorResult error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : !packs.length ? (
        <Empty description={t('subsidies.policies.empty')} />
      ) : (
        <Flex vertical gap={12} data-testid="policy-packs">
          {packs.map(({ pack, state }) => (
            <PolicyPackCard key={pack.id} pack={pack} state={state} />
          ))}
        </Flex>
      )}
    </div>
  );
}
