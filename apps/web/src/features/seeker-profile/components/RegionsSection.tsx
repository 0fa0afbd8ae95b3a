import { Card, Col, Form, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { RegionCascader } from '../../../shared/regions';

export function RegionsSection() {
  const { t } = useTranslation();
  return (
    <Card title={t('profile.sections.regions')} size="small">
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="hukouRegion" label={t('profile.hukouRegion')}>
            <RegionCascader allowClear data-testid="profile-hukou-region" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="residenceRegion" label={t('profile.residenceRegion')}>
            <RegionCascader allowClear data-testid="profile-residence-region" />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}
