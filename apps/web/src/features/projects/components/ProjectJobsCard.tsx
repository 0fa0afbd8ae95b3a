import { Card, Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { JobPostingStatusTag } from '../../../shared/components/StatusTags';
import type { ProjectDetail } from '../projects.graphql';

/** The project's postings (any status): hires on them join the roster. */
export function ProjectJobsCard({ jobs }: { jobs: ProjectDetail['jobPostings'] }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('projects.jobs.title')} data-testid="project-jobs">
      {jobs.length ? (
        <Flex vertical gap={8}>
          {jobs.map((job) => (
            <Flex key={job.id} justify="space-between" align="center" gap={8} data-testid="project-job" data-job-id={job.id}>
              <Link to={`/jobs/${job.id}`}>{job.title}</Link>
              <JobPostingStatusTag status={job.status} />
            </Flex>
          ))}
        </Flex>
      ) : (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={<Typography.Text type="secondary">{t('projects.jobs.empty')}</Typography.Text>}
        />
      )}
    </Card>
  );
}
