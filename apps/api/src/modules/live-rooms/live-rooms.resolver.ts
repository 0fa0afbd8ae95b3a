import { Role } from '@jobbridge/contracts';
import { Args, Field, ID, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, CurrentUser, Public, Roles } from '../../common/auth/access.decorators';
import type { AuthUser } from '../../common/auth/auth-user';
import { connectionComplexity } from '../../common/graphql/complexity.plugin';
import type { GqlContext } from '../../common/auth/gql-context';
import { JobPostingModel } from '../jobs/dto/job-posting.model';
import { RegionModel } from '../regions/dto/region.model';
import { AnswerJobFaqInput, LiveRoomInput, LiveRoomsArgs } from './dto/live-room.input';
import { JobFaqModel, LiveRoomConnection, LiveRoomModel, LiveRoomQuestionModel, LiveRoomStatsModel } from './dto/live-room.model';
import { LiveRoomsService } from './live-rooms.service';
import { JobFairModel } from '../job-fairs/dto/job-fair.model';
import { JobFairsService } from '../job-fairs/job-fairs.service';
import { regionByCode } from '../regions/region.loaders';

const HOSTS = [Role.EMPLOYER, Role.OFFICER] as const;

@ObjectType('LiveRoomJob')
export class LiveRoomJobModel {
  @Field(() => Int)
  position: number;

  @Field(() => JobPostingModel)
  jobPosting: JobPostingModel;
}

@Resolver(() => LiveRoomModel)
export class LiveRoomsResolver {
  constructor(private readonly rooms: LiveRoomsService) {}

  @Roles(...HOSTS)
  @Mutation(() => LiveRoomModel, {
    description: 'An employer hosts its own jobs; a bureau officer may host any employer’s jobs in its region.',
  })
  createLiveRoom(@Args('input') input: LiveRoomInput, @CurrentUser() user: AuthUser): Promise<LiveRoomModel> {
    return this.rooms.create(user, input);
  }

  @Roles(...HOSTS)
  @Mutation(() => LiveRoomModel)
  updateLiveRoom(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: LiveRoomInput,
    @CurrentUser() user: AuthUser,
  ): Promise<LiveRoomModel> {
    return this.rooms.update(user, id, input);
  }

  @Roles(...HOSTS)
  @Mutation(() => LiveRoomModel, { description: 'Go live: everyone in the room hears it at once.' })
  startLiveRoom(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: AuthUser): Promise<LiveRoomModel> {
    return this.rooms.start(user, id);
  }

  @Roles(...HOSTS)
  @Mutation(() => LiveRoomModel, { description: 'Ends the room and stores its figures; unanswered questions become their job’s FAQ.' })
  endLiveRoom(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: AuthUser): Promise<LiveRoomModel> {
    return this.rooms.end(user, id);
  }

  @Public()
  @Query(() => LiveRoomModel, { description: 'A room by id (the shareable link and QR code lead here).' })
  liveRoom(@Args('id', { type: () => ID }) id: string): Promise<LiveRoomModel> {
    return this.rooms.get(id);
  }

  @Public()
  @Query(() => LiveRoomConnection, {
    complexity: connectionComplexity,
    description: 'Upcoming and live rooms (by default), live first, for a region.',
  })
  async liveRooms(@Args() args: LiveRoomsArgs): Promise<LiveRoomConnection> {
    return (await this.rooms.list(args)) as LiveRoomConnection;
  }

  @Roles(...HOSTS)
  @Query(() => [LiveRoomModel], { description: 'Rooms the caller hosts, newest first.' })
  myLiveRooms(@CurrentUser() user: AuthUser): Promise<LiveRoomModel[]> {
    return this.rooms.mine(user);
  }

  @Roles(Role.EMPLOYER, Role.OFFICER, Role.ADMIN)
  @Query(() => LiveRoomStatsModel, {
    description: 'The host, officers over the room’s region and admins: counters, figures and the funnel.',
  })
  liveRoomStats(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: AuthUser): Promise<LiveRoomStatsModel> {
    return this.rooms.stats(user, id);
  }

  @Roles(Role.EMPLOYER, Role.OFFICER, Role.ADMIN)
  @Query(() => [LiveRoomQuestionModel], { description: 'Every question of a room, oldest first (the host console’s queue).' })
  async liveRoomQuestions(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: AuthUser): Promise<LiveRoomQuestionModel[]> {
    return (await this.rooms.questions(user, id)).map(LiveRoomQuestionModel.from);
  }

  @Roles(Role.EMPLOYER)
  @Mutation(() => JobFaqModel, { description: 'The employer answers a question left from a live room.' })
  async answerJobFaq(@Args('input') input: AnswerJobFaqInput, @CurrentUser() user: AuthUser): Promise<JobFaqModel> {
    return JobFaqModel.from(await this.rooms.answerFaq(user, input.id, input.answer));
  }

  @ResolveField(() => [LiveRoomJobModel], { description: 'The lineup in order (the host sees unpublished jobs too).' })
  async lineup(@Parent() room: LiveRoomModel, @Ctx() ctx: GqlContext): Promise<LiveRoomJobModel[]> {
    return (await this.rooms.lineup(room, ctx.user)).map((l) => ({ position: l.position, jobPosting: JobPostingModel.from(l.job) }));
  }

  @ResolveField(() => RegionModel)
  async region(@Parent() room: LiveRoomModel, @Ctx() ctx: GqlContext): Promise<RegionModel> {
    return RegionModel.from((await ctx.loaders.of(regionByCode).load(room.regionCode))!);
  }

  @ResolveField(() => Int, { nullable: true, description: 'Viewers now, while live.' })
  viewers(@Parent() room: LiveRoomModel): Promise<number | null> {
    return this.rooms.currentViewers(room.id, room.status);
  }

  @ResolveField(() => Boolean, { description: 'Whether the caller hosts this room.' })
  isHost(@Parent() room: LiveRoomModel, @Ctx() ctx: GqlContext): boolean {
    return !!ctx.user && ctx.user.id === room.hostUserId;
  }
}

/** Adds `faqs` to JobPosting: questions from live rooms, with the employer's answers (or awaiting one). */
@Resolver(() => JobPostingModel)
export class JobPostingFaqResolver {
  constructor(private readonly rooms: LiveRoomsService) {}

  @ResolveField(() => [JobFaqModel])
  async faqs(@Parent() job: JobPostingModel): Promise<JobFaqModel[]> {
    return (await this.rooms.faqs(job.id)).map(JobFaqModel.from);
  }
}

/** A job fair's programme: the live rooms (group sessions) put on it by its officers and exhibitors. */
@Resolver(() => JobFairModel)
export class FairProgrammeResolver {
  constructor(
    private readonly rooms: LiveRoomsService,
    private readonly fairs: JobFairsService,
  ) {}

  @ResolveField(() => [LiveRoomModel], { description: "The fair's group sessions (live rooms), by start time." })
  liveRooms(@Parent() fair: JobFairModel): Promise<LiveRoomModel[]> {
    return this.rooms.ofFair(fair.id);
  }

  @Roles(Role.EMPLOYER, Role.OFFICER)
  @Mutation(() => LiveRoomModel, {
    description:
      "The host puts its room on a fair's programme (the fair's officers, employers with an approved booth), or takes it off (fairId null).",
  })
  attachLiveRoomToFair(
    @Args('liveRoomId', { type: () => ID }) liveRoomId: string,
    @Args('fairId', { type: () => ID, nullable: true }) fairId: string | null,
    @CurrentUser() user: AuthUser,
  ): Promise<LiveRoomModel> {
    return this.rooms.attachToFair(user, liveRoomId, fairId ?? null, (id) => this.fairs.mayAttachLiveRoom(user, id));
  }
}
