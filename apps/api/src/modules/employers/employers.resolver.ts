import { Role, TeamRole, VerificationStatus } from '@jobbridge/contracts';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, CurrentUser, Public, Roles } from '../../common/auth/access.decorators';
import type { AuthUser } from '../../common/auth/auth-user';
import { officerCovers } from '../../common/auth/scope';
import type { GqlContext } from '../../common/auth/gql-context';
import { RegionModel } from '../regions/dto/region.model';
import { EmployerProfileInput } from './dto/employer.input';
import { InviteTeamMemberInput, TeamMemberModel } from './dto/team.dto';
import { userById } from '../users/user.loaders';
import { EmployerModel } from './dto/employer.model';
import { EmployerEntity } from './employer.entity';
import { invalid } from '../../common/errors/app-error';
import { EmployersService } from './employers.service';
import { regionByCode } from '../regions/region.loaders';
import { employerById, teamEmployerIdByUser } from './employer.loaders';

/** Full contact details go to the employer's own team and to officers over its region. */
export const employerModelFor = (e: EmployerEntity, user: AuthUser | undefined, teamMember = false) =>
  EmployerModel.from(e, !!user && (teamMember || officerCovers(user, e.regionCode)));

/** `employerModelFor` for the caller of a request, finding out (batched) whether the caller is on the employer's team. */
export async function employerModelIn(ctx: GqlContext, e: EmployerEntity): Promise<EmployerModel> {
  const member = !!ctx.user && (await ctx.loaders.of(teamEmployerIdByUser).load(ctx.user.id)) === e.id;
  return employerModelFor(e, ctx.user, member);
}

@Resolver(() => EmployerModel)
export class EmployersResolver {
  constructor(private readonly employers: EmployersService) {}

  @Roles(Role.EMPLOYER)
  @Query(() => EmployerModel, { nullable: true, description: "The signed-in employer's company." })
  async myEmployer(@CurrentUser() user: AuthUser): Promise<EmployerModel | null> {
    const e = await this.employers.findForMember(user.id);
    return e ? employerModelFor(e, user, true) : null;
  }

  @Public()
  @Query(() => EmployerModel, { nullable: true })
  async employer(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: GqlContext): Promise<EmployerModel | null> {
    const e = await ctx.loaders
      .of(employerById)
      .load(id)
      .catch(() => null);
    return e ? employerModelIn(ctx, e) : null;
  }

  @Roles(Role.OFFICER)
  @Query(() => [EmployerModel], { description: 'Employers in the officer’s region awaiting verification.' })
  async employersForReview(
    @CurrentUser() user: AuthUser,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
  ): Promise<EmployerModel[]> {
    return (await this.employers.forReview(user, Math.min(Math.max(first, 1), 100))).map((e) => employerModelFor(e, user));
  }

  @Roles(Role.OFFICER)
  @Query(() => [EmployerModel], {
    description: 'Employers in the officer’s region by name or credit code (empty keyword: all), verified first.',
  })
  async employersInRegion(
    @CurrentUser() user: AuthUser,
    @Args('keyword', { type: () => String, nullable: true }) keyword: string | undefined,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
  ): Promise<EmployerModel[]> {
    if ((keyword?.length ?? 0) > 50) throw invalid('keyword', '关键词过长');
    return (await this.employers.searchInRegion(user, keyword, Math.min(Math.max(first, 1), 50))).map((e) => employerModelFor(e, user));
  }

  @Roles(Role.EMPLOYER)
  @Mutation(() => EmployerModel)
  async saveEmployerProfile(@Args('input') input: EmployerProfileInput, @CurrentUser() user: AuthUser): Promise<EmployerModel> {
    return employerModelFor(await this.employers.save(user, input), user, true);
  }

  @Roles(Role.OFFICER)
  @Mutation(() => EmployerModel)
  async verifyEmployer(
    @Args('employerId', { type: () => ID }) employerId: string,
    @Args('status', { type: () => VerificationStatus }) status: VerificationStatus,
    @Args('note', { type: () => String, nullable: true }) note: string | undefined,
    @CurrentUser() user: AuthUser,
  ): Promise<EmployerModel> {
    return employerModelFor(await this.employers.verify(user, { employerId, status, note }), user);
  }

  @ResolveField(() => RegionModel)
  async region(@Parent() e: EmployerModel, @Ctx() ctx: GqlContext): Promise<RegionModel> {
    return RegionModel.from((await ctx.loaders.of(regionByCode).load(e.regionCode))!);
  }

  @Roles(Role.EMPLOYER)
  @Query(() => [TeamMemberModel], { description: "The members of the caller's company team (owner first)." })
  async teamMembers(@CurrentUser() user: AuthUser, @Ctx() ctx: GqlContext): Promise<TeamMemberModel[]> {
    const members = await this.employers.teamMembers(user);
    const owner = members.some((m) => m.role === TeamRole.OWNER && m.userId === user.id);
    return Promise.all(
      members.map(async (m) =>
        TeamMemberModel.from(m, m.userId ? ((await ctx.loaders.of(userById).load(m.userId))?.displayName ?? null) : null, owner),
      ),
    );
  }

  @Roles(Role.EMPLOYER)
  @Mutation(() => TeamMemberModel, {
    description: 'The owner invites a colleague by phone as a recruiter, who then acts for the company with their own account.',
  })
  async inviteTeamMember(
    @Args('input') input: InviteTeamMemberInput,
    @CurrentUser() user: AuthUser,
    @Ctx() ctx: GqlContext,
  ): Promise<TeamMemberModel> {
    const m = await this.employers.inviteTeamMember(user, input.phone);
    return TeamMemberModel.from(m, m.userId ? ((await ctx.loaders.of(userById).load(m.userId))?.displayName ?? null) : null, true);
  }

  @Roles(Role.EMPLOYER)
  @Mutation(() => Boolean, { description: 'The owner removes a recruiter from the team.' })
  removeTeamMember(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: AuthUser): Promise<boolean> {
    return this.employers.removeTeamMember(user, id);
  }
}
