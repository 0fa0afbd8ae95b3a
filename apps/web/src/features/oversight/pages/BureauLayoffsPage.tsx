import { useQuery } from '@apollo/client/react';
import { Badge, Flex, Segmented, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryErrorResult } from '../../../shared/components/QueryErrorResult';
import { LayoffPlansTable } from '../components/LayoffPlansTable';
import { UnfiledSignalsTable } from '../components/UnfiledSignalsTable';
import { LAYOFF_PLANS_QUERY, UNFILED_LAYOFF_SIGNALS_QUERY } from '../oversight.graphql';

type Filter = 'all' | 'reportable' | 'late';

/**
 * 裁员报告 (`/bureau/layoffs`, officers): the layoff plans employers of the region filed, with the rule's verdict (须报告,
 * 按时 or 逾期), and the employers whose rosters or postings shrank like a layoff nobody filed.
 */
export function BureauLayoffsPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<Filter>('all');
  const plans = useQuery(LAYOFF_PLANS_QUERY, { variables: {}, fetchPolicy: 'cache-and-network' });
  const signals = useQuery(UNFILED_LAYOFF_SIGNALS_QUERY, { variables: {}, fetchPolicy: 'cache-and-network' });
  const all = plans.data?.layoffPlans ?? [];
  const shown = all.filter((p) => (filter === 'late' ? p.reportable && !p.onTime : filter === 'reportable' ? p.reportable : true));
  const late = all.filter((p) => p.reportable && !p.onTime).length;
  const signalCount = signals.data?.unfiledLayoffSignals.length ?? 0;

  return (
    <div className="page" data-testid="bureau-layoffs">
      <PageHeader title={t('oversight.layoffs.bureauTitle')} subtitle={t('oversight.layoffs.bureauIntro')} />
      <Tabs
        items={[
          {
            key: 'filings',
            label: t('oversight.layoffs.tabs.filings'),
            children: (
              <Flex vertical gap={12}>
                <div className="segmented-scroll">
                  <Segmented<Filter>
                    value={filter}
                    onChange={setFilter}
                    options={[
                      { value: 'all', label: `${t('oversight.layoffs.filter.all')} ${all.length}` },
                      { value: 'reportable', label: t('oversight.layoffs.filter.reportable') },
                      { value: 'late', label: `${t('oversight.layoffs.filter.late')} ${late}` },
                    ]}
                    data-testid="layoffs-filter"
                  />
                </div>
                {plans.error && !plans.data ? (
                  <QueryErrorResult error={plans.error} onRetry={() => void plans.refetch()} />
                ) : (
                  <LayoffPlansTable plans={shown} loading={plans.loading && !plans.data} officer />
                )}
              </Flex>
            ),
          },
          {
            key: 'signals',
            label: (
              <span data-testid="layoffs-tab-signals">
                {t('oversight.layoffs.tabs.signals')} <Badge count={signalCount} size="small" />
              </span>
            ),
            children: (
              <Flex vertical gap={12}>
                <Typography.Text type="secondary">{t('oversight.layoffs.signalsIntro')}</Typography.Text>
                {signals.error && !signals.data ? (
                  <QueryErrorResult error={signals.error} onRetry={() => void signals.refetch()} />
                ) : (
                  <UnfiledSignalsTable signals={signals.data?.unfiledLayoffSignals ?? []} loading={signals.loading && !signals.data} />
                )}
              </Flex>
            ),
          },
        ]}
      />
    </div>
  );
}
