import type { LiveRoomStats } from '@jobbridge/contracts';
import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';

/** The host's live counters: viewers now, peak, likes, questions and applications (all jobs). */
export function HostStats({ stats, likes }: { stats: LiveRoomStats | null; likes: number }) {
  const { t } = useTranslation();
  const applications = Object.values(stats?.applications ?? {}).reduce((sum, n) => sum + n, 0);
  const items = [
    { key: 'viewers', label: t('live.host.stats.viewers'), value: stats?.viewers ?? 0 },
    { key: 'peak', label: t('live.host.stats.peak'), value: stats?.peakViewers ?? 0 },
    { key: 'likes', label: t('live.host.stats.likes'), value: likes },
    { key: 'questions', label: t('live.host.stats.questions'), value: stats?.questions ?? 0 },
    { key: 'applications', label: t('live.host.stats.applications'), value: applications },
  ];
  return (
    <Card size="small" data-testid="host-stats">
      <Row gutter={[12, 12]}>
        {items.map((item) => (
          <Col key={item.key} xs={8} sm={8} md={4} flex="auto">
            <div data-testid={`host-stat-${item.key}`} data-count={item.value}>
              <Statistic title={item.label} value={item.value} />
            </div>
          </Col>
        ))}
      </Row>
    </Card>
  );
}
