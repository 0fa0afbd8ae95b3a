import { useMutation } from '@apollo/client/react';
import { App, Checkbox, Form, Input, Modal, Rate, type ButtonProps } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { RATE_GIG_MUTATION } from '../gigs.graphql';
import { useGigErrorHandler } from '../use-gig-error';

interface Values {
  onTime: boolean;
  asAgreed: boolean;
  stars: number;
  comment?: string;
}

/**
 * A rating after a gig, once per side: the worker rates the poster (paid on time, the work as described), the poster
 * a worker (on time, as agreed). Both feed the simple grades shown on cards.
 */
export function RateGigModal({
  assignmentId,
  side,
  onClose,
  onRated,
}: {
  /** The place rated; null: closed. */
  assignmentId: string | null;
  side: 'WORKER' | 'POSTER';
  onClose: () => void;
  onRated?: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleError = useGigErrorHandler();
  const [form] = Form.useForm<Values>();
  const [rate, { loading }] = useMutation(RATE_GIG_MUTATION);

  useEffect(() => {
    if (assignmentId) form.resetFields();
  }, [assignmentId, form]);

  const submit = async () => {
    if (!assignmentId) return;
    const v = await form.validateFields();
    try {
      await rate({
        variables: { input: { assignmentId, onTime: v.onTime, asAgreed: v.asAgreed, stars: v.stars, comment: v.comment?.trim() || null } },
      });
      void message.success(t('gigs.rate.done'));
      onRated?.();
      onClose();
    } catch (e) {
      handleError(e, { form });
    }
  };

  const worker = side === 'WORKER';
  return (
    <Modal
      open={!!assignmentId}
      title={worker ? t('gigs.rate.titleWorker') : t('gigs.rate.titlePoster')}
      okText={t('gigs.rate.submit')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'gig-rate-submit' } as ButtonProps}
      confirmLoading={loading}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      forceRender
    >
      <Form<Values> form={form} layout="vertical" initialValues={{ onTime: true, asAgreed: true, stars: 5 }} data-testid="gig-rate-form">
        <Form.Item name="onTime" valuePropName="checked" style={{ marginBottom: 4 }}>
          <Checkbox data-testid="gig-rate-on-time">{worker ? t('gigs.rate.onTimeWorker') : t('gigs.rate.onTimePoster')}</Checkbox>
        </Form.Item>
        <Form.Item name="asAgreed" valuePropName="checked">
          <Checkbox data-testid="gig-rate-as-agreed">{worker ? t('gigs.rate.asAgreedWorker') : t('gigs.rate.asAgreedPoster')}</Checkbox>
        </Form.Item>
        <Form.Item name="stars" label={t('gigs.rate.stars')} rules={[{ required: true, type: 'number', min: 1 }]}>
          <Rate data-testid="gig-rate-stars" />
        </Form.Item>
        <Form.Item name="comment" label={t('gigs.rate.comment')}>
          <Input.TextArea rows={2} maxLength={200} showCount data-testid="gig-rate-comment" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
