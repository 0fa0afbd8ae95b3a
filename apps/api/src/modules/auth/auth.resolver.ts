import { Role, UserStatus } from '@jobbridge/contracts';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { Authenticated, Ctx, CurrentUser, Public, Roles } from '../../common/auth/access.decorators';
import type { AuthUser } from '../../common/auth/auth-user';
import type { GqlContext } from '../../common/auth/gql-context';
import { EmployersService } from '../employers/employers.service';
import { JobSeekersService } from '../job-seekers/job-seekers.service';
import { UserEntity } from '../users/user.entity';
import { AuthService } from './auth.service';
import { CreateOfficerInput, LoginInput, RegisterInput } from './dto/auth.input';
import { AuthPayload, UserModel } from './dto/user.model';

@Resolver(() => UserModel)
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly ds: DataSource,
    private readonly employers: EmployersService,
    private readonly seekers: JobSeekersService,
  ) {}

  @Public()
  @Mutation(() => AuthPayload, { description: 'Job seekers and employers sign themselves up.' })
  async register(@Args('input') input: RegisterInput): Promise<AuthPayload> {
    const { token, user } = await this.auth.register(input);
    return { token, user: await this.toModel(user) };
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Rate-limited per account and per address (RATE_LIMITED).' })
  async login(@Args('input') input: LoginInput, @Ctx() ctx: GqlContext): Promise<AuthPayload> {
    const { token, user } = await this.auth.login(input, ctx.req.ip ?? 'unknown');
    return { token, user: await this.toModel(user) };
  }

  @Roles(Role.ADMIN)
  @Mutation(() => UserModel, { description: 'Admins create bureau officers for a region.' })
  async createOfficer(@Args('input') input: CreateOfficerInput, @CurrentUser() admin: AuthUser): Promise<UserModel> {
    return this.toModel(await this.auth.createOfficer(admin, input));
  }

  @Authenticated()
  @Mutation(() => Boolean, {
    description: 'Signs the caller out on every device: all tokens issued so far stop working (sign in again for a new one).',
  })
  async signOutEverywhere(@CurrentUser() user: AuthUser): Promise<boolean> {
    await this.auth.signOutEverywhere(user);
    return true;
  }

  @Roles(Role.ADMIN)
  @Mutation(() => UserModel, { description: 'Admins suspend (tokens stop working at once, sign-in refused) or reactivate an account.' })
  async setUserStatus(
    @Args('userId', { type: () => ID }) userId: string,
    @Args('status', { type: () => UserStatus }) status: UserStatus,
    @CurrentUser() admin: AuthUser,
  ): Promise<UserModel> {
    return this.toModel(await this.auth.setUserStatus(admin, userId, status));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => UserModel, { description: "Admins move an officer to another region; the officer's next request acts for it." })
  async setOfficerRegion(
    @Args('userId', { type: () => ID }) userId: string,
    @Args('regionCode') regionCode: string,
    @CurrentUser() admin: AuthUser,
  ): Promise<UserModel> {
    return this.toModel(await this.auth.setOfficerRegion(admin, userId, regionCode));
  }

  @Public()
  @Query(() => UserModel, { nullable: true, description: 'The signed-in user, or null.' })
  async me(@Ctx() ctx: GqlContext): Promise<UserModel | null> {
    if (!ctx.user) return null;
    const user = await this.ds.getRepository(UserEntity).findOneBy({ id: ctx.user.id });
    return user ? this.toModel(user) : null;
  }

  private async toModel(user: UserEntity): Promise<UserModel> {
    const [member, profile] = await Promise.all([
      user.role === Role.EMPLOYER ? this.employers.membershipOf(user.id) : null,
      user.role === Role.JOB_SEEKER ? this.seekers.hasProfile(user.id) : false,
    ]);
    return UserModel.from(user, { employerId: member?.employerId ?? null, hasJobSeekerProfile: profile, teamRole: member?.role ?? null });
  }
}
