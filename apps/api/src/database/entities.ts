import { ApplicationEntity, ApplicationEventEntity } from '../modules/applications/application.entity';
import { AuditLogEntity } from '../modules/audit/audit-log.entity';
import { EmployerMemberEntity } from '../modules/employers/employer-member.entity';
import { EmployerEntity } from '../modules/employers/employer.entity';
import {
  FairBoothEntity,
  FairCallbackEntity,
  FairInvitationEntity,
  FairRegistrationEntity,
  FairTalkMessageEntity,
  FairTicketEntity,
  JobFairEntity,
} from '../modules/job-fairs/job-fair.entity';
import { JobSeekerProfileEntity } from '../modules/job-seekers/job-seeker-profile.entity';
import { JobPostingEntity } from '../modules/jobs/job-posting.entity';
import {
  ProjectAcknowledgementEntity,
  ProjectEntity,
  ProjectLabourPaymentEntity,
  ProjectWorkerEntity,
} from '../modules/projects/project.entity';
import { RegionEntity } from '../modules/regions/region.entity';
import { SavedSearchEntity, SearchAlertEntity } from '../modules/saved-searches/saved-search.entity';
import {
  JobFaqEntity,
  LiveRoomEntity,
  LiveRoomImpressionEntity,
  LiveRoomJobEntity,
  LiveRoomPinEntity,
  LiveRoomQuestionEntity,
  LiveRoomViewerEntity,
} from '../modules/live-rooms/live-room.entity';
import { OutboxEventEntity } from '../modules/search-index/outbox-event.entity';
import {
  RegionDailyHireDaysEntity,
  RegionDailyProjectsEntity,
  RegionDailyStatsEntity,
  RegionStatsRefreshEntity,
} from '../modules/statistics/region-stats.entity';
import {
  SubsidyAuditEntity,
  SubsidyEventEntity,
  SubsidyPaymentBatchEntity,
  SubsidyPaymentEntity,
  SubsidyProposalEntity,
} from '../modules/subsidies/subsidy.entity';
import { UserEntity } from '../modules/users/user.entity';

import { ContentReportEntity, HireCheckInEntity, LayoffPlanEntity, ScreeningDecisionEntity } from '../modules/oversight/oversight.entity';
import {
  HouseholdEntity,
  SupportCaseEntity,
  SupportFollowUpEntity,
  UnemploymentRegistrationEntity,
} from '../modules/employment-support/employment-support.entity';

import {
  GigAlertEntity,
  GigAssignmentEntity,
  GigAttendanceEntity,
  GigEntity,
  GigPosterEntity,
  GigPreferenceEntity,
  GigRatingEntity,
  GigStationEntity,
} from '../modules/gigs/gig.entity';
export const ENTITIES = [
  ApplicationEntity,
  ApplicationEventEntity,
  AuditLogEntity,
  ContentReportEntity,
  HireCheckInEntity,
  HouseholdEntity,
  LayoffPlanEntity,
  ScreeningDecisionEntity,
  EmployerEntity,
  EmployerMemberEntity,
  FairBoothEntity,
  FairCallbackEntity,
  FairInvitationEntity,
  FairRegistrationEntity,
  FairTalkMessageEntity,
  FairTicketEntity,
  JobFairEntity,
  JobPostingEntity,
  JobFaqEntity,
  JobSeekerProfileEntity,
  LiveRoomEntity,
  LiveRoomImpressionEntity,
  LiveRoomJobEntity,
  LiveRoomPinEntity,
  LiveRoomQuestionEntity,
  LiveRoomViewerEntity,
  OutboxEventEntity,
  ProjectAcknowledgementEntity,
  ProjectEntity,
  ProjectLabourPaymentEntity,
  ProjectWorkerEntity,
  RegionDailyHireDaysEntity,
  RegionDailyProjectsEntity,
  RegionDailyStatsEntity,
  RegionEntity,
  RegionStatsRefreshEntity,
  SavedSearchEntity,
  SubsidyAuditEntity,
  SubsidyEventEntity,
  SubsidyPaymentBatchEntity,
  SubsidyPaymentEntity,
  SubsidyProposalEntity,
  SearchAlertEntity,
  SupportCaseEntity,
  SupportFollowUpEntity,
  UnemploymentRegistrationEntity,
  UserEntity,
  GigAlertEntity,
  GigAssignmentEntity,
  GigAttendanceEntity,
  GigEntity,
  GigPosterEntity,
  GigPreferenceEntity,
  GigRatingEntity,
  GigStationEntity,
];
