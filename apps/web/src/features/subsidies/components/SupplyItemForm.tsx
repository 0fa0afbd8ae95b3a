import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useGraphQLErrorHandler } from '../../../shared/errors';
import { SUPPLY_SUBSIDY_ITEM_MUTATION } from '../subsidies.graphql';

/**
 * The officer asked for one item: the beneficiary answers here (`supplySubsidyItem`), and the proposal goes back to
 * the queue.
 */
export function SupplyItemForm({ id, item, onSupplied }: { id: string; item: string; onSupplied?: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const handleError = useGraphQLErrorHandler();
  const [form] = Form.useForm<{ text: string }>();
  const [supply, { loading }] = useMutation(SUPPLY_SUBSIDY_ITEM_MUTATION);

  const submit = async ({ text }: { text: string }) => {
    try {
      await supply({ variables: { input: { id, text: text.trim() } } });
      void message.success(t('subsidies.mine.suppliedToast'));
      form.resetFields();
      onSupplied?.();
    } catch (e) {
      handleError(e, { form });
    }
  };

  return (
    <Alert
      type="warning"
      showIcon
      data-testid="subsidy-request"
      title={t('subsidies.mine.requestTitle', { item })}
      description={
        <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} style={{ marginTop: 8 }} data-testid="subsidy-supply-form">
          <Form.Item
            name="text"
            extra={t('subsidies.mine.requestHint')}
            rules={[{ required: true, whitespace: true, message: t('subsidies.mine.requestRequired') }]}
            style={{ marginBottom: 8 }}
          >
            <Input.TextArea
              rows={3}
              maxLength={500}
              showCount
              placeholder={t('subsidies.mine.requestPlaceholder')}
              data-testid="subsidy-supply-text"
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={loading} data-testid="subsidy-supply-submit">
            {t('subsidies.mine.requestSubmit')}
          </Button>
        </Form>
      }
    />
  );
}
