import { DownloadOutlined } from '@ant-design/icons';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { SubsidyStatus } from '@jobbridge/contracts';
import { App, Button, Flex, Popconfirm, Table, Typography, type ButtonProps, type TableColumnsType } from 'antd';
import { useMemo, useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadMore } from '../../../shared/components/LoadMore';
import { QueryErrorResult } from '../../../shared/components/QueryErrorResult';
import { useGraphQLErrorHandler } from '../../../shared/errors';
import { downloadTextFile } from '../../../shared/utils/csv';
import { formatDateTime } from '../../../shared/utils/format';
import { newIdempotencyKey } from '../../../shared/utils/idempotency-key';
import {
  CREATE_SUBSIDY_PAYMENT_BATCH_MUTATION,
  SUBSIDY_PAYMENT_EXPORT_QUERY,
  SUBSIDY_PAYMENTS_QUERY,
  SUBSIDY_PROPOSALS_QUERY,
  type PaymentBatchData,
  type QueueProposalData,
} from '../subsidies.graphql';
import { amountText, formatYuan, paymentFileName, sumYuan } from '../subsidy-format';
import { mergeProposalPages, PAGE_SIZE } from '../subsidy-pages';
import { RegionLabel } from './RegionLabel';

const APPROVED = [SubsidyStatus.APPROVED];

/**
 * The 发放 tab: the approved proposals of the region, ticked into one payment batch (a fresh idempotency key per
 * click, so a retried request pays once), and the batches made, each with its payments and the bank / finance file
 * to download (`<reference>.csv`).
 */
export function PaymentsPanel({ regionCode }: { regionCode: string | null }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useApolloClient();
  const handleError = useGraphQLErrorHandler();
  const [selected, setSelected] = useState<string[]>([]);
  const [loadingMore, setLoadingMore] = useState(false);
  const [downloading, setDownloading] = useState<string | null>(null);
  const approved = useQuery(SUBSIDY_PROPOSALS_QUERY, {
    variables: { regionCode, status: APPROVED, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const batches = useQuery(SUBSIDY_PAYMENTS_QUERY, { variables: { regionCode }, fetchPolicy: 'cache-and-network' });
  const [pay, { loading: paying }] = useMutation(CREATE_SUBSIDY_PAYMENT_BATCH_MUTATION);
  const rows = useMemo(() => approved.data?.subsidyProposals.edges.map((e) => e.node) ?? [], [approved.data]);
  const chosen = rows.filter((r) => selected.includes(r.id));
  const total = sumYuan(chosen.map((r) => r.amountYuan));

  const createBatch = async () => {
    try {
      const { data } = await pay({
        variables: { input: { regionCode, ids: chosen.map((r) => r.id), idempotencyKey: newIdempotencyKey() } },
      });
      if (data) void message.success(t('subsidies.payments.created', { reference: data.createSubsidyPaymentBatch.reference }));
      setSelected([]);
    } catch (e) {
      handleError(e);
    } finally {
      void approved.refetch();
      void batches.refetch();
    }
  };

  const download = async (batch: PaymentBatchData) => {
    setDownloading(batch.id);
    try {
      const { data } = await client.query({
        query: SUBSIDY_PAYMENT_EXPORT_QUERY,
        variables: { batchId: batch.id },
        fetchPolicy: 'no-cache',
      });
      if (!data) throw new Error('empty export');
      downloadTextFile(paymentFileName(batch.reference), data.subsidyPaymentExport);
    } catch (e) {
      if (handleError(e).length === 0) void message.error(t('subsidies.payments.downloadFailed'));
    } finally {
      setDownloading(null);
    }
  };

  const loadMore = async (after: string) => {
    setLoadingMore(true);
    try {
      await approved.fetchMore({
        variables: { after },
        updateQuery: (prev, { fetchMoreResult }) => mergeProposalPages(prev, fetchMoreResult),
      });
    } catch (e) {
      handleError(e);
    } finally {
      setLoadingMore(false);
    }
  };

  const approvedColumns: TableColumnsType<QueueProposalData> = [
    {
      key: 'rule',
      title: t('subsidies.queue.columns.rule'),
      fixed: 'left',
      width: 150,
      render: (_, p) => <Typography.Text strong>{p.ruleName}</Typography.Text>,
    },
    { key: 'who', title: t('subsidies.queue.columns.who'), render: (_, p) => p.employerName ?? p.personName ?? '' },
    { key: 'amount', title: t('subsidies.queue.columns.amount'), render: (_, p) => amountText(p) },
    { key: 'region', title: t('subsidies.queue.columns.region'), render: (_, p) => <RegionLabel code={p.regionCode} /> },
    { key: 'decidedAt', title: t('subsidies.queue.columns.eventDate'), dataIndex: 'eventDate' },
  ];

  const batchColumns: TableColumnsType<PaymentBatchData> = [
    {
      key: 'reference',
      title: t('subsidies.payments.columns.reference'),
      fixed: 'left',
      render: (_, b) => (
        <Typography.Text strong data-testid="payment-batch-reference">
          {b.reference}
        </Typography.Text>
      ),
    },
    { key: 'paidOn', title: t('subsidies.payments.columns.paidOn'), dataIndex: 'paidOn' },
    { key: 'count', title: t('subsidies.payments.columns.count'), dataIndex: 'count' },
    { key: 'total', title: t('subsidies.payments.columns.total'), render: (_, b) => formatYuan(b.totalYuan) },
    { key: 'region', title: t('subsidies.payments.columns.region'), render: (_, b) => <RegionLabel code={b.regionCode} /> },
    {
      key: 'actions',
      title: t('subsidies.payments.columns.actions'),
      render: (_, b) => (
        <Button
          size="small"
          icon={<DownloadOutlined />}
          loading={downloading === b.id}
          onClick={() => void download(b)}
          data-testid="payment-batch-download"
        >
          {t('subsidies.payments.download')}
        </Button>
      ),
    },
  ];

  return (
    <Flex vertical gap={16} data-testid="subsidy-payments">
      <Flex vertical gap={8}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('subsidies.payments.approvedTitle')}
        </Typography.Title>
        <Flex gap={8} wrap align="center" data-testid="payment-batch-bar" data-count={chosen.length}>
          <Typography.Text>{t('subsidies.payments.selected', { count: chosen.length, amount: formatYuan(total) })}</Typography.Text>
          <Popconfirm
            title={t('subsidies.payments.createConfirm', { count: chosen.length, amount: formatYuan(total) })}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            okButtonProps={{ 'data-testid': 'payment-batch-create-confirm' } as ButtonProps}
            onConfirm={() => createBatch()}
            disabled={!chosen.length}
          >
            <Button type="primary" disabled={!chosen.length} loading={paying} data-testid="payment-batch-create">
              {t('subsidies.payments.create')}
            </Button>
          </Popconfirm>
        </Flex>
        {approved.error && !approved.data ? (
          <QueryErrorResult error={approved.error} onRetry={() => void approved.refetch()} />
        ) : (
          <>
            <Table<QueueProposalData>
              rowKey="id"
              size="small"
              columns={approvedColumns}
              dataSource={rows}
              loading={approved.loading && !approved.data}
              pagination={false}
              scroll={{ x: 'max-content' }}
              locale={{ emptyText: t('subsidies.payments.approvedEmpty') }}
              rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(String)) }}
              onRow={(p) => ({ 'data-testid': 'approved-row', 'data-proposal-id': p.id }) as HTMLAttributes<HTMLElement>}
              data-testid="approved-proposals"
            />
            {rows.length ? (
              <LoadMore
                pageInfo={approved.data?.subsidyProposals.pageInfo}
                loading={loadingMore}
                onLoadMore={(after) => void loadMore(after)}
                testId="approved-load-more"
              />
            ) : null}
          </>
        )}
      </Flex>
      <Flex vertical gap={8}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('subsidies.payments.batches')}
        </Typography.Title>
        {batches.error && !batches.data ? (
          <QueryErrorResult error={batches.error} onRetry={() => void batches.refetch()} />
        ) : (
          <Table<PaymentBatchData>
            rowKey="id"
            size="small"
            columns={batchColumns}
            dataSource={batches.data?.subsidyPayments ?? []}
            loading={batches.loading && !batches.data}
            pagination={(batches.data?.subsidyPayments.length ?? 0) > 20 ? { pageSize: 20, showSizeChanger: false } : false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('subsidies.payments.batchesEmpty') }}
            expandable={{
              expandedRowRender: (b) => (
                <Flex vertical gap={2} data-testid="payment-batch-payments">
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatDateTime(b.createdAt)}
                  </Typography.Text>
                  {b.payments.map((p) => (
                    <Typography.Text key={p.id}>
                      {t('subsidies.payments.paymentReference')} {p.reference} · {formatYuan(p.amountYuan)}
                    </Typography.Text>
                  ))}
                </Flex>
              ),
            }}
            onRow={(b) =>
              ({ 'data-testid': 'payment-batch', 'data-batch-id': b.id, 'data-reference': b.reference }) as HTMLAttributes<HTMLElement>
            }
            data-testid="payment-batches"
          />
        )}
      </Flex>
    </Flex>
  );
}
