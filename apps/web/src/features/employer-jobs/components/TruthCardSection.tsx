import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { EnumSelect } from '../../../shared/components/EnumSelect';
import { DORMITORY_PROVISIONS, MEAL_PROVISIONS, SOCIAL_INSURANCES } from '../../../shared/enums/enum-values';

/** 岗位真相卡 fields, under the form's `truthCard` object. */
export function TruthCardSection() {
  const { t } = useTranslation();
  const required = (field: string) => ({ required: true, message: t('auth.required', { field }) });
  const chosen = (field: string) => ({ required: true, message: t('auth.select', { field }) });

  return (
    <Card
      size="small"
      className="truth-card"
      title={
        <span>
          <SafetyCertificateOutlined /> {t('employer.editor.sections.truthCard')}
        </span>
      }
    >
      <Alert type="info" showIcon title={t('employer.editor.sections.truthCardHint')} style={{ marginBottom: 16 }} />
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name={['truthCard', 'workingHours']}
            label={t('employer.editor.workingHours')}
            rules={[{ ...required(t('employer.editor.workingHours')), whitespace: true }]}
          >
            <Input maxLength={100} placeholder={t('employer.editor.workingHoursPlaceholder')} data-testid="truth-editor-working-hours" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={['truthCard', 'shifts']} label={t('employer.editor.shifts')}>
            <Input maxLength={100} placeholder={t('employer.editor.shiftsPlaceholder')} data-testid="truth-editor-shifts" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name={['truthCard', 'dormitory']}
            label={t('employer.editor.dormitory')}
            rules={[chosen(t('employer.editor.dormitory'))]}
          >
            <EnumSelect group="dormitory" values={DORMITORY_PROVISIONS} data-testid="truth-editor-dormitory" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name={['truthCard', 'meals']} label={t('employer.editor.meals')} rules={[chosen(t('employer.editor.meals'))]}>
            <EnumSelect group="meals" values={MEAL_PROVISIONS} data-testid="truth-editor-meals" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name={['truthCard', 'socialInsurance']}
            label={t('employer.editor.socialInsurance')}
            rules={[chosen(t('employer.editor.socialInsurance'))]}
          >
            <EnumSelect group="socialInsurance" values={SOCIAL_INSURANCES} data-testid="truth-editor-social-insurance" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name={['truthCard', 'note']} label={t('employer.editor.note')}>
        <Input.TextArea
          rows={3}
          maxLength={1000}
          showCount
          placeholder={t('employer.editor.notePlaceholder')}
          data-testid="truth-editor-note"
        />
      </Form.Item>
    </Card>
  );
}
