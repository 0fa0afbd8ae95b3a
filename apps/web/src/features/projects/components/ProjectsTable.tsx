import { Card, Flex, Grid, Table, Typography, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useEnumLabel } from '../../../shared/enums/enum-labels';
import { formatRatio } from '../../../shared/utils/format';
import type { ProjectRow } from '../projects.graphql';
import { LOCAL_HIRING_COLORS } from '../local-hiring';
import { LocalHiringStatusTag } from './LocalHiringStatusTag';
import { ProjectStatusTag } from './ProjectStatusTag';

function Ratio({ project }: { project: ProjectRow }) {
  return (
    <Typography.Text
      strong
      style={{ color: LOCAL_HIRING_COLORS[project.localHiring.status] }}
      data-testid="project-ratio"
      data-ratio={project.localHiring.ratio ?? ''}
    >
      {formatRatio(project.localHiring.ratio)}
    </Typography.Text>
  );
}

function LocalOfTotal({ project }: { project: ProjectRow }) {
  return (
    <span data-testid="project-local-of-total" data-local={project.localHiring.localWorkers} data-total={project.localHiring.totalWorkers}>
      {project.localHiring.localWorkers}/{project.localHiring.totalWorkers}
    </span>
  );
}

function Shortfall({ project }: { project: ProjectRow }) {
  const { t } = useTranslation();
  return (
    <span data-testid="project-shortfall" data-shortfall={project.localHiring.shortfall}>
      {project.localHiring.shortfall > 0 ? (
        <Typography.Text type="danger">{t('projects.shortfallValue', { count: project.localHiring.shortfall })}</Typography.Text>
      ) : (
        <Typography.Text type="secondary">0</Typography.Text>
      )}
    </span>
  );
}

/** Phones: one card per project, the figures on one line (same test ids as the table). */
function ProjectCards({ rows, showOwner, emptyText }: { rows: ProjectRow[]; showOwner: boolean; emptyText: string }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  if (!rows.length)
    return (
      <Typography.Paragraph type="secondary" style={{ textAlign: 'center', padding: 24 }}>
        {emptyText}
      </Typography.Paragraph>
    );
  return (
    <Flex vertical gap={8}>
      {rows.map((p) => (
        <Card
          key={p.id}
          size="small"
          className="project-card"
          data-testid="project-row"
          data-project-id={p.id}
          data-status={p.localHiring.status}
        >
          <Flex justify="space-between" align="flex-start" gap={8}>
            <Link to={`/projects/${p.id}`} data-testid="project-name" className="project-card-name">
              {p.name}
            </Link>
            <LocalHiringStatusTag localHiring={p.localHiring} />
          </Flex>
          <Typography.Text type="secondary" className="project-card-meta">
            {[label('projectKind', p.kind), p.region.name, showOwner ? p.employer.name : null].filter(Boolean).join(' · ')}
          </Typography.Text>
          <Flex gap={16} wrap className="project-card-figures">
            <span>
              {t('projects.columns.localOfTotal')} <LocalOfTotal project={p} />
            </span>
            <span>
              {t('projects.columns.ratio')} <Ratio project={p} />
            </span>
            <span>
              {t('projects.columns.shortfall')} <Shortfall project={p} />
            </span>
          </Flex>
        </Card>
      ))}
    </Flex>
  );
}

/**
 * Projects with their local-hiring figures, in the order given (the pages sort by risk); cards on phones. Rows
 * carry `data-project-id` and `data-status` (the local-hiring status). `showOwner`: the bureau sees whose it is.
 */
export function ProjectsTable({
  rows,
  loading,
  showOwner,
  emptyText,
}: {
  rows: ProjectRow[];
  loading: boolean;
  showOwner: boolean;
  emptyText: string;
}) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const screens = Grid.useBreakpoint();
  const columns: TableColumnsType<ProjectRow> = [
    {
      key: 'name',
      title: t('projects.columns.name'),
      render: (_, p) => (
        <div className="project-name-cell">
          <Link to={`/projects/${p.id}`} data-testid="project-name">
            {p.name}
          </Link>
          <div>
            <Typography.Text type="secondary" className="project-kind">
              {label('projectKind', p.kind)}
            </Typography.Text>
          </div>
        </div>
      ),
    },
    {
      key: 'localHiring',
      title: t('projects.columns.localHiring'),
      render: (_, p) => <LocalHiringStatusTag localHiring={p.localHiring} />,
    },
    {
      key: 'localOfTotal',
      title: t('projects.columns.localOfTotal'),
      align: 'right',
      render: (_, p) => <LocalOfTotal project={p} />,
    },
    {
      key: 'ratio',
      title: t('projects.columns.ratio'),
      align: 'right',
      render: (_, p) => <Ratio project={p} />,
    },
    {
      key: 'shortfall',
      title: t('projects.columns.shortfall'),
      align: 'right',
      render: (_, p) => <Shortfall project={p} />,
    },
    {
      key: 'planned',
      title: t('projects.columns.planned'),
      align: 'right',
      responsive: ['md'],
      render: (_, p) => <span data-testid="project-planned">{p.plannedWorkforce}</span>,
    },
    ...(showOwner
      ? [
          {
            key: 'owner',
            title: t('projects.columns.owner'),
            responsive: ['md' as const],
            render: (_: unknown, p: ProjectRow) => <span data-testid="project-owner">{p.employer.name}</span>,
          },
        ]
      : []),
    {
      key: 'county',
      title: t('projects.columns.county'),
      responsive: ['sm'],
      render: (_, p) => (
        <span data-testid="project-county" title={p.region.fullName}>
          {p.region.name}
        </span>
      ),
    },
    { key: 'status', title: t('projects.columns.status'), responsive: ['lg'], render: (_, p) => <ProjectStatusTag status={p.status} /> },
  ];

  if (screens.md === false) {
    return (
      <div data-testid="projects-table">
        {loading ? <Card loading size="small" /> : <ProjectCards rows={rows} showOwner={showOwner} emptyText={emptyText} />}
      </div>
    );
  }

  return (
    <div data-testid="projects-table">
      <Table<ProjectRow>
        rowKey="id"
        columns={columns}
        dataSource={rows}
        loading={loading}
        pagination={false}
        // No sideways scroll: long project and owner names wrap, so every column (the status last) fits at 1366 px;
        // below md the projects are cards.
        locale={{ emptyText }}
        onRow={(p) =>
          ({ 'data-testid': 'project-row', 'data-project-id': p.id, 'data-status': p.localHiring.status }) as HTMLAttributes<HTMLElement>
        }
      />
    </div>
  );
}
