import { isJobPostingEditable } from '@jobbridge/domain';
import type { CertificateLevel, DormitoryProvision, EducationLevel, JobKind, MealProvision, SocialInsurance } from '@jobbridge/contracts';
import { JobPostingStatus } from '@jobbridge/contracts';
import type { JobPostingInput } from '../../graphql/generated/graphql';
import type { FieldMap } from '../../shared/errors';
import { blankToNull } from '../../shared/utils/format';
import { lastCode, regionPath } from '../../shared/utils/region-path';
import type { EditableJob } from './employer-jobs.graphql';

export interface JobFormValues {
  title: string;
  occupation: string;
  description: string;
  kind?: JobKind;
  /** 所属项目: hires on the job join the project's roster. */
  projectId?: string | null;
  headcount?: number | null;
  payMin?: number | null;
  payMax?: number | null;
  workRegion?: string[];
  address?: string;
  skills: string[];
  education?: EducationLevel | null;
  minExperienceYears?: number | null;
  certificates: { name: string; level?: CertificateLevel | null }[];
  truthCard: {
    workingHours: string;
    shifts?: string;
    dormitory?: DormitoryProvision;
    meals?: MealProvision;
    socialInsurance?: SocialInsurance;
    note?: string;
  };
}

export const JOB_FIELD_MAP: FieldMap = { workRegionCode: 'workRegion' };

/** Only drafts and rejected postings can be edited (a save moves a rejected one back to draft). */
/** Editable in DRAFT and REJECTED: the same rule the API enforces (libs/domain). */
export const isEditable = (status: JobPostingStatus) => isJobPostingEditable(status);

export const EMPTY_JOB: Partial<JobFormValues> = {
  headcount: 1,
  skills: [],
  certificates: [],
  truthCard: { workingHours: '' },
};

export function toJobFormValues(job: EditableJob): JobFormValues {
  return {
    title: job.title,
    occupation: job.occupation,
    description: job.description,
    kind: job.kind,
    projectId: job.projectId,
    headcount: job.headcount,
    payMin: job.payMin,
    payMax: job.payMax,
    workRegion: regionPath(job.workRegion.code),
    address: job.address ?? '',
    skills: job.skills,
    education: job.requirements.education,
    minExperienceYears: job.requirements.minExperienceYears,
    certificates: job.requirements.certificates.map((c) => ({ name: c.name, level: c.level })),
    truthCard: {
      workingHours: job.truthCard?.workingHours ?? '',
      shifts: job.truthCard?.shifts ?? '',
      dormitory: job.truthCard?.dormitory,
      meals: job.truthCard?.meals,
      socialInsurance: job.truthCard?.socialInsurance,
      note: job.truthCard?.note ?? '',
    },
  };
}

/** Form → JobPostingInput. The form's rules guarantee the required values; the map point is carried over. */
export function toJobInput(v: JobFormValues, saved: EditableJob | null | undefined): JobPostingInput {
  return {
    title: v.title.trim(),
    occupation: v.occupation.trim(),
    description: v.description.trim(),
    kind: v.kind!,
    projectId: v.projectId ?? null,
    headcount: v.headcount ?? 1,
    payMin: v.payMin ?? 0,
    payMax: v.payMax ?? 0,
    workRegionCode: lastCode(v.workRegion) ?? '',
    address: blankToNull(v.address),
    lat: saved?.lat ?? null,
    lng: saved?.lng ?? null,
    skills: v.skills ?? [],
    education: v.education ?? null,
    minExperienceYears: v.minExperienceYears ?? null,
    certificates: (v.certificates ?? []).map((c) => ({ name: c.name.trim(), level: c.level ?? null })),
    truthCard: {
      workingHours: v.truthCard.workingHours.trim(),
      shifts: blankToNull(v.truthCard.shifts),
      dormitory: v.truthCard.dormitory!,
      meals: v.truthCard.meals!,
      socialInsurance: v.truthCard.socialInsurance!,
      note: blankToNull(v.truthCard.note),
    },
  };
}
