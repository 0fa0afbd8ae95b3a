import { CheckCircleFilled, QuestionCircleOutlined } from '@ant-design/icons';
import { SubsidyConditionStatus } from '@jobbridge/contracts';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export interface ConditionItem {
  kind: string;
  status: SubsidyConditionStatus;
  text: string;
}

/** Each condition of the rule with the fact that settled it: 已满足 (green) or 待核 (an item the officer may ask for). */
export function ConditionList({ conditions }: { conditions: readonly ConditionItem[] }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={2} data-testid="subsidy-conditions">
      {conditions.map((c, i) => {
        const met = c.status === SubsidyConditionStatus.MET;
        return (
          <Flex key={`${c.kind}-${i}`} gap={6} align="baseline" data-testid="subsidy-condition" data-status={c.status}>
            {met ? <CheckCircleFilled style={{ color: '#52c41a' }} /> : <QuestionCircleOutlined style={{ color: '#faad14' }} />}
            <Typography.Text style={{ overflowWrap: 'anywhere' }}>
              {c.text}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {' '}
                （{t(`subsidies.conditionStatus.${c.status}`)}）
              </Typography.Text>
            </Typography.Text>
          </Flex>
        );
      })}
    </Flex>
  );
}
