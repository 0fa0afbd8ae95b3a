// The shipped packs as data: imported through '@jobbridge/domain/subsidy-packs' (not the main index), so the web app's
// bundle, which needs the engine but not the packs, does not carry ~60 KB of JSON.
import { DEMO_SUBSIDY_PACK_FILES } from './demo-packs';
import { SUBSIDY_PACK_FILES } from './packs';
import type { SubsidyPack } from './subsidy-pack';
import { loadSubsidyPacks } from './subsidy-pack-check';
import { SUBSIDY_VOCABULARY } from './subsidy-vocabulary';

export { DEMO_SUBSIDY_PACK_FILES, SUBSIDY_PACK_FILES };

let shipped: readonly SubsidyPack[] | undefined;

/** The packs this installation ships with (the five seed regions), checked once; throws with every problem listed. */
export function shippedSubsidyPacks(): readonly SubsidyPack[] {
  shipped ??= loadSubsidyPacks(SUBSIDY_PACK_FILES, SUBSIDY_VOCABULARY);
  return shipped;
}
