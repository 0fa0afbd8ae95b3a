import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { CERTIFICATE_LEVELS } from '../enums/enum-values';
import { EnumSelect } from './EnumSelect';

/**
 * Form.List of certificates (name + 职业技能等级 level) at form field `name` (default "certificates").
 * Test ids: `<prefix>-add`, `<prefix>-name-<i>`, `<prefix>-level-<i>`, `<prefix>-remove-<i>`.
 */
export function CertificatesField({
  name = 'certificates',
  label,
  testIdPrefix = 'certificate',
}: {
  name?: string;
  label: string;
  testIdPrefix?: string;
}) {
  const { t } = useTranslation();
  return (
    <Form.Item label={label} style={{ marginBottom: 8 }}>
      <Form.List name={name}>
        {(fields, { add, remove }) => (
          <Flex vertical gap={8}>
            {fields.map((field, index) => (
              <Flex key={field.key} gap={8} align="flex-start" wrap className="certificate-row">
                <Form.Item
                  name={[field.name, 'name']}
                  rules={[{ required: true, whitespace: true, message: t('auth.required', { field: t('profile.certificateName') }) }]}
                  style={{ flex: '1 1 160px', marginBottom: 0 }}
                >
                  <Input
                    placeholder={t('profile.certificateNamePlaceholder')}
                    maxLength={60}
                    data-testid={`${testIdPrefix}-name-${index}`}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'level']} style={{ flex: '1 1 160px', marginBottom: 0 }}>
                  <EnumSelect
                    group="certificateLevel"
                    values={CERTIFICATE_LEVELS}
                    allowClear
                    placeholder={t('profile.certificateLevel')}
                    data-testid={`${testIdPrefix}-level-${index}`}
                  />
                </Form.Item>
                <Button
                  type="text"
                  icon={<MinusCircleOutlined />}
                  aria-label={t('common.remove')}
                  onClick={() => remove(field.name)}
                  data-testid={`${testIdPrefix}-remove-${index}`}
                />
              </Flex>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '' })} data-testid={`${testIdPrefix}-add`}>
              {t('profile.addCertificate')}
            </Button>
          </Flex>
        )}
      </Form.List>
    </Form.Item>
  );
}
