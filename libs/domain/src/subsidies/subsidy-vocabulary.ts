import { EmployerSize, JobKind, PriorityGroup } from '@jobbridge/contracts';
import type { SubsidyPackVocabulary } from './subsidy-pack-check';

/** The values a pack's conditions may name: the platform's employer sizes, priority groups and job kinds. */
export const SUBSIDY_VOCABULARY: SubsidyPackVocabulary = Object.freeze({
  sizes: Object.values(EmployerSize),
  groups: Object.values(PriorityGroup),
  jobKinds: Object.values(JobKind),
});
