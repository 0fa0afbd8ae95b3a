import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { JobFairStatus } from '@jobbridge/contracts';

const COLORS: Record<`${JobFairStatus}`, string> = { DRAFT: 'default', PUBLISHED: 'blue', LIVE: 'red', ENDED: 'default' };

export function FairStatusTag({ status }: { status: `${JobFairStatus}` }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} data-testid="fair-status" data-status={status}>
      {t(`fairs.status.${status}`)}
    </Tag>
  );
}
