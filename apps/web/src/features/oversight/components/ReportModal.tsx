import { useMutation } from '@apollo/client/react';
import { ReportCategory, type ReportTargetType } from '@jobbridge/contracts';
import { App, Form, Input, Modal, Radio, Typography, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useGraphQLErrorHandler } from '../../../shared/errors';
import { newIdempotencyKey } from '../../../shared/utils/idempotency-key';
import { REPORT_CONTENT_MUTATION, REPORTS_QUERY } from '../oversight.graphql';
import { MAX_REPORT_PHOTOS } from '../photo-downscale';
import { PhotoPicker } from './PhotoPicker';

const CATEGORIES = Object.values(ReportCategory);
const MAX_TEXT = 1000;

interface Values {
  category: ReportCategory;
  text: string;
  photos: string[];
}

/**
 * The report form: a category, what happened (required) and up to 3 photos. Mounted per opening (the caller renders
 * it only while open): its idempotency key is made once per opening, so a double tap or a retry after a lost answer
 * files one report.
 */
export function ReportModal({ targetType, targetId, onClose }: { targetType: ReportTargetType; targetId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleError = useGraphQLErrorHandler();
  const [form] = Form.useForm<Values>();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [report, { loading }] = useMutation(REPORT_CONTENT_MUTATION, { refetchQueries: [REPORTS_QUERY] });
  const [photosBusy, setPhotosBusy] = useState(false);

  const submit = async (v: Values) => {
    try {
      await report({
        variables: { input: { targetType, targetId, category: v.category, text: v.text.trim(), photos: v.photos ?? [], idempotencyKey } },
      });
      void message.success(t('oversight.report.submitted'));
      onClose();
    } catch (e) {
      handleError(e, { form });
    }
  };

  return (
    <Modal
      open
      title={t('oversight.report.title', { target: t(`oversight.targetTypes.${targetType}`) })}
      okText={t('oversight.report.submit')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={loading}
      okButtonProps={{ disabled: photosBusy, 'data-testid': 'report-submit' } as ButtonProps}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('oversight.report.intro')}</Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ photos: [] }} onFinish={(v) => void submit(v)} data-testid="report-form">
        <Form.Item
          name="category"
          label={t('oversight.report.category')}
          rules={[{ required: true, message: t('oversight.report.categoryRequired') }]}
        >
          <Radio.Group data-testid="report-category">
            {CATEGORIES.map((c) => (
              <Radio key={c} value={c} data-testid={`report-category-${c}`}>
                {t(`oversight.categories.${c}`)}
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item
          name="text"
          label={t('oversight.report.text')}
          rules={[{ required: true, whitespace: true, message: t('oversight.report.textRequired') }]}
        >
          <Input.TextArea
            rows={4}
            maxLength={MAX_TEXT}
            showCount
            placeholder={t('oversight.report.textPlaceholder')}
            data-testid="report-text"
          />
        </Form.Item>
        <Form.Item name="photos" label={t('oversight.report.photos', { max: MAX_REPORT_PHOTOS })}>
          <PhotoPicker onBusyChange={setPhotosBusy} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
