import { Role } from '@jobbridge/contracts';
import { chinaIsoDateOf } from '@jobbridge/domain';
import { Injectable } from '@nestjs/common';
import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { Ctx } from '../../common/auth/access.decorators';
import type { GqlContext } from '../../common/auth/gql-context';
import { AppError } from '../../common/errors/app-error';
import { JobPostingModel } from '../jobs/dto/job-posting.model';
import { JobsService } from '../jobs/jobs.service';
import { JobMatchModel } from '../matching/dto/match.model';
import { explanation } from '../matching/match-mapping';
import {
  HouseholdModel,
  SupportCaseModel,
  SupportFairModel,
  SupportFollowUpModel,
  UnemploymentRegistrationModel,
} from './dto/employment-support.model';
import { FollowUpsService } from './follow-ups.service';
import { HouseholdsService } from './households.service';
import { caseModel, followUpModel, registrationModel } from './support-case.mapper';
import { SupportCasesService } from './support-cases.service';
import type { SupportFollowUpEntity } from './employment-support.entity';
import { SupportOffersService } from './support-offers.service';
import { UnemploymentRegistrationsService } from './unemployment-registrations.service';

const MAX_MATCHES = 20;
const isStaff = (ctx: GqlContext) => ctx.user?.role === Role.OFFICER || ctx.user?.role === Role.ADMIN;

/** Per-request batches, so a page of cases costs one query per relation, not one per case. */
class Batches {
  readonly followUps: DataLoader<string, SupportFollowUpEntity[]>;
  readonly registrations: DataLoader<string, UnemploymentRegistrationModel | null>;
  readonly households: DataLoader<string, HouseholdModel | null>;
  readonly jobs: DataLoader<string, JobPostingModel | null>;
  readonly fairs: DataLoader<string, SupportFairModel | null>;

  constructor(s: SupportBatches) {
    const byId = <T extends { id: string }>(ids: readonly string[], rows: T[]) => {
      const m = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => m.get(id) ?? null);
    };
    this.followUps = new DataLoader(async (ids) => {
      const rows = await s.followUps.forCases(ids);
      return ids.map((id) => rows.filter((f) => f.caseId === id));
    });
    this.registrations = new DataLoader(async (ids) => byId(ids, (await s.registrations.byIds(ids)).map(registrationModel)));
    this.households = new DataLoader(async (ids) => byId(ids, await s.households.byIds(ids)));
    this.jobs = new DataLoader(async (ids) =>
      byId(
        ids,
        (await s.jobs.findByIds(ids)).map((j) => JobPostingModel.from(j)),
      ),
    );
    this.fairs = new DataLoader(async (ids) => byId(ids, await s.offers.fairsByIds(ids)));
  }
}

/** The per-request batches of the field resolvers below (one set per request, kept on the request object). */
@Injectable()
export class SupportBatches {
  private readonly batches = new WeakMap<object, Batches>();

  constructor(
    readonly followUps: FollowUpsService,
    readonly registrations: UnemploymentRegistrationsService,
    readonly households: HouseholdsService,
    readonly jobs: JobsService,
    readonly offers: SupportOffersService,
  ) {}

  of(ctx: GqlContext): Batches {
    let b = this.batches.get(ctx.req);
    if (!b) {
      b = new Batches(this);
      this.batches.set(ctx.req, b);
    }
    return b;
  }

  /** A household as the viewer may see it: the members' open case ids for staff only. */
  async household(ctx: GqlContext, id: string): Promise<HouseholdModel | null> {
    const h = await this.of(ctx).households.load(id);
    return h && !isStaff(ctx) ? { ...h, openCaseIds: [] } : h;
  }
}

/** What a case shows: the registration and household, the follow-ups, and the jobs and fairs on offer. */
@Resolver(() => SupportCaseModel)
export class SupportCaseFieldsResolver {
  constructor(
    private readonly batches: SupportBatches,
    private readonly offers: SupportOffersService,
  ) {}

  @ResolveField(() => UnemploymentRegistrationModel, { nullable: true, description: 'The registration behind the case (UNEMPLOYED).' })
  registration(@Parent() c: SupportCaseModel, @Ctx() ctx: GqlContext): Promise<UnemploymentRegistrationModel | null> | null {
    return c.registrationId ? this.batches.of(ctx).registrations.load(c.registrationId) : null;
  }

  @ResolveField(() => HouseholdModel, { nullable: true, description: "The person's household, when they registered one." })
  async household(@Parent() c: SupportCaseModel, @Ctx() ctx: GqlContext): Promise<HouseholdModel | null> {
    const r = c.registrationId ? await this.batches.of(ctx).registrations.load(c.registrationId) : null;
    return r ? this.batches.household(ctx, r.householdId) : null;
  }

  @ResolveField(() => [SupportFollowUpModel], { description: 'Every follow-up, the latest contact first.' })
  async followUps(@Parent() c: SupportCaseModel, @Ctx() ctx: GqlContext): Promise<SupportFollowUpModel[]> {
    return (await this.batches.of(ctx).followUps.load(c.id)).map((f) => followUpModel(f, ctx.user));
  }

  @ResolveField(() => [JobMatchModel], {
    description: 'The best job matches for the person now (为你推荐), with reasons: what to recommend in a follow-up.',
  })
  async recommendedJobs(
    @Parent() c: SupportCaseModel,
    @Args('first', { type: () => Int, defaultValue: 5 }) first: number,
  ): Promise<JobMatchModel[]> {
    if (first > MAX_MATCHES) throw new AppError('PAGE_SIZE_TOO_LARGE', `最多${MAX_MATCHES}条`, 'first');
    const matches = await this.offers.jobsFor(c.seekerProfileId, Math.max(1, first));
    return matches.map(({ job, match }) => ({ job: JobPostingModel.from(job), ...explanation(match) }));
  }

  @ResolveField(() => [SupportFairModel], { description: 'Job fairs open or coming up in the person’s county or above it.' })
  upcomingFairs(@Parent() c: SupportCaseModel): Promise<SupportFairModel[]> {
    return this.offers.fairsFor(c.regionCode);
  }
}

/** What a follow-up recommended, by name. */
@Resolver(() => SupportFollowUpModel)
export class SupportFollowUpFieldsResolver {
  constructor(
    private readonly batches: SupportBatches,
    private readonly offers: SupportOffersService,
  ) {}

  @ResolveField(() => [JobPostingModel], { description: 'The postings recommended (as they are now).' })
  async recommendedJobs(@Parent() f: SupportFollowUpModel, @Ctx() ctx: GqlContext): Promise<JobPostingModel[]> {
    const jobs = await this.batches.of(ctx).jobs.loadMany(f.recommendedJobPostingIds);
    return jobs.filter((j): j is JobPostingModel => !!j && !(j instanceof Error));
  }

  @ResolveField(() => [SupportFairModel], { description: 'The job fairs recommended.' })
  async recommendedFairs(@Parent() f: SupportFollowUpModel, @Ctx() ctx: GqlContext): Promise<SupportFairModel[]> {
    const fairs = await this.batches.of(ctx).fairs.loadMany(f.recommendedFairIds);
    return fairs.filter((x): x is SupportFairModel => !!x && !(x instanceof Error));
  }
}

/** A registration's household and case, for the person and the officers over it. */
@Resolver(() => UnemploymentRegistrationModel)
export class UnemploymentRegistrationFieldsResolver {
  constructor(
    private readonly batches: SupportBatches,
    private readonly cases: SupportCasesService,
  ) {}

  @ResolveField(() => HouseholdModel, { description: 'The household (零就业家庭 while no working-age member is employed).' })
  async household(@Parent() r: UnemploymentRegistrationModel, @Ctx() ctx: GqlContext): Promise<HouseholdModel> {
    return (await this.batches.household(ctx, r.householdId))!;
  }

  @ResolveField(() => SupportCaseModel, { nullable: true, description: 'The support case the registration opened: the help on offer.' })
  async supportCase(@Parent() r: UnemploymentRegistrationModel, @Ctx() ctx: GqlContext): Promise<SupportCaseModel | null> {
    const row = await this.cases.ofRegistration(r.id);
    if (!row || !this.cases.mayView(ctx.user, row.kase)) return null;
    return caseModel(row.kase, row.person, chinaIsoDateOf(new Date()));
  }
}
