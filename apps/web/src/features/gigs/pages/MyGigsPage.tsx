import { FileProtectOutlined, PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { chinaIsoDateOf } from '@jobbridge/domain';
import { Badge, Button, Empty, Flex, Skeleton, Tabs } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryErrorResult } from '../../../shared/components/QueryErrorResult';
import { MyGigCard } from '../components/MyGigCard';
import { RateGigModal } from '../components/RateGigModal';
import { MY_GIG_TABS, myGigTab, type MyGigTab } from '../gig-helpers';
import { MY_GIGS_QUERY } from '../gigs.graphql';
import { useGigPushes } from '../use-gig-pushes';
import '../gigs.css';

/** The most places the API lists at once. */
const FIRST = 50;
const POLL_MS = 60_000;

/**
 * 我的零工 (`/gigs/mine`, workers): 已接 (coming), 今天 (check in and out), 待确认工钱 (confirm or dispute), 历史; the
 * way to the record (proof of work) and to posting gigs of one's own.
 */
export function MyGigsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const { data, error, refetch } = useQuery(MY_GIGS_QUERY, {
    variables: { first: FIRST },
    fetchPolicy: 'cache-and-network',
    pollInterval: POLL_MS,
  });
  useGigPushes(() => void refetch());
  const [rating, setRating] = useState<string | null>(null);
  const today = chinaIsoDateOf(new Date());
  const mine = data?.myGigs;

  const byTab = useMemo(() => {
    const groups: Record<MyGigTab, NonNullable<typeof mine>> = { ACCEPTED: [], TODAY: [], PAY: [], HISTORY: [] };
    for (const a of mine ?? []) groups[myGigTab(a, today)].push(a);
    return groups;
  }, [mine, today]);
  const asked = params.get('tab') as MyGigTab | null;
  const tab: MyGigTab = asked && MY_GIG_TABS.includes(asked) ? asked : byTab.TODAY.length ? 'TODAY' : byTab.PAY.length ? 'PAY' : 'ACCEPTED';

  return (
    <div className="page page-narrow" data-testid="my-gigs-page">
      <PageHeader
        title={t('gigs.mine.title')}
        subtitle={t('gigs.mine.intro')}
        extra={
          <>
            <Link to="/gigs/nearby">
              <Button type="primary" icon={<SearchOutlined />}>
                {t('gigs.mine.findGigs')}
              </Button>
            </Link>
            <Link to="/gigs/record" data-testid="my-gigs-record-link">
              <Button icon={<FileProtectOutlined />}>{t('gigs.mine.record')}</Button>
            </Link>
          </>
        }
      />
      {error && !mine ? (
        <QueryErrorResult error={error} onRetry={() => void refetch()} />
      ) : !mine ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : (
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams({ tab: key }, { replace: true })}
          items={MY_GIG_TABS.map((key) => ({
            key,
            label: (
              <span data-testid={`my-gigs-tab-${key}`}>
                {t(`gigs.mine.tabs.${key}`)}{' '}
                {key !== 'HISTORY' && byTab[key].length ? (
                  <Badge count={byTab[key].length} color={key === 'PAY' ? 'orange' : 'blue'} />
                ) : null}
              </span>
            ),
            children: byTab[key].length ? (
              <Flex vertical gap={12} data-testid={`my-gigs-${key}`}>
                {byTab[key].map((a) => (
                  <MyGigCard key={a.id} assignment={a} tab={key} today={today} onChanged={() => void refetch()} onRate={setRating} />
                ))}
              </Flex>
            ) : (
              <Empty description={t(`gigs.mine.empty.${key}`)} data-testid={`my-gigs-empty-${key}`} />
            ),
          }))}
        />
      )}
      <Flex gap={8} wrap style={{ marginTop: 16 }}>
        <Link to="/gigs/posted">
          <Button type="link">{t('gigs.mine.posted')}</Button>
        </Link>
        <Link to="/gigs/post">
          <Button type="link" icon={<PlusOutlined />}>
            {t('gigs.mine.post')}
          </Button>
        </Link>
      </Flex>
      <RateGigModal assignmentId={rating} side="WORKER" onClose={() => setRating(null)} onRated={() => void refetch()} />
    </div>
  );
}
