import { Role } from '@jobbridge/contracts';
import { maskPhone } from '@jobbridge/domain';
import { Args, Float, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, CurrentUser, Roles } from '../../common/auth/access.decorators';
import type { AuthUser } from '../../common/auth/auth-user';
import type { GqlContext } from '../../common/auth/gql-context';
import { RegionModel } from '../regions/dto/region.model';
import { JobSeekerProfileInput } from './dto/job-seeker-profile.input';
import { JobSeekerProfileModel } from './dto/job-seeker-profile.model';
import { JobSeekersService } from './job-seekers.service';
import { regionByCode } from '../regions/region.loaders';
import { userById } from '../users/user.loaders';

@Resolver(() => JobSeekerProfileModel)
export class JobSeekersResolver {
  constructor(private readonly seekers: JobSeekersService) {}

  @Roles(Role.JOB_SEEKER)
  @Query(() => JobSeekerProfileModel, { nullable: true })
  async myJobSeekerProfile(@CurrentUser() user: AuthUser): Promise<JobSeekerProfileModel | null> {
    const p = await this.seekers.findByUser(user.id);
    return p ? JobSeekerProfileModel.from(p) : null;
  }

  @Roles(Role.JOB_SEEKER)
  @Mutation(() => JobSeekerProfileModel)
  async saveJobSeekerProfile(@Args('input') input: JobSeekerProfileInput, @CurrentUser() user: AuthUser): Promise<JobSeekerProfileModel> {
    return JobSeekerProfileModel.from(await this.seekers.save(user, input));
  }

  @ResolveField(() => RegionModel, { nullable: true })
  async hukouRegion(@Parent() p: JobSeekerProfileModel, @Ctx() ctx: GqlContext): Promise<RegionModel | null> {
    const r = p.hukouRegionCode ? await ctx.loaders.of(regionByCode).load(p.hukouRegionCode) : null;
    return r ? RegionModel.from(r) : null;
  }

  @ResolveField(() => RegionModel, { nullable: true })
  async residenceRegion(@Parent() p: JobSeekerProfileModel, @Ctx() ctx: GqlContext): Promise<RegionModel | null> {
    const r = p.residenceRegionCode ? await ctx.loaders.of(regionByCode).load(p.residenceRegionCode) : null;
    return r ? RegionModel.from(r) : null;
  }

  // Where the seeker lives, to the metre, is for the seeker's own profile form; employers and officers get distances
  // (CandidateMatch.distanceKm) and the residence region, never the point itself.
  @ResolveField(() => Float, { nullable: true })
  residenceLat(@Parent() p: JobSeekerProfileModel, @Ctx() ctx: GqlContext): number | null {
    return ctx.user?.id === p.userId ? p.residenceLat : null;
  }

  @ResolveField(() => Float, { nullable: true })
  residenceLng(@Parent() p: JobSeekerProfileModel, @Ctx() ctx: GqlContext): number | null {
    return ctx.user?.id === p.userId ? p.residenceLng : null;
  }

  @ResolveField(() => String, { nullable: true })
  async phoneMasked(@Parent() p: JobSeekerProfileModel, @Ctx() ctx: GqlContext): Promise<string | null> {
    const u = await ctx.loaders.of(userById).load(p.userId);
    return u?.phone ? maskPhone(u.phone) : null;
  }
}
