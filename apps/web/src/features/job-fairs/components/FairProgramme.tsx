import { useMutation, useQuery } from '@apollo/client/react';
import { Role } from '@jobbridge/contracts';
import { App, Button, Card, Empty, List, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useGraphQLErrorHandler } from '../../../shared/errors';
import { formatDateTime } from '../../../shared/utils/format';
import { useAuth } from '../../auth';
import { MY_LIVE_ROOMS_QUERY } from '../../live-rooms/live-rooms.graphql';
import { ATTACH_LIVE_ROOM, FAIR_PROGRAMME_QUERY } from '../job-fairs.graphql';

/**
 * The fair's group sessions (直播带岗 rooms on its programme); the fair's officers and its exhibitors add one of their
 * own rooms (the API checks who may).
 */
export function FairProgramme({ fairId, canAdd }: { fairId: string; canAdd: boolean }) {
  const { t } = useTranslation();
  const { role } = useAuth();
  const { message } = App.useApp();
  const handleError = useGraphQLErrorHandler();
  const [picked, setPicked] = useState<string | undefined>();
  const { data, refetch } = useQuery(FAIR_PROGRAMME_QUERY, { variables: { id: fairId } });
  const host = canAdd && (role === Role.EMPLOYER || role === Role.OFFICER);
  const mine = useQuery(MY_LIVE_ROOMS_QUERY, { skip: !host });
  const [attach, { loading }] = useMutation(ATTACH_LIVE_ROOM);
  const rooms = data?.jobFair.liveRooms ?? [];
  return (
    <Card size="small" title={t('fairs.programme.title')} style={{ marginBottom: 12 }} data-testid="fair-programme">
      {rooms.length ? (
        <List
          size="small"
          dataSource={rooms}
          renderItem={(r) => (
            <List.Item data-testid="fair-programme-room">
              <Space wrap>
                <Link to={`/live/${r.id}`}>{r.title}</Link>
                <Tag>{t(`enums.liveRoomStatus.${r.status}`)}</Tag>
                <span>{r.hostName}</span>
                <span>{formatDateTime(r.scheduledStart)}</span>
              </Space>
            </List.Item>
          )}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('fairs.programme.empty')} />
      )}
      {host ? (
        <Space.Compact style={{ marginTop: 8, width: '100%', maxWidth: 480 }}>
          <Select
            style={{ flex: 1 }}
            placeholder={t('fairs.programme.pick')}
            value={picked}
            onChange={setPicked}
            options={(mine.data?.myLiveRooms ?? []).filter((r) => r.status !== 'ENDED').map((r) => ({ value: r.id, label: r.title }))}
            data-testid="fair-programme-pick"
          />
          <Button
            loading={loading}
            disabled={!picked}
            onClick={async () => {
              try {
                await attach({ variables: { liveRoomId: picked!, fairId } });
                message.success(t('fairs.programme.added'));
                setPicked(undefined);
                await refetch();
              } catch (e) {
                handleError(e);
              }
            }}
            data-testid="fair-programme-add"
          >
            {t('fairs.programme.add')}
          </Button>
        </Space.Compact>
      ) : null}
    </Card>
  );
}
