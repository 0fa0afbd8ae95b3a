import { useQuery } from '@apollo/client/react';
import { DatePicker, Flex, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryErrorResult } from '../../../shared/components/QueryErrorResult';
import { chinaToday } from '../../../shared/utils/format';
import { WatchLevelTag } from '../components/WatchLevelTag';
import { WatchTable } from '../components/WatchTable';
import { UNEMPLOYMENT_WATCH_QUERY } from '../oversight.graphql';
import { monthOf, sortByWatchLevel, WATCH_LEVELS } from '../watch-levels';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * 规模性失业预警 (`/bureau/watch`, officers): per county of the officer's region and a month (`?month=YYYY-MM`, this
 * month by default), layoffs filed and people affected, postings opened, closed and open, applications, and the level
 * the county's policy-pack thresholds give it (预警 red, 关注 orange, 正常 green), counties on warning first.
 */
export function UnemploymentWatchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const asked = params.get('month');
  const month = asked && MONTH.test(asked) ? asked : monthOf(chinaToday());
  const { data, previousData, loading, error, refetch } = useQuery(UNEMPLOYMENT_WATCH_QUERY, {
    variables: { month },
    fetchPolicy: 'cache-and-network',
  });
  const rows = sortByWatchLevel((data ?? previousData)?.unemploymentWatch ?? []);
  const counts = Object.fromEntries(WATCH_LEVELS.map((l) => [l, rows.filter((r) => r.level === l).length])) as Record<
    (typeof WATCH_LEVELS)[number],
    number
  >;

  return (
    <div className="page" data-testid="watch-page" data-month={month}>
      <PageHeader title={t('oversight.watch.title')} subtitle={t('oversight.watch.intro')} />
      <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
        <DatePicker
          picker="month"
          allowClear={false}
          value={dayjs(`${month}-01`)}
          onChange={(d) => d && setParams({ month: d.format('YYYY-MM') }, { replace: true })}
          aria-label={t('oversight.watch.month')}
          data-testid="watch-month"
        />
        {data ? (
          <Flex gap={4} wrap align="center" data-testid="watch-counts">
            {WATCH_LEVELS.map((l) => (
              <span key={l}>
                <WatchLevelTag level={l} />
                <Typography.Text>{counts[l]}</Typography.Text>
              </span>
            ))}
          </Flex>
        ) : null}
      </Flex>
      {error && !data ? (
        <QueryErrorResult error={error} onRetry={() => void refetch()} />
      ) : (
        <WatchTable rows={rows} loading={loading && !data} />
      )}
    </div>
  );
}
