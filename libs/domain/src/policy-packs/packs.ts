import type { PolicyPack } from './policy-pack';

/**
 * The policy packs this installation ships with. A bureau adds its own region's pack here (or, later,
 * through an admin screen) instead of changing code.
 */
export const POLICY_PACKS: readonly PolicyPack[] = Object.freeze([
  {
    regionCode: null,
    name: '全国默认',
    source: 'Platform default, following 000 §1 until a region sets its own figures',
    localHiring: { threshold: '0.3' },
    workRelief: { labourPayShare: '0.15' },
  },
  {
    regionCode: '622900',
    name: '临夏回族自治州 保居民就业工作方案（2020）',
    source: '000 §1: 确保项目建设本地用工人数不低于用工总量的30%；劳务报酬发放比例由10%提高到15%',
    localHiring: { threshold: '0.3' },
    workRelief: { labourPayShare: '0.15' },
  },
]);
