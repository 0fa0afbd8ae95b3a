import { EnvironmentOutlined } from '@ant-design/icons';
import { Badge, Empty, Flex, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateTime, formatPay, formatRecent } from '../../../shared/utils/format';
import type { SearchAlertData } from '../saved-searches.graphql';

function SearchAlertItem({ alert, onOpen }: { alert: SearchAlertData; onOpen: (alert: SearchAlertData) => void }) {
  const { t } = useTranslation();
  const job = alert.jobPosting;
  const unread = !alert.readAt;

  return (
    <div
      className={unread ? 'search-alert search-alert-unread' : 'search-alert'}
      data-testid="search-alert"
      data-alert-id={alert.id}
      data-job-id={job.id}
      data-read={unread ? 'false' : 'true'}
    >
      <Flex gap={10} align="flex-start">
        <Badge status={unread ? 'processing' : 'default'} className="search-alert-dot" />
        <div style={{ minWidth: 0, flex: 1 }}>
          <Flex justify="space-between" align="flex-start" gap={8}>
            <Link
              to={`/jobs/${job.id}?from=search`}
              onClick={() => onOpen(alert)}
              className="search-alert-link"
              data-testid="search-alert-link"
            >
              <Typography.Text strong={unread} className="search-alert-title" data-testid="search-alert-title">
                {job.title}
              </Typography.Text>
            </Link>
            {unread ? (
              <Tag color="red" className="search-alert-unread-tag" data-testid="search-alert-unread">
                {t('savedSearches.alerts.unread')}
              </Tag>
            ) : null}
          </Flex>
          <Flex wrap gap={8} align="center" className="search-alert-meta">
            <span className="pay-text">{formatPay(t, job.payMin, job.payMax)}</span>
            <Typography.Text type="secondary">{job.employer.name}</Typography.Text>
            <Space size={4}>
              <EnvironmentOutlined />
              {job.workRegion.name}
            </Space>
          </Flex>
          <Typography.Text type="secondary" className="search-alert-source">
            <span data-testid="search-alert-search-name">{t('savedSearches.alerts.from', { name: alert.savedSearchName })}</span>
            {' · '}
            <time dateTime={alert.createdAt} title={formatDateTime(alert.createdAt)} data-testid="search-alert-time">
              {formatRecent(alert.createdAt)}
            </time>
          </Typography.Text>
        </div>
      </Flex>
    </div>
  );
}

/** Alerts newest first; unread ones carry a dot and 未读. Opening one (the job) marks it read through `onOpen`. */
export function SearchAlertList({ alerts, onOpen }: { alerts: SearchAlertData[]; onOpen: (alert: SearchAlertData) => void }) {
  const { t } = useTranslation();
  if (!alerts.length) return <Empty description={t('savedSearches.alerts.empty')} data-testid="search-alerts-empty" />;
  return (
    <Flex vertical className="search-alert-list" data-testid="search-alerts">
      {alerts.map((alert) => (
        <SearchAlertItem key={alert.id} alert={alert} onOpen={onOpen} />
      ))}
    </Flex>
  );
}
