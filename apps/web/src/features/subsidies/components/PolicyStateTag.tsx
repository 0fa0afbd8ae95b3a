import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PolicyState } from '../policy-validity';

const COLORS: Record<PolicyState, string> = { IN_FORCE: 'green', EXPIRED: 'default', NOT_YET: 'blue' };

/** 有效 / 过期 / 未生效, for a pack. */
export function PolicyStateTag({ state }: { state: PolicyState }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[state]} data-testid="policy-pack-state" data-state={state}>
      {t(`subsidies.policies.state.${state}`)}
    </Tag>
  );
}
