import * as contracts from '@jobbridge/contracts';
import { registerEnumType } from '@nestjs/graphql';

const ENUMS = {
  ApplicationSource: contracts.ApplicationSource,
  BreachRule: contracts.BreachRule,
  ApplicationStatus: contracts.ApplicationStatus,
  AuditAction: contracts.AuditAction,
  AuditTargetType: contracts.AuditTargetType,
  CertificateLevel: contracts.CertificateLevel,
  CaseloadFilter: contracts.CaseloadFilter,
  DesiredPlace: contracts.DesiredPlace,
  DormitoryProvision: contracts.DormitoryProvision,
  EducationLevel: contracts.EducationLevel,
  BoothStatus: contracts.BoothStatus,
  EmployerSize: contracts.EmployerSize,
  FairCampaign: contracts.FairCampaign,
  FairMode: contracts.FairMode,
  FlagDecision: contracts.FlagDecision,
  FollowUpChannel: contracts.FollowUpChannel,
  FollowUpOutcome: contracts.FollowUpOutcome,
  Gender: contracts.Gender,
  JobFairStatus: contracts.JobFairStatus,
  JobKind: contracts.JobKind,
  JobPostingStatus: contracts.JobPostingStatus,
  JobSearchFacet: contracts.JobSearchFacet,
  JobSearchSort: contracts.JobSearchSort,
  LiveQuestionStatus: contracts.LiveQuestionStatus,
  LiveRoomStatus: contracts.LiveRoomStatus,
  LocalHiringStatus: contracts.LocalHiringStatus,
  LocalScope: contracts.LocalScope,
  MealProvision: contracts.MealProvision,
  PriorityGroup: contracts.PriorityGroup,
  ProjectKind: contracts.ProjectKind,
  ProjectStatus: contracts.ProjectStatus,
  ProjectWorkerSource: contracts.ProjectWorkerSource,
  RegionLevel: contracts.RegionLevel,
  RegistrationCloseReason: contracts.RegistrationCloseReason,
  ReportAction: contracts.ReportAction,
  ReportCategory: contracts.ReportCategory,
  ReportStatus: contracts.ReportStatus,
  ReportTargetType: contracts.ReportTargetType,
  Role: contracts.Role,
  RosterChange: contracts.RosterChange,
  SocialInsurance: contracts.SocialInsurance,
  StatsPeriod: contracts.StatsPeriod,
  SupportCaseKind: contracts.SupportCaseKind,
  SupportCaseStatus: contracts.SupportCaseStatus,
  SubsidyBeneficiary: contracts.SubsidyBeneficiary,
  SubsidyConditionStatus: contracts.SubsidyConditionStatus,
  SubsidyDecision: contracts.SubsidyDecision,
  SubsidyStatus: contracts.SubsidyStatus,
  TalkOutcome: contracts.TalkOutcome,
  TeamRole: contracts.TeamRole,
  TicketStatus: contracts.TicketStatus,
  UnemploymentReason: contracts.UnemploymentReason,
  UnemploymentRegistrationStatus: contracts.UnemploymentRegistrationStatus,
  VerificationStatus: contracts.VerificationStatus,
};

let done = false;
/** The shared enums of libs/contracts become GraphQL enums of the same names. */
export function registerEnums(): void {
  if (done) return;
  done = true;
  for (const [name, e] of Object.entries(ENUMS)) registerEnumType(e, { name });
}
