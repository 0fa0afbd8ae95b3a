import { Card, Checkbox, Col, Form, InputNumber, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { TagsSelect } from '../../../shared/components/TagsSelect';
import { useEnumOptions } from '../../../shared/enums/enum-labels';
import { DESIRED_PLACES } from '../../../shared/enums/enum-values';

export function WishesSection() {
  const { t } = useTranslation();
  const places = useEnumOptions('desiredPlace', DESIRED_PLACES);
  return (
    <Card title={t('profile.sections.wishes')} size="small">
      <Form.Item name="desiredOccupations" label={t('profile.desiredOccupations')}>
        <TagsSelect placeholder={t('profile.desiredOccupationsPlaceholder')} data-testid="profile-desired-occupations" />
      </Form.Item>
      <Form.Item name="desiredPlaces" label={t('profile.desiredPlaces')}>
        <Checkbox.Group data-testid="profile-desired-places">
          {places.map((p) => (
            <Checkbox key={p.value} value={p.value} data-testid={`profile-desired-place-${p.value}`}>
              {p.label}
            </Checkbox>
          ))}
        </Checkbox.Group>
      </Form.Item>
      <Row gutter={16}>
        <Col xs={12} md={8}>
          <Form.Item name="expectedPayMin" label={`${t('profile.expectedPay')} · ${t('profile.expectedPayMin')}`}>
            <InputNumber
              min={0}
              step={500}
              precision={0}
              suffix={t('pay.unit')}
              style={{ width: '100%' }}
              data-testid="profile-expected-pay-min"
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item
            name="expectedPayMax"
            label={t('profile.expectedPayMax')}
            dependencies={['expectedPayMin']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, value: number | null) => {
                  const min = getFieldValue('expectedPayMin') as number | null;
                  return value == null || min == null || value >= min
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('profile.payRangeInvalid')));
                },
              }),
            ]}
          >
            <InputNumber
              min={0}
              step={500}
              precision={0}
              suffix={t('pay.unit')}
              style={{ width: '100%' }}
              data-testid="profile-expected-pay-max"
            />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}
