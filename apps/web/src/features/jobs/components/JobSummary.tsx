import { CalendarOutlined, EnvironmentOutlined, TeamOutlined, ToolOutlined } from '@ant-design/icons';
import { Flex, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { JobKindTag } from '../../../shared/components/StatusTags';
import { formatDate, formatPay } from '../../../shared/utils/format';
import type { JobDetailData } from '../jobs.graphql';

/** Title, pay, kind, place, headcount: the top of a posting. */
export function JobSummary({ job, extra }: { job: JobDetailData; extra?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="job-summary">
      <Flex justify="space-between" align="flex-start" wrap gap={8}>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="job-title">
            {job.title}
          </Typography.Title>
          <div className="pay-text pay-text-large" data-testid="job-pay">
            {formatPay(t, job.payMin, job.payMax)}
          </div>
        </div>
        {extra}
      </Flex>
      <Flex wrap gap={12} align="center" className="job-summary-meta">
        <JobKindTag kind={job.kind} />
        <Space size={4} data-testid="job-region">
          <EnvironmentOutlined />
          {job.workRegion.fullName}
          {job.address ? ` · ${job.address}` : ''}
        </Space>
        <Space size={4}>
          <ToolOutlined />
          {job.occupation}
        </Space>
        <Space size={4}>
          <TeamOutlined />
          {t('jobs.card.headcount', { count: job.headcount })}
        </Space>
        {job.publishedAt ? (
          <Space size={4}>
            <CalendarOutlined />
            {formatDate(job.publishedAt)}
          </Space>
        ) : null}
      </Flex>
    </div>
  );
}
