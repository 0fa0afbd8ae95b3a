import { FollowUpOutcome, PriorityGroup, Role, SupportCaseStatus } from '@jobbridge/contracts';
import { followUpStanding, isFollowUpOverdue, maskPhone } from '@jobbridge/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { SupportCaseModel, SupportFollowUpModel, UnemploymentRegistrationModel } from './dto/employment-support.model';
import type { SupportCaseEntity, SupportFollowUpEntity, UnemploymentRegistrationEntity } from './employment-support.entity';
import type { CasePersonColumns } from './support-sql';

/** A case as GraphQL shows it: the person with identity number and phone masked, the standing on `today` (China date). */
export function caseModel(c: SupportCaseEntity, p: CasePersonColumns, today: string): SupportCaseModel {
  const open = c.status === SupportCaseStatus.OPEN;
  return Object.assign(new SupportCaseModel(), {
    id: c.id,
    kind: c.kind,
    status: c.status,
    regionCode: c.regionCode,
    openedOn: c.openedOn,
    lastContactOn: c.lastContactOn,
    nextFollowUpDue: c.nextFollowUpDue,
    overdue: open && isFollowUpOverdue(c.nextFollowUpDue, today),
    standing: open ? followUpStanding(c.nextFollowUpDue, c.lastContactOn, today) : 'CLOSED',
    outcome: (c.outcome as FollowUpOutcome | null) ?? null,
    closedAt: c.closedAt,
    employedByApplicationId: c.employedByApplicationId,
    seekerProfileId: c.seekerProfileId,
    registrationId: c.registrationId,
    person: {
      seekerProfileId: c.seekerProfileId,
      fullName: p.full_name,
      idNumberMasked: p.registration_id_number_masked ?? p.profile_id_number_masked ?? null,
      phoneMasked: p.user_phone ? maskPhone(p.user_phone) : null,
      priorityGroups: (p.priority_groups ?? []) as PriorityGroup[],
      birthYear: p.birth_year ?? null,
      skills: p.skills ?? [],
      desiredOccupations: p.desired_occupations ?? [],
    },
  });
}

export function registrationModel(r: UnemploymentRegistrationEntity): UnemploymentRegistrationModel {
  return Object.assign(new UnemploymentRegistrationModel(), {
    id: r.id,
    regionCode: r.regionCode,
    registeredOn: r.registeredOn,
    reason: r.reason,
    lastEmployerName: r.lastEmployerName,
    lastJobEndedMonth: r.lastJobEndedMonth,
    wantsJob: r.wantsJob,
    difficultyCategories: r.difficultyCategories,
    idNumberMasked: r.idNumberMasked,
    status: r.status,
    closedReason: r.closedReason,
    closedAt: r.closedAt,
    createdAt: r.createdAt,
    householdId: r.householdId,
    userId: r.userId,
  });
}

/** A follow-up; the officer's note only for staff (the person sees what was done, not what was written about them). */
export function followUpModel(f: SupportFollowUpEntity, viewer: AuthUser | undefined): SupportFollowUpModel {
  const staff = viewer?.role === Role.OFFICER || viewer?.role === Role.ADMIN;
  return Object.assign(new SupportFollowUpModel(), {
    id: f.id,
    caseId: f.caseId,
    contactedOn: f.contactedOn,
    channel: f.channel,
    outcome: f.outcome,
    note: staff ? f.note : null,
    officerName: f.officerName,
    recommendedJobPostingIds: f.recommendedJobPostingIds,
    recommendedFairIds: f.recommendedFairIds,
    createdAt: f.createdAt,
  });
}
