import { GiftOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { SUBSIDY_QUEUE_COUNT_QUERY } from '../subsidies.graphql';
import { OPEN_STATUSES } from '../subsidy-format';

/**
 * On the officer's home page: how many subsidies (found from events, 免申即享) wait for a decision, with the way to
 * the queue. A failed read stays quiet (the queue says why).
 */
export function SubsidyQueueBanner() {
  const { t } = useTranslation();
  const { data } = useQuery(SUBSIDY_QUEUE_COUNT_QUERY, { variables: { status: [...OPEN_STATUSES] }, fetchPolicy: 'cache-and-network' });
  if (!data) return null;
  const count = data.subsidyProposals.totalCount;
  return (
    <Alert
      type={count ? 'warning' : 'info'}
      showIcon
      icon={<GiftOutlined />}
      style={{ marginBottom: 16 }}
      data-testid="subsidy-queue-banner"
      data-count={count}
      title={count ? t('subsidies.banner.title', { count }) : t('subsidies.banner.none')}
      action={
        <Link to="/bureau/subsidies" data-testid="subsidy-queue-banner-open">
          <Button size="small" type={count ? 'primary' : 'default'}>
            {t('subsidies.banner.open')}
          </Button>
        </Link>
      }
    />
  );
}
