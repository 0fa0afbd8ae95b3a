import { Card, Form, Input, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

const ID_NUMBER = /^\d{17}[\dXx]$/;

/** 身份证号 (optional; shown masked once saved; the check digit is verified by the API) and discoverability. */
export function PrivacySection({ idNumberMasked, phoneMasked }: { idNumberMasked: string | null; phoneMasked: string | null }) {
  const { t } = useTranslation();
  return (
    <Card title={t('profile.sections.privacy')} size="small">
      <Form.Item
        name="idNumber"
        label={t('profile.idNumber')}
        extra={
          idNumberMasked ? (
            <span data-testid="profile-id-number-masked">{t('profile.idNumberSaved', { masked: idNumberMasked })}</span>
          ) : null
        }
        rules={[{ pattern: ID_NUMBER, message: t('profile.idNumberInvalid') }]}
      >
        <Input
          maxLength={18}
          autoComplete="off"
          placeholder={idNumberMasked ?? t('profile.idNumberPlaceholder')}
          data-testid="profile-id-number"
        />
      </Form.Item>
      {phoneMasked ? (
        <Typography.Paragraph type="secondary">
          {t('profile.phone')}：{phoneMasked}
        </Typography.Paragraph>
      ) : null}
      <Form.Item name="discoverable" label={t('profile.discoverable')} valuePropName="checked" style={{ marginBottom: 0 }}>
        <Switch data-testid="profile-discoverable" />
      </Form.Item>
    </Card>
  );
}
