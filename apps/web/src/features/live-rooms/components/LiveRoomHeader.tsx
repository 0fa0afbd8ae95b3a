import { CalendarOutlined, EnvironmentOutlined, UserOutlined } from '@ant-design/icons';
import { LiveRoomStatus, Role } from '@jobbridge/contracts';
import { Flex, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/utils/format';
import type { LiveRoomDetail } from '../live-rooms.graphql';
import { LiveRoomStatusTag } from './LiveRoomStatusTag';

/** Title, status, host (人社部门 marked), region and time of a room. */
export function LiveRoomHeader({ room, status }: { room: LiveRoomDetail; status: LiveRoomStatus }) {
  const { t } = useTranslation();
  return (
    <div className="live-room-header">
      <Flex justify="space-between" align="flex-start" gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="live-room-title">
          {room.title}
        </Typography.Title>
        <LiveRoomStatusTag status={status} />
      </Flex>
      <Flex wrap gap={12} className="live-room-meta">
        <Space size={4} data-testid="live-room-host">
          <UserOutlined />
          {room.hostName}
          {room.hostRole === Role.OFFICER ? (
            <Tag color="geekblue" style={{ marginInlineEnd: 0 }}>
              {t('live.list.officerHost')}
            </Tag>
          ) : null}
        </Space>
        <Space size={4}>
          <EnvironmentOutlined />
          {room.region.fullName}
        </Space>
        <Space size={4}>
          <CalendarOutlined />
          {formatDateTime(status === LiveRoomStatus.SCHEDULED ? room.scheduledStart : (room.startedAt ?? room.scheduledStart))}
        </Space>
      </Flex>
    </div>
  );
}
