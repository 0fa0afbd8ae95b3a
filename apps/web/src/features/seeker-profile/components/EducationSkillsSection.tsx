import { Card, Col, DatePicker, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { CertificatesField } from '../../../shared/components/CertificatesField';
import { EnumSelect } from '../../../shared/components/EnumSelect';
import { TagsSelect } from '../../../shared/components/TagsSelect';
import { EDUCATION_LEVELS } from '../../../shared/enums/enum-values';

export function EducationSkillsSection() {
  const { t } = useTranslation();
  return (
    <Card title={t('profile.sections.education')} size="small">
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="education" label={t('profile.education')}>
            <EnumSelect group="education" values={EDUCATION_LEVELS} allowClear data-testid="profile-education" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="major" label={t('profile.major')}>
            <Input maxLength={60} data-testid="profile-major" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="graduationDate" label={t('profile.graduationDate')}>
            <DatePicker style={{ width: '100%' }} data-testid="profile-graduation-date" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="skills" label={t('profile.skills')}>
        <TagsSelect placeholder={t('profile.skillsPlaceholder')} data-testid="profile-skills" />
      </Form.Item>
      <CertificatesField label={t('profile.certificates')} />
      <Form.Item name="labourBrand" label={t('profile.labourBrand')}>
        <Input maxLength={40} placeholder={t('profile.labourBrandPlaceholder')} data-testid="profile-labour-brand" />
      </Form.Item>
    </Card>
  );
}
