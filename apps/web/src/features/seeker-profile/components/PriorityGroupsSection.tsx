import { Card, Checkbox, Col, Form, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useEnumOptions } from '../../../shared/enums/enum-labels';
import { PRIORITY_GROUPS } from '../../../shared/enums/enum-values';

/** 重点群体: self-declared here; they drive matching boosts, follow-up lists and subsidy eligibility. */
export function PriorityGroupsSection() {
  const { t } = useTranslation();
  const groups = useEnumOptions('priorityGroup', PRIORITY_GROUPS);
  return (
    <Card title={t('profile.sections.groups')} size="small">
      <Form.Item name="priorityGroups" label={t('profile.priorityGroups')} style={{ marginBottom: 0 }}>
        <Checkbox.Group style={{ width: '100%' }} data-testid="profile-priority-groups">
          <Row gutter={[8, 8]}>
            {groups.map((g) => (
              <Col key={g.value} xs={12} md={8}>
                <Checkbox value={g.value} data-testid={`priority-group-${g.value}`}>
                  {g.label}
                </Checkbox>
              </Col>
            ))}
          </Row>
        </Checkbox.Group>
      </Form.Item>
    </Card>
  );
}
