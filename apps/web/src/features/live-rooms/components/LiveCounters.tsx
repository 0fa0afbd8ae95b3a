import { EyeOutlined, HeartFilled } from '@ant-design/icons';
import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';

/** Viewers now and likes, as the room's pushes (and this viewer's own taps) update them. */
export function LiveCounters({ viewers, likes }: { viewers: number; likes: number }) {
  const { t } = useTranslation();
  return (
    <Flex gap={16} align="center" className="live-counters" wrap>
      <span className="live-counter" data-testid="live-viewers" data-count={viewers}>
        <EyeOutlined /> {t('live.room.viewers', { count: viewers })}
      </span>
      <span className="live-counter live-counter-likes" data-testid="live-likes" data-count={likes}>
        <HeartFilled /> {t('live.room.likes', { count: likes })}
      </span>
    </Flex>
  );
}
