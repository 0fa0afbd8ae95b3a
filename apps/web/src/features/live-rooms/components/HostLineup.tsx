import { FireFilled } from '@ant-design/icons';
import { JobPostingStatus } from '@jobbridge/contracts';
import { Button, Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useEnumLabel } from '../../../shared/enums/enum-labels';
import { formatPay } from '../../../shared/utils/format';
import type { LineupJob } from '../live-rooms.graphql';

/**
 * The lineup in the host console: 挂出 puts a job's card (with its 岗位真相卡) on every viewer's screen at once,
 * 撤下 takes it down; each row counts the applications made in this room. Jobs that cannot be pinned say why, and
 * the API's refusal is explained if the host tries anyway.
 */
export function HostLineup({
  jobs,
  pinnedId,
  applications,
  canPin,
  busyId,
  onPin,
  onUnpin,
}: {
  jobs: LineupJob[];
  pinnedId: string | null;
  applications: Record<string, number>;
  /** Live and in the room. */
  canPin: boolean;
  busyId: string | null;
  onPin: (job: LineupJob) => void;
  onUnpin: () => void;
}) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  return (
    <Card
      size="small"
      title={t('live.host.lineup.title')}
      extra={
        <Typography.Text type="secondary" className="host-lineup-hint">
          {t('live.host.lineup.hint')}
        </Typography.Text>
      }
      data-testid="host-lineup"
    >
      <Flex vertical>
        {jobs.map((job) => {
          const pinned = job.id === pinnedId;
          const count = applications[job.id] ?? 0;
          return (
            <div
              key={job.id}
              className={`host-lineup-item${pinned ? ' host-lineup-item-pinned' : ''}`}
              data-testid="host-lineup-item"
              data-job-id={job.id}
              data-pinned={pinned ? 'true' : 'false'}
            >
              <div className="host-lineup-main">
                <Flex gap={6} align="center" wrap>
                  {pinned ? (
                    <Tag color="red" icon={<FireFilled />} style={{ marginInlineEnd: 0 }}>
                      {t('live.host.lineup.pinned')}
                    </Tag>
                  ) : null}
                  <Link to={`/jobs/${job.id}`} className="host-lineup-title">
                    {job.title}
                  </Link>
                </Flex>
                <Flex gap={8} wrap align="center" className="host-lineup-meta">
                  <span className="pay-text">{formatPay(t, job.payMin, job.payMax)}</span>
                  <Typography.Text type="secondary">{job.employer.name}</Typography.Text>
                  {job.status !== JobPostingStatus.PUBLISHED ? (
                    <Tag color="default">{t('live.host.lineup.notPublished', { status: label('jobPostingStatus', job.status) })}</Tag>
                  ) : null}
                  {!job.truthCard ? <Tag color="warning">{t('live.host.lineup.noTruthCard')}</Tag> : null}
                </Flex>
              </div>
              <Flex align="center" gap={12} className="host-lineup-side">
                <span
                  className={`host-job-applications${count ? ' host-job-applications-some' : ''}`}
                  data-testid="host-job-applications"
                  data-count={count}
                >
                  {t('live.host.lineup.applications', { count })}
                </span>
                {pinned ? (
                  <Button onClick={onUnpin} loading={busyId === job.id} disabled={!canPin} data-testid="host-unpin">
                    {t('live.host.lineup.unpin')}
                  </Button>
                ) : (
                  <Button type="primary" onClick={() => onPin(job)} loading={busyId === job.id} disabled={!canPin} data-testid="host-pin">
                    {t('live.host.lineup.pin')}
                  </Button>
                )}
              </Flex>
            </div>
          );
        })}
      </Flex>
    </Card>
  );
}
