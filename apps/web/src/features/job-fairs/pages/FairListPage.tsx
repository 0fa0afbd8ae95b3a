import { useQuery } from '@apollo/client/react';
import { Role } from '@jobbridge/contracts';
import { Alert, Card, Col, Empty, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryErrorResult } from '../../../shared/components/QueryErrorResult';
import { FairStatusTag } from '../components/FairStatusTag';
import { useAuth } from '../../auth';
import { JOB_FAIRS_QUERY, MY_FAIR_INVITATIONS } from '../job-fairs.graphql';

/** 网络招聘会 (`/fairs`, anyone): live fairs first, then upcoming ones, then past ones. */
export function FairListPage() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(JOB_FAIRS_QUERY, { variables: { first: 50 }, fetchPolicy: 'cache-and-network' });
  const fairs = data?.jobFairs;
  const { role } = useAuth();
  const invitations = useQuery(MY_FAIR_INVITATIONS, { skip: role !== Role.JOB_SEEKER });
  const invited = invitations.data?.myFairInvitations ?? [];
  return (
    <div className="page">
      <PageHeader title={t('fairs.list.title')} subtitle={t('fairs.list.intro')} />
      {invited.length ? (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="fair-invitations"
          message={t('fairs.list.invited')}
          description={
            <Space wrap>
              {invited.map((f) => (
                <Link key={f.id} to={`/fairs/${f.id}`}>
                  {f.name}
                </Link>
              ))}
            </Space>
          }
        />
      ) : null}
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
