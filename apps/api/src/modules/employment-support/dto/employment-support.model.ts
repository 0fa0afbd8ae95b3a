import {
  FairMode,
  FollowUpChannel,
  FollowUpOutcome,
  JobFairStatus,
  PriorityGroup,
  RegistrationCloseReason,
  SupportCaseKind,
  SupportCaseStatus,
  UnemploymentReason,
  UnemploymentRegistrationStatus,
} from '@jobbridge/contracts';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../../common/graphql/connection';

@ObjectType('Household', {
  description: 'A household as its registered members declared it; zeroEmployment (零就业家庭) until one member is employed.',
})
export class HouseholdModel {
  @Field(() => ID) id: string;
  @Field() regionCode: string;
  @Field({ description: '户主姓名' }) headName: string;
  @Field({ description: "The head's identity number, masked (622921********1234)." }) headIdNumberMasked: string;
  @Field(() => Int) workingAgeMembers: number;
  @Field(() => Int, { description: 'Declared employed members plus members employed since (a hire or a follow-up).' })
  employedMembers: number;
  @Field({ description: 'Working-age members and none employed (零就业家庭).' }) zeroEmployment: boolean;
  @Field(() => Int, { description: 'Members registered as unemployed on the platform (any status).' }) registeredMembers: number;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: the first registration of a member (flagged since, while flagged).' })
  firstRegisteredOn: string | null;
  /** Internal: open cases of its members, for officers' links. */
  @Field(() => [ID], { description: "Officers: the open support cases of the household's members." }) openCaseIds: string[];
}

@ObjectType('UnemploymentRegistration', { description: 'An online unemployment registration (失业登记).' })
export class UnemploymentRegistrationModel {
  @Field(() => ID) id: string;
  @Field({ description: 'The county where the person registered.' }) regionCode: string;
  @Field({ description: 'YYYY-MM-DD' }) registeredOn: string;
  @Field(() => UnemploymentReason) reason: UnemploymentReason;
  @Field(() => String, { nullable: true }) lastEmployerName: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM' }) lastJobEndedMonth: string | null;
  @Field() wantsJob: boolean;
  @Field(() => [PriorityGroup], { description: "The profile's difficulty groups when registering." }) difficultyCategories: PriorityGroup[];
  @Field({ description: 'Masked (622921********1234); the full number is never sent.' }) idNumberMasked: string;
  @Field(() => UnemploymentRegistrationStatus) status: UnemploymentRegistrationStatus;
  @Field(() => RegistrationCloseReason, { nullable: true }) closedReason: RegistrationCloseReason | null;
  @Field(() => Date, { nullable: true }) closedAt: Date | null;
  @Field() createdAt: Date;
  /** Internal: for the household and case field resolvers. */
  householdId: string;
  userId: string;
}

@ObjectType('SupportPerson', { description: 'Who a case is about, as officers see them: identity number and phone masked.' })
export class SupportPersonModel {
  @Field(() => ID) seekerProfileId: string;
  @Field() fullName: string;
  @Field(() => String, { nullable: true, description: 'Masked; from the registration, else the labour profile.' }) idNumberMasked:
    string | null;
  @Field(() => String, { nullable: true, description: 'Masked (138****5678).' }) phoneMasked: string | null;
  @Field(() => [PriorityGroup]) priorityGroups: PriorityGroup[];
  @Field(() => Int, { nullable: true }) birthYear: number | null;
  @Field(() => [String]) skills: string[];
  @Field(() => [String]) desiredOccupations: string[];
}

@ObjectType('SupportFollowUp', { description: "An officer's contact with a person on the caseload." })
export class SupportFollowUpModel {
  @Field(() => ID) id: string;
  @Field(() => ID) caseId: string;
  @Field({ description: 'YYYY-MM-DD' }) contactedOn: string;
  @Field(() => FollowUpChannel) channel: FollowUpChannel;
  @Field(() => FollowUpOutcome) outcome: FollowUpOutcome;
  @Field(() => String, { nullable: true, description: "The officer's note (officers only; null for the person)." }) note: string | null;
  @Field() officerName: string;
  @Field(() => [ID]) recommendedJobPostingIds: string[];
  @Field(() => [ID]) recommendedFairIds: string[];
  @Field() createdAt: Date;
}

@ObjectType('SupportFair', { description: 'A job fair that is open or upcoming in (or above) the case’s region.' })
export class SupportFairModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() regionCode: string;
  @Field(() => JobFairStatus) status: JobFairStatus;
  @Field(() => FairMode) mode: FairMode;
  @Field({ description: 'YYYY-MM-DD' }) startDate: string;
  @Field({ description: 'YYYY-MM-DD' }) endDate: string;
}

@ObjectType('SupportCase', { description: 'One person on the caseload (帮扶台账), followed up monthly until employed.' })
export class SupportCaseModel {
  @Field(() => ID) id: string;
  @Field(() => SupportCaseKind) kind: SupportCaseKind;
  @Field(() => SupportCaseStatus) status: SupportCaseStatus;
  @Field() regionCode: string;
  @Field({ description: 'YYYY-MM-DD' }) openedOn: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: the last follow-up that reached the person.' }) lastContactOn:
    string | null;
  @Field({ description: 'YYYY-MM-DD: a month after the last contact (or the opening).' }) nextFollowUpDue: string;
  @Field({ description: 'Open and past its due date (China date).' }) overdue: boolean;
  @Field({ description: 'OVERDUE, DUE_SOON (within a week), NEW (never contacted) or SCHEDULED; CLOSED once closed.' }) standing: string;
  @Field(() => FollowUpOutcome, { nullable: true, description: 'The latest follow-up’s outcome; EMPLOYED once closed.' })
  outcome: FollowUpOutcome | null;
  @Field(() => Date, { nullable: true }) closedAt: Date | null;
  @Field(() => ID, { nullable: true, description: 'The application that employed the person, when a hire closed the case.' })
  employedByApplicationId: string | null;
  @Field(() => SupportPersonModel) person: SupportPersonModel;
  /** Internal: for field resolvers. */
  seekerProfileId: string;
  registrationId: string | null;
}

@ObjectType()
export class SupportCaseConnection extends Connection(SupportCaseModel, 'SupportCase') {}
