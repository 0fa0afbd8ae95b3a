import { ErrorCode, Role } from '@jobbridge/contracts';
import { Args, Float, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, CurrentUser, Public, Roles } from '../../common/auth/access.decorators';
import type { AuthUser } from '../../common/auth/auth-user';
import { isAdmin, officerCovers } from '../../common/auth/scope';
import { AppError } from '../../common/errors/app-error';
import {
  ConfirmAttendanceInput,
  DisputeGigPayInput,
  GigCheckInput,
  GigInput,
  GigPreferencesInput,
  GigsNearbyArgs,
  GigStationInput,
  MarkGigPaidInput,
  RateGigInput,
  RegisterGigPosterInput,
  ResolveGigDisputeInput,
} from './dto/gig.input';
import {
  GigAlertModel,
  GigAssignmentModel,
  GigAttendanceModel,
  GigModel,
  GigPosterModel,
  GigPreferencesModel,
  GigStationModel,
  GigWorkRecordModel,
} from './dto/gig.model';
import { GigAssignmentEntity, GigEntity, GigPosterEntity, GigPreferenceEntity, GigStationEntity } from './gig.entity';
import type { GqlContext } from '../../common/auth/gql-context';
import { gigById, gigPlaceOfWorker } from './gig.loaders';
import { attendanceModel, gradeModel } from './gig.mapper';
import { GigRecordsService } from './gig-records.service';
import { GigSettlementService } from './gig-settlement.service';
import { GigStationsService } from './gig-stations.service';
import { GigWorkService } from './gig-work.service';
import { GigsService } from './gigs.service';
import { DataSource, In } from 'typeorm';

const posterModel = (p: GigPosterEntity): GigPosterModel => ({
  realName: p.realName,
  idNumberMasked: p.idNumberMasked,
  regionCode: p.regionCode,
  trusted: !!p.trustedAt,
  createdAt: p.createdAt,
});

const preferencesModel = (p: GigPreferenceEntity): GigPreferencesModel => ({
  enabled: p.enabled,
  lat: p.lat,
  lng: p.lng,
  maxDistanceKm: p.maxDistanceKm,
  weekdays: p.weekdays,
  skills: p.skills,
});

const stationModel = (s: GigStationEntity, distance: number | null = null): GigStationModel => ({
  id: s.id,
  regionCode: s.regionCode,
  name: s.name,
  address: s.address,
  lat: s.lat,
  lng: s.lng,
  openingHours: s.openingHours,
  services: s.services,
  contactPhone: s.contactPhone,
  distanceMeters: distance,
});

const clampFirst = (n: number) => Math.min(Math.max(n, 1), 50);

/** The gig market (零工市场, issue 15). */
@Resolver(() => GigModel)
export class GigsResolver {
  constructor(
    private readonly ds: DataSource,
    private readonly gigs: GigsService,
    private readonly work: GigWorkService,
    private readonly settlement: GigSettlementService,
    private readonly stations: GigStationsService,
    private readonly records: GigRecordsService,
  ) {}

  private async one(g: GigEntity): Promise<GigModel> {
    return (await this.records.gigModels([g]))[0];
  }

  private async assignment(user: AuthUser, a: GigAssignmentEntity, withGig = true): Promise<GigAssignmentModel> {
    return (await this.records.assignmentModels(user, [a], withGig))[0];
  }

  // ---- posters and gigs ------------------------------------------------------------------------------------------

  @Roles(Role.JOB_SEEKER)
  @Mutation(() => GigPosterModel, {
    description: 'A private person registers to post gigs (个人雇主) with a real-name check of their identity number.',
  })
  async registerGigPoster(@Args('input') input: RegisterGigPosterInput, @CurrentUser() user: AuthUser): Promise<GigPosterModel> {
    return posterModel(await this.gigs.registerPoster(user, input));
  }

  @Roles(Role.JOB_SEEKER)
  @Query(() => GigPosterModel, { nullable: true, description: "The caller's registration as an individual poster." })
  async myGigPoster(@CurrentUser() user: AuthUser): Promise<GigPosterModel | null> {
    const p = await this.gigs.myPoster(user);
    return p ? posterModel(p) : null;
  }

  @Roles(Role.EMPLOYER, Role.JOB_SEEKER)
  @Mutation(() => GigModel, {
    description:
      'Posts a gig. Published at once for a verified employer (or a trusted individual) when nothing is flagged; otherwise reviewed first. Same idempotencyKey, same gig.',
  })
  async createGig(
    @Args('input') input: GigInput,
    @CurrentUser() user: AuthUser,
    @Args('idempotencyKey', { type: () => String, nullable: true }) idempotencyKey?: string | null,
  ): Promise<GigModel> {
    if (idempotencyKey && idempotencyKey.length > 64) throw new AppError(ErrorCode.VALIDATION_FAILED, '请求标识过长', 'idempotencyKey');
    return this.one(await this.gigs.create(user, input, idempotencyKey));
  }

  @Roles(Role.EMPLOYER, Role.JOB_SEEKER)
  @Mutation(() => GigModel, { description: 'Changes a gig while no worker holds a place; it is screened again.' })
  async updateGig(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: GigInput,
    @CurrentUser() user: AuthUser,
  ): Promise<GigModel> {
    return this.one(await this.gigs.update(user, id, input));
  }

  @Roles(Role.EMPLOYER, Role.JOB_SEEKER)
  @Mutation(() => GigModel, { description: 'Cancels a gig with a reason; its workers are told.' })
  async cancelGig(
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
    @CurrentUser() user: AuthUser,
  ): Promise<GigModel> {
    return this.one(await this.gigs.cancel(user, id, reason.slice(0, 200)));
  }

  @Public()
  @Query(() => GigModel, { description: 'A gig: public once published; before, its poster and officers over the county.' })
  async gig(@Args('id', { type: () => ID }) id: string, @CurrentUser() user?: AuthUser): Promise<GigModel> {
    return this.one(await this.gigs.get(user, id));
  }

  @Public()
  @Query(() => [GigModel], { description: 'Published gigs near a point that have not ended, nearest (or soonest) first.' })
  async gigsNearby(@Args() args: GigsNearbyArgs): Promise<GigModel[]> {
    const { gigs, distances } = await this.gigs.nearby(args);
    return this.records.gigModels(gigs, distances);
  }

  @Roles(Role.EMPLOYER, Role.JOB_SEEKER)
  @Query(() => [GigModel], { description: "The caller's posted gigs (theirs or their employer's), latest first." })
  async postedGigs(
    @CurrentUser() user: AuthUser,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
  ): Promise<GigModel[]> {
    return this.records.gigModels(await this.gigs.posted(user, clampFirst(first)));
  }

  @Roles(Role.OFFICER)
  @Query(() => [GigModel], { description: "Gigs waiting for review in the officer's region, soonest first." })
  async gigReviewQueue(
    @CurrentUser() user: AuthUser,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
  ): Promise<GigModel[]> {
    return this.records.gigModels(await this.gigs.reviewQueue(user, clampFirst(first)));
  }

  @Roles(Role.OFFICER)
  @Mutation(() => GigModel, { description: 'Approves (publishes) or rejects a gig in review.' })
  async reviewGig(
    @Args('id', { type: () => ID }) id: string,
    @Args('approve') approve: boolean,
    @CurrentUser() user: AuthUser,
    @Args('reason', { type: () => String, nullable: true }) reason?: string | null,
  ): Promise<GigModel> {
    return this.one(await this.gigs.review(user, id, approve, reason?.slice(0, 500)));
  }

  @ResolveField(() => String, {
    nullable: true,
    description: "The code in the site's QR (the poster and officers over the county only): check-in by QR must carry it.",
  })
  async qrCode(@Parent() gig: GigModel, @Ctx() ctx: GqlContext, @CurrentUser() user?: AuthUser): Promise<string | null> {
    if (!user) return null;
    const g = await ctx.loaders.of(gigById).load(gig.id);
    if (!g) return null;
    return officerCovers(user, g.regionCode) || (await this.gigs.isPoster(user, g)) ? g.qrSecret : null;
  }

  @ResolveField(() => [GigAssignmentModel], {
    description: "The gig's workers, accepted first then the waiting list (the poster and officers over the county; [] for others).",
  })
  async assignments(@Parent() gig: GigModel, @Ctx() ctx: GqlContext, @CurrentUser() user?: AuthUser): Promise<GigAssignmentModel[]> {
    if (!user) return [];
    const g = await ctx.loaders.of(gigById).load(gig.id);
    if (!g || !(officerCovers(user, g.regionCode) || isAdmin(user) || (await this.gigs.isPoster(user, g)))) return [];
    return this.records.assignmentModels(user, await this.work.forGig(g.id), false);
  }

  @ResolveField(() => GigAssignmentModel, { nullable: true, description: "The caller's own place on the gig, if any." })
  async myAssignment(@Parent() gig: GigModel, @Ctx() ctx: GqlContext, @CurrentUser() user?: AuthUser): Promise<GigAssignmentModel | null> {
    if (!user || user.role !== Role.JOB_SEEKER) return null;
    const a = await ctx.loaders.of(gigPlaceOfWorker).load(`${user.id}|${gig.id}`);
    return a ? this.assignment(user, a, false) : null;
  }

  // ---- workers ---------------------------------------------------------------------------------------------------

  @Roles(Role.JOB_SEEKER)
  @Mutation(() => GigPreferencesModel, { description: 'Opts in to (or out of) gig work: where from, how far, which days, skills.' })
  async saveGigPreferences(@Args('input') input: GigPreferencesInput, @CurrentUser() user: AuthUser): Promise<GigPreferencesModel> {
    return preferencesModel(await this.work.savePreferences(user, input));
  }

  @Roles(Role.JOB_SEEKER)
  @Query(() => GigPreferencesModel, { nullable: true })
  async myGigPreferences(@CurrentUser() user: AuthUser): Promise<GigPreferencesModel | null> {
    const p = await this.work.preferences(user);
    return p ? preferencesModel(p) : null;
  }

  @Roles(Role.JOB_SEEKER)
  @Mutation(() => GigAssignmentModel, {
    description: 'Takes a place (first come first served up to headcount, then the waiting list). A second tap returns the place.',
  })
  async acceptGig(@Args('gigId', { type: () => ID }) gigId: string, @CurrentUser() user: AuthUser): Promise<GigAssignmentModel> {
    return this.assignment(user, await this.work.accept(user, gigId));
  }

  @Roles(Role.JOB_SEEKER)
  @Mutation(() => GigAssignmentModel, { description: 'Gives a place back; after the free-withdrawal deadline it is recorded.' })
  async withdrawFromGig(@Args('gigId', { type: () => ID }) gigId: string, @CurrentUser() user: AuthUser): Promise<GigAssignmentModel> {
    return this.assignment(user, await this.work.withdraw(user, gigId));
  }

  @Roles(Role.JOB_SEEKER)
  @Query(() => [GigAssignmentModel], { description: "The worker's gigs (places held, waiting, past), latest first." })
  async myGigs(
    @CurrentUser() user: AuthUser,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
  ): Promise<GigAssignmentModel[]> {
    return this.records.assignmentModels(user, await this.work.mine(user, clampFirst(first)), true);
  }

  @Roles(Role.JOB_SEEKER)
  @Mutation(() => GigAttendanceModel, { description: "Checks in at the site by the gig's QR code or by location within its radius." })
  async checkIn(@Args('input') input: GigCheckInput, @CurrentUser() user: AuthUser): Promise<GigAttendanceModel> {
    return attendanceModel(await this.work.checkIn(user, input));
  }

  @Roles(Role.JOB_SEEKER)
  @Mutation(() => GigAttendanceModel, { description: 'Checks out of the day (QR or location).' })
  async checkOut(@Args('input') input: GigCheckInput, @CurrentUser() user: AuthUser): Promise<GigAttendanceModel> {
    return attendanceModel(await this.work.checkOut(user, input));
  }

  @Roles(Role.EMPLOYER, Role.JOB_SEEKER)
  @Mutation(() => GigAttendanceModel, { description: "The poster confirms a worker's day (minutes, pieces)." })
  async confirmAttendance(@Args('input') input: ConfirmAttendanceInput, @CurrentUser() user: AuthUser): Promise<GigAttendanceModel> {
    return attendanceModel(await this.work.confirmAttendance(user, input));
  }

  // ---- settlement and ratings ------------------------------------------------------------------------------------

  @Roles(Role.EMPLOYER, Role.JOB_SEEKER)
  @Mutation(() => GigAssignmentModel, { description: "The poster marks a worker's pay as paid (amount, method)." })
  async markGigPaid(@Args('input') input: MarkGigPaidInput, @CurrentUser() user: AuthUser): Promise<GigAssignmentModel> {
    return this.assignment(user, await this.settlement.markPaid(user, input));
  }

  @Roles(Role.JOB_SEEKER)
  @Mutation(() => GigAssignmentModel, { description: 'The worker confirms the pay marked as paid.' })
  async confirmGigPay(@Args('assignmentId', { type: () => ID }) id: string, @CurrentUser() user: AuthUser): Promise<GigAssignmentModel> {
    return this.assignment(user, await this.settlement.confirmPay(user, id));
  }

  @Roles(Role.JOB_SEEKER)
  @Mutation(() => GigAssignmentModel, { description: "The worker disputes the pay; the county's officers are alerted." })
  async disputeGigPay(@Args('input') input: DisputeGigPayInput, @CurrentUser() user: AuthUser): Promise<GigAssignmentModel> {
    return this.assignment(user, await this.settlement.disputePay(user, input));
  }

  @Roles(Role.OFFICER)
  @Mutation(() => GigAssignmentModel, { description: 'An officer over the county settles a pay dispute.' })
  async resolveGigDispute(@Args('input') input: ResolveGigDisputeInput, @CurrentUser() user: AuthUser): Promise<GigAssignmentModel> {
    return this.assignment(user, await this.settlement.resolveDispute(user, input));
  }

  @Roles(Role.EMPLOYER, Role.JOB_SEEKER)
  @Mutation(() => GigAssignmentModel, { description: 'Rates the other side of a worker-gig (once per side).' })
  async rateGig(@Args('input') input: RateGigInput, @CurrentUser() user: AuthUser): Promise<GigAssignmentModel> {
    const rating = await this.settlement.rate(user, input);
    const a = await this.ds.getRepository(GigAssignmentEntity).findOneByOrFail({ id: rating.assignmentId });
    return this.assignment(user, a);
  }

  @Roles(Role.OFFICER)
  @Query(() => [GigAlertModel], {
    description: "Pay overdue and disputed in the officer's region, newest first, with the check-in record.",
  })
  async gigAlerts(
    @CurrentUser() user: AuthUser,
    @Args('openOnly', { defaultValue: true }) openOnly: boolean,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
  ): Promise<GigAlertModel[]> {
    const alerts = await this.settlement.alerts(user, openOnly, clampFirst(first));
    if (!alerts.length) return [];
    const assignments = await this.ds.getRepository(GigAssignmentEntity).findBy({ id: In(alerts.map((a) => a.assignmentId)) });
    const models = new Map((await this.records.assignmentModels(user, assignments, true)).map((m) => [m.id, m]));
    return alerts.map((al) => {
      const assignment = models.get(al.assignmentId)!;
      return {
        id: al.id,
        kind: al.kind,
        regionCode: al.regionCode,
        createdAt: al.createdAt,
        resolvedAt: al.resolvedAt,
        gig: assignment.gig!,
        assignment,
      };
    });
  }

  @Roles(Role.JOB_SEEKER)
  @Query(() => GigWorkRecordModel, { description: "The worker's gig record, as proof of work (days, posters, earnings confirmed)." })
  async myGigRecord(@CurrentUser() user: AuthUser): Promise<GigWorkRecordModel> {
    const r = await this.settlement.workRecord(user.id);
    return {
      days: r.days,
      gigs: r.gigs,
      posters: r.posters,
      earningsConfirmedYuan: r.earningsConfirmedFen / 100,
      reliability: gradeModel(r.reliability),
      entries: r.entries.map((e) => ({ ...e, paidYuan: e.paidFen / 100 })),
      asOf: new Date(),
    };
  }

  // ---- stations --------------------------------------------------------------------------------------------------

  @Public()
  @Query(() => [GigStationModel], { description: 'Gig stations (零工驿站) in a region, or nearest a point first.' })
  async gigStations(
    @Args('regionCode', { type: () => String, nullable: true }) regionCode?: string | null,
    @Args('lat', { type: () => Float, nullable: true }) lat?: number | null,
    @Args('lng', { type: () => Float, nullable: true }) lng?: number | null,
  ): Promise<GigStationModel[]> {
    const near = lat != null && lng != null ? { lat, lng } : null;
    return (await this.stations.list(regionCode?.slice(0, 12) ?? null, near)).map((r) => stationModel(r.station, r.distance));
  }

  @Public()
  @Query(() => GigStationModel)
  async gigStation(@Args('id', { type: () => ID }) id: string): Promise<GigStationModel> {
    return stationModel(await this.stations.get(id));
  }

  @Roles(Role.OFFICER)
  @Mutation(() => GigStationModel, { description: "Registers a gig station in a county of the officer's region." })
  async createGigStation(@Args('input') input: GigStationInput, @CurrentUser() user: AuthUser): Promise<GigStationModel> {
    return stationModel(await this.stations.create(user, input));
  }
}
