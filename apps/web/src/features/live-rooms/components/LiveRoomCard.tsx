import { CalendarOutlined, EnvironmentOutlined, EyeOutlined, PlayCircleFilled, UserOutlined } from '@ant-design/icons';
import { LiveRoomStatus, Role } from '@jobbridge/contracts';
import { Card, Flex, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../../shared/utils/format';
import type { LiveRoomListItem } from '../live-rooms.graphql';
import { LiveRoomStatusTag } from './LiveRoomStatusTag';

/** One room in the list: cover (or a plain panel), status, title, host, region, time or viewers now, a link in. */
export function LiveRoomCard({ room }: { room: LiveRoomListItem }) {
  const { t } = useTranslation();
  const [coverFailed, setCoverFailed] = useState(false);
  const live = room.status === LiveRoomStatus.LIVE;
  return (
    <Link to={`/live/${room.id}`} className="live-room-card-link" data-testid="live-room-card-link">
      <Card
        hoverable
        size="small"
        className={`live-room-card${live ? ' live-room-card-live' : ''}`}
        data-testid="live-room-card"
        data-room-id={room.id}
        data-status={room.status}
        cover={
          <div className="live-room-cover">
            {room.coverUrl && !coverFailed ? (
              <img src={room.coverUrl} alt="" loading="lazy" onError={() => setCoverFailed(true)} />
            ) : (
              <PlayCircleFilled className="live-room-cover-icon" />
            )}
            <span className="live-room-cover-status">
              <LiveRoomStatusTag status={room.status} />
            </span>
            {live && room.viewers != null ? (
              <span className="live-room-cover-viewers" data-testid="live-room-card-viewers" data-count={room.viewers}>
                <EyeOutlined /> {t('live.list.viewers', { count: room.viewers })}
              </span>
            ) : null}
          </div>
        }
      >
        <Typography.Title level={5} ellipsis={{ rows: 2 }} className="live-room-card-title" data-testid="live-room-card-title">
          {room.title}
        </Typography.Title>
        <Flex vertical gap={4} className="live-room-card-meta">
          <Space size={4} data-testid="live-room-card-host">
            <UserOutlined />
            <Typography.Text ellipsis>{room.hostName}</Typography.Text>
            {room.hostRole === Role.OFFICER ? (
              <Tag color="geekblue" style={{ marginInlineEnd: 0 }}>
                {t('live.list.officerHost')}
              </Tag>
            ) : null}
          </Space>
          <Space size={4}>
            <EnvironmentOutlined />
            {room.region.name}
          </Space>
          <Space size={4} data-testid="live-room-card-time">
            <CalendarOutlined />
            {live
              ? formatDateTime(room.startedAt ?? room.scheduledStart)
              : t('live.list.startsAt', { time: formatDateTime(room.scheduledStart) })}
          </Space>
        </Flex>
      </Card>
    </Link>
  );
}
