import type {
  ApplicationSource,
  ApplicationStatus,
  BreachRule,
  CertificateLevel,
  DesiredPlace,
  DormitoryProvision,
  EducationLevel,
  EmployerSize,
  Gender,
  JobKind,
  JobPostingStatus,
  JobSearchSort,
  LiveQuestionStatus,
  LiveRoomStatus,
  LocalHiringStatus,
  LocalScope,
  MealProvision,
  PriorityGroup,
  ProjectKind,
  ProjectStatus,
  ProjectWorkerSource,
  RegionLevel,
  Role,
  RosterChange,
  SocialInsurance,
  VerificationStatus,
} from '@jobbridge/contracts';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Enum group in `enums.*` of the i18n resources → the contracts enum it labels. */
export interface EnumGroups {
  role: Role;
  regionLevel: RegionLevel;
  jobKind: JobKind;
  jobPostingStatus: JobPostingStatus;
  education: EducationLevel;
  certificateLevel: CertificateLevel;
  dormitory: DormitoryProvision;
  meals: MealProvision;
  socialInsurance: SocialInsurance;
  desiredPlace: DesiredPlace;
  gender: Gender;
  priorityGroup: PriorityGroup;
  applicationStatus: ApplicationStatus;
  applicationSource: ApplicationSource;
  employerSize: EmployerSize;
  verificationStatus: VerificationStatus;
  jobSearchSort: JobSearchSort;
  projectKind: ProjectKind;
  projectStatus: ProjectStatus;
  localScope: LocalScope;
  breachRule: BreachRule;
  localHiringStatus: LocalHiringStatus;
  projectWorkerSource: ProjectWorkerSource;
  rosterChange: RosterChange;
  liveRoomStatus: LiveRoomStatus;
  liveQuestionStatus: LiveQuestionStatus;
}
export type EnumGroup = keyof EnumGroups;

export function enumLabel<G extends EnumGroup>(t: TFunction, group: G, value: EnumGroups[G]): string {
  // The i18n resources are checked to cover every enum value (zh-CN.ts `satisfies Record<Enum, string>`).
  return (t as unknown as (key: string) => string)(`enums.${group}.${value}`);
}

export interface EnumOption<V> {
  value: V;
  label: string;
}

/** Options for Select / Radio / Checkbox groups, in the order of `values` (the enum's declaration order). */
export function useEnumOptions<G extends EnumGroup>(group: G, values: readonly EnumGroups[G][]): EnumOption<EnumGroups[G]>[] {
  const { t } = useTranslation();
  return useMemo(() => values.map((value) => ({ value, label: enumLabel(t, group, value) })), [t, group, values]);
}

/** `const label = useEnumLabel(); label('jobKind', JobKind.GIG)` */
export function useEnumLabel() {
  const { t } = useTranslation();
  return useMemo(
    () =>
      <G extends EnumGroup>(group: G, value: EnumGroups[G] | null | undefined): string =>
        value == null ? '' : enumLabel(t, group, value),
    [t],
  );
}
