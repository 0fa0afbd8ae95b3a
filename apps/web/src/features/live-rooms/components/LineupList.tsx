import { CheckCircleFilled, FireFilled } from '@ant-design/icons';
import { Card, Empty, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatPay } from '../../../shared/utils/format';
import { TruthPerks } from '../../jobs';
import type { LineupJob } from '../live-rooms.graphql';

/** 本场岗位: every job of the room in order, the one on screen marked, the ones applied to ticked; each opens its page. */
export function LineupList({ jobs, pinnedId, appliedIds }: { jobs: LineupJob[]; pinnedId: string | null; appliedIds: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      title={t('live.lineup.title')}
      extra={<Typography.Text type="secondary">{t('live.lineup.count', { count: jobs.length })}</Typography.Text>}
      data-testid="live-lineup"
    >
      {jobs.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('live.lineup.empty')} />
      ) : (
        <Flex vertical>
          {jobs.map((job) => (
            <Link
              key={job.id}
              to={`/jobs/${job.id}?from=live`}
              className="live-lineup-item"
              data-testid="live-lineup-item"
              data-job-id={job.id}
              data-pinned={job.id === pinnedId ? 'true' : 'false'}
            >
              <Flex justify="space-between" align="baseline" gap={8}>
                <Typography.Text strong ellipsis className="live-lineup-title">
                  {job.title}
                </Typography.Text>
                <span className="pay-text">{formatPay(t, job.payMin, job.payMax)}</span>
              </Flex>
              <Flex justify="space-between" align="center" gap={8} wrap>
                <Typography.Text type="secondary" ellipsis className="live-lineup-meta">
                  {job.employer.name} · {job.workRegion.name}
                </Typography.Text>
                <Flex gap={4} wrap>
                  {job.id === pinnedId ? (
                    <Tag color="red" icon={<FireFilled />} style={{ marginInlineEnd: 0 }}>
                      {t('live.lineup.pinned')}
                    </Tag>
                  ) : null}
                  {appliedIds.includes(job.id) ? (
                    <Tag color="success" icon={<CheckCircleFilled />} style={{ marginInlineEnd: 0 }} data-testid="live-lineup-applied">
                      {t('live.lineup.applied')}
                    </Tag>
                  ) : null}
                  <TruthPerks truthCard={job.truthCard} />
                </Flex>
              </Flex>
            </Link>
          ))}
        </Flex>
      )}
    </Card>
  );
}
