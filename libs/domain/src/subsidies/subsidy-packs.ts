import { EmployerSize, JobKind, PriorityGroup } from '@jobbridge/contracts';
import { SUBSIDY_PACK_FILES } from './packs';
import { loadSubsidyPacks, SubsidyPackVocabulary } from './subsidy-pack-check';
import type { SubsidyPack } from './subsidy-pack';

export const SUBSIDY_VOCABULARY: SubsidyPackVocabulary = Object.freeze({
  sizes: Object.values(EmployerSize),
  groups: Object.values(PriorityGroup),
  jobKinds: Object.values(JobKind),
});

let shipped: readonly SubsidyPack[] | undefined;

/** The packs this installation ships with (the five seed regions), checked once; throws with every problem listed. */
export function shippedSubsidyPacks(): readonly SubsidyPack[] {
  shipped ??= loadSubsidyPacks(SUBSIDY_PACK_FILES, SUBSIDY_VOCABULARY);
  return shipped;
}
