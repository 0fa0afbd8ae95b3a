import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import type { LocalHiringStatus, ProjectStatus } from '@jobbridge/contracts';
import { App, Badge, Button, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { EnumSelect } from '../../../shared/components/EnumSelect';
import { LoadMore } from '../../../shared/components/LoadMore';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryErrorResult } from '../../../shared/components/QueryErrorResult';
import { useEnumLabel } from '../../../shared/enums/enum-labels';
import { LOCAL_HIRING_STATUSES, PROJECT_STATUSES } from '../../../shared/enums/enum-values';
import { downloadTextFile } from '../../../shared/utils/csv';
import { chinaToday } from '../../../shared/utils/format';
import { WatchWarnings } from '../../oversight';
import { ProjectFormModal } from '../components/ProjectFormModal';
import { ProjectsTable } from '../components/ProjectsTable';
import { LOCAL_HIRING_TAG_COLORS } from '../local-hiring';
import { projectsCsv } from '../projects-csv';
import { useProjectList } from '../use-project-list';

/**
 * /bureau/projects: every major project in the officer's region, riskiest first, updated live over socket.io
 * (`dashboard.watch`), with filters, a CSV export of what is shown and 新建项目.
 */
export function ProjectDashboardPage() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [localHiringStatus, setLocalHiringStatus] = useState<LocalHiringStatus | undefined>();
  const [status, setStatus] = useState<ProjectStatus | undefined>();
  const [creating, setCreating] = useState(false);
  const { connection, rows, error, loading, refetch, watching, loadingMore, loadMore } = useProjectList({
    status,
    localHiringStatus,
    live: true,
  });

  const counts = LOCAL_HIRING_STATUSES.map((s) => ({ status: s, count: rows.filter((p) => p.localHiring.status === s).length }));
  const exportCsv = () => downloadTextFile(t('projects.dashboard.exportFileName', { date: chinaToday() }), projectsCsv(rows, t, label));

  return (
    <div className="page" data-testid="project-dashboard" data-live={watching ? 'true' : 'false'}>
      <WatchWarnings />
      <PageHeader
        title={t('projects.dashboard.title')}
        subtitle={t('projects.dashboard.intro')}
        extra={
          <>
            <Button icon={<DownloadOutlined />} onClick={exportCsv} disabled={!rows.length} data-testid="projects-export">
              {t('projects.dashboard.export')}
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="project-create">
              {t('projects.dashboard.create')}
            </Button>
          </>
        }
      />
      <Flex gap={8} wrap align="center" className="project-filters">
        <EnumSelect
          group="localHiringStatus"
          values={LOCAL_HIRING_STATUSES}
          value={localHiringStatus}
          onChange={(v) => setLocalHiringStatus(v as LocalHiringStatus | undefined)}
          allowClear
          placeholder={t('projects.dashboard.allLocalHiring')}
          style={{ minWidth: 160 }}
          data-testid="projects-filter-local-hiring"
        />
        <EnumSelect
          group="projectStatus"
          values={PROJECT_STATUSES}
          value={status}
          onChange={(v) => setStatus(v as ProjectStatus | undefined)}
          allowClear
          placeholder={t('projects.dashboard.allStatuses')}
          style={{ minWidth: 140 }}
          data-testid="projects-filter-status"
        />
        <Flex gap={4} wrap className="project-counts">
          {counts.map(({ status: s, count }) =>
            count ? (
              <Tag key={s} color={LOCAL_HIRING_TAG_COLORS[s]} data-testid={`projects-count-${s}`} data-count={count}>
                {t('projects.dashboard.summary', { label: label('localHiringStatus', s), count })}
              </Tag>
            ) : null,
          )}
        </Flex>
        <span style={{ flex: 1 }} />
        <Typography.Text type="secondary" data-testid="projects-total">
          {connection ? t('projects.dashboard.total', { count: rows.length }) : null}
        </Typography.Text>
        <Badge
          status={watching ? 'processing' : 'default'}
          text={watching ? t('projects.dashboard.live') : t('projects.dashboard.offline')}
          data-testid="projects-live"
        />
      </Flex>
      {error && !connection ? (
        <QueryErrorResult error={error} onRetry={() => void refetch()} />
      ) : (
        <>
          <ProjectsTable rows={rows} loading={loading && !connection} showOwner emptyText={t('projects.dashboard.empty')} />
          {connection && connection.pageInfo.hasNextPage ? (
            <LoadMore pageInfo={connection.pageInfo} loading={loadingMore} onLoadMore={(after) => void loadMore(after)} />
          ) : null}
        </>
      )}
      <ProjectFormModal
        open={creating}
        officer
        onClose={() => setCreating(false)}
        onSaved={(project) => {
          setCreating(false);
          void message.success(t('projects.form.created'));
          navigate(`/projects/${project.id}`);
        }}
      />
    </div>
  );
}
