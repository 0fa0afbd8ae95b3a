import { Card, Col, Form, Input, InputNumber, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { EnumSelect } from '../../../shared/components/EnumSelect';
import { JOB_KINDS } from '../../../shared/enums/enum-values';
import { ProjectSelect } from '../../projects';
import { payRangeOrdered } from '../../../shared/forms/rules';

export function JobBasicsSection() {
  const { t } = useTranslation();
  const required = (field: string) => ({ required: true, message: t('auth.required', { field }) });

  return (
    <Card title={t('employer.editor.sections.basic')} size="small">
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name="title"
            label={t('employer.editor.title')}
            rules={[{ ...required(t('employer.editor.title')), whitespace: true, max: 60 }]}
          >
            <Input maxLength={60} placeholder={t('employer.editor.titlePlaceholder')} data-testid="job-editor-title" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="occupation"
            label={t('employer.editor.occupation')}
            rules={[{ ...required(t('employer.editor.occupation')), whitespace: true }]}
          >
            <Input maxLength={60} placeholder={t('employer.editor.occupationPlaceholder')} data-testid="job-editor-occupation" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="kind"
            label={t('employer.editor.kind')}
            rules={[{ required: true, message: t('auth.select', { field: t('employer.editor.kind') }) }]}
          >
            <EnumSelect group="jobKind" values={JOB_KINDS} data-testid="job-editor-kind" />
          </Form.Item>
        </Col>
        <Col xs={24} md={4}>
          <Form.Item name="headcount" label={t('employer.editor.headcount')} rules={[required(t('employer.editor.headcount'))]}>
            <InputNumber min={1} max={10000} precision={0} style={{ width: '100%' }} data-testid="job-editor-headcount" />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="payMin" label={t('employer.editor.payMin')} rules={[required(t('employer.editor.payMin'))]}>
            <InputNumber min={0} step={500} precision={0} style={{ width: '100%' }} data-testid="job-editor-pay-min" />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item
            name="payMax"
            label={t('employer.editor.payMax')}
            dependencies={['payMin']}
            rules={[
              required(t('employer.editor.payMax')),
              ({ getFieldValue }) => ({
                validator: (_, value: number | null) => {
                  const min = getFieldValue('payMin') as number | null;
                  return payRangeOrdered(min, value) ? Promise.resolve() : Promise.reject(new Error(t('employer.editor.payRangeInvalid')));
                },
              }),
            ]}
          >
            <InputNumber min={0} step={500} precision={0} style={{ width: '100%' }} data-testid="job-editor-pay-max" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="projectId" label={t('projects.projectSelect.label')} extra={t('projects.projectSelect.hint')}>
        <ProjectSelect data-testid="job-editor-project" />
      </Form.Item>
      <Form.Item
        name="description"
        label={t('employer.editor.description')}
        rules={[{ ...required(t('employer.editor.description')), whitespace: true }]}
      >
        <Input.TextArea
          rows={5}
          maxLength={5000}
          showCount
          placeholder={t('employer.editor.descriptionPlaceholder')}
          data-testid="job-editor-description"
        />
      </Form.Item>
    </Card>
  );
}
