import { Card, Col, Form, Input, InputNumber, Radio, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useEnumOptions } from '../../../shared/enums/enum-labels';
import { GENDERS } from '../../../shared/enums/enum-values';

const THIS_YEAR = new Date().getFullYear();

export function BasicInfoSection() {
  const { t } = useTranslation();
  const genders = useEnumOptions('gender', GENDERS);
  return (
    <Card title={t('profile.sections.basic')} size="small">
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            name="fullName"
            label={t('profile.fullName')}
            rules={[{ required: true, whitespace: true, max: 60, message: t('auth.required', { field: t('profile.fullName') }) }]}
          >
            <Input autoComplete="name" data-testid="profile-full-name" />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item name="gender" label={t('profile.gender')}>
            <Radio.Group data-testid="profile-gender">
              {genders.map((g) => (
                <Radio key={g.value} value={g.value} data-testid={`profile-gender-${g.value}`}>
                  {g.label}
                </Radio>
              ))}
            </Radio.Group>
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item name="birthYear" label={t('profile.birthYear')}>
            <InputNumber min={1940} max={THIS_YEAR - 14} precision={0} style={{ width: '100%' }} data-testid="profile-birth-year" />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}
