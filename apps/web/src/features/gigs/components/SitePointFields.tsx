import { AimOutlined } from '@ant-design/icons';
import { Button, Flex, Form, InputNumber, Typography, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { roundCoord } from '../gig-helpers';
import { useGeolocation } from '../use-geolocation';

/**
 * A site's point as two number boxes (latitude, longitude) with a button that fills them from the browser's
 * location: no map tiles are reachable, and a poster at the site gets the exact point with one tap. Field names `lat`
 * and `lng`; test ids `<testId>-lat`, `<testId>-lng`, `<testId>-locate`.
 */
export function SitePointFields({
  form,
  testId,
  required = true,
  requiredMessage,
  hint,
}: {
  form: FormInstance;
  testId: string;
  required?: boolean;
  requiredMessage: string;
  hint?: string;
}) {
  const { t } = useTranslation();
  const { locate, locating, failure } = useGeolocation();
  const fill = async () => {
    const p = await locate();
    if (p) form.setFieldsValue({ lat: roundCoord(p.lat), lng: roundCoord(p.lng) });
  };
  const rules = required ? [{ required: true, message: requiredMessage }] : [];
  return (
    <>
      <Flex gap={12} wrap align="flex-start">
        <Form.Item name="lat" label={t('gigs.post.lat')} rules={rules} style={{ flex: '1 1 130px', marginBottom: 8 }}>
          <InputNumber min={3} max={54} step={0.0001} precision={5} style={{ width: '100%' }} data-testid={`${testId}-lat`} />
        </Form.Item>
        <Form.Item name="lng" label={t('gigs.post.lng')} rules={rules} style={{ flex: '1 1 130px', marginBottom: 8 }}>
          <InputNumber min={73} max={136} step={0.0001} precision={5} style={{ width: '100%' }} data-testid={`${testId}-lng`} />
        </Form.Item>
      </Flex>
      <Flex gap={8} align="center" wrap style={{ marginBottom: 16 }}>
        <Button icon={<AimOutlined />} loading={locating} onClick={() => void fill()} data-testid={`${testId}-locate`}>
          {locating ? t('gigs.post.locating') : t('gigs.post.locate')}
        </Button>
        {failure ? (
          <Typography.Text type="warning">{t('gigs.post.locateFailed')}</Typography.Text>
        ) : hint ? (
          <Typography.Text type="secondary">{hint}</Typography.Text>
        ) : null}
      </Flex>
    </>
  );
}
