import { useMutation, useQuery } from '@apollo/client/react';
import { GigAlertKind, GigDisputeOutcome, GigPayStatus } from '@jobbridge/contracts';
import {
  App,
  Button,
  Card,
  Empty,
  Flex,
  Form,
  Input,
  Modal,
  Segmented,
  Select,
  Skeleton,
  Space,
  Tag,
  Typography,
  type ButtonProps,
} from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrorResult } from '../../../shared/components/QueryErrorResult';
import { AttendanceTable } from '../components/AttendanceTable';
import { GigOversightTabs } from '../components/GigOversightTabs';
import { PayStatusTag } from '../components/GigTags';
import { RegionLabel } from '../components/RegionLabel';
import { GIG_ALERTS_QUERY, RESOLVE_GIG_DISPUTE_MUTATION, type GigAlertItem } from '../gigs.graphql';
import { useGigErrorHandler } from '../use-gig-error';
import { formatAmount, useGigText } from '../use-gig-text';
import '../gigs.css';

const FIRST = 50;
const OUTCOMES = [
  GigDisputeOutcome.PAID_IN_FULL,
  GigDisputeOutcome.PAID_AFTER_MEDIATION,
  GigDisputeOutcome.REFERRED_TO_INSPECTION,
] as const;

/** 处理异议: the officer's outcome and a note the record keeps (移交监察 counts against the poster's credit). */
function ResolveModal({ alert, onClose, onResolved }: { alert: GigAlertItem | null; onClose: () => void; onResolved: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleError = useGigErrorHandler();
  const [form] = Form.useForm<{ outcome: GigDisputeOutcome; note: string }>();
  const [resolve, { loading }] = useMutation(RESOLVE_GIG_DISPUTE_MUTATION);
  useEffect(() => {
    if (alert) form.resetFields();
  }, [alert, form]);
  const submit = async () => {
    if (!alert) return;
    const v = await form.validateFields();
    try {
      await resolve({ variables: { input: { assignmentId: alert.assignment.id, outcome: v.outcome, note: v.note.trim() } } });
      void message.success(t('gigs.oversight.alerts.resolvedToast'));
      onResolved();
      onClose();
    } catch (e) {
      handleError(e, { form });
    }
  };
  return (
    <Modal
      open={!!alert}
      title={t('gigs.oversight.alerts.resolveTitle')}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'gig-resolve-submit' } as ButtonProps}
      confirmLoading={loading}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      forceRender
    >
      <Form form={form} layout="vertical" initialValues={{ outcome: GigDisputeOutcome.PAID_AFTER_MEDIATION }}>
        <Form.Item name="outcome" label={t('gigs.oversight.alerts.outcomeLabel')} rules={[{ required: true }]}>
          <Select options={OUTCOMES.map((o) => ({ value: o, label: t(`gigs.disputeOutcome.${o}`) }))} data-testid="gig-resolve-outcome" />
        </Form.Item>
        <Form.Item
          name="note"
          label={t('gigs.oversight.alerts.note')}
          rules={[{ required: true, whitespace: true, min: 2, message: t('gigs.oversight.alerts.noteRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={300} showCount data-testid="gig-resolve-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/**
 * 欠薪预警 (`/bureau/gigs/alerts`, officers): pay overdue (UNPAID: cleared when the poster marks it paid) and pay the
 * worker disputes (DISPUTE: the officer settles it), newest first, each with the worker's check-in record.
 */
export function GigAlertsPage() {
  const { t } = useTranslation();
  const text = useGigText();
  const [openOnly, setOpenOnly] = useState(true);
  const [resolving, setResolving] = useState<GigAlertItem | null>(null);
  const { data, error, refetch } = useQuery(GIG_ALERTS_QUERY, { variables: { openOnly, first: FIRST }, fetchPolicy: 'cache-and-network' });
  const alerts = data?.gigAlerts;

  return (
    <div className="page page-narrow" data-testid="gig-alerts-page">
      <GigOversightTabs />
      <Typography.Paragraph type="secondary">{t('gigs.oversight.alerts.intro')}</Typography.Paragraph>
      <Segmented<'open' | 'all'>
        value={openOnly ? 'open' : 'all'}
        onChange={(v) => setOpenOnly(v === 'open')}
        options={[
          { value: 'open', label: t('gigs.oversight.alerts.open') },
          { value: 'all', label: t('gigs.oversight.alerts.all') },
        ]}
        style={{ marginBottom: 12 }}
        data-testid="gig-alerts-filter"
      />
      {error && !alerts ? (
        <QueryErrorResult error={error} onRetry={() => void refetch()} />
      ) : !alerts ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : !alerts.length ? (
        <Empty description={t('gigs.oversight.alerts.empty')} data-testid="gig-alerts-empty" />
      ) : (
        <Flex vertical gap={12} data-testid="gig-alerts">
          {alerts.map((al) => {
            const a = al.assignment;
            return (
              <Card
                key={al.id}
                size="small"
                data-testid="gig-alert"
                data-alert-id={al.id}
                data-kind={al.kind}
                title={
                  <Space size={6} wrap>
                    <Tag color={al.kind === GigAlertKind.DISPUTE ? 'red' : 'orange'}>{t(`gigs.alertKind.${al.kind}`)}</Tag>
                    <span>{al.gig.title}</span>
                  </Space>
                }
                extra={
                  <Typography.Text type="secondary">
                    {t('gigs.oversight.alerts.createdAt', { time: text.dateTime(al.createdAt) })}
                  </Typography.Text>
                }
              >
                <Flex vertical gap={4}>
                  <Typography.Text>
                    {t('gigs.oversight.alerts.poster', { name: al.gig.posterName })}（{t(`gigs.posterKind.${al.gig.posterKind}`)}，
                    {t('gigs.manage.grade', { grade: al.gig.posterGrade.label })}）
                  </Typography.Text>
                  <Typography.Text>
                    {t('gigs.oversight.alerts.worker', { name: a.workerName })} · {text.schedule(al.gig)} ·{' '}
                    <RegionLabel code={al.gig.regionCode} /> {al.gig.address}
                  </Typography.Text>
                  <Space size={6} wrap>
                    <PayStatusTag status={a.payStatus} />
                    <Typography.Text>
                      {al.gig.payText} · {t(`gigs.payTiming.${al.gig.payTiming}`)} ·{' '}
                      {t('gigs.oversight.alerts.due', { amount: formatAmount(a.payDueYuan) })}
                    </Typography.Text>
                    {a.paidYuan != null && a.paidMethod ? (
                      <Typography.Text>
                        {t('gigs.oversight.alerts.paid', { amount: formatAmount(a.paidYuan), method: t(`gigs.payMethod.${a.paidMethod}`) })}
                      </Typography.Text>
                    ) : null}
                  </Space>
                  {a.disputeReason ? (
                    <Typography.Text type="danger">{t('gigs.oversight.alerts.reason', { reason: a.disputeReason })}</Typography.Text>
                  ) : null}
                  <Typography.Text strong style={{ marginTop: 6 }}>
                    {t('gigs.oversight.alerts.attendance')}
                  </Typography.Text>
                  <AttendanceTable days={a.attendance} />
                  {al.resolvedAt ? (
                    <Typography.Text type="secondary">
                      {t('gigs.oversight.alerts.resolvedAt', { time: text.dateTime(al.resolvedAt) })}
                      {a.disputeOutcome
                        ? ` · ${t('gigs.oversight.alerts.outcome', { outcome: t(`gigs.disputeOutcome.${a.disputeOutcome}`) })}`
                        : ''}
                      {a.resolutionNote ? `：${a.resolutionNote}` : ''}
                    </Typography.Text>
                  ) : al.kind === GigAlertKind.UNPAID ? (
                    <Typography.Text type="warning">{t('gigs.oversight.alerts.unpaidHint')}</Typography.Text>
                  ) : null}
                  {!al.resolvedAt && a.payStatus === GigPayStatus.DISPUTED ? (
                    <Flex justify="flex-end">
                      <Button type="primary" onClick={() => setResolving(al)} data-testid="gig-alert-resolve">
                        {t('gigs.oversight.alerts.resolve')}
                      </Button>
                    </Flex>
                  ) : null}
                </Flex>
              </Card>
            );
          })}
        </Flex>
      )}
      <ResolveModal alert={resolving} onClose={() => setResolving(null)} onResolved={() => void refetch()} />
    </div>
  );
}
