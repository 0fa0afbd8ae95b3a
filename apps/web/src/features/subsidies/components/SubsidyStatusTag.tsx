import type { SubsidyStatus } from '@jobbridge/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { SUBSIDY_STATUS_COLORS } from '../subsidy-format';

/** 待审核 / 待补充材料 / 已审核 / 未通过 / 已发放. */
export function SubsidyStatusTag({ status }: { status: SubsidyStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={SUBSIDY_STATUS_COLORS[status]} data-testid="subsidy-status" data-status={status}>
      {t(`subsidies.status.${status}`)}
    </Tag>
  );
}
