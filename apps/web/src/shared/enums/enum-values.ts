import {
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
  LocalScope,
  MealProvision,
  PriorityGroup,
  ProjectKind,
  ProjectStatus,
  SocialInsurance,
} from '@jobbridge/contracts';
import { LOCAL_HIRING_RISK_ORDER } from '@jobbridge/domain';

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
export const PROJECT_KINDS = Object.values(ProjectKind);
export const PROJECT_STATUSES = Object.values(ProjectStatus);
export const LOCAL_SCOPES = Object.values(LocalScope);
export const BREACH_RULES = Object.values(BreachRule);
/** Worst first, the order the dashboard sorts by (libs/domain). */
export const LOCAL_HIRING_STATUSES = LOCAL_HIRING_RISK_ORDER;
