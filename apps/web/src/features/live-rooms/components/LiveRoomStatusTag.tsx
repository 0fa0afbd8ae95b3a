import { LiveRoomStatus } from '@jobbridge/contracts';
import { Tag } from 'antd';
import { useEnumLabel } from '../../../shared/enums/enum-labels';

const COLORS: Record<LiveRoomStatus, string> = {
  [LiveRoomStatus.SCHEDULED]: 'blue',
  [LiveRoomStatus.LIVE]: 'red',
  [LiveRoomStatus.ENDED]: 'default',
};

/** 未开播 / 直播中 (with a pulsing dot) / 已结束. */
export function LiveRoomStatusTag({ status }: { status: LiveRoomStatus }) {
  const label = useEnumLabel();
  return (
    <Tag color={COLORS[status]} className="live-status-tag" data-testid="live-room-status" data-status={status}>
      {status === LiveRoomStatus.LIVE ? <span className="live-dot" aria-hidden /> : null}
      {label('liveRoomStatus', status)}
    </Tag>
  );
}
