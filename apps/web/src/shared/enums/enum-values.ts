import {
  ApplicationStatus,
  CertificateLevel,
  DesiredPlace,
  DormitoryProvision,
  EducationLevel,
  EmployerSize,
  Gender,
  JobKind,
  JobPostingStatus,
  JobSearchSort,
  MealProvision,
  PriorityGroup,
  SocialInsurance,
} from '@jobbridge/contracts';

/** Enum values in declaration order, as stable arrays (for option lists). */
export const JOB_KINDS = Object.values(JobKind);
export const EDUCATION_LEVELS = Object.values(EducationLevel);
export const CERTIFICATE_LEVELS = Object.values(CertificateLevel);
export const DORMITORY_PROVISIONS = Object.values(DormitoryProvision);
export const MEAL_PROVISIONS = Object.values(MealProvision);
export const SOCIAL_INSURANCES = Object.values(SocialInsurance);
export const DESIRED_PLACES = Object.values(DesiredPlace);
export const GENDERS = Object.values(Gender);
export const PRIORITY_GROUPS = Object.values(PriorityGroup);
export const APPLICATION_STATUSES = Object.values(ApplicationStatus);
export const JOB_POSTING_STATUSES = Object.values(JobPostingStatus);
export const EMPLOYER_SIZES = Object.values(EmployerSize);
export const JOB_SEARCH_SORTS = Object.values(JobSearchSort);
