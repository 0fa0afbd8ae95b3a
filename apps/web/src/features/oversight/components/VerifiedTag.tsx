import { CheckCircleOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

/** 核实: beside a truth-card item that hired workers confirmed in their check-ins. */
export function VerifiedTag({ item }: { item: string }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('oversight.verifiedTip')}>
      <Tag color="success" icon={<CheckCircleOutlined />} style={{ marginInlineStart: 6 }} data-testid="truth-verified" data-item={item}>
        {t('oversight.verified')}
      </Tag>
    </Tooltip>
  );
}
