import { useQuery } from '@apollo/client/react';
import { LiveRoomStatus } from '@jobbridge/contracts';
import { Col, Empty, Flex, Row, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { LoadMore } from '../../../shared/components/LoadMore';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryErrorResult } from '../../../shared/components/QueryErrorResult';
import { useLoadMore } from '../../../shared/hooks/use-load-more';
import { RegionCascader } from '../../../shared/regions';
import { lastCode, regionPath } from '../../../shared/utils/region-path';
import { LiveRoomCard } from '../components/LiveRoomCard';
import { LIVE_ROOMS_QUERY, type LiveRoomListItem } from '../live-rooms.graphql';

const PAGE_SIZE = 20;

function RoomGrid({ rooms }: { rooms: LiveRoomListItem[] }) {
  return (
    <Row gutter={[12, 12]}>
      {rooms.map((room) => (
        <Col key={room.id} xs={24} sm={12} lg={8}>
          <LiveRoomCard room={room} />
        </Col>
      ))}
    </Row>
  );
}

/**
 * 直播带岗 (`/live`, anyone): rooms on air first (with viewers now), then upcoming ones, for a region at any level
 * (`?region=`: rooms in it, above it and below it).
 */
export function LiveRoomListPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const region = params.get('region');
  const regionCode = region && /^\d{6,9}$/.test(region) ? region : undefined;
  const { data, loading, error, refetch, fetchMore } = useQuery(LIVE_ROOMS_QUERY, {
    variables: { regionCode, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const { loadingMore, loadMore } = useLoadMore(fetchMore);
  const connection = data?.liveRooms;
  const rooms = connection?.edges.map((e) => e.node) ?? [];
  const onAir = rooms.filter((r) => r.status === LiveRoomStatus.LIVE);
  const upcoming = rooms.filter((r) => r.status !== LiveRoomStatus.LIVE);

  return (
    <div className="page">
      <PageHeader title={t('live.list.title')} subtitle={t('live.list.intro')} />
      <Flex gap={12} align="center" wrap className="live-list-filters">
        <div style={{ flex: '1 1 280px', maxWidth: 420 }}>
          <RegionCascader
            anyLevel
            allowClear
            value={regionPath(regionCode)}
            onChange={(path) => {
              const code = lastCode(path);
              setParams(code ? { region: code } : {}, { replace: true });
            }}
            data-testid="live-filter-region"
          />
        </div>
        {connection ? (
          <Typography.Text type="secondary" data-testid="live-rooms-total" data-count={connection.totalCount}>
            {t('live.list.total', { count: connection.totalCount })}
          </Typography.Text>
        ) : null}
      </Flex>
      {error && !connection ? (
        <QueryErrorResult error={error} onRetry={() => void refetch()} />
      ) : !connection ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : rooms.length === 0 ? (
        <Empty description={t('live.list.empty')} data-testid="live-rooms-empty" />
      ) : (
        <Flex vertical gap={16} data-testid="live-rooms" className={loading ? 'job-list-stale' : undefined}>
          {onAir.length ? (
            <section data-testid="live-rooms-on-air">
              <Typography.Title level={5} className="live-section-title">
                <span className="live-dot" aria-hidden /> {t('live.list.liveNow')}
              </Typography.Title>
              <RoomGrid rooms={onAir} />
            </section>
          ) : null}
          {upcoming.length ? (
            <section data-testid="live-rooms-upcoming">
              <Typography.Title level={5} className="live-section-title">
                {t('live.list.upcoming')}
              </Typography.Title>
              <RoomGrid rooms={upcoming} />
            </section>
          ) : null}
          <LoadMore pageInfo={connection.pageInfo} loading={loadingMore} onLoadMore={(after) => void loadMore(after)} />
        </Flex>
      )}
    </div>
  );
}
