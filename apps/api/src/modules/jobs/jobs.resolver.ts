import { Role } from '@jobbridge/contracts';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, CurrentUser, Public, Roles } from '../../common/auth/access.decorators';
import type { AuthUser } from '../../common/auth/auth-user';
import { officerCovers } from '../../common/auth/scope';
import { connectionComplexity } from '../../common/graphql/complexity.plugin';
import type { GqlContext } from '../../common/auth/gql-context';
import { EmployerModel } from '../employers/dto/employer.model';
import { employerModelIn } from '../employers/employers.resolver';
import { RegionModel } from '../regions/dto/region.model';
import { JobPostingInput, JobPostingsArgs, MyJobPostingsArgs, ReviewQueueArgs } from './dto/job-posting.input';
import { JobPostingConnection, JobPostingModel, ScreeningFlagModel } from './dto/job-posting.model';
import { JobPostingEntity } from './job-posting.entity';
import { JobsService } from './jobs.service';
import { regionByCode } from '../regions/region.loaders';
import { employerById, teamEmployerIdByUser } from '../employers/employer.loaders';

const toConnection = (page: {
  edges: { cursor: string; node: JobPostingEntity }[];
  pageInfo: JobPostingConnection['pageInfo'];
  totalCount: number;
}) => ({ ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: JobPostingModel.from(e.node) })) }) as JobPostingConnection;

@Resolver(() => JobPostingModel)
export class JobsResolver {
  constructor(private readonly jobs: JobsService) {}

  @Public()
  @Query(() => JobPostingModel, { description: 'Published postings for anyone; others for the owner and officers of the region.' })
  async jobPosting(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: GqlContext): Promise<JobPostingModel> {
    return JobPostingModel.from(await this.jobs.get(ctx.user, id));
  }

  @Public()
  @Query(() => JobPostingConnection, { complexity: connectionComplexity, description: 'Published postings, newest first.' })
  async jobPostings(@Args() args: JobPostingsArgs): Promise<JobPostingConnection> {
    return toConnection(await this.jobs.listPublished(args.filter, args.first ?? 20, args.after));
  }

  @Roles(Role.EMPLOYER)
  @Query(() => JobPostingConnection, {
    complexity: connectionComplexity,
    description: "The employer's own postings, recently changed first.",
  })
  async myJobPostings(@Args() args: MyJobPostingsArgs, @CurrentUser() user: AuthUser): Promise<JobPostingConnection> {
    return toConnection(await this.jobs.listOwn(user, args.status, args.first ?? 20, args.after));
  }

  @Roles(Role.OFFICER)
  @Query(() => JobPostingConnection, { complexity: connectionComplexity, description: 'Postings awaiting review in the officer’s region.' })
  async reviewQueue(@Args() args: ReviewQueueArgs, @CurrentUser() user: AuthUser): Promise<JobPostingConnection> {
    return toConnection(await this.jobs.reviewQueue(user, args.first ?? 20, args.after, args));
  }

  @Roles(Role.EMPLOYER)
  @Mutation(() => JobPostingModel, { description: 'Creates a DRAFT.' })
  async createJobPosting(@Args('input') input: JobPostingInput, @CurrentUser() user: AuthUser): Promise<JobPostingModel> {
    return JobPostingModel.from(await this.jobs.create(user, input));
  }

  @Roles(Role.EMPLOYER)
  @Mutation(() => JobPostingModel, { description: 'Edits a DRAFT or REJECTED posting (it becomes a DRAFT).' })
  async updateJobPosting(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: JobPostingInput,
    @CurrentUser() user: AuthUser,
  ): Promise<JobPostingModel> {
    return JobPostingModel.from(await this.jobs.update(user, id, input));
  }

  @Roles(Role.EMPLOYER)
  @Mutation(() => JobPostingModel, { description: 'DRAFT or REJECTED → PENDING_REVIEW. Needs a truth card.' })
  async submitJobPosting(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: AuthUser): Promise<JobPostingModel> {
    return JobPostingModel.from(await this.jobs.submit(user, id));
  }

  @Roles(Role.EMPLOYER)
  @Mutation(() => JobPostingModel, {
    description: 'PENDING_REVIEW → DRAFT: the owner takes a posting back from review to edit it. Repeating it is harmless.',
  })
  async withdrawJobPosting(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: AuthUser): Promise<JobPostingModel> {
    return JobPostingModel.from(await this.jobs.withdraw(user, id));
  }

  @Roles(Role.OFFICER)
  @Mutation(() => JobPostingModel, { description: 'PENDING_REVIEW → PUBLISHED, or REJECTED with a reason.' })
  async reviewJobPosting(
    @Args('id', { type: () => ID }) id: string,
    @Args('approve') approve: boolean,
    @Args('reason', { type: () => String, nullable: true }) reason: string | undefined,
    @CurrentUser() user: AuthUser,
  ): Promise<JobPostingModel> {
    return JobPostingModel.from(await this.jobs.review(user, id, approve, reason));
  }

  @Roles(Role.EMPLOYER, Role.OFFICER)
  @Mutation(() => JobPostingModel, { description: 'The owner or an officer of the region closes a posting.' })
  async closeJobPosting(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: AuthUser): Promise<JobPostingModel> {
    return JobPostingModel.from(await this.jobs.close(user, id));
  }

  @ResolveField(() => EmployerModel)
  async employer(@Parent() job: JobPostingModel, @Ctx() ctx: GqlContext): Promise<EmployerModel> {
    return employerModelIn(ctx, (await ctx.loaders.of(employerById).load(job.employerId))!);
  }

  @ResolveField(() => RegionModel)
  async workRegion(@Parent() job: JobPostingModel, @Ctx() ctx: GqlContext): Promise<RegionModel> {
    return RegionModel.from((await ctx.loaders.of(regionByCode).load(job.workRegionCode))!);
  }

  @ResolveField(() => [ScreeningFlagModel], { description: 'Fair-hiring screening flags: the owner and officers only; empty for others.' })
  async screeningFlags(@Parent() job: JobPostingModel, @Ctx() ctx: GqlContext): Promise<ScreeningFlagModel[]> {
    return (await isOwnerOrOfficer(job, ctx)) ? job.flags : [];
  }
}

/** Whether the caller owns the posting's employer or is an officer over its region (sees flags, counts). */
export async function isOwnerOrOfficer(job: Pick<JobPostingModel, 'employerId' | 'workRegionCode'>, ctx: GqlContext): Promise<boolean> {
  if (!ctx.user) return false;
  if (officerCovers(ctx.user, job.workRegionCode)) return true;
  if (ctx.user.role !== Role.EMPLOYER) return false;
  return (await ctx.loaders.of(teamEmployerIdByUser).load(ctx.user.id)) === job.employerId;
}
