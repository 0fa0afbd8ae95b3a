// The subsidy policy packs shipped with the platform, one per seed document (shared/seeds/000–004), as parsed JSON.
// Typed as unknown on purpose: the packs are data, and `loadSubsidyPacks` checks them at start.
import anshan2020 from './anshan-2020.json';
import changle2020 from './changle-2020.json';
import linxia2020 from './linxia-2020.json';
import qingyang2023 from './qingyang-2023.json';
import tacheng2020 from './tacheng-2020.json';

/**
 * The packs loaded at start: 临夏州 (000), 庆阳市 (001), 鞍山市 (002), 福州市长乐区 (003), 塔城地区 (004). Three of them
 * pay shares of the local minimum wage, which the seeds do not state: their `minimumWage.source` says where the figure
 * was taken from and that the bureau must confirm it.
 */
export const SUBSIDY_PACK_FILES: readonly unknown[] = Object.freeze([linxia2020, qingyang2023, anshan2020, changle2020, tacheng2020]);
