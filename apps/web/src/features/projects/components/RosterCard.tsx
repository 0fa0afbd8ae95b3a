import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Flex, Switch, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadMore } from '../../../shared/components/LoadMore';
import { QueryErrorResult } from '../../../shared/components/QueryErrorResult';
import { useEnumLabel } from '../../../shared/enums/enum-labels';
import { useLoadMore } from '../../../shared/hooks/use-load-more';
import { chinaToday } from '../../../shared/utils/format';
import { PROJECT_WORKERS_QUERY, type RosterWorker } from '../projects.graphql';
import type { useLocalHiringGuard } from '../use-local-hiring-guard';
import { AddWorkerModal } from './AddWorkerModal';
import { EndWorkerModal } from './EndWorkerModal';
import { ImportWorkersModal, RosterTemplateButton } from './ImportWorkersModal';

const PAGE_SIZE = 20;

/** Still open: the API lets a tenure end until its end date has come (a future start included). */
const isOpen = (w: RosterWorker, today: string) => w.endDate === null || w.endDate > today;

function HukouRegion({ worker }: { worker: RosterWorker }) {
  return (
    <span data-testid="roster-hukou" data-code={worker.hukouRegionCode ?? ''} title={worker.hukouRegion?.fullName}>
      {worker.hukouRegion?.name ?? worker.hukouRegionCode ?? '—'}
    </span>
  );
}

/**
 * 花名册: the roster, paged (identity numbers masked), with 只看在岗, 登记工人, 批量导入 and 离场. Every change goes
 * through `guard` (the local-hiring rule); `onChanged` refreshes the figures.
 */
export function RosterCard({
  projectId,
  guard,
  onChanged,
}: {
  projectId: string;
  guard: ReturnType<typeof useLocalHiringGuard>['guard'];
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const [activeOnly, setActiveOnly] = useState(false);
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  const [ending, setEnding] = useState<RosterWorker | null>(null);
  const { data, error, loading, refetch, fetchMore } = useQuery(PROJECT_WORKERS_QUERY, {
    variables: { id: projectId, activeOnly, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const { loadingMore, loadMore } = useLoadMore(fetchMore);
  const connection = data?.project.workers;
  const today = chinaToday();

  const changed = () => {
    void refetch();
    onChanged();
  };

  const columns: TableColumnsType<RosterWorker> = [
    {
      key: 'name',
      title: t('projects.roster.name'),
      // Name and action stay in view while the columns between scroll sideways (a phone shows both, issue 10).
      fixed: 'left',
      render: (_, w) => (
        <Flex vertical gap={2}>
          <Typography.Text strong data-testid="roster-name">
            {w.fullName}
          </Typography.Text>
          {w.povertyAlleviated ? (
            <Tag color="purple" className="roster-poverty-tag" data-testid="roster-poverty">
              {t('projects.roster.povertyAlleviated')}
            </Tag>
          ) : null}
        </Flex>
      ),
    },
    {
      key: 'idNumber',
      title: t('projects.roster.idNumber'),
      render: (_, w) => (
        <span className="id-masked" data-testid="roster-id-number">
          {w.idNumberMasked ?? '—'}
        </span>
      ),
    },
    { key: 'hukou', title: t('projects.roster.hukou'), render: (_, w) => <HukouRegion worker={w} /> },
    {
      key: 'local',
      title: t('projects.roster.local'),
      render: (_, w) => (
        <Tag color={w.local ? 'green' : 'orange'} data-testid="roster-local" data-local={w.local}>
          {w.local ? t('projects.roster.local') : t('projects.roster.nonLocal')}
        </Tag>
      ),
    },
    { key: 'trade', title: t('projects.roster.trade'), render: (_, w) => <span data-testid="roster-trade">{w.trade}</span> },
    { key: 'start', title: t('projects.roster.startDate'), render: (_, w) => w.startDate },
    {
      key: 'end',
      title: t('projects.roster.endDate'),
      render: (_, w) =>
        w.endDate ? (
          <span title={w.endReason ? t('projects.roster.endReason', { reason: w.endReason }) : undefined} data-testid="roster-end-date">
            {w.endDate}
          </span>
        ) : (
          '—'
        ),
    },
    { key: 'source', title: t('projects.roster.source'), responsive: ['md'], render: (_, w) => label('projectWorkerSource', w.source) },
    {
      key: 'state',
      title: t('projects.roster.state'),
      render: (_, w) =>
        w.active ? (
          <Tag color="processing" data-testid="roster-state" data-state="ON_SITE">
            {t('projects.roster.onSite')}
          </Tag>
        ) : isOpen(w, today) ? (
          <Tag data-testid="roster-state" data-state="NOT_STARTED">
            {t('projects.roster.notStarted')}
          </Tag>
        ) : (
          <Tag data-testid="roster-state" data-state="LEFT">
            {t('projects.roster.left')}
          </Tag>
        ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      render: (_, w) =>
        isOpen(w, today) ? (
          <Button size="small" onClick={() => setEnding(w)} data-testid="roster-end">
            {t('projects.roster.end')}
          </Button>
        ) : null,
    },
  ];

  return (
    <Card
      size="small"
      title={
        <Flex gap={8} align="baseline">
          {t('projects.roster.title')}
          {connection ? (
            <Typography.Text type="secondary" data-testid="roster-total" data-count={connection.totalCount}>
              {t('projects.roster.total', { count: connection.totalCount })}
            </Typography.Text>
          ) : null}
        </Flex>
      }
      data-testid="roster"
    >
      <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="roster-add">
          {t('projects.roster.add')}
        </Button>
        <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="roster-import-open">
          {t('projects.roster.import')}
        </Button>
        <RosterTemplateButton />
        <span style={{ flex: 1 }} />
        <label className="roster-active-only">
          <Switch size="small" checked={activeOnly} onChange={setActiveOnly} data-testid="roster-active-only" />{' '}
          {t('projects.roster.activeOnly')}
        </label>
      </Flex>
      {error && !connection ? (
        <QueryErrorResult error={error} onRetry={() => void refetch()} />
      ) : (
        <>
          <Table<RosterWorker>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={connection?.edges.map((e) => e.node) ?? []}
            loading={loading && !connection}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('projects.roster.empty') }}
            data-testid="roster-table"
            onRow={(w) =>
              ({
                'data-testid': 'roster-row',
                'data-worker-id': w.id,
                'data-local': w.local,
                'data-active': w.active,
              }) as HTMLAttributes<HTMLElement>
            }
          />
          {connection && connection.pageInfo.hasNextPage ? (
            <LoadMore
              pageInfo={connection.pageInfo}
              loading={loadingMore}
              onLoadMore={(after) => void loadMore(after)}
              testId="roster-load-more"
            />
          ) : null}
        </>
      )}
      <AddWorkerModal
        projectId={projectId}
        open={adding}
        guard={guard}
        onClose={() => setAdding(false)}
        onAdded={() => {
          setAdding(false);
          changed();
        }}
      />
      <ImportWorkersModal
        projectId={projectId}
        open={importing}
        guard={guard}
        onClose={() => setImporting(false)}
        onImported={() => {
          setImporting(false);
          changed();
        }}
      />
      <EndWorkerModal
        worker={ending}
        guard={guard}
        onClose={() => setEnding(null)}
        onEnded={() => {
          setEnding(null);
          changed();
        }}
      />
    </Card>
  );
}
