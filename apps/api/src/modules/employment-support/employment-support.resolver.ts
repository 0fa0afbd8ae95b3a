import { Role } from '@jobbridge/contracts';
import { chinaIsoDateOf } from '@jobbridge/domain';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Roles } from '../../common/auth/access.decorators';
import type { AuthUser } from '../../common/auth/auth-user';
import { CaseloadArgs, LogFollowUpInput, RegisterUnemploymentInput } from './dto/employment-support.input';
import { HouseholdModel, SupportCaseConnection, SupportCaseModel, UnemploymentRegistrationModel } from './dto/employment-support.model';
import { FollowUpsService } from './follow-ups.service';
import { HouseholdsService } from './households.service';
import { caseModel, registrationModel } from './support-case.mapper';
import { CaseRow, SupportCasesService } from './support-cases.service';
import { UnemploymentRegistrationsService } from './unemployment-registrations.service';

const toCase = (r: CaseRow) => caseModel(r.kase, r.person, chinaIsoDateOf(new Date()));

/** Unemployment registration (失业登记) and the bureau's tracked help (帮扶台账), issue 14. */
@Resolver()
export class EmploymentSupportResolver {
  constructor(
    private readonly registrations: UnemploymentRegistrationsService,
    private readonly cases: SupportCasesService,
    private readonly followUps: FollowUpsService,
    private readonly households: HouseholdsService,
  ) {}

  @Roles(Role.JOB_SEEKER)
  @Mutation(() => UnemploymentRegistrationModel, {
    description:
      'A seeker registers as unemployed online (失业登记) with the household; a support case opens. A second tap with the same key returns the first.',
  })
  async registerUnemployment(
    @Args('input') input: RegisterUnemploymentInput,
    @CurrentUser() user: AuthUser,
  ): Promise<UnemploymentRegistrationModel> {
    return registrationModel(await this.registrations.register(user, input));
  }

  @Roles(Role.JOB_SEEKER)
  @Query(() => UnemploymentRegistrationModel, {
    nullable: true,
    description: "The seeker's unemployment registration: the active one, else the latest; null when they never registered.",
  })
  async myUnemploymentRegistration(@CurrentUser() user: AuthUser): Promise<UnemploymentRegistrationModel | null> {
    const r = await this.registrations.mine(user);
    return r ? registrationModel(r) : null;
  }

  @Roles(Role.OFFICER, Role.ADMIN)
  @Query(() => SupportCaseConnection, {
    description:
      "The caseload (帮扶台账) of the officer's region or one within it: DUE (overdue, due within a week, never contacted) and OPEN by due date; CLOSED newest first.",
  })
  async caseload(@Args() args: CaseloadArgs, @CurrentUser() user: AuthUser): Promise<SupportCaseConnection> {
    const page = await this.cases.caseload(user, args);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toCase(e.node) })) };
  }

  @Roles(Role.OFFICER, Role.ADMIN)
  @Query(() => SupportCaseModel, { description: 'One case of the caseload (officers over its region, admins).' })
  async supportCase(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: AuthUser): Promise<SupportCaseModel> {
    return toCase(await this.cases.get(user, id));
  }

  @Roles(Role.OFFICER)
  @Mutation(() => SupportCaseModel, {
    description: 'An officer logs a follow-up on a case of their region: the next due date moves a month on; EMPLOYED closes the case.',
  })
  async logFollowUp(@Args('input') input: LogFollowUpInput, @CurrentUser() user: AuthUser): Promise<SupportCaseModel> {
    return toCase(await this.followUps.log(user, input));
  }

  @Roles(Role.OFFICER, Role.ADMIN)
  @Query(() => [HouseholdModel], {
    description: "Zero-employment households (零就业家庭) of the officer's region or one within it, flagged longest first.",
  })
  zeroEmploymentHouseholds(
    @CurrentUser() user: AuthUser,
    @Args('regionCode', { nullable: true }) regionCode?: string,
  ): Promise<HouseholdModel[]> {
    return this.households.zeroEmployment(user, regionCode);
  }
}
