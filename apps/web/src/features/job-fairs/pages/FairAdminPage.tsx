import { useQuery } from '@apollo/client/react';
import { Button, Empty, Skeleton, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryErrorResult } from '../../../shared/components/QueryErrorResult';
import { useAuth } from '../../auth';
import { FairFormModal } from '../components/FairFormModal';
import { FairStatusTag } from '../components/FairStatusTag';
import { JOB_FAIRS_QUERY } from '../job-fairs.graphql';

/** 招聘会管理 (`/bureau/fairs`, officers): the region's fairs (drafts included) and a new one. */
export function FairAdminPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const [creating, setCreating] = useState(false);
  const { data, error, refetch } = useQuery(JOB_FAIRS_QUERY, {
    variables: { regionCode: user?.regionCode ?? undefined, first: 50 },
    fetchPolicy: 'cache-and-network',
  });
  const fairs = data?.jobFairs;
  return (
    <div className="page">
      <PageHeader
        title={t('fairs.admin.title')}
        extra={
          <Button type="primary" onClick={() => setCreating(true)} data-testid="fair-create">
            {t('fairs.admin.create')}
          </Button>
        }
      />
      {error && !fairs ? (
        <QueryErrorResult error={error} onRetry={() => void refetch()} />
      ) : !fairs ? (
        <Skeleton active />
      ) : !fairs.length ? (
        <Empty description={t('fairs.list.empty')} />
      ) : (
        <Table
          rowKey="id"
          dataSource={fairs}
          pagination={false}
          data-testid="fair-admin-list"
          scroll={{ x: true }}
          columns={[
            {
              title: t('fairs.admin.name'),
              render: (_, f) => (
                <Space direction="vertical" size={0}>
                  <Link to={`/bureau/fairs/${f.id}`} data-testid="fair-admin-row" data-fair-id={f.id}>
                    {f.name}
                  </Link>
                  <Tag>{t(`fairs.campaign.${f.campaign}`)}</Tag>
                </Space>
              ),
            },
            { title: t('fairs.admin.days'), render: (_, f) => t('fairs.list.days', { start: f.startDate, end: f.endDate }) },
            { title: t('fairs.admin.mode'), render: (_, f) => t(`fairs.mode.${f.mode}`) },
            { title: '', render: (_, f) => <FairStatusTag status={f.status} /> },
          ]}
        />
      )}
      {creating ? <FairFormModal open={creating} onClose={() => setCreating(false)} defaultRegion={user?.regionCode} /> : null}
    </div>
  );
}
