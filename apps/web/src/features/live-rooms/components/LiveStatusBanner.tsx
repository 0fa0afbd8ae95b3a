import { LiveRoomStatus } from '@jobbridge/contracts';
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../../shared/utils/format';
import type { LiveConnection } from '../live-room-state';

/** 未开播 (with the scheduled time), 已结束 (with a way to the jobs), or a lost connection being restored. */
export function LiveStatusBanner({
  status,
  scheduledStart,
  connection,
}: {
  status: LiveRoomStatus;
  scheduledStart: string;
  connection: LiveConnection;
}) {
  const { t } = useTranslation();
  if (status === LiveRoomStatus.ENDED) {
    return (
      <Alert
        type="info"
        showIcon
        data-testid="live-status-banner"
        data-status={status}
        title={t('live.room.endedBanner')}
        description={t('live.room.endedHint')}
        action={
          <Link to="/jobs" data-testid="live-ended-jobs-link">
            <Button size="small" type="primary">
              {t('live.room.goJobs')}
            </Button>
          </Link>
        }
      />
    );
  }
  if (status === LiveRoomStatus.SCHEDULED) {
    return (
      <Alert
        type="warning"
        showIcon
        data-testid="live-status-banner"
        data-status={status}
        title={t('live.room.scheduledBanner', { time: formatDateTime(scheduledStart) })}
        description={t('live.room.scheduledHint')}
      />
    );
  }
  if (connection === 'reconnecting') {
    return <Alert type="warning" showIcon banner title={t('live.room.reconnecting')} data-testid="live-reconnecting" />;
  }
  return null;
}
