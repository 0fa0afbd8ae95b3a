import { Button, Col, Form, Input, Radio, Row, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EmployerSize } from '@jobbridge/contracts';
import { useEnumOptions } from '../../../shared/enums/enum-labels';
import { EMPLOYER_SIZES } from '../../../shared/enums/enum-values';
import { RegionCascader } from '../../../shared/regions';
import { CONTACT_PHONE } from '../../../shared/forms/rules';

export interface CompanyFormValues {
  name: string;
  creditCode: string;
  region?: string[];
  industry: string;
  size?: EmployerSize;
  contactName: string;
  contactPhone: string;
  description?: string;
}

/** GB 32100 统一社会信用代码 shape; the check character is verified by the API (INVALID_CREDIT_CODE). */
const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export function CompanyForm({
  form,
  onFinish,
  saving,
}: {
  form: FormInstance<CompanyFormValues>;
  onFinish: (values: CompanyFormValues) => void;
  saving: boolean;
}) {
  const { t } = useTranslation();
  const sizes = useEnumOptions('employerSize', EMPLOYER_SIZES);
  const required = (field: string) => ({ required: true, whitespace: true, message: t('auth.required', { field }) });

  return (
    <Form<CompanyFormValues> form={form} layout="vertical" onFinish={onFinish} scrollToFirstError data-testid="company-form">
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="name" label={t('employer.company.name')} rules={[required(t('employer.company.name'))]}>
            <Input maxLength={100} data-testid="company-name" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="creditCode"
            label={t('employer.company.creditCode')}
            normalize={(v: string) => v?.toUpperCase().replace(/\s/g, '')}
            rules={[required(t('employer.company.creditCode')), { pattern: CREDIT_CODE, message: t('employer.company.creditCodeInvalid') }]}
          >
            <Input maxLength={18} placeholder={t('employer.company.creditCodePlaceholder')} data-testid="company-credit-code" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="region"
            label={t('employer.company.region')}
            rules={[{ required: true, message: t('auth.select', { field: t('employer.company.region') }) }]}
          >
            <RegionCascader data-testid="company-region" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="industry" label={t('employer.company.industry')} rules={[required(t('employer.company.industry'))]}>
            <Input maxLength={60} placeholder={t('employer.company.industryPlaceholder')} data-testid="company-industry" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="size"
            label={t('employer.company.size')}
            rules={[{ required: true, message: t('auth.select', { field: t('employer.company.size') }) }]}
          >
            <Radio.Group data-testid="company-size">
              {sizes.map((s) => (
                <Radio key={s.value} value={s.value} data-testid={`company-size-${s.value}`}>
                  {s.label}
                </Radio>
              ))}
            </Radio.Group>
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="contactName" label={t('employer.company.contactName')} rules={[required(t('employer.company.contactName'))]}>
            <Input maxLength={30} data-testid="company-contact-name" />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item
            name="contactPhone"
            label={t('employer.company.contactPhone')}
            rules={[required(t('employer.company.contactPhone')), { pattern: CONTACT_PHONE, message: t('auth.phoneInvalid') }]}
          >
            <Input inputMode="tel" maxLength={13} data-testid="company-contact-phone" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="description" label={t('employer.company.description')}>
        <Input.TextArea rows={4} maxLength={2000} showCount data-testid="company-description" />
      </Form.Item>
      <Button type="primary" htmlType="submit" size="large" loading={saving} data-testid="company-submit">
        {t('common.save')}
      </Button>
    </Form>
  );
}
