import { useQuery } from '@apollo/client/react';
import { Card, Col, Empty, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryErrorResult } from '../../../shared/components/QueryErrorResult';
import { FairStatusTag } from '../components/FairStatusTag';
import { JOB_FAIRS_QUERY } from '../job-fairs.graphql';

/** 网络招聘会 (`/fairs`, anyone): live fairs first, then upcoming ones, then past ones. */
export function FairListPage() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(JOB_FAIRS_QUERY, { variables: { first: 50 }, fetchPolicy: 'cache-and-network' });
  const fairs = data?.jobFairs;
  return (
    <div className="page">
      <PageHeader title={t('fairs.list.title')} subtitle={t('fairs.list.intro')} />
      {error && !fairs ? (
        <QueryErrorResult error={error} onRetry={() => void refetch()} />
      ) : !fairs ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : fairs.length === 0 ? (
        <Empty description={t('fairs.list.empty')} />
      ) : (
        <Row gutter={[12, 12]} data-testid="fair-list">
          {fairs.map((f) => (
            <Col key={f.id} xs={24} sm={12} lg={8}>
              <Link to={`/fairs/${f.id}`} data-testid="fair-card" data-fair-id={f.id}>
                <Card hoverable size="small">
                  <Space direction="vertical" size={4} style={{ width: '100%' }}>
                    <Space wrap>
                      <FairStatusTag status={f.status} />
                      <Tag>{t(`fairs.campaign.${f.campaign}`)}</Tag>
                      <Tag>{t(`fairs.mode.${f.mode}`)}</Tag>
                    </Space>
                    <Typography.Text strong>{f.name}</Typography.Text>
                    {f.theme ? <Typography.Text type="secondary">{f.theme}</Typography.Text> : null}
                    <Typography.Text type="secondary">
                      {t('fairs.list.days', { start: f.startDate, end: f.endDate })} ·{' '}
                      {t('fairs.list.hours', { open: f.opensAt, close: f.closesAt })}
                    </Typography.Text>
                  </Space>
                </Card>
              </Link>
            </Col>
          ))}
        </Row>
      )}
    </div>
  );
}
