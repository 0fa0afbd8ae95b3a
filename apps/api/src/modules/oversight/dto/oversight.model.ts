import { FlagDecision, ReportAction, ReportCategory, ReportStatus, ReportTargetType } from '@jobbridge/contracts';
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('LayoffPlan')
export class LayoffPlanModel {
  @Field(() => ID) id: string;
  @Field(() => ID) employerId: string;
  @Field() regionCode: string;
  @Field(() => Int) staffNow: number;
  @Field(() => Int) peopleToCut: number;
  @Field() layoffDate: string;
  @Field() reasons: string;
  @Field() consulted: boolean;
  @Field(() => String, { nullable: true }) consultationNote: string | null;
  @Field({ description: '20 or more people at once, or 10% or more of the staff: must be filed 30 days ahead.' }) reportable: boolean;
  @Field({ description: 'Filed at least 30 days before the layoff (always true when not reportable).' }) onTime: boolean;
  @Field(() => Int) daysBefore: number;
  @Field(() => [String], { description: "The rule's findings in Chinese." }) verdictReasons: string[];
  @Field() filedAt: Date;
}

@ObjectType('UnfiledLayoffSignal', { description: 'An employer whose roster or postings shrank like a layoff that nobody filed.' })
export class UnfiledLayoffSignalModel {
  @Field(() => ID) employerId: string;
  @Field() employerName: string;
  @Field() regionCode: string;
  @Field(() => Int, { description: 'Project-roster tenures that ended in the last 30 days.' }) rosterLeft: number;
  @Field(() => Int) rosterSize: number;
  @Field(() => Int, { description: 'Postings closed in the last 14 days.' }) postingsClosed: number;
}

@ObjectType('StableJobsRefund', { description: '稳岗返还 (001 §1): the layoff rate over the last 12 months against its threshold.' })
export class StableJobsRefundModel {
  @Field() eligible: boolean;
  @Field(() => Int) laidOff: number;
  @Field() layoffRate: string;
  @Field() threshold: string;
  @Field() smallEmployer: boolean;
  @Field() windowStart: string;
  @Field(() => [String]) reasons: string[];
}

@ObjectType('ContentReport', {
  description:
    "A seeker's report. Officers see everything; the reporter sees their report and the decision; the employer sees only the decision.",
})
export class ContentReportModel {
  @Field(() => ID) id: string;
  @Field(() => ReportTargetType) targetType: ReportTargetType;
  @Field(() => ID) targetId: string;
  @Field(() => ID, { nullable: true }) jobPostingId: string | null;
  @Field(() => ID, { nullable: true }) employerId: string | null;
  @Field() regionCode: string;
  @Field(() => ReportCategory) category: ReportCategory;
  @Field(() => String, { nullable: true, description: 'The reporter’s text (officers and the reporter).' }) text: string | null;
  @Field(() => [String], { description: 'Photos as data URLs (officers and the reporter).' }) photos: string[];
  @Field(() => ReportStatus) status: ReportStatus;
  @Field(() => ReportAction, { nullable: true }) action: ReportAction | null;
  @Field(() => String, { nullable: true }) resolutionNote: string | null;
  @Field(() => Date, { nullable: true }) resolvedAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'When it was reported (not shown to the employer).' }) createdAt: Date | null;
  /** Internal: for officers' field resolvers. */
  reporterUserId: string;
}

@ObjectType('ScreeningDecision')
export class ScreeningDecisionModel {
  @Field(() => ID) id: string;
  @Field(() => ID) jobPostingId: string;
  @Field() code: string;
  @Field() evidence: string;
  @Field(() => FlagDecision) decision: FlagDecision;
  @Field() reason: string;
  @Field() decidedAt: Date;
}

@ObjectType('DismissedScreeningPattern', { description: 'A flag and matched text officers dismissed: where the rules misfire.' })
export class DismissedPatternModel {
  @Field() code: string;
  @Field() evidence: string;
  @Field(() => Int) dismissed: number;
  @Field(() => Int) upheld: number;
  @Field(() => String, { nullable: true }) lastReason: string | null;
}

@ObjectType('CheckIn', { description: 'A post-hire check-in: 7 or 30 days after a hire.' })
export class CheckInModel {
  @Field(() => ID) id: string;
  @Field(() => Int, { description: '7 or 30' }) day: number;
  @Field() hiredAt: Date;
  @Field() dueAt: Date;
  @Field(() => Date, { nullable: true }) answeredAt: Date | null;
  @Field() jobTitle: string;
  @Field() employerName: string;
  @Field(() => String, { nullable: true, description: 'The truth card as promised; null items are not asked about.' }) workingHours:
    string | null;
  @Field(() => String, { nullable: true }) dormitory: string | null;
  @Field(() => String, { nullable: true }) meals: string | null;
  @Field(() => String, { nullable: true }) socialInsurance: string | null;
}

@ObjectType('CreditReason')
export class CreditReasonModel {
  @Field({
    description: 'UNPAID, CONDITIONS, LEFT_EARLY, UPHELD_FLAGS, UPHELD_REPORTS, LOCAL_HIRING_BREACH, BROKEN_OFFERS, GOOD_CHECK_INS',
  })
  kind: string;
  @Field(() => Int) count: number;
  @Field(() => Float, { description: 'Points added (positive) or taken off (negative).' }) points: number;
  @Field() text: string;
}

@ObjectType('EmployerCredit')
export class EmployerCreditModel {
  @Field(() => ID) employerId: string;
  @Field(() => Int, { description: '0–100' }) score: number;
  @Field({ description: 'A, B, C or D' }) grade: string;
  @Field(() => [CreditReasonModel]) reasons: CreditReasonModel[];
  @Field({ description: 'Enough workers answered check-ins for seekers to be shown the grade.' }) shownToSeekers: boolean;
}

@ObjectType('CountyMonthFigures')
export class CountyMonthFiguresModel {
  @Field(() => Int) layoffsFiled: number;
  @Field(() => Int) peopleAffected: number;
  @Field(() => Int) postingsOpened: number;
  @Field(() => Int) postingsClosed: number;
  @Field(() => Int) postingsOpen: number;
  @Field(() => Int) applications: number;
}

@ObjectType('WatchReason')
export class WatchReasonModel {
  @Field({ description: 'PEOPLE_AFFECTED, LAYOFF_FILINGS, POSTINGS_SHRINKING, APPLICATIONS_PER_POSTING' }) kind: string;
  @Field(() => Float) value: number;
  @Field(() => Float) threshold: number;
  @Field({ description: 'NORMAL, WATCH or WARNING' }) level: string;
  @Field() text: string;
}

@ObjectType('CountyWatch', { description: 'One county and month of the mass-unemployment watch (000 五(五)).' })
export class CountyWatchModel {
  @Field() regionCode: string;
  @Field() regionName: string;
  @Field() month: string;
  @Field(() => CountyMonthFiguresModel) figures: CountyMonthFiguresModel;
  @Field({ description: 'NORMAL, WATCH or WARNING' }) level: string;
  @Field(() => [WatchReasonModel]) reasons: WatchReasonModel[];
  @Field({ description: 'The policy pack whose thresholds applied.' }) packName: string;
}
