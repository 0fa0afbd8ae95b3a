import { ArrowRightOutlined, StopOutlined, WarningOutlined } from '@ant-design/icons';
import { ErrorCode } from '@jobbridge/contracts';
import { Alert, Button, Flex, Form, Input, Modal, Typography, type ButtonProps } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { formatRatio } from '../../../shared/utils/format';
import { thresholdPercent, type LocalHiringRefusal } from '../local-hiring';
import type { LocalHiring } from '../projects.graphql';
import { LocalHiringStatusTag } from './LocalHiringStatusTag';

/** Above the dialog that started the change (登记工人, 确认入职 …), whatever their order on the page. */
const Z_INDEX = 1100;

function Figures({ label, figures, testId }: { label: string; figures: LocalHiring; testId: string }) {
  const { t } = useTranslation();
  return (
    <div
      className="breach-figures"
      data-testid={testId}
      data-ratio={figures.ratio ?? ''}
      data-local={figures.localWorkers}
      data-total={figures.totalWorkers}
    >
      <Typography.Text type="secondary">{label}</Typography.Text>
      <div className="breach-figures-ratio">{formatRatio(figures.ratio)}</div>
      <Typography.Text type="secondary">
        {t('projects.ack.figures', { local: figures.localWorkers, total: figures.totalWorkers })}
      </Typography.Text>
      <div>
        <LocalHiringStatusTag localHiring={figures} />
      </div>
    </div>
  );
}

/** Before → after, as the API sent them with the refusal. */
function FiguresChange({ refusal }: { refusal: LocalHiringRefusal }) {
  const { t } = useTranslation();
  if (!refusal.before || !refusal.after) return <Typography.Paragraph>{refusal.serverMessage}</Typography.Paragraph>;
  return (
    <>
      <Flex align="center" justify="space-around" gap={12} className="breach-figures-change">
        <Figures label={t('projects.ack.before')} figures={refusal.before} testId="breach-ack-before" />
        <ArrowRightOutlined className="breach-figures-arrow" />
        <Figures label={t('projects.ack.after')} figures={refusal.after} testId="breach-ack-after" />
      </Flex>
      {refusal.after.shortfall > 0 ? (
        <Alert
          type="warning"
          showIcon
          title={t('projects.ack.shortfall', { count: refusal.after.shortfall })}
          data-testid="breach-ack-shortfall"
        />
      ) : null}
    </>
  );
}

/**
 * What the API said about a roster change under the local-hiring rule. WARN (LOCAL_HIRING_ACK_REQUIRED): the figures
 * before → after and a required reason; confirming sends the change again with it. BLOCK (LOCAL_HIRING_BREACH): a
 * refusal that explains the rule; nothing was changed.
 */
export function BreachAcknowledgementDialog({
  refusal,
  sending,
  onAcknowledge,
  onClose,
}: {
  refusal: LocalHiringRefusal | null;
  sending: boolean;
  onAcknowledge: (reason: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const open = refusal !== null;
  const blocked = refusal?.code === ErrorCode.LOCAL_HIRING_BREACH;
  const percent = thresholdPercent(refusal?.after?.threshold ?? refusal?.before?.threshold ?? '0.3');

  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);

  if (blocked) {
    return (
      <Modal
        open={open}
        zIndex={Z_INDEX}
        title={
          <span>
            <StopOutlined style={{ color: '#cf1322' }} /> {t('projects.ack.refusedTitle')}
          </span>
        }
        onCancel={onClose}
        footer={
          <Button type="primary" onClick={onClose} data-testid="breach-refused-ok">
            {t('projects.ack.ok')}
          </Button>
        }
      >
        <div data-testid="breach-refused-dialog">
          <Typography.Paragraph>{t('projects.ack.refusedBody', { percent })}</Typography.Paragraph>
          {refusal ? <FiguresChange refusal={refusal} /> : null}
        </div>
      </Modal>
    );
  }

  return (
    <Modal
      open={open}
      zIndex={Z_INDEX}
      title={
        <span>
          <WarningOutlined style={{ color: '#d48806' }} /> {t('projects.ack.title')}
        </span>
      }
      okText={t('projects.ack.confirm')}
      cancelText={t('common.cancel')}
      confirmLoading={sending}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ danger: true, 'data-testid': 'breach-ack-confirm' } as ButtonProps}
      cancelButtonProps={{ 'data-testid': 'breach-ack-cancel' } as ButtonProps}
      forceRender
    >
      <div data-testid={open ? 'breach-ack-dialog' : undefined}>
        <Typography.Paragraph>{t('projects.ack.body', { percent })}</Typography.Paragraph>
        {refusal ? <FiguresChange refusal={refusal} /> : null}
        <Form form={form} layout="vertical" onFinish={(v) => onAcknowledge(v.reason.trim())} style={{ marginTop: 16 }}>
          <Form.Item
            name="reason"
            label={t('projects.ack.reason')}
            rules={[{ required: true, whitespace: true, message: t('projects.ack.reasonRequired') }]}
          >
            <Input.TextArea
              rows={3}
              maxLength={500}
              showCount
              placeholder={t('projects.ack.reasonPlaceholder')}
              data-testid="breach-ack-reason"
            />
          </Form.Item>
        </Form>
      </div>
    </Modal>
  );
}
