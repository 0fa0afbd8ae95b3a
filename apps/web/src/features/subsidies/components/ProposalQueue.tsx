import { useMutation, useQuery } from '@apollo/client/react';
import { SubsidyDecision, SubsidyStatus } from '@jobbridge/contracts';
import { App, Button, Flex, Popconfirm, Select, Space, Table, Tooltip, Typography, type ButtonProps, type TableColumnsType } from 'antd';
import { useMemo, useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadMore } from '../../../shared/components/LoadMore';
import { QueryErrorResult } from '../../../shared/components/QueryErrorResult';
import { useGraphQLErrorHandler } from '../../../shared/errors';
import { DECIDE_SUBSIDY_MUTATION, SUBSIDY_PROPOSALS_QUERY, type QueueProposalData } from '../subsidies.graphql';
import { amountText, canApprove, formatYuan, isOpen, MAX_BATCH_DECISION, OPEN_STATUSES, sumYuan } from '../subsidy-format';
import { mergeProposalPages, PAGE_SIZE } from '../subsidy-pages';
import { DecisionModal, type TextDecision } from './DecisionModal';
import { ProposalDetail } from './ProposalDetail';
import { RegionLabel } from './RegionLabel';
import { SubsidyStatusTag } from './SubsidyStatusTag';

const STATUSES = Object.values(SubsidyStatus);

/**
 * The review tab of 补贴审核: the region's proposals oldest first, filtered by status (open ones by default); each row
 * opens to its evidence, conditions, missing items, citation and audit trail; 通过 / 驳回 (reason) / 要材料 (one item) per
 * row, and 批量通过 for the rows ticked (all or nothing).
 */
export function ProposalQueue({ regionCode }: { regionCode: string | null }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleError = useGraphQLErrorHandler();
  const [statuses, setStatuses] = useState<SubsidyStatus[]>([...OPEN_STATUSES]);
  const [selected, setSelected] = useState<string[]>([]);
  const [asking, setAsking] = useState<{ proposal: QueueProposalData; decision: TextDecision } | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, error, loading, refetch, fetchMore } = useQuery(SUBSIDY_PROPOSALS_QUERY, {
    variables: { regionCode, status: statuses.length ? statuses : null, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const [decide, { loading: deciding }] = useMutation(DECIDE_SUBSIDY_MUTATION);
  const connection = data?.subsidyProposals;
  const rows = useMemo(() => connection?.edges.map((e) => e.node) ?? [], [connection]);
  const chosen = rows.filter((r) => selected.includes(r.id) && canApprove(r));
  const chosenSum = sumYuan(chosen.map((r) => r.amountYuan));

  const run = async (ids: string[], decision: SubsidyDecision, text?: string) => {
    try {
      await decide({
        variables: {
          input: {
            ids,
            decision,
            ...(decision === SubsidyDecision.REJECT ? { reason: text } : {}),
            ...(decision === SubsidyDecision.REQUEST_INFO ? { item: text } : {}),
          },
        },
      });
      void message.success(
        decision === SubsidyDecision.APPROVE
          ? t('subsidies.queue.approved', { count: ids.length })
          : decision === SubsidyDecision.REJECT
            ? t('subsidies.queue.rejected')
            : t('subsidies.queue.requested'),
      );
      setSelected((s) => s.filter((id) => !ids.includes(id)));
      setAsking(null);
    } catch (e) {
      handleError(e);
    } finally {
      void refetch();
    }
  };

  const loadMore = async (after: string) => {
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after }, updateQuery: (prev, { fetchMoreResult }) => mergeProposalPages(prev, fetchMoreResult) });
    } catch (e) {
      handleError(e);
    } finally {
      setLoadingMore(false);
    }
  };

  const columns: TableColumnsType<QueueProposalData> = [
    {
      key: 'rule',
      title: t('subsidies.queue.columns.rule'),
      fixed: 'left',
      width: 150,
      render: (_, p) => (
        <Flex vertical>
          <Typography.Text strong data-testid="proposal-rule">
            {p.ruleName}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(`subsidies.beneficiary.${p.beneficiary}`)}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'who',
      title: t('subsidies.queue.columns.who'),
      render: (_, p) => (
        <Flex vertical>
          {p.employerName ? <Typography.Text data-testid="proposal-employer">{p.employerName}</Typography.Text> : null}
          {p.personName ? (
            <Typography.Text type={p.employerName ? 'secondary' : undefined} data-testid="proposal-person">
              {p.personName}
              {p.personIdMasked ? ` · ${t('subsidies.queue.personId', { id: p.personIdMasked })}` : ''}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    {
      key: 'amount',
      title: t('subsidies.queue.columns.amount'),
      render: (_, p) => <span data-testid="proposal-amount">{amountText(p)}</span>,
    },
    { key: 'status', title: t('subsidies.queue.columns.status'), render: (_, p) => <SubsidyStatusTag status={p.status} /> },
    { key: 'region', title: t('subsidies.queue.columns.region'), render: (_, p) => <RegionLabel code={p.regionCode} /> },
    { key: 'eventDate', title: t('subsidies.queue.columns.eventDate'), dataIndex: 'eventDate' },
    {
      key: 'actions',
      title: t('subsidies.queue.columns.actions'),
      render: (_, p) =>
        isOpen(p.status) ? (
          <Space size={4} wrap>
            <Tooltip title={canApprove(p) ? undefined : t('subsidies.queue.amountPending')}>
              <Button
                size="small"
                type="primary"
                disabled={!canApprove(p) || deciding}
                onClick={() => void run([p.id], SubsidyDecision.APPROVE)}
                data-testid="proposal-approve"
              >
                {t('subsidies.queue.approve')}
              </Button>
            </Tooltip>
            <Button
              size="small"
              danger
              disabled={deciding}
              onClick={() => setAsking({ proposal: p, decision: 'REJECT' })}
              data-testid="proposal-reject"
            >
              {t('subsidies.queue.reject')}
            </Button>
            <Button
              size="small"
              disabled={deciding}
              onClick={() => setAsking({ proposal: p, decision: 'REQUEST_INFO' })}
              data-testid="proposal-request"
            >
              {t('subsidies.queue.requestInfo')}
            </Button>
          </Space>
        ) : null,
    },
  ];

  return (
    <Flex vertical gap={12} data-testid="subsidy-queue">
      <Flex gap={8} wrap align="center" justify="space-between">
        <Select<SubsidyStatus[]>
          mode="multiple"
          allowClear
          value={statuses}
          onChange={(v) => {
            setStatuses(v);
            setSelected([]);
          }}
          placeholder={t('subsidies.queue.status')}
          options={STATUSES.map((s) => ({ value: s, label: t(`subsidies.status.${s}`) }))}
          optionRender={(o) => <span data-testid={`subsidy-status-filter-option-${String(o.value)}`}>{o.label}</span>}
          style={{ minWidth: 240, maxWidth: '100%' }}
          data-testid="subsidy-status-filter"
        />
        {connection ? (
          <Typography.Text type="secondary" data-testid="subsidy-queue-count" data-count={connection.totalCount}>
            {t('subsidies.queue.count', { count: connection.totalCount })}
          </Typography.Text>
        ) : null}
      </Flex>
      <Flex gap={8} wrap align="center" data-testid="subsidy-batch-bar" data-count={chosen.length}>
        <Typography.Text>{t('subsidies.queue.selected', { count: chosen.length, amount: formatYuan(chosenSum) })}</Typography.Text>
        <Popconfirm
          title={t('subsidies.queue.approveConfirm', { count: chosen.length })}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          okButtonProps={{ 'data-testid': 'subsidy-batch-approve-confirm' } as ButtonProps}
          onConfirm={() =>
            run(
              chosen.map((r) => r.id),
              SubsidyDecision.APPROVE,
            )
          }
          disabled={!chosen.length || chosen.length > MAX_BATCH_DECISION}
        >
          <Button
            type="primary"
            disabled={!chosen.length || chosen.length > MAX_BATCH_DECISION}
            loading={deciding}
            data-testid="subsidy-batch-approve"
          >
            {t('subsidies.queue.approveSelected')}
          </Button>
        </Popconfirm>
      </Flex>
      {error && !connection ? (
        <QueryErrorResult error={error} onRetry={() => void refetch()} />
      ) : (
        <>
          <Table<QueueProposalData>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={rows}
            loading={loading && !connection}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('subsidies.queue.empty') }}
            rowSelection={{
              selectedRowKeys: selected,
              onChange: (keys) => setSelected(keys.map(String)),
              getCheckboxProps: (p) => ({ disabled: !canApprove(p) }),
            }}
            expandable={{ expandedRowRender: (p) => <ProposalDetail proposal={p} /> }}
            onRow={(p) =>
              ({
                'data-testid': 'proposal-row',
                'data-proposal-id': p.id,
                'data-status': p.status,
              }) as HTMLAttributes<HTMLElement>
            }
            data-testid="subsidy-proposals"
          />
          {rows.length ? (
            <LoadMore pageInfo={connection?.pageInfo} loading={loadingMore} onLoadMore={(after) => void loadMore(after)} />
          ) : null}
        </>
      )}
      {asking ? (
        <DecisionModal
          decision={asking.decision}
          name={asking.proposal.ruleName}
          missing={asking.proposal.missing}
          confirming={deciding}
          onConfirm={(text) =>
            run([asking.proposal.id], asking.decision === 'REJECT' ? SubsidyDecision.REJECT : SubsidyDecision.REQUEST_INFO, text)
          }
          onCancel={() => setAsking(null)}
        />
      ) : null}
    </Flex>
  );
}
