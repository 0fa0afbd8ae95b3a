import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { LiveRoomStatus, Role } from '@jobbridge/contracts';
import { App, Button, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryErrorResult } from '../../../shared/components/QueryErrorResult';
import { formatDateTime } from '../../../shared/utils/format';
import { useAuth } from '../../auth';
import { LiveRoomFormModal } from '../components/LiveRoomFormModal';
import { LiveRoomStatusTag } from '../components/LiveRoomStatusTag';
import { MY_LIVE_ROOMS_QUERY, type MyLiveRoom } from '../live-rooms.graphql';

/** 我的直播间 (`/host/live`, employers and officers): the rooms the caller hosts, and 新建直播 / 编辑. */
export function MyLiveRoomsPage() {
  const { t } = useTranslation();
  const { role } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const officer = role === Role.OFFICER;
  const { data, loading, error, refetch } = useQuery(MY_LIVE_ROOMS_QUERY, { fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<MyLiveRoom | 'new' | null>(null);
  const rooms = data?.myLiveRooms;

  const columns: TableColumnsType<MyLiveRoom> = [
    {
      key: 'title',
      title: t('live.mine.columns.title'),
      render: (_, room) => (
        <div className="my-live-room-title-cell">
          <Link to={`/host/live/${room.id}`} data-testid="my-live-room-title">
            {room.title}
          </Link>
          <div>
            <Typography.Text type="secondary">{room.region.fullName}</Typography.Text>
          </div>
        </div>
      ),
    },
    { key: 'status', title: t('live.mine.columns.status'), render: (_, room) => <LiveRoomStatusTag status={room.status} /> },
    {
      key: 'time',
      title: t('live.mine.columns.time'),
      render: (_, room) => formatDateTime(room.startedAt ?? room.scheduledStart),
      responsive: ['sm'],
    },
    {
      key: 'lineup',
      title: t('live.mine.columns.lineup'),
      align: 'right',
      render: (_, room) => t('live.mine.lineupCount', { count: room.lineup.length }),
      responsive: ['md'],
    },
    {
      key: 'actions',
      title: t('live.mine.columns.actions'),
      // Always in view: on a phone the title scrolls under it, the buttons stay (issue 10).
      fixed: 'right',
      render: (_, room) => (
        <Space size={4} wrap className="my-live-room-actions">
          {room.status !== LiveRoomStatus.ENDED ? (
            <Link to={`/host/live/${room.id}`} data-testid="my-live-room-console">
              <Button size="small" type="primary">
                {t('live.mine.console')}
              </Button>
            </Link>
          ) : null}
          {room.status !== LiveRoomStatus.ENDED ? (
            <Button size="small" onClick={() => setEditing(room)} data-testid="my-live-room-edit">
              {t('live.mine.edit')}
            </Button>
          ) : null}
          {room.status !== LiveRoomStatus.SCHEDULED ? (
            <Link to={`/host/live/${room.id}/report`} data-testid="my-live-room-report">
              <Button size="small">{t('live.mine.report')}</Button>
            </Link>
          ) : null}
          <Link to={`/live/${room.id}`} data-testid="my-live-room-view">
            <Button size="small" type="link">
              {t('live.mine.view')}
            </Button>
          </Link>
        </Space>
      ),
    },
  ];

  return (
    <div className="page">
      <PageHeader
        title={t('live.mine.title')}
        subtitle={t('live.mine.intro')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="live-room-create">
            {t('live.mine.create')}
          </Button>
        }
      />
      {error && !rooms ? (
        <QueryErrorResult error={error} onRetry={() => void refetch()} />
      ) : (
        <div data-testid="my-live-rooms">
          <Table<MyLiveRoom>
            rowKey="id"
            columns={columns}
            dataSource={rooms ?? []}
            loading={loading && !rooms}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('live.mine.empty') }}
            onRow={(room) =>
              ({ 'data-testid': 'my-live-room', 'data-room-id': room.id, 'data-status': room.status }) as HTMLAttributes<HTMLElement>
            }
          />
        </div>
      )}
      <LiveRoomFormModal
        open={editing !== null}
        officer={officer}
        room={editing === 'new' ? null : editing}
        onClose={() => setEditing(null)}
        onSaved={(saved) => {
          const created = editing === 'new';
          setEditing(null);
          void message.success(created ? t('live.form.created') : t('live.form.updated'));
          if (created) navigate(`/host/live/${saved.id}`);
        }}
      />
    </div>
  );
}
