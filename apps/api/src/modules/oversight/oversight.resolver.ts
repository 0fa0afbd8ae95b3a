import { Role } from '@jobbridge/contracts';
import { EmployerCredit, SCREENING_CLAUSES, type ScreeningFlagCode, type TruthCardItem } from '@jobbridge/domain';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { Ctx, CurrentUser, Public, Roles } from '../../common/auth/access.decorators';
import type { AuthUser } from '../../common/auth/auth-user';
import type { GqlContext } from '../../common/auth/gql-context';
import { officerCovers } from '../../common/auth/scope';
import { JobPostingModel, ScreeningFlagModel } from '../jobs/dto/job-posting.model';
import { JobsService } from '../jobs/jobs.service';
import { CheckInsService } from './check-ins.service';
import { CreditService } from './credit.service';
import {
  AnswerCheckInInput,
  LayoffPlanInput,
  ReportContentInput,
  ReportsArgs,
  ResolveReportInput,
  ScreeningDecisionInput,
} from './dto/oversight.input';
import {
  CheckInModel,
  ContentReportModel,
  CountyWatchModel,
  DismissedPatternModel,
  EmployerCreditModel,
  LayoffPlanModel,
  ScreeningDecisionModel,
  StableJobsRefundModel,
  UnfiledLayoffSignalModel,
} from './dto/oversight.model';
import { LayoffsService } from './layoffs.service';
import { ContentReportEntity, HireCheckInEntity, LayoffPlanEntity } from './oversight.entity';
import { ReportsService } from './reports.service';
import { ScreeningDecisionsService } from './screening-decisions.service';
import { WatchService } from './watch.service';

const layoffModel = (p: LayoffPlanEntity): LayoffPlanModel => Object.assign(new LayoffPlanModel(), p);

/** A report as the viewer may see it: the employer gets the decision only. */
function reportModel(r: ContentReportEntity, viewer: AuthUser): ContentReportModel {
  const full = viewer.role === Role.OFFICER || viewer.role === Role.ADMIN || viewer.id === r.reporterUserId;
  return Object.assign(new ContentReportModel(), {
    id: r.id,
    targetType: r.targetType,
    targetId: r.targetId,
    jobPostingId: r.jobPostingId,
    employerId: r.employerId,
    regionCode: r.regionCode,
    category: r.category,
    text: full ? r.text : null,
    photos: full ? r.photos : [],
    status: r.status,
    action: r.action,
    resolutionNote: r.resolutionNote,
    resolvedAt: r.resolvedAt,
    createdAt: full ? r.createdAt : null,
    reporterUserId: r.reporterUserId,
  });
}

const creditModel = (employerId: string, c: EmployerCredit): EmployerCreditModel => ({
  employerId,
  ...c,
  reasons: c.reasons.map((r) => ({ ...r })),
});

const checkInModel = (
  c: HireCheckInEntity,
  extra: Omit<CheckInModel, 'id' | 'day' | 'hiredAt' | 'dueAt' | 'answeredAt'>,
): CheckInModel => ({
  id: c.id,
  day: c.day,
  hiredAt: c.hiredAt,
  dueAt: c.dueAt,
  answeredAt: c.answeredAt,
  ...extra,
});

/** Bureau oversight (issue 13): screening decisions, reports, post-hire check-ins, employer credit, layoffs, the watch. */
@Resolver()
export class OversightResolver {
  constructor(
    private readonly layoffs: LayoffsService,
    private readonly reportsService: ReportsService,
    private readonly decisions: ScreeningDecisionsService,
    private readonly checkIns: CheckInsService,
    private readonly credit: CreditService,
    private readonly watchService: WatchService,
  ) {}

  /* ------------------------------------------------------------------------------------------- screening */

  @Roles(Role.OFFICER)
  @Mutation(() => ScreeningDecisionModel, {
    description: "An officer upholds or dismisses one of a posting's screening flags, with a reason.",
  })
  async screeningDecision(@Args('input') input: ScreeningDecisionInput, @CurrentUser() user: AuthUser): Promise<ScreeningDecisionModel> {
    return Object.assign(new ScreeningDecisionModel(), await this.decisions.decide(user, input));
  }

  @Roles(Role.OFFICER, Role.ADMIN)
  @Query(() => [DismissedPatternModel], {
    description: 'Flag patterns officers dismissed in the region, most often first: where the rules misfire.',
  })
  async dismissedScreeningPatterns(
    @CurrentUser() user: AuthUser,
    @Args('regionCode', { nullable: true }) regionCode?: string,
  ): Promise<DismissedPatternModel[]> {
    return this.decisions.dismissedPatterns(user, regionCode);
  }

  /* ------------------------------------------------------------------------------------------- reports */

  @Roles(Role.JOB_SEEKER)
  @Mutation(() => ContentReportModel, { description: 'A seeker reports a posting, a live room or a fair booth (text, up to 3 photos).' })
  async reportContent(@Args('input') input: ReportContentInput, @CurrentUser() user: AuthUser): Promise<ContentReportModel> {
    return reportModel(await this.reportsService.report(user, input), user);
  }

  @Roles(Role.OFFICER, Role.ADMIN, Role.JOB_SEEKER, Role.EMPLOYER)
  @Query(() => [ContentReportModel], {
    description: "Officers: the region's queue (open first). Seekers: their reports and the decisions. Employers: decisions about them.",
  })
  async reports(@Args() args: ReportsArgs, @CurrentUser() user: AuthUser): Promise<ContentReportModel[]> {
    return (await this.reportsService.list(user, args)).map((r) => reportModel(r, user));
  }

  @Roles(Role.OFFICER)
  @Mutation(() => ContentReportModel, {
    description:
      'The officer acts on a report: WARN, SUSPEND_POSTING, SUSPEND_EMPLOYER (its postings closed) or DISMISS; the reporter is told.',
  })
  async resolveReport(@Args('input') input: ResolveReportInput, @CurrentUser() user: AuthUser): Promise<ContentReportModel> {
    return reportModel(await this.reportsService.resolve(user, input), user);
  }

  /* ------------------------------------------------------------------------------------------- check-ins */

  @Roles(Role.JOB_SEEKER)
  @Query(() => [CheckInModel], { description: "The worker's post-hire check-ins that are due (7 and 30 days after each hire)." })
  async checkInsDue(@CurrentUser() user: AuthUser): Promise<CheckInModel[]> {
    return (await this.checkIns.due(user)).map((d) =>
      checkInModel(d.checkIn, {
        jobTitle: d.jobTitle,
        employerName: d.employerName,
        workingHours: d.workingHours,
        dormitory: d.dormitory,
        meals: d.meals,
        socialInsurance: d.socialInsurance,
      }),
    );
  }

  @Roles(Role.JOB_SEEKER)
  @Mutation(() => Boolean, { description: 'The worker answers a due check-in, once. The answers are seen only by the bureau.' })
  async answerCheckIn(@Args('input') input: AnswerCheckInInput, @CurrentUser() user: AuthUser): Promise<boolean> {
    await this.checkIns.answer(user, input);
    return true;
  }

  /* ------------------------------------------------------------------------------------------- credit */

  @Roles(Role.OFFICER, Role.ADMIN, Role.EMPLOYER)
  @Query(() => EmployerCreditModel, {
    description: "An employer's credit with its reasons: officers over its region, and the employer itself.",
  })
  async employerCredit(
    @Args('employerId', { type: () => ID }) employerId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<EmployerCreditModel> {
    return creditModel(employerId, await this.credit.forEmployer(user, employerId));
  }

  /* ------------------------------------------------------------------------------------------- layoffs */

  @Roles(Role.EMPLOYER)
  @Mutation(() => LayoffPlanModel, {
    description: 'An employer files a reduction plan; the answer says whether it had to be reported and was on time.',
  })
  async fileLayoffPlan(@Args('input') input: LayoffPlanInput, @CurrentUser() user: AuthUser): Promise<LayoffPlanModel> {
    return layoffModel(await this.layoffs.file(user, input));
  }

  @Roles(Role.OFFICER, Role.ADMIN, Role.EMPLOYER)
  @Query(() => [LayoffPlanModel], { description: "Officers: the region's filings (their own region by default). Employers: their own." })
  async layoffPlans(
    @CurrentUser() user: AuthUser,
    @Args('regionCode', { nullable: true }) regionCode?: string,
  ): Promise<LayoffPlanModel[]> {
    return (await this.layoffs.list(user, regionCode)).map(layoffModel);
  }

  @Roles(Role.OFFICER, Role.ADMIN)
  @Query(() => [UnfiledLayoffSignalModel], { description: 'Employers whose rosters or postings shrank like an unfiled layoff.' })
  unfiledLayoffSignals(
    @CurrentUser() user: AuthUser,
    @Args('regionCode', { nullable: true }) regionCode?: string,
  ): Promise<UnfiledLayoffSignalModel[]> {
    return this.layoffs.unfiledSignals(user, regionCode);
  }

  @Roles(Role.OFFICER, Role.ADMIN, Role.EMPLOYER)
  @Query(() => StableJobsRefundModel, { description: "稳岗返还 from the employer's filings over the last 12 months." })
  stableJobsRefund(
    @Args('employerId', { type: () => ID }) employerId: string,
    @Args('insuredStaff', { type: () => Int }) insuredStaff: number,
    @CurrentUser() user: AuthUser,
  ): Promise<StableJobsRefundModel> {
    return this.layoffs.stableJobsRefund(user, employerId, insuredStaff);
  }

  /* ------------------------------------------------------------------------------------------- watch */

  @Roles(Role.OFFICER, Role.ADMIN)
  @Query(() => [CountyWatchModel], {
    description: 'The mass-unemployment watch per county for a month (YYYY-MM), counties on warning first.',
  })
  unemploymentWatch(
    @Args('month') month: string,
    @CurrentUser() user: AuthUser,
    @Args('regionCode', { nullable: true }) regionCode?: string,
  ): Promise<CountyWatchModel[]> {
    return this.watchService.watch(user, regionCode, month);
  }
}

/** What oversight adds to a posting: the employer's grade for seekers, the verified truth-card items, officers' decisions. */
@Resolver(() => JobPostingModel)
export class OversightJobFieldsResolver {
  /** Per-request batches (a list of postings costs one credit read and one check-in read). */
  private readonly batches = new WeakMap<
    object,
    { credit: DataLoader<string, EmployerCredit>; verified: DataLoader<string, TruthCardItem[]> }
  >();

  constructor(
    private readonly credit: CreditService,
    private readonly decisions: ScreeningDecisionsService,
  ) {}

  private batch(ctx: GqlContext) {
    let b = this.batches.get(ctx.req);
    if (!b) {
      b = {
        credit: new DataLoader(async (ids) => {
          const m = await this.credit.forEmployers(ids);
          return ids.map((id) => m.get(id)!);
        }),
        verified: new DataLoader(async (ids) => {
          const m = await this.credit.verifiedItems(ids);
          return ids.map((id) => m.get(id) ?? []);
        }),
      };
      this.batches.set(ctx.req, b);
    }
    return b;
  }

  @Public()
  @ResolveField(() => String, {
    nullable: true,
    description: "The employer's credit grade (A–D), shown once enough hired workers have answered check-ins; null before.",
  })
  async employerCreditGrade(@Parent() job: JobPostingModel, @Ctx() ctx: GqlContext): Promise<string | null> {
    const c = await this.batch(ctx).credit.load(job.employerId);
    return c.shownToSeekers ? c.grade : null;
  }

  @Public()
  @ResolveField(() => [String], {
    description: 'Truth-card items that hired workers confirmed in check-ins (核实): WORKING_HOURS, DORMITORY, MEALS, SOCIAL_INSURANCE.',
  })
  truthCardVerified(@Parent() job: JobPostingModel, @Ctx() ctx: GqlContext): Promise<TruthCardItem[]> {
    return this.batch(ctx).verified.load(job.id);
  }

  @ResolveField(() => [ScreeningDecisionModel], { description: "Officers' decisions on the posting's flags (officers over its region)." })
  async screeningDecisions(@Parent() job: JobPostingModel, @Ctx() ctx: GqlContext): Promise<ScreeningDecisionModel[]> {
    if (!officerCovers(ctx.user, job.workRegionCode)) return [];
    return (await this.decisions.forPostings([job.id])).map((d) => Object.assign(new ScreeningDecisionModel(), d));
  }
}

/** What the officer weighs a report against: the posting, and the employer's record of reports. */
@Resolver(() => ContentReportModel)
export class ReportFieldsResolver {
  constructor(
    private readonly jobs: JobsService,
    private readonly reportsService: ReportsService,
  ) {}

  @ResolveField(() => JobPostingModel, { nullable: true, description: 'The posting concerned, with its flags and decisions (officers).' })
  async jobPosting(@Parent() r: ContentReportModel, @CurrentUser() user: AuthUser): Promise<JobPostingModel | null> {
    if (!r.jobPostingId || !officerCovers(user, r.regionCode)) return null;
    const job = await this.jobs.get(user, r.jobPostingId).catch(() => null);
    return job ? JobPostingModel.from(job) : null;
  }

  @ResolveField(() => Int, { nullable: true, description: 'Reports about the same employer before this one (officers).' })
  async earlierReports(@Parent() r: ContentReportModel, @CurrentUser() user: AuthUser): Promise<number | null> {
    if (!r.employerId || !officerCovers(user, r.regionCode)) return null;
    return this.reportsService.countEarlier(r.employerId, r.id);
  }
}

/** Each flag with the clause it breaks (from libs/domain's table). */
@Resolver(() => ScreeningFlagModel)
export class ScreeningFlagFieldsResolver {
  @Public()
  @ResolveField(() => String, { nullable: true, description: 'The rule the flag points to, in Chinese.' })
  clause(@Parent() flag: ScreeningFlagModel): string | null {
    return SCREENING_CLAUSES[flag.code as ScreeningFlagCode]?.text ?? null;
  }

  @Public()
  @ResolveField(() => String, { nullable: true, description: 'Where the rule is written (law, regulation or seed document clause).' })
  clauseSource(@Parent() flag: ScreeningFlagModel): string | null {
    return SCREENING_CLAUSES[flag.code as ScreeningFlagCode]?.source ?? null;
  }
}
