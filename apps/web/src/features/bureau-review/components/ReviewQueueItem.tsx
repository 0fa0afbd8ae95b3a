import { EnvironmentOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { JobKindTag } from '../../../shared/components/StatusTags';
import { formatDateTime, formatPay } from '../../../shared/utils/format';
import type { JobDetailData } from '../../jobs';
import { ScreeningFlagTags } from '../../../shared/components/ScreeningFlagTags';

export function ReviewQueueItem({ job, onOpen }: { job: JobDetailData; onOpen: () => void }) {
  const { t } = useTranslation();
  return (
    <Card size="small" data-testid="review-item" data-job-id={job.id}>
      <Flex justify="space-between" align="flex-start" gap={8} wrap>
        <div style={{ minWidth: 0 }}>
          <Typography.Text strong className="review-item-title">
            {job.title}
          </Typography.Text>
          <div>
            <Typography.Text type="secondary">{job.employer.name}</Typography.Text>
          </div>
        </div>
        <Button type="primary" onClick={onOpen} data-testid="review-open">
          {t('bureau.review.open')}
        </Button>
      </Flex>
      <Flex wrap gap={8} align="center" style={{ margin: '8px 0' }}>
        <span className="pay-text">{formatPay(t, job.payMin, job.payMax)}</span>
        <JobKindTag kind={job.kind} />
        <Space size={4}>
          <EnvironmentOutlined />
          {job.workRegion.fullName}
        </Space>
        <Typography.Text type="secondary">
          {t('bureau.review.submittedAt')}：{formatDateTime(job.submittedAt ?? job.updatedAt)}
        </Typography.Text>
      </Flex>
      {job.screeningFlags.length ? (
        <ScreeningFlagTags flags={job.screeningFlags} />
      ) : (
        <Typography.Text type="success">{t('bureau.review.noFlags')}</Typography.Text>
      )}
    </Card>
  );
}
