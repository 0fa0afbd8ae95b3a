import { Role } from '@jobbridge/contracts';
import { localHiringFigures, parseShare } from '@jobbridge/domain';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { Ctx, CurrentUser, Roles } from '../../common/auth/access.decorators';
import type { AuthUser } from '../../common/auth/auth-user';
import { connectionComplexity } from '../../common/graphql/complexity.plugin';
import type { GqlContext } from '../../common/auth/gql-context';
import { EmployerModel } from '../employers/dto/employer.model';
import { employerModelIn } from '../employers/employers.resolver';
import { JobPostingModel } from '../jobs/dto/job-posting.model';
import { JobsService } from '../jobs/jobs.service';
import { RegionModel } from '../regions/dto/region.model';
import {
  AddProjectWorkerInput,
  EndProjectWorkerInput,
  ImportProjectWorkersInput,
  LocalHiringHistoryArgs,
  PreviewProjectHireInput,
  ProjectInput,
  ProjectsArgs,
  ProjectWorkersArgs,
  RecordLabourPaymentInput,
} from './dto/project.input';
import {
  BreachAcknowledgementModel,
  LabourPayModel,
  LocalHiringDayModel,
  ProjectConnection,
  ProjectModel,
  ProjectWorkerConnection,
  ProjectWorkerModel,
  RosterImportResultModel,
  RosterPreviewModel,
} from './dto/project.model';
import { ProjectAcknowledgementEntity } from './project.entity';
import { ProjectRosterService } from './project-roster.service';
import { ProjectsService } from './projects.service';
import { regionByCode } from '../regions/region.loaders';
import { employerById } from '../employers/employer.loaders';

const MANAGERS = [Role.EMPLOYER, Role.OFFICER, Role.ADMIN] as const;

/**
 * Major projects and their local-hiring ledger. Every operation is for the project's owner (employer), officers over
 * its region and admins; the services check the project itself.
 */
@Resolver(() => ProjectModel)
@Roles(...MANAGERS)
export class ProjectsResolver {
  constructor(
    private readonly service: ProjectsService,
    private readonly roster: ProjectRosterService,
    private readonly ds: DataSource,
    private readonly jobs: JobsService,
  ) {}

  @Mutation(() => ProjectModel)
  createProject(@Args('input') input: ProjectInput, @CurrentUser() user: AuthUser): Promise<ProjectModel> {
    return this.service.create(user, input);
  }

  @Mutation(() => ProjectModel)
  updateProject(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: ProjectInput,
    @CurrentUser() user: AuthUser,
  ): Promise<ProjectModel> {
    return this.service.update(user, id, input);
  }

  @Query(() => ProjectModel)
  project(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: AuthUser): Promise<ProjectModel> {
    return this.service.get(user, id);
  }

  @Query(() => ProjectConnection, {
    complexity: connectionComplexity,
    description: 'Employers: their own; officers: their region; sorted by risk by default.',
  })
  async projects(@Args() args: ProjectsArgs, @CurrentUser() user: AuthUser): Promise<ProjectConnection> {
    return (await this.service.list(user, args)) as ProjectConnection;
  }

  @Query(() => RosterPreviewModel, {
    description: 'What hiring someone from this hukou region (or this worker leaving) would do to the ratio.',
  })
  previewProjectHire(@Args('input') input: PreviewProjectHireInput, @CurrentUser() user: AuthUser): Promise<RosterPreviewModel> {
    return this.roster.preview(user, input);
  }

  @Mutation(() => ProjectWorkerModel, {
    description: 'Adds one worker. Under WARN a breach needs `acknowledgement`; under BLOCK it is refused.',
  })
  addProjectWorker(@Args('input') input: AddProjectWorkerInput, @CurrentUser() user: AuthUser): Promise<ProjectWorkerModel> {
    return this.roster.addWorker(user, input);
  }

  @Mutation(() => ProjectWorkerModel, { description: 'Ends a tenure; the record stays.' })
  endProjectWorker(@Args('input') input: EndProjectWorkerInput, @CurrentUser() user: AuthUser): Promise<ProjectWorkerModel> {
    return this.roster.endWorker(user, input);
  }

  @Mutation(() => RosterImportResultModel, { description: 'CSV import, all or nothing: any bad row and nothing is imported.' })
  importProjectWorkers(@Args('input') input: ImportProjectWorkersInput, @CurrentUser() user: AuthUser): Promise<RosterImportResultModel> {
    return this.roster.importWorkers(user, input);
  }

  @Mutation(() => ProjectModel, { description: '以工代赈: records labour pay against the investment.' })
  async recordLabourPayment(@Args('input') input: RecordLabourPaymentInput, @CurrentUser() user: AuthUser): Promise<ProjectModel> {
    return this.service.toModel(await this.service.recordLabourPayment(user, input));
  }

  @ResolveField(() => EmployerModel, { description: 'The project owner (项目业主单位).' })
  async employer(@Parent() p: ProjectModel, @Ctx() ctx: GqlContext): Promise<EmployerModel> {
    return employerModelIn(ctx, (await ctx.loaders.of(employerById).load(p.employerId))!);
  }

  @ResolveField(() => RegionModel)
  async region(@Parent() p: ProjectModel, @Ctx() ctx: GqlContext): Promise<RegionModel> {
    return RegionModel.from((await ctx.loaders.of(regionByCode).load(p.regionCode))!);
  }

  @ResolveField(() => RegionModel, { description: 'The region whose hukou counts as local.' })
  async localScopeRegion(@Parent() p: ProjectModel, @Ctx() ctx: GqlContext): Promise<RegionModel> {
    return RegionModel.from((await ctx.loaders.of(regionByCode).load(p.localScopeRegionCode))!);
  }

  @ResolveField(() => [LocalHiringDayModel], { description: 'The figures day by day (default: the last 90 days).' })
  localHiringHistory(@Parent() p: ProjectModel, @Args() args: LocalHiringHistoryArgs): Promise<LocalHiringDayModel[]> {
    return this.service.history(p, args);
  }

  @ResolveField(() => ProjectWorkerConnection, { complexity: connectionComplexity })
  async workers(@Parent() p: ProjectModel, @Args() args: ProjectWorkersArgs): Promise<ProjectWorkerConnection> {
    return (await this.roster.workers(p.id, !!args.activeOnly, args.first ?? 20, args.after)) as ProjectWorkerConnection;
  }

  @ResolveField(() => LabourPayModel, { nullable: true, description: '以工代赈 projects only.' })
  labourPay(@Parent() p: ProjectModel): Promise<LabourPayModel | null> {
    return this.service.labourPay(p);
  }

  @ResolveField(() => [BreachAcknowledgementModel], { description: 'Changes made under WARN although they breached, newest first.' })
  async acknowledgements(
    @Parent() p: ProjectModel,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
  ): Promise<BreachAcknowledgementModel[]> {
    const rows = await this.ds
      .getRepository(ProjectAcknowledgementEntity)
      .find({ where: { projectId: p.id }, order: { createdAt: 'DESC' }, take: Math.min(Math.max(first, 1), 100) });
    return rows.map((a) => {
      const share = parseShare(a.threshold);
      return BreachAcknowledgementModel.from(a, {
        before: localHiringFigures({ total: a.totalBefore, local: a.localBefore }, share),
        after: localHiringFigures({ total: a.totalAfter, local: a.localAfter }, share),
      });
    });
  }

  @ResolveField(() => [JobPostingModel], { description: 'The project’s postings (any status), newest first.' })
  async jobPostings(@Parent() p: ProjectModel): Promise<JobPostingModel[]> {
    return (await this.jobs.listByProject(p.id)).map(JobPostingModel.from);
  }
}

/** The worker's hukou region by name (the roster shows it beside the local / non-local tag). */
@Resolver(() => ProjectWorkerModel)
export class ProjectWorkerResolver {
  @ResolveField(() => RegionModel, { nullable: true })
  async hukouRegion(@Parent() w: ProjectWorkerModel, @Ctx() ctx: GqlContext): Promise<RegionModel | null> {
    const r = w.hukouRegionCode ? await ctx.loaders.of(regionByCode).load(w.hukouRegionCode) : null;
    return r ? RegionModel.from(r) : null;
  }
}
