import { JobFairStatus, Role, TicketStatus } from '@jobbridge/contracts';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, CurrentUser, Public, Roles } from '../../common/auth/access.decorators';
import type { AuthUser } from '../../common/auth/auth-user';
import type { GqlContext } from '../../common/auth/gql-context';
import { forbidden } from '../../common/errors/app-error';
import { EmployerModel } from '../employers/dto/employer.model';
import { employerById } from '../employers/employer.loaders';
import { employerModelIn } from '../employers/employers.resolver';
import { JobSeekerProfileModel } from '../job-seekers/dto/job-seeker-profile.model';
import { seekerProfileById } from '../job-seekers/job-seeker.loaders';
import { JobPostingModel } from '../jobs/dto/job-posting.model';
import type { JobPostingEntity } from '../jobs/job-posting.entity';
import { jobPostingById } from '../jobs/job-posting.loaders';
import {
  BoothApplicationInput,
  CallbackInput,
  EndTalkInput,
  FairBoothsArgs,
  JobFairInput,
  JobFairsArgs,
  JoinQueueInput,
  ProjectFairInput,
  ReviewBoothInput,
} from './dto/job-fair.input';
import { FairBoothModel, FairCallbackModel, JobFairModel, JobFairStatsModel, QueueTicketModel } from './dto/job-fair.model';
import { FairPresence } from './fair-presence';
import { FairQueueService } from './fair-queue.service';
import { fairStats } from './fair-stats';
import { FairBoothEntity, FairTicketEntity, JobFairEntity } from './job-fair.entity';
import { JobFairsService } from './job-fairs.service';
import { DataSource, EntityManager } from 'typeorm';

@Resolver(() => JobFairModel)
export class JobFairsResolver {
  constructor(
    private readonly fairs: JobFairsService,
    private readonly queue: FairQueueService,
    private readonly presence: FairPresence,
    private readonly ds: DataSource,
  ) {}

  private model = (f: JobFairEntity) => JobFairModel.from(f, this.fairs.priorityWindowEndsAt(f));

  @Public()
  @Query(() => JobFairModel, { description: 'A published, live or past fair; drafts for the officers who manage them.' })
  async jobFair(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: GqlContext): Promise<JobFairModel> {
    return this.model(await this.fairs.get(ctx.user, id));
  }

  @Public()
  @Query(() => [JobFairModel], { description: 'Fairs by region and status: live first, then upcoming by date, then past.' })
  async jobFairs(@Args() args: JobFairsArgs, @Ctx() ctx: GqlContext): Promise<JobFairModel[]> {
    return (await this.fairs.list(ctx.user, args)).map(this.model);
  }

  @Roles(Role.OFFICER)
  @Mutation(() => JobFairModel, { description: 'An officer creates a fair for a county or prefecture of the region (as a draft).' })
  async createJobFair(@Args('input') input: JobFairInput, @CurrentUser() user: AuthUser): Promise<JobFairModel> {
    return this.model(await this.fairs.create(user, input));
  }

  @Roles(Role.OFFICER)
  @Mutation(() => JobFairModel, { description: 'Changes a draft or published fair.' })
  async updateJobFair(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: JobFairInput,
    @CurrentUser() user: AuthUser,
  ): Promise<JobFairModel> {
    return this.model(await this.fairs.update(user, id, input));
  }

  @Roles(Role.OFFICER)
  @Mutation(() => JobFairModel, { description: 'DRAFT → PUBLISHED: employers may apply for booths, seekers pre-register.' })
  async publishJobFair(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: AuthUser): Promise<JobFairModel> {
    return this.model(await this.fairs.move(user, id, JobFairStatus.PUBLISHED));
  }

  @Roles(Role.OFFICER)
  @Mutation(() => JobFairModel, { description: 'PUBLISHED → LIVE: the hall opens and queues start.' })
  async startJobFair(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: AuthUser): Promise<JobFairModel> {
    return this.model(await this.fairs.move(user, id, JobFairStatus.LIVE));
  }

  @Roles(Role.OFFICER)
  @Mutation(() => JobFairModel, {
    description: 'Ends the fair: places still waiting or called are closed (LEFT), and the figures are kept as they stand.',
  })
  async endJobFair(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: AuthUser): Promise<JobFairModel> {
    return this.model(
      await this.fairs.move(user, id, JobFairStatus.ENDED, async (em, fair) => {
        await em.update(
          FairTicketEntity,
          { fairId: fair.id, status: TicketStatus.WAITING },
          { status: TicketStatus.LEFT, endedAt: new Date() },
        );
        await em.update(
          FairTicketEntity,
          { fairId: fair.id, status: TicketStatus.CALLED },
          { status: TicketStatus.LEFT, endedAt: new Date() },
        );
        fair.finalStats = { ...(await this.stats(fair, em)) };
      }),
    );
  }

  @Roles(Role.OFFICER, Role.ADMIN)
  @Query(() => JobFairStatsModel, { description: "The bureau's live figures (after the fair: as they stood when it ended)." })
  async jobFairStats(@Args('fairId', { type: () => ID }) fairId: string, @CurrentUser() user: AuthUser): Promise<JobFairStatsModel> {
    const fair = await this.fairs.get(user, fairId);
    if (!this.fairs.manages(user, fair)) throw forbidden();
    if (fair.status === JobFairStatus.ENDED && fair.finalStats) return fair.finalStats as unknown as JobFairStatsModel;
    return this.stats(fair);
  }

  private async stats(fair: JobFairEntity, db: DataSource | EntityManager = this.ds): Promise<JobFairStatsModel> {
    const booths = await db
      .getRepository(FairBoothEntity)
      .find({ where: { fairId: fair.id }, select: { id: true, number: true, status: true } });
    const [live, now, peak] = await Promise.all([
      this.fairs.live(booths),
      this.presence.visitorsNow(fair.id),
      this.presence.visitorsPeak(fair.id),
    ]);
    return fairStats(db, fair, booths, live, { now, peak });
  }

  @Roles(Role.OFFICER)
  @Mutation(() => JobFairModel, {
    description:
      "A fair for a major project in one step (for projects whose local hiring is at risk): published, one approved booth with the project's jobs, local seekers who fit them invited in the app.",
  })
  async createFairForProject(@Args('input') input: ProjectFairInput, @CurrentUser() user: AuthUser): Promise<JobFairModel> {
    return this.model((await this.fairs.createForProject(user, input)).fair);
  }

  @Roles(Role.JOB_SEEKER)
  @Query(() => [JobFairModel], { description: 'Fairs the seeker was invited to (published or live).' })
  async myFairInvitations(@CurrentUser() user: AuthUser): Promise<JobFairModel[]> {
    return (await this.fairs.invitationsOf(user)).map(this.model);
  }

  /* ------------------------------------------------------------------------------------------- booths */

  @Roles(Role.EMPLOYER)
  @Mutation(() => FairBoothModel, { description: 'An employer applies for a booth (again after a rejection: back to review).' })
  async applyForBooth(@Args('input') input: BoothApplicationInput, @CurrentUser() user: AuthUser): Promise<FairBoothModel> {
    const b = await this.fairs.applyForBooth(user, input);
    return FairBoothModel.from(b, (await this.fairs.live([b])).get(b.id)!);
  }

  @Roles(Role.OFFICER)
  @Mutation(() => FairBoothModel, {
    description: 'An officer over the fair approves (a number in its zone) or rejects (with a reason) a booth.',
  })
  async reviewBooth(@Args('input') input: ReviewBoothInput, @CurrentUser() user: AuthUser): Promise<FairBoothModel> {
    const b = await this.fairs.reviewBooth(user, input);
    return FairBoothModel.from(b, (await this.fairs.live([b])).get(b.id)!);
  }

  @Public()
  @Query(() => [FairBoothModel], {
    description: "The hall's booths with reps online, queue and wait; filters by zone, county, job kind, keyword.",
  })
  async fairBooths(@Args() args: FairBoothsArgs, @Ctx() ctx: GqlContext): Promise<FairBoothModel[]> {
    const booths = await this.fairs.booths(ctx.user, args);
    const live = await this.fairs.live(booths);
    return booths.map((b) => FairBoothModel.from(b, live.get(b.id)!));
  }

  /* ------------------------------------------------------------------------------------------- seekers */

  @Roles(Role.JOB_SEEKER)
  @Mutation(() => Boolean, { description: 'A seeker pre-registers for a fair, with the booths they mean to visit.' })
  async registerForFair(
    @Args('fairId', { type: () => ID }) fairId: string,
    @Args('boothIds', { type: () => [ID], defaultValue: [] }) boothIds: string[],
    @CurrentUser() user: AuthUser,
  ): Promise<boolean> {
    await this.fairs.register(user, fairId, boothIds);
    return true;
  }

  @Roles(Role.JOB_SEEKER)
  @Mutation(() => Boolean, { description: "A seeker at the venue checks in with the code of the fair's on-site QR code." })
  async checkInAtFair(
    @Args('fairId', { type: () => ID }) fairId: string,
    @Args('code') code: string,
    @CurrentUser() user: AuthUser,
  ): Promise<boolean> {
    await this.fairs.checkIn(user, fairId, code);
    return true;
  }

  @Roles(Role.OFFICER, Role.ADMIN)
  @Query(() => String, {
    nullable: true,
    description: "The venue's check-in code (on-site and hybrid fairs), for the QR code at the entrance.",
  })
  fairCheckInCode(@Args('fairId', { type: () => ID }) fairId: string, @CurrentUser() user: AuthUser): Promise<string | null> {
    return this.fairs.checkInCodeFor(user, fairId);
  }

  @Roles(Role.JOB_SEEKER)
  @Mutation(() => QueueTicketModel, { description: "Takes a place in a booth's queue: a ticket with its place and estimated wait." })
  joinBoothQueue(@Args('input') input: JoinQueueInput, @CurrentUser() user: AuthUser): Promise<QueueTicketModel> {
    return this.queue.join(user, input.boothId);
  }

  @Roles(Role.JOB_SEEKER)
  @Mutation(() => QueueTicketModel, { description: 'Leaves a queue (the place is freed).' })
  leaveBoothQueue(@Args('ticketId', { type: () => ID }) ticketId: string, @CurrentUser() user: AuthUser): Promise<QueueTicketModel> {
    return this.queue.leave(user, ticketId);
  }

  @Roles(Role.JOB_SEEKER)
  @Query(() => [QueueTicketModel], { description: "The seeker's tickets (at one fair, or all), newest first." })
  myQueueTickets(
    @CurrentUser() user: AuthUser,
    @Args('fairId', { type: () => ID, nullable: true }) fairId?: string,
  ): Promise<QueueTicketModel[]> {
    return this.queue.mine(user, fairId);
  }

  @Roles(Role.JOB_SEEKER)
  @Mutation(() => QueueTicketModel, { description: 'The called seeker accepts within the answer window; the talk begins.' })
  acceptTalk(@Args('ticketId', { type: () => ID }) ticketId: string, @CurrentUser() user: AuthUser): Promise<QueueTicketModel> {
    return this.queue.accept(user, ticketId);
  }

  @Roles(Role.JOB_SEEKER)
  @Mutation(() => FairCallbackModel, { description: 'Asks to be called back when the booth has no rep online or its wait is long.' })
  async requestCallback(@Args('input') input: CallbackInput, @CurrentUser() user: AuthUser): Promise<FairCallbackModel> {
    return FairCallbackModel.from(await this.queue.requestCallback(user, input));
  }

  /* ------------------------------------------------------------------------------------------- reps */

  @Roles(Role.EMPLOYER)
  @Mutation(() => QueueTicketModel, { nullable: true, description: "A booth's rep calls the next ticket (null when nobody waits)." })
  callNextTicket(@Args('boothId', { type: () => ID }) boothId: string, @CurrentUser() user: AuthUser): Promise<QueueTicketModel | null> {
    return this.queue.callNext(user, boothId);
  }

  @Roles(Role.EMPLOYER)
  @Mutation(() => QueueTicketModel, {
    description: 'The rep closes the talk with an outcome; agreements and interviews become applications.',
  })
  endTalk(@Args('input') input: EndTalkInput, @CurrentUser() user: AuthUser): Promise<QueueTicketModel> {
    return this.queue.endTalk(user, input);
  }

  @Roles(Role.EMPLOYER, Role.OFFICER)
  @Query(() => [QueueTicketModel], { description: "A booth's queue: waiting, called and in talk (its reps and the fair's officers)." })
  boothQueue(@Args('boothId', { type: () => ID }) boothId: string, @CurrentUser() user: AuthUser): Promise<QueueTicketModel[]> {
    return this.queue.boothQueue(user, boothId);
  }

  @Roles(Role.EMPLOYER, Role.OFFICER)
  @Query(() => [FairCallbackModel], { description: "A booth's call-back requests, open first." })
  async boothCallbacks(@Args('boothId', { type: () => ID }) boothId: string, @CurrentUser() user: AuthUser): Promise<FairCallbackModel[]> {
    return (await this.queue.boothCallbacks(user, boothId)).map(FairCallbackModel.from);
  }

  @Roles(Role.EMPLOYER)
  @Mutation(() => FairCallbackModel, { description: 'A rep marks a call-back request answered.' })
  async answerCallback(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: AuthUser): Promise<FairCallbackModel> {
    return FairCallbackModel.from(await this.queue.answerCallback(user, id));
  }
}

@Resolver(() => FairBoothModel)
export class FairBoothFieldsResolver {
  @ResolveField(() => EmployerModel)
  async employer(@Parent() b: FairBoothModel, @Ctx() ctx: GqlContext): Promise<EmployerModel> {
    return employerModelIn(ctx, (await ctx.loaders.of(employerById).load(b.employerId))!);
  }

  @ResolveField(() => [JobPostingModel], { description: "The booth's jobs (with their truth cards; screening flags for officers)." })
  async jobPostings(@Parent() b: FairBoothModel, @Ctx() ctx: GqlContext): Promise<JobPostingModel[]> {
    const jobs = await ctx.loaders.of(jobPostingById).loadMany(b.jobPostingIds);
    return jobs.filter((j): j is JobPostingEntity => !!j && !(j instanceof Error)).map(JobPostingModel.from);
  }
}

@Resolver(() => QueueTicketModel)
export class QueueTicketFieldsResolver {
  /** Per request and booth: whether the caller may see its seekers (one check for a whole queue, not one per ticket). */
  private readonly entitled = new WeakMap<GqlContext, Map<string, Promise<boolean>>>();

  constructor(private readonly fairs: JobFairsService) {}

  private mayReadSeekers(ctx: GqlContext, user: AuthUser, boothId: string): Promise<boolean> {
    let byBooth = this.entitled.get(ctx);
    if (!byBooth) this.entitled.set(ctx, (byBooth = new Map()));
    let check = byBooth.get(boothId);
    if (!check) {
      check = (async () => {
        const booth = await this.fairs.booth(boothId);
        if (!booth) return false;
        return (await this.fairs.staffs(user, booth)) || this.fairs.manages(user, await this.fairs.get(user, booth.fairId));
      })();
      byBooth.set(boothId, check);
    }
    return check;
  }

  @ResolveField(() => JobSeekerProfileModel, {
    nullable: true,
    description: "The seeker's labour profile (masked): for the booth's reps and the fair's officers; null for others.",
  })
  async seeker(@Parent() t: QueueTicketModel, @Ctx() ctx: GqlContext): Promise<JobSeekerProfileModel | null> {
    if (!ctx.user || ctx.user.id === t.userId || !(await this.mayReadSeekers(ctx, ctx.user, t.boothId))) return null;
    const p = await ctx.loaders.of(seekerProfileById).load(t.seekerProfileId);
    return p ? JobSeekerProfileModel.from(p) : null;
  }
}
