import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { isWatchLevel, WATCH_LEVEL_COLORS } from '../watch-levels';

/** 预警 (red), 关注 (orange), 正常 (green). */
export function WatchLevelTag({ level }: { level: string }) {
  const { t } = useTranslation();
  if (!isWatchLevel(level)) return <Tag>{level}</Tag>;
  return (
    <Tag color={WATCH_LEVEL_COLORS[level]} data-testid="watch-level" data-level={level}>
      {t(`oversight.watch.levels.${level}`)}
    </Tag>
  );
}
