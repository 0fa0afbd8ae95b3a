import { ApplicationStatus, Role } from '@jobbridge/contracts';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, CurrentUser, Roles } from '../../common/auth/access.decorators';
import type { AuthUser } from '../../common/auth/auth-user';
import { connectionComplexity } from '../../common/graphql/complexity.plugin';
import { Page } from '../../common/graphql/connection';
import type { GqlContext } from '../../common/auth/gql-context';
import { JobSeekerProfileModel } from '../job-seekers/dto/job-seeker-profile.model';
import { JobPostingModel } from '../jobs/dto/job-posting.model';
import { isOwnerOrOfficer } from '../jobs/jobs.resolver';
import { ApplicationEntity } from './application.entity';
import { ApplicationsService } from './applications.service';
import { ApplicationsForJobArgs, MoveApplicationInput, MyApplicationsArgs, SubmitApplicationInput } from './dto/application.input';
import { ApplicationConnection, ApplicationEventModel, ApplicationModel } from './dto/application.model';
import { userById } from '../users/user.loaders';
import { teamEmployerIdByUser } from '../employers/employer.loaders';
import { jobPostingById } from '../jobs/job-posting.loaders';
import { seekerProfileById, seekerProfileByUserId } from '../job-seekers/job-seeker.loaders';
import { applicationCountByJob, applicationEvents, seekerApplicationForJob } from './application.loaders';

/** Statuses at which the employer needs to reach the applicant, so the full phone number is shown. */
const CONTACT_STATUSES = new Set([ApplicationStatus.INTERVIEW, ApplicationStatus.OFFER, ApplicationStatus.HIRED]);

const toConnection = (page: Page<ApplicationEntity>) =>
  ({ ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: ApplicationModel.from(e.node) })) }) as ApplicationConnection;

@Resolver(() => ApplicationModel)
export class ApplicationsResolver {
  constructor(private readonly applications: ApplicationsService) {}

  @Roles(Role.JOB_SEEKER)
  @Mutation(() => ApplicationModel, {
    description: 'One-tap apply. Idempotent with idempotencyKey; otherwise ALREADY_APPLIED on a second try.',
  })
  async submitApplication(@Args('input') input: SubmitApplicationInput, @CurrentUser() user: AuthUser): Promise<ApplicationModel> {
    return ApplicationModel.from(await this.applications.submit(user, input));
  }

  @Roles(Role.JOB_SEEKER)
  @Mutation(() => ApplicationModel)
  async withdrawApplication(
    @Args('id', { type: () => ID }) id: string,
    @Args('note', { type: () => String, nullable: true }) note: string | undefined,
    @CurrentUser() user: AuthUser,
  ): Promise<ApplicationModel> {
    return ApplicationModel.from(await this.applications.withdraw(user, id, note));
  }

  @Roles(Role.EMPLOYER)
  @Mutation(() => ApplicationModel, { description: 'The employer moves an applicant along the pipeline (or rejects).' })
  async moveApplication(@Args('input') input: MoveApplicationInput, @CurrentUser() user: AuthUser): Promise<ApplicationModel> {
    return ApplicationModel.from(await this.applications.move(user, input));
  }

  @Roles(Role.JOB_SEEKER)
  @Query(() => ApplicationConnection, { complexity: connectionComplexity })
  async myApplications(@Args() args: MyApplicationsArgs, @CurrentUser() user: AuthUser): Promise<ApplicationConnection> {
    return toConnection(await this.applications.listOwn(user, args.status, args.first ?? 20, args.after));
  }

  @Roles(Role.EMPLOYER, Role.OFFICER, Role.ADMIN)
  @Query(() => ApplicationConnection, {
    complexity: connectionComplexity,
    description: "A job's applicants: its employer, or officers over its region.",
  })
  async applicationsForJob(@Args() args: ApplicationsForJobArgs, @CurrentUser() user: AuthUser): Promise<ApplicationConnection> {
    return toConnection(await this.applications.listForJob(user, args.jobPostingId, args.status, args.first ?? 20, args.after));
  }

  @ResolveField(() => JobPostingModel)
  async jobPosting(@Parent() a: ApplicationModel, @Ctx() ctx: GqlContext): Promise<JobPostingModel> {
    return JobPostingModel.from((await ctx.loaders.of(jobPostingById).load(a.jobPostingId))!);
  }

  @ResolveField(() => JobSeekerProfileModel, { description: 'The applicant, with identity number and phone masked.' })
  async applicant(@Parent() a: ApplicationModel, @Ctx() ctx: GqlContext): Promise<JobSeekerProfileModel> {
    return JobSeekerProfileModel.from((await ctx.loaders.of(seekerProfileById).load(a.seekerProfileId))!);
  }

  @ResolveField(() => String, { nullable: true, description: "Applicant's full phone: for the employer from the interview stage on." })
  async contactPhone(@Parent() a: ApplicationModel, @Ctx() ctx: GqlContext): Promise<string | null> {
    if (!ctx.user || !CONTACT_STATUSES.has(a.status)) return null;
    const profile = await ctx.loaders.of(seekerProfileById).load(a.seekerProfileId);
    const job = await ctx.loaders.of(jobPostingById).load(a.jobPostingId);
    const onTeam =
      !!job && ctx.user.role === Role.EMPLOYER && (await ctx.loaders.of(teamEmployerIdByUser).load(ctx.user.id)) === job.employerId;
    const isSeeker = profile?.userId === ctx.user.id;
    if (!onTeam && !isSeeker) return null;
    return profile ? ((await ctx.loaders.of(userById).load(profile.userId))?.phone ?? null) : null;
  }

  @ResolveField(() => [ApplicationEventModel], { description: 'Every status change, oldest first.' })
  async history(@Parent() a: ApplicationModel, @Ctx() ctx: GqlContext): Promise<ApplicationEventModel[]> {
    return (await ctx.loaders.of(applicationEvents).load(a.id)).map(ApplicationEventModel.from);
  }
}

/** Adds the application fields to JobPosting: the applicant count and the signed-in seeker's own application. */
@Resolver(() => JobPostingModel)
export class JobPostingApplicationResolver {
  @ResolveField(() => Int, { nullable: true, description: 'Number of applications: the owner and officers only.' })
  async applicationCount(@Parent() job: JobPostingModel, @Ctx() ctx: GqlContext): Promise<number | null> {
    return (await isOwnerOrOfficer(job, ctx)) ? ctx.loaders.of(applicationCountByJob).load(job.id) : null;
  }

  @ResolveField(() => ApplicationModel, { nullable: true })
  async myApplication(@Parent() job: JobPostingModel, @Ctx() ctx: GqlContext): Promise<ApplicationModel | null> {
    if (ctx.user?.role !== Role.JOB_SEEKER) return null;
    const profile = await ctx.loaders.of(seekerProfileByUserId).load(ctx.user.id);
    if (!profile) return null;
    const a = await ctx.loaders.of(seekerApplicationForJob).load(`${profile.id}:${job.id}`);
    return a ? ApplicationModel.from(a) : null;
  }
}
