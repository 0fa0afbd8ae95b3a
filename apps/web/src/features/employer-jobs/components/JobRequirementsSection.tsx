import { Card, Col, Form, InputNumber, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { CertificatesField } from '../../../shared/components/CertificatesField';
import { EnumSelect } from '../../../shared/components/EnumSelect';
import { TagsSelect } from '../../../shared/components/TagsSelect';
import { EDUCATION_LEVELS } from '../../../shared/enums/enum-values';

export function JobRequirementsSection() {
  const { t } = useTranslation();
  return (
    <Card title={t('employer.editor.sections.requirements')} size="small">
      <Row gutter={16}>
        <Col xs={12} md={8}>
          <Form.Item name="education" label={t('employer.editor.education')}>
            <EnumSelect
              group="education"
              values={EDUCATION_LEVELS}
              allowClear
              placeholder={t('employer.editor.educationAny')}
              data-testid="job-editor-education"
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item name="minExperienceYears" label={t('employer.editor.minExperienceYears')}>
            <InputNumber min={0} max={40} precision={0} style={{ width: '100%' }} data-testid="job-editor-experience" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="skills" label={t('employer.editor.skills')}>
        <TagsSelect placeholder={t('employer.editor.skillsPlaceholder')} data-testid="job-editor-skills" />
      </Form.Item>
      <CertificatesField label={t('employer.editor.certificates')} testIdPrefix="job-editor-certificate" />
    </Card>
  );
}
