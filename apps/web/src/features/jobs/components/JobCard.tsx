import { AimOutlined, CopyOutlined, EnvironmentOutlined, TeamOutlined } from '@ant-design/icons';
import { Card, Flex, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { JobKindTag } from '../../../shared/components/StatusTags';
import { formatKm, formatPay, formatRecent } from '../../../shared/utils/format';
import { jobPath, type JobChannel } from '../application-channel';
import type { JobCardData } from '../jobs.graphql';
import { TruthPerks } from './TruthPerks';

/**
 * One posting in a list. `highlightedTitle` (from searchJobs) is HTML the server has escaped, with only
 * <mark>…</mark> around the matched words, so it is rendered as HTML. `duplicateCount`: identical postings the search
 * collapsed into this card (另有 N 个相同岗位).
 */
export function JobCard({
  job,
  highlightedTitle,
  distanceKm,
  duplicateCount = 0,
  channel = 'search',
}: {
  /** Where the card is shown: the job page records applications started from it under this channel. */
  channel?: JobChannel;
  job: JobCardData;
  highlightedTitle?: string | null;
  distanceKm?: number | null;
  duplicateCount?: number;
}) {
  const { t } = useTranslation();
  return (
    <Link to={jobPath(job.id, channel)} className="job-card-link" data-testid="job-card-link">
      <Card hoverable size="small" className="job-card" data-testid="job-card" data-job-id={job.id} data-duplicates={duplicateCount}>
        <Flex justify="space-between" align="baseline" gap={8}>
          <Typography.Title level={5} ellipsis className="job-card-title" data-testid="job-card-title">
            {highlightedTitle ? (
              <span
                className="job-card-highlight"
                data-testid="job-card-highlight"
                title={job.title}
                dangerouslySetInnerHTML={{ __html: highlightedTitle }}
              />
            ) : (
              job.title
            )}
          </Typography.Title>
          <span className="pay-text" data-testid="job-card-pay">
            {formatPay(t, job.payMin, job.payMax)}
          </span>
        </Flex>
        <Typography.Text type="secondary" ellipsis className="job-card-employer" data-testid="job-card-employer">
          {job.employer.name}
        </Typography.Text>
        <Flex wrap gap={6} align="center" className="job-card-meta">
          <JobKindTag kind={job.kind} />
          <Space size={4} className="job-card-region" data-testid="job-card-region">
            <EnvironmentOutlined />
            <span title={job.workRegion.fullName}>{job.workRegion.name}</span>
          </Space>
          {distanceKm != null ? (
            <Space size={4} data-testid="job-card-distance">
              <AimOutlined />
              {t('jobs.card.distance', { km: formatKm(distanceKm) })}
            </Space>
          ) : null}
          <Space size={4}>
            <TeamOutlined />
            {t('jobs.card.headcount', { count: job.headcount })}
          </Space>
          {duplicateCount > 0 ? (
            <Space size={4} data-testid="job-card-duplicates">
              <CopyOutlined />
              {t('jobs.card.duplicates', { count: duplicateCount })}
            </Space>
          ) : null}
        </Flex>
        <Flex justify="space-between" align="center" wrap gap={4} className="job-card-footer">
          <TruthPerks truthCard={job.truthCard} />
          <Typography.Text type="secondary" className="job-card-time">
            {formatRecent(job.publishedAt)}
          </Typography.Text>
        </Flex>
      </Card>
    </Link>
  );
}
