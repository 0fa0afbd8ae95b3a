import { EnvironmentOutlined } from '@ant-design/icons';
import { ApplicationStatus } from '@jobbridge/contracts';
import { Button, Card, Collapse, Flex, Popconfirm, Space, Typography, type ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApplicationStatusTag, JobKindTag } from '../../../shared/components/StatusTags';
import { useEnumLabel } from '../../../shared/enums/enum-labels';
import { formatDateTime, formatPay } from '../../../shared/utils/format';
import type { MyApplicationData } from '../applications.graphql';
import { ApplicationHistory } from './ApplicationHistory';

/** Statuses after which a seeker can no longer withdraw. */
const FINAL: readonly ApplicationStatus[] = [ApplicationStatus.HIRED, ApplicationStatus.REJECTED, ApplicationStatus.WITHDRAWN];

export function MyApplicationCard({
  application,
  onWithdraw,
  withdrawing,
}: {
  application: MyApplicationData;
  onWithdraw: (id: string) => void;
  withdrawing: boolean;
}) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const job = application.jobPosting;

  return (
    <Card size="small" className="my-application" data-testid="my-application" data-application-id={application.id} data-job-id={job.id}>
      <Flex justify="space-between" align="flex-start" gap={8} wrap>
        <div style={{ minWidth: 0 }}>
          <Link to={`/jobs/${job.id}`}>
            <Typography.Text strong className="my-application-title">
              {job.title}
            </Typography.Text>
          </Link>
          <div>
            <Typography.Text type="secondary">{job.employer.name}</Typography.Text>
          </div>
        </div>
        <ApplicationStatusTag status={application.status} />
      </Flex>
      <Flex wrap gap={8} align="center" style={{ marginTop: 8 }}>
        <span className="pay-text">{formatPay(t, job.payMin, job.payMax)}</span>
        <JobKindTag kind={job.kind} />
        <Space size={4}>
          <EnvironmentOutlined />
          {job.workRegion.name}
        </Space>
      </Flex>
      <Typography.Text type="secondary" className="my-application-meta">
        {t('applications.appliedAt', { time: formatDateTime(application.createdAt) })} ·{' '}
        {t('applications.source', { source: label('applicationSource', application.source) })}
      </Typography.Text>
      <Collapse
        ghost
        size="small"
        items={[
          {
            key: 'history',
            label: <span data-testid="application-history-toggle">{t('applications.showHistory')}</span>,
            children: <ApplicationHistory history={application.history} />,
          },
        ]}
      />
      {FINAL.includes(application.status) ? null : (
        <Flex justify="flex-end">
          <Popconfirm
            title={t('applications.withdrawConfirm')}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            onConfirm={() => onWithdraw(application.id)}
            okButtonProps={{ 'data-testid': 'withdraw-confirm' } as ButtonProps}
          >
            <Button danger size="small" loading={withdrawing} data-testid="withdraw-button">
              {t('applications.withdraw')}
            </Button>
          </Popconfirm>
        </Flex>
      )}
    </Card>
  );
}
