import { PlusOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { LoadMore } from '../../../shared/components/LoadMore';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryErrorResult } from '../../../shared/components/QueryErrorResult';
import { ProjectFormModal } from '../components/ProjectFormModal';
import { ProjectsTable } from '../components/ProjectsTable';
import { useProjectList } from '../use-project-list';

/** /employer/projects (我的项目): the employer's own projects, riskiest first, and 登记项目. */
export function MyProjectsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [registering, setRegistering] = useState(false);
  const { connection, rows, error, loading, refetch, loadingMore, loadMore } = useProjectList({ live: false });

  return (
    <div className="page" data-testid="my-projects">
      <PageHeader
        title={t('projects.mine.title')}
        subtitle={t('projects.mine.intro')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)} data-testid="project-create">
            {t('projects.mine.register')}
          </Button>
        }
      />
      {error && !connection ? (
        <QueryErrorResult error={error} onRetry={() => void refetch()} />
      ) : (
        <>
          <ProjectsTable rows={rows} loading={loading && !connection} showOwner={false} emptyText={t('projects.mine.empty')} />
          {connection && connection.pageInfo.hasNextPage ? (
            <LoadMore pageInfo={connection.pageInfo} loading={loadingMore} onLoadMore={(after) => void loadMore(after)} />
          ) : null}
        </>
      )}
      <ProjectFormModal
        open={registering}
        officer={false}
        onClose={() => setRegistering(false)}
        onSaved={(project) => {
          setRegistering(false);
          void message.success(t('projects.form.created'));
          navigate(`/projects/${project.id}`);
        }}
      />
    </div>
  );
}
