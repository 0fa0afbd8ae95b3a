import { LocalHiringStatus } from '@jobbridge/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../../../shared/enums/enum-labels';
import { LOCAL_HIRING_TAG_COLORS, thresholdPercent } from '../local-hiring';
import type { LocalHiring } from '../projects.graphql';

/** 暂无在岗 / 达标 / 临界 / 低于30% (the project's own threshold). */
export function LocalHiringStatusTag({ localHiring }: { localHiring: Pick<LocalHiring, 'status' | 'threshold'> }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const { status } = localHiring;
  return (
    <Tag color={LOCAL_HIRING_TAG_COLORS[status]} data-testid="local-hiring-status" data-status={status}>
      {status === LocalHiringStatus.BREACH
        ? t('projects.statusTag.breach', { percent: thresholdPercent(localHiring.threshold) })
        : label('localHiringStatus', status)}
    </Tag>
  );
}
