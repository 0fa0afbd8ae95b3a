import { Card, Col, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { RegionCascader } from '../../../shared/regions';

export function JobPlaceSection() {
  const { t } = useTranslation();
  return (
    <Card title={t('employer.editor.sections.place')} size="small">
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name="workRegion"
            label={t('employer.editor.workRegion')}
            rules={[{ required: true, message: t('auth.select', { field: t('employer.editor.workRegion') }) }]}
          >
            <RegionCascader data-testid="job-editor-work-region" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="address" label={t('employer.editor.address')}>
            <Input maxLength={200} data-testid="job-editor-address" />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}
