import { EnvironmentOutlined, FireFilled, TeamOutlined } from '@ant-design/icons';
import type { LiveJobCard } from '@jobbridge/contracts';
import { Card, Empty, Flex, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { JobKindTag } from '../../../shared/components/StatusTags';
import { formatPay } from '../../../shared/utils/format';
import { TruthCardView } from '../../jobs';

/**
 * The job the host is presenting, like a product card in live commerce: title, pay, employer, place and the
 * 岗位真相卡 (hours, shifts, dormitory, meals, social insurance), with the apply action below.
 */
export function PinnedJobCard({ card, action }: { card: LiveJobCard | null; action?: ReactNode }) {
  const { t } = useTranslation();
  if (!card) {
    return (
      <Card size="small" className="live-card-empty" data-testid="live-no-card">
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('live.card.none')} />
      </Card>
    );
  }
  return (
    // Keyed by job: a newly pinned card animates in.
    <Card
      key={card.jobPostingId}
      size="small"
      className="live-pinned-card"
      data-testid="live-pinned-card"
      data-job-id={card.jobPostingId}
      title={
        <span className="live-pinned-label">
          <FireFilled /> {t('live.card.title')}
        </span>
      }
      extra={
        <Link to={`/jobs/${card.jobPostingId}?from=live`} data-testid="live-card-job-link">
          {t('live.card.viewJob')}
        </Link>
      }
    >
      <Flex vertical gap={10}>
        <Flex justify="space-between" align="baseline" gap={8} wrap>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="live-card-title">
            {card.title}
          </Typography.Title>
          <span className="pay-text pay-text-large" data-testid="live-card-pay">
            {formatPay(t, card.payMin, card.payMax)}
          </span>
        </Flex>
        <Flex wrap gap={10} align="center" className="live-card-meta">
          <Typography.Text type="secondary" data-testid="live-card-employer">
            {card.employerName}
          </Typography.Text>
          <JobKindTag kind={card.kind} />
          <Space size={4}>
            <EnvironmentOutlined />
            {card.regionName}
          </Space>
          <Space size={4}>
            <TeamOutlined />
            {t('live.card.headcount', { count: card.headcount })}
          </Space>
        </Flex>
        {/* The button before the details: on a phone it is on the first screen, under the video. */}
        {action ? <div className="live-apply-bar">{action}</div> : null}
        <TruthCardView truthCard={card.truthCard} compact />
      </Flex>
    </Card>
  );
}
