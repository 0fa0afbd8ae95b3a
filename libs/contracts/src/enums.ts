// Enumerations shared by the API (registered as GraphQL enums) and the web app.
// Values are stable identifiers; Chinese labels live in the web app's i18n resources.

export enum Role {
  JOB_SEEKER = 'JOB_SEEKER',
  EMPLOYER = 'EMPLOYER',
  OFFICER = 'OFFICER',
  ADMIN = 'ADMIN',
}

export enum RegionLevel {
  PROVINCE = 'PROVINCE',
  PREFECTURE = 'PREFECTURE',
  COUNTY = 'COUNTY',
  TOWNSHIP = 'TOWNSHIP',
}

export enum EmployerSize {
  LARGE = 'LARGE',
  SME = 'SME',
}

export enum VerificationStatus {
  PENDING = 'PENDING',
  VERIFIED = 'VERIFIED',
  REJECTED = 'REJECTED',
}

export enum JobKind {
  FULL_TIME = 'FULL_TIME',
  PART_TIME = 'PART_TIME',
  GIG = 'GIG',
  INTERNSHIP = 'INTERNSHIP',
  PUBLIC_WELFARE = 'PUBLIC_WELFARE',
  WORK_RELIEF = 'WORK_RELIEF',
}

export enum JobPostingStatus {
  DRAFT = 'DRAFT',
  PENDING_REVIEW = 'PENDING_REVIEW',
  PUBLISHED = 'PUBLISHED',
  REJECTED = 'REJECTED',
  CLOSED = 'CLOSED',
}

export enum EducationLevel {
  NONE = 'NONE',
  PRIMARY = 'PRIMARY',
  JUNIOR_HIGH = 'JUNIOR_HIGH',
  SENIOR_HIGH = 'SENIOR_HIGH',
  VOCATIONAL = 'VOCATIONAL',
  ASSOCIATE = 'ASSOCIATE',
  BACHELOR = 'BACHELOR',
  MASTER = 'MASTER',
  DOCTORATE = 'DOCTORATE',
}

/** National vocational qualification levels: 五级/初级 … 一级/高级技师 (001 §18). */
export enum CertificateLevel {
  LEVEL_5 = 'LEVEL_5',
  LEVEL_4 = 'LEVEL_4',
  LEVEL_3 = 'LEVEL_3',
  LEVEL_2 = 'LEVEL_2',
  LEVEL_1 = 'LEVEL_1',
}

export enum DormitoryProvision {
  NONE = 'NONE',
  FREE = 'FREE',
  PAID = 'PAID',
}

export enum MealProvision {
  NONE = 'NONE',
  FREE = 'FREE',
  SUBSIDISED = 'SUBSIDISED',
  CANTEEN_PAID = 'CANTEEN_PAID',
}

export enum SocialInsurance {
  FIVE_INSURANCES_HOUSING_FUND = 'FIVE_INSURANCES_HOUSING_FUND',
  FIVE_INSURANCES = 'FIVE_INSURANCES',
  WORK_INJURY_ONLY = 'WORK_INJURY_ONLY',
  NONE = 'NONE',
}

export enum DesiredPlace {
  NEARBY = 'NEARBY',
  IN_PROVINCE = 'IN_PROVINCE',
  OUT_OF_PROVINCE = 'OUT_OF_PROVINCE',
}

export enum Gender {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}

/** Priority groups (重点群体), domain.md §3. */
export enum PriorityGroup {
  GRADUATE = 'GRADUATE',
  YOUTH = 'YOUTH',
  REGISTERED_UNEMPLOYED = 'REGISTERED_UNEMPLOYED',
  EMPLOYMENT_DIFFICULTY = 'EMPLOYMENT_DIFFICULTY',
  POVERTY_ALLEVIATED = 'POVERTY_ALLEVIATED',
  VETERAN = 'VETERAN',
  MIGRANT_WORKER = 'MIGRANT_WORKER',
  TWO_AFTER = 'TWO_AFTER',
  RELOCATED = 'RELOCATED',
  LAND_LOST = 'LAND_LOST',
  DISABLED = 'DISABLED',
}

export enum ApplicationStatus {
  SUBMITTED = 'SUBMITTED',
  VIEWED = 'VIEWED',
  INTERVIEW = 'INTERVIEW',
  OFFER = 'OFFER',
  HIRED = 'HIRED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
}

export enum ApplicationSource {
  SEARCH = 'SEARCH',
  RECOMMENDATION = 'RECOMMENDATION',
  LIVE_ROOM = 'LIVE_ROOM',
  JOB_FAIR = 'JOB_FAIR',
  DIRECT = 'DIRECT',
}

export enum JobSearchSort {
  RELEVANCE = 'RELEVANCE',
  NEWEST = 'NEWEST',
  PAY = 'PAY',
  DISTANCE = 'DISTANCE',
}

export enum JobSearchFacet {
  KIND = 'KIND',
  INDUSTRY = 'INDUSTRY',
  PAY_BAND = 'PAY_BAND',
  REGION = 'REGION',
  PROJECT = 'PROJECT',
}

/** Major projects (重大项目), domain.md §5. */
export enum ProjectKind {
  /** 政府投资项目 */
  GOVERNMENT_INVESTED = 'GOVERNMENT_INVESTED',
  /** 以工代赈 work-relief: labour pay must reach a share of the investment (000 §1). */
  WORK_RELIEF = 'WORK_RELIEF',
  OTHER = 'OTHER',
}

/** Which hukou counts as local for a project, matched on the GB/T 2260 code of the project's county. */
export enum LocalScope {
  COUNTY = 'COUNTY',
  PREFECTURE = 'PREFECTURE',
  PROVINCE = 'PROVINCE',
}

/** What a roster change that would breach the local-hiring threshold does. */
export enum BreachRule {
  /** The actor must acknowledge with a reason, which is recorded. */
  WARN = 'WARN',
  /** The change is refused. */
  BLOCK = 'BLOCK',
}

export enum LocalHiringStatus {
  NO_WORKERS = 'NO_WORKERS',
  COMPLIANT = 'COMPLIANT',
  /** Compliant now, but one more non-local hire would breach. */
  AT_RISK = 'AT_RISK',
  BREACH = 'BREACH',
}

/** A project's period relative to today. */
export enum ProjectStatus {
  PLANNED = 'PLANNED',
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
}

export enum ProjectWorkerSource {
  /** An application moved to HIRED on one of the project's jobs. */
  PLATFORM_HIRE = 'PLATFORM_HIRE',
  MANUAL = 'MANUAL',
  CSV_IMPORT = 'CSV_IMPORT',
}

export enum RosterChange {
  HIRE = 'HIRE',
  EXIT = 'EXIT',
}

/** Live-stream hiring rooms (直播带岗), domain.md §6. */
export enum LiveRoomStatus {
  SCHEDULED = 'SCHEDULED',
  LIVE = 'LIVE',
  ENDED = 'ENDED',
}

export enum LiveQuestionStatus {
  OPEN = 'OPEN',
  ANSWERED = 'ANSWERED',
  /** Unanswered when the room ended: now on the job's FAQ, awaiting the employer's answer. */
  MOVED_TO_FAQ = 'MOVED_TO_FAQ',
}

/** Whether an account may sign in and act; a suspended account's tokens stop working on their next request. */
export enum UserStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
}

/** Online job fairs (网络招聘会), domain.md §7: the named campaigns bureaus run each year (000 §23, 001 §6). */
export enum FairCampaign {
  SPRING_BREEZE = 'SPRING_BREEZE', // 春风行动
  HUNDRED_DAYS_TEN_MILLION = 'HUNDRED_DAYS_TEN_MILLION', // 百日千万网络招聘
  PRIVATE_ENTERPRISE_WEEK = 'PRIVATE_ENTERPRISE_WEEK', // 民营企业招聘周
  GOLDEN_AUTUMN = 'GOLDEN_AUTUMN', // 金秋招聘月
  GRADUATE_SERVICE_WEEK = 'GRADUATE_SERVICE_WEEK', // 高校毕业生就业服务周
  EMPLOYMENT_AID_MONTH = 'EMPLOYMENT_AID_MONTH', // 就业援助月
  OTHER = 'OTHER',
}

export enum FairMode {
  ONLINE = 'ONLINE',
  ON_SITE = 'ON_SITE',
  HYBRID = 'HYBRID',
}

/** DRAFT → PUBLISHED (booth applications, pre-registration) → LIVE → ENDED. */
export enum JobFairStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  LIVE = 'LIVE',
  ENDED = 'ENDED',
}

export enum BoothStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}

/** WAITING → CALLED → IN_TALK → DONE, or LEFT (the seeker left) / MISSED (no answer within the fair's window). */
export enum TicketStatus {
  WAITING = 'WAITING',
  CALLED = 'CALLED',
  IN_TALK = 'IN_TALK',
  DONE = 'DONE',
  LEFT = 'LEFT',
  MISSED = 'MISSED',
}

/** How a rep closes a talk. AGREEMENT (达成意向) and INTERVIEW create or move the application for the job discussed. */
export enum TalkOutcome {
  AGREEMENT = 'AGREEMENT',
  INTERVIEW = 'INTERVIEW',
  NOT_SUITABLE = 'NOT_SUITABLE',
  FOLLOW_UP = 'FOLLOW_UP',
}

/** A member of an employer's team: the owner (who registered the company) or a recruiter the owner invited. */
export enum TeamRole {
  OWNER = 'OWNER',
  RECRUITER = 'RECRUITER',
}

/** The buckets of the bureau's regional statistics (`regionStatistics`): calendar days, ISO weeks (Monday first), months, years. */
export enum StatsPeriod {
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
  YEAR = 'YEAR',
}

/** What a seeker's report is about (issue 13): a posting, a live room or a fair booth. */
export enum ReportTargetType {
  JOB_POSTING = 'JOB_POSTING',
  LIVE_ROOM = 'LIVE_ROOM',
  FAIR_BOOTH = 'FAIR_BOOTH',
}

/** Why a seeker reports (001 保障措施(三), 003 §7). */
export enum ReportCategory {
  DISCRIMINATION = 'DISCRIMINATION', // 就业歧视
  FEES = 'FEES', // 收费、押金
  FAKE_JOB = 'FAKE_JOB', // 虚假招聘
  NOT_AS_DESCRIBED = 'NOT_AS_DESCRIBED', // 待遇或条件与描述不符
  ABUSE = 'ABUSE', // 辱骂、骚扰
}

export enum ReportStatus {
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
}

/** What the officer did about a report. */
export enum ReportAction {
  WARN = 'WARN', // 警告
  SUSPEND_POSTING = 'SUSPEND_POSTING', // 下架岗位
  SUSPEND_EMPLOYER = 'SUSPEND_EMPLOYER', // 暂停单位招聘
  DISMISS = 'DISMISS', // 不予采纳
}

/** An officer's decision on one screening flag of a posting. */
export enum FlagDecision {
  UPHOLD = 'UPHOLD',
  DISMISS = 'DISMISS',
}
