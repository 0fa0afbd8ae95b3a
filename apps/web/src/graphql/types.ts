/**
 * Hand-written TypeScript shapes of GraphQL types, from before codegen. Being replaced by the generated types in
 * ./generated (npm run codegen, from apps/api/schema.gql and the web's documents): new code imports from there, and
 * documents move over one feature at a time (docs/adr/0016).
 */
import type { RecommendedJobsQuery } from './generated/graphql';
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
  JobSearchFacet,
  JobSearchSort,
  LiveQuestionStatus,
  LiveRoomStatus,
  LocalHiringSnapshot,
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

/** ISO-8601 string (scalar DateTime). */
export type DateTime = string;

export interface Region {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
  fullName: string;
}

export interface User {
  id: string;
  role: Role;
  displayName: string;
  phoneMasked: string | null;
  email: string | null;
  regionCode: string | null;
  employerId: string | null;
  hasJobSeekerProfile: boolean;
}

export interface AuthPayload {
  token: string;
  user: User;
}

export interface Employer {
  id: string;
  name: string;
  creditCode: string;
  region: Region;
  industry: string;
  size: EmployerSize;
  contactName: string;
  contactPhoneMasked: string;
  contactPhone: string | null;
  description: string | null;
  verificationStatus: VerificationStatus;
  verificationNote: string | null;
  createdAt: DateTime;
}

export interface Certificate {
  name: string;
  level: CertificateLevel | null;
}

export interface JobSeekerProfile {
  id: string;
  fullName: string;
  gender: Gender | null;
  birthYear: number | null;
  hukouRegion: Region | null;
  residenceRegion: Region | null;
  residenceLat: number | null;
  residenceLng: number | null;
  education: EducationLevel | null;
  major: string | null;
  graduationDate: string | null;
  skills: string[];
  certificates: Certificate[];
  labourBrand: string | null;
  desiredOccupations: string[];
  desiredPlaces: DesiredPlace[];
  expectedPayMin: number | null;
  expectedPayMax: number | null;
  priorityGroups: PriorityGroup[];
  discoverable: boolean;
  idNumberMasked: string | null;
  phoneMasked: string | null;
  updatedAt: DateTime;
}

export interface JobTruthCard {
  workingHours: string;
  shifts: string | null;
  dormitory: DormitoryProvision;
  meals: MealProvision;
  socialInsurance: SocialInsurance;
  note: string | null;
}

export interface JobRequirements {
  education: EducationLevel | null;
  minExperienceYears: number | null;
  certificates: Certificate[];
}

/** Fair-hiring screening result (owner and officers only): a flag code and the text that raised it. */
export interface ScreeningFlag {
  code: string;
  evidence: string;
}

export interface JobPosting {
  id: string;
  title: string;
  description: string;
  occupation: string;
  headcount: number;
  payMin: number;
  payMax: number;
  workRegion: Region;
  address: string | null;
  lat: number | null;
  lng: number | null;
  kind: JobKind;
  skills: string[];
  requirements: JobRequirements;
  truthCard: JobTruthCard | null;
  status: JobPostingStatus;
  rejectionReason: string | null;
  screeningFlags: ScreeningFlag[];
  employer: Employer;
  /** Set for jobs on a major project. */
  projectId: string | null;
  submittedAt: DateTime | null;
  publishedAt: DateTime | null;
  closedAt: DateTime | null;
  createdAt: DateTime;
  updatedAt: DateTime;
  applicationCount: number | null;
  myApplication: Application | null;
  /** Questions left from live rooms, with the employer's answers (or awaiting one), newest first. */
  faqs: JobFaq[];
}

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface Connection<TNode> {
  edges: { cursor: string; node: TNode }[];
  pageInfo: PageInfo;
  totalCount: number;
}

export interface ApplicationEvent {
  id: string;
  fromStatus: ApplicationStatus | null;
  toStatus: ApplicationStatus;
  actorRole: Role;
  actorName: string;
  note: string | null;
  createdAt: DateTime;
}

export interface Application {
  id: string;
  status: ApplicationStatus;
  source: ApplicationSource;
  coverNote: string | null;
  createdAt: DateTime;
  updatedAt: DateTime;
  jobPosting: JobPosting;
  applicant: JobSeekerProfile;
  /** Applicant's full phone, for the employer from the interview stage on (not in the hand-written contract). */
  contactPhone: string | null;
  history: ApplicationEvent[];
}

// ---- inputs ----

export interface RegisterInput {
  role: Role;
  phone?: string;
  email?: string;
  password: string;
  displayName: string;
}

export interface LoginInput {
  login: string;
  password: string;
}

export interface EmployerProfileInput {
  name: string;
  creditCode: string;
  regionCode: string;
  industry: string;
  size: EmployerSize;
  contactName: string;
  contactPhone: string;
  description?: string | null;
}

export interface CertificateInput {
  name: string;
  level?: CertificateLevel | null;
}

export interface JobSeekerProfileInput {
  fullName: string;
  gender?: Gender | null;
  birthYear?: number | null;
  hukouRegionCode?: string | null;
  residenceRegionCode?: string | null;
  residenceLat?: number | null;
  residenceLng?: number | null;
  education?: EducationLevel | null;
  major?: string | null;
  graduationDate?: string | null;
  skills?: string[];
  certificates?: CertificateInput[];
  labourBrand?: string | null;
  desiredOccupations?: string[];
  desiredPlaces?: DesiredPlace[];
  expectedPayMin?: number | null;
  expectedPayMax?: number | null;
  priorityGroups?: PriorityGroup[];
  discoverable?: boolean;
  idNumber?: string;
}

export interface JobTruthCardInput {
  workingHours: string;
  shifts?: string | null;
  dormitory: DormitoryProvision;
  meals: MealProvision;
  socialInsurance: SocialInsurance;
  note?: string | null;
}

export interface JobPostingInput {
  title: string;
  description: string;
  occupation: string;
  headcount: number;
  payMin: number;
  payMax: number;
  workRegionCode: string;
  address?: string | null;
  lat?: number | null;
  lng?: number | null;
  kind: JobKind;
  /** A major project of the same employer: hires on this job join its roster. */
  projectId?: string | null;
  skills?: string[];
  education?: EducationLevel | null;
  minExperienceYears?: number | null;
  certificates?: CertificateInput[];
  truthCard?: JobTruthCardInput | null;
}

export interface JobPostingFilter {
  regionCode?: string;
  kind?: JobKind;
  payMin?: number;
  payMax?: number;
  keyword?: string;
}

export interface SubmitApplicationInput {
  jobPostingId: string;
  source?: ApplicationSource;
  coverNote?: string;
  idempotencyKey?: string;
}

export interface MoveApplicationInput {
  applicationId: string;
  toStatus: ApplicationStatus;
  note?: string;
  /** Hiring on a project job that takes it below its local-hiring threshold under WARN: the reason. */
  localHiringAcknowledgement?: string;
}

export interface PageArgs {
  first?: number;
  after?: string | null;
}

export interface GeoPointInput {
  lat: number;
  lng: number;
  radiusKm: number;
}

export interface JobSearchInput {
  keyword?: string;
  regionCode?: string;
  near?: GeoPointInput;
  payMin?: number;
  payMax?: number;
  kinds?: JobKind[];
  industries?: string[];
  postedWithinDays?: number;
  projectId?: string;
  sort?: JobSearchSort;
  facets?: JobSearchFacet[];
}

export interface FacetCount {
  value: string;
  label: string;
  count: number;
}

export interface JobSearchFacets {
  kind: FacetCount[] | null;
  industry: FacetCount[] | null;
  payBand: FacetCount[] | null;
  region: FacetCount[] | null;
}

export interface JobSearchHit<TNode> {
  distanceKm: number | null;
  highlightedTitle: string | null;
  highlightedDescription: string | null;
  /** With collapseDuplicates: other matching postings identical to this one (same employer, title, county, pay). */
  duplicateCount: number;
  node: TNode;
}

export interface JobSearchResult<TNode> {
  /** Exact up to 1,000; `totalCountCapped` when more match. */
  totalCount: number;
  totalCountCapped: boolean;
  hasNextPage: boolean;
  offset: number;
  engine: string;
  hits: JobSearchHit<TNode>[];
  facets: JobSearchFacets;
}

// ---- saved searches (订阅与提醒) ----

export interface SavedSearch {
  id: string;
  name: string;
  /** The saved JobSearchInput as JSON. */
  criteriaJson: string;
  createdAt: DateTime;
}

export interface SearchAlert {
  id: string;
  savedSearchName: string;
  jobPosting: JobPosting;
  createdAt: DateTime;
  readAt: DateTime | null;
}

export interface SaveSearchInput {
  /** 1–40 characters. */
  name: string;
  criteria: JobSearchInput;
}

/** Shared by JobMatch (recommendedJobs) and CandidateMatch (matchCandidates). */
/** A match's score and reasons, as the recommendation and candidate queries select them (generated). */
export type MatchScoreFields = Omit<RecommendedJobsQuery['recommendedJobs'][number], 'job'>;

// ---- major projects (重大项目) and the local-hiring ledger ----

/** Local hiring on one day (today, or a day of the history): the same shape the /projects socket pushes. */
export type LocalHiring = LocalHiringSnapshot;

export interface LocalHiringDay extends LocalHiring {
  /** YYYY-MM-DD */
  date: string;
}

export interface ProjectWorker {
  id: string;
  projectId: string;
  fullName: string;
  /** e.g. 622921********1234; the full number is never returned. */
  idNumberMasked: string | null;
  hukouRegionCode: string | null;
  hukouRegion: Pick<Region, 'code' | 'name' | 'fullName'> | null;
  /** Hukou inside the project's local scope. */
  local: boolean;
  /** On the project today. */
  active: boolean;
  trade: string;
  startDate: string;
  /** The day the worker leaves (not counted on it). */
  endDate: string | null;
  endReason: string | null;
  povertyAlleviated: boolean;
  source: ProjectWorkerSource;
  applicationId: string | null;
  createdAt: DateTime;
}

export interface LabourPayment {
  id: string;
  /** Yuan, e.g. "200000.00". */
  amount: string;
  paidOn: string;
  note: string | null;
}

/** 以工代赈: labour pay against the investment (amounts in yuan as decimal strings). */
export interface LabourPay {
  investment: string;
  labourPaid: string;
  threshold: string;
  share: number | null;
  compliant: boolean;
  shortfall: string;
  payments: LabourPayment[];
}

export interface BreachAcknowledgement {
  id: string;
  change: RosterChange;
  reason: string;
  workerCount: number;
  actorName: string;
  actorRole: Role;
  before: LocalHiring;
  after: LocalHiring;
  createdAt: DateTime;
}

export interface Project {
  id: string;
  name: string;
  kind: ProjectKind;
  status: ProjectStatus;
  employerId: string;
  employer: Employer;
  regionCode: string;
  region: Region;
  localScope: LocalScope;
  localScopeRegionCode: string;
  localScopeRegion: Region;
  breachRule: BreachRule;
  /** Where the threshold comes from: the policy pack, or the officer who set it. */
  thresholdSource: string;
  plannedWorkforce: number;
  startDate: string;
  endDate: string | null;
  localFirstDays: number | null;
  /** Yuan (以工代赈 projects). */
  investment: string | null;
  localHiring: LocalHiring;
  povertyAlleviatedWorkers: number;
  localHiringHistory: LocalHiringDay[];
  workers: Connection<ProjectWorker>;
  labourPay: LabourPay | null;
  acknowledgements: BreachAcknowledgement[];
  jobPostings: JobPosting[];
  createdAt: DateTime;
}

/** What a hire or exit would do to the local-hiring ratio, today. */
export interface RosterPreview {
  change: RosterChange;
  local: boolean;
  before: LocalHiring;
  after: LocalHiring;
  breaches: boolean;
  /** False when it breaches under BLOCK. */
  allowed: boolean;
  /** True when it breaches under WARN. */
  requiresAcknowledgement: boolean;
  breachRule: BreachRule;
}

export interface RosterRowError {
  /** Line in the file (the header is line 1). */
  line: number;
  /** fullName, idNumber, hukouRegionCode, trade, startDate, endDate, povertyAlleviated, or file. */
  field: string;
  code: string;
  message: string;
}

/** All or nothing: imported is 0 whenever errors is not empty. */
export interface RosterImportResult {
  imported: number;
  errors: RosterRowError[];
  preview: RosterPreview | null;
  project: Project;
}

export interface ProjectInput {
  name: string;
  /** Officers must give it; an employer may only name itself (or omit it). */
  employerId?: string | null;
  regionCode: string;
  kind: ProjectKind;
  /** Officers only. */
  localScope?: LocalScope | null;
  plannedWorkforce: number;
  startDate: string;
  endDate?: string | null;
  /** "0.3" or "30%"; officers only; omitted: the policy pack's. */
  threshold?: string | null;
  /** Officers only. */
  breachRule?: BreachRule | null;
  localFirstDays?: number | null;
  /** Yuan; required for WORK_RELIEF. */
  investment?: string | null;
}

export interface AddProjectWorkerInput {
  projectId: string;
  fullName: string;
  idNumber: string;
  hukouRegionCode: string;
  trade: string;
  startDate: string;
  endDate?: string | null;
  povertyAlleviated?: boolean;
  acknowledgement?: string;
}

export interface EndProjectWorkerInput {
  workerId: string;
  endDate?: string;
  reason?: string;
  acknowledgement?: string;
}

export interface ImportProjectWorkersInput {
  projectId: string;
  csv: string;
  acknowledgement?: string;
}

export interface PreviewProjectHireInput {
  projectId: string;
  change?: RosterChange;
  hukouRegionCode?: string;
  workerId?: string;
}

export interface RecordLabourPaymentInput {
  projectId: string;
  paidOn: string;
  amount: string;
  note?: string | null;
}

// ---- live-stream hiring (直播带岗) ----

/** A question from a live room on a job's page: answered by the employer, or still awaiting an answer. */
export interface JobFaq {
  id: string;
  question: string;
  answer: string | null;
  askedAt: DateTime;
  answeredAt: DateTime | null;
}

export interface LiveRoomJob {
  position: number;
  jobPosting: JobPosting;
}

export interface LiveRoom {
  id: string;
  title: string;
  description: string | null;
  status: LiveRoomStatus;
  hostName: string;
  hostRole: Role;
  employerId: string | null;
  regionCode: string;
  region: Region;
  scheduledStart: DateTime;
  scheduledEnd: DateTime | null;
  startedAt: DateTime | null;
  endedAt: DateTime | null;
  coverUrl: string | null;
  /** HLS playlist (.m3u8). */
  streamUrl: string | null;
  /** The lineup in order (the host sees unpublished jobs too). */
  lineup: LiveRoomJob[];
  /** Viewers now, while live. */
  viewers: number | null;
  /** Stored when the room ends (0 before). */
  peakViewers: number;
  /** Stored when the room ends (0 before). */
  likes: number;
  /** Whether the caller hosts this room. */
  isHost: boolean;
  createdAt: DateTime;
}

export interface LiveRoomQuestion {
  id: string;
  askerName: string;
  text: string;
  jobPostingId: string | null;
  status: LiveQuestionStatus;
  answer: string | null;
  askedAt: DateTime;
  answeredAt: DateTime | null;
}

export interface LiveFunnel {
  viewers: number;
  /** Viewers who saw a job's card (one per viewer and job). */
  impressions: number;
  applications: number;
  /** Applications that reached the interview (or further). */
  interviews: number;
  hires: number;
}

export interface LiveFunnelRow extends LiveFunnel {
  key: string;
  label: string;
}

export interface LiveJobFunnel extends LiveFunnel {
  jobPostingId: string;
  title: string;
  /** This job's figures by the viewer's county (viewers is 0: a job's audience is its impressions). */
  byCounty: LiveFunnelRow[];
  byPriorityGroup: LiveFunnelRow[];
}

/** Live counters while the room is on; after it ends, the stored figures and the funnel. */
export interface LiveRoomStats {
  roomId: string;
  status: LiveRoomStatus;
  /** Viewers now (0 once ended). */
  viewers: number;
  peakViewers: number;
  uniqueViewers: number;
  /** Total watch time of all viewers, in seconds. */
  watchSeconds: number;
  averageWatchSeconds: number | null;
  likes: number;
  questions: number;
  answeredQuestions: number;
  total: LiveFunnel;
  byJob: LiveJobFunnel[];
  byCounty: LiveFunnelRow[];
  byPriorityGroup: LiveFunnelRow[];
}

export interface LiveRoomInput {
  title: string;
  description?: string | null;
  scheduledStart: DateTime;
  scheduledEnd?: DateTime | null;
  coverUrl?: string | null;
  streamUrl?: string | null;
  /** The lineup, in order: the host's own jobs (employers) or jobs in the officer's region. */
  jobPostingIds: string[];
}

export interface AnswerJobFaqInput {
  id: string;
  answer: string;
}
