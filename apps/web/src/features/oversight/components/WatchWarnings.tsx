import { AlertOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { chinaToday } from '../../../shared/utils/format';
import { UNEMPLOYMENT_WATCH_QUERY } from '../oversight.graphql';
import { monthOf, sortByWatchLevel } from '../watch-levels';

/**
 * The counties of the officer's region on warning this month, at the top of the officer's pages (000 五(五): officers
 * of the county and above see it first). Nothing when none is; a failed read stays quiet (the watch page says why).
 */
export function WatchWarnings() {
  const { t } = useTranslation();
  const month = monthOf(chinaToday());
  const { data } = useQuery(UNEMPLOYMENT_WATCH_QUERY, { variables: { month }, fetchPolicy: 'cache-and-network' });
  const warnings = sortByWatchLevel(data?.unemploymentWatch ?? []).filter((r) => r.level === 'WARNING');
  if (!warnings.length) return null;
  return (
    <Alert
      type="error"
      showIcon
      icon={<AlertOutlined />}
      style={{ marginBottom: 16 }}
      data-testid="watch-warnings"
      data-count={warnings.length}
      title={t('oversight.watch.dashboardTitle', { count: warnings.length })}
      description={
        <Flex vertical gap={4}>
          {warnings.slice(0, 5).map((w) => (
            <div key={w.regionCode} data-testid="watch-warning" data-region={w.regionCode}>
              <Typography.Text strong>{w.regionName}</Typography.Text>
              {w.reasons.filter((r) => r.level === 'WARNING').length ? '：' : null}
              {w.reasons
                .filter((r) => r.level === 'WARNING')
                .map((r) => r.text)
                .join('；')}
            </div>
          ))}
          <div>
            <Link to={`/bureau/watch?month=${month}`}>
              <Button size="small" danger data-testid="watch-warnings-view">
                {t('oversight.watch.dashboardView')}
              </Button>
            </Link>
          </div>
        </Flex>
      }
    />
  );
}
