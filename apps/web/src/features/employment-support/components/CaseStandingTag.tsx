import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { standingColor } from '../support-helpers';

/** 已逾期 (red), 本周到期 (orange), 待首次联系, 按期跟进中, 已结案. */
export function CaseStandingTag({ standing }: { standing: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={standingColor(standing)} data-testid="case-standing" data-standing={standing}>
      {t(`employmentSupport.standing.${standing as 'OVERDUE'}`)}
    </Tag>
  );
}
