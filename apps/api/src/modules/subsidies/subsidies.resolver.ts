import { Role } from '@jobbridge/contracts';
import {
  BENEFICIARY_LABELS_ZH,
  describeAmount,
  describeCondition,
  estimateSubsidies,
  questionsFor,
  subsidyPackFor,
  TRIGGER_LABELS_ZH,
  type SubsidyPack,
} from '@jobbridge/domain';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, CurrentUser, Public, Roles } from '../../common/auth/access.decorators';
import type { AuthUser } from '../../common/auth/auth-user';
import type { GqlContext } from '../../common/auth/gql-context';
import { officerCovers } from '../../common/auth/scope';
import { invalid, notFound } from '../../common/errors/app-error';
import { connectionComplexity } from '../../common/graphql/complexity.plugin';
import { ApplicationModel } from '../applications/dto/application.model';
import { employerById } from '../employers/employer.loaders';
import {
  DecideSubsidyInput,
  SubsidyAnswersInput,
  SubsidyPaymentBatchInput,
  SubsidyProposalsArgs,
  SupplySubsidyItemInput,
} from './dto/subsidy.input';
import {
  MySubsidiesModel,
  PolicyPackModel,
  SubsidyAuditEntryModel,
  SubsidyEstimateModel,
  SubsidyPaymentBatchModel,
  SubsidyPaymentModel,
  SubsidyProposalConnection,
  SubsidyProposalModel,
} from './dto/subsidy.model';
import { SubsidiesService } from './subsidies.service';
import { chinaDate, yuanOf } from './subsidy-format';
import { SubsidyPaymentBatchEntity, SubsidyPaymentEntity, SubsidyProposalEntity } from './subsidy.entity';
import { subsidyAuditByProposal, subsidyPaymentByProposal, subsidyPaymentsByBatch } from './subsidy.loaders';

/** A proposal as the viewer may see it: the masked identity number only for officers and the person. */
function proposalModel(p: SubsidyProposalEntity, viewer: AuthUser): SubsidyProposalModel {
  const officer = viewer.role === Role.OFFICER || viewer.role === Role.ADMIN;
  return Object.assign(new SubsidyProposalModel(), {
    ...p,
    personIdMasked: officer || viewer.id === p.workerUserId ? p.personIdMasked : null,
    amountYuan: yuanOf(p.amountFen),
  });
}

const paymentModel = (p: SubsidyPaymentEntity): SubsidyPaymentModel =>
  Object.assign(new SubsidyPaymentModel(), {
    id: p.id,
    reference: p.reference,
    amountFen: p.amountFen,
    amountYuan: yuanOf(p.amountFen),
    paidOn: p.paidOn,
  });

const batchModel = (b: SubsidyPaymentBatchEntity): SubsidyPaymentBatchModel =>
  Object.assign(new SubsidyPaymentBatchModel(), { ...b, totalYuan: yuanOf(b.totalFen) });

function packModel(pack: SubsidyPack, today: string): PolicyPackModel {
  const names = new Map(pack.rules.map((r) => [r.id, r.name]));
  const within = (from: string, to: string | null | undefined) => from <= today && (to === null || to === undefined || today <= to);
  const packInForce = within(pack.validFrom, pack.validTo);
  const ruleInForce = (r: SubsidyPack['rules'][number]) => packInForce && within(r.validFrom ?? pack.validFrom, r.validTo ?? pack.validTo);
  return Object.assign(new PolicyPackModel(), {
    id: pack.id,
    regionCode: pack.regionCode,
    regionName: pack.regionName,
    document: pack.document,
    doc: pack.doc,
    validFrom: pack.validFrom,
    validTo: pack.validTo,
    // In force: the pack's period covers today and at least one of its rules still applies.
    inForce: pack.rules.some(ruleInForce),
    minimumWageYuan: pack.minimumWage?.monthlyYuan ?? null,
    minimumWageSource: pack.minimumWage?.source ?? null,
    rules: pack.rules.map((r) => ({
      id: r.id,
      name: r.name,
      summary: r.summary,
      citation: r.citation,
      trigger: r.trigger,
      triggerLabel: TRIGGER_LABELS_ZH[r.trigger],
      beneficiary: r.beneficiary,
      beneficiaryLabel: BENEFICIARY_LABELS_ZH[r.beneficiary],
      conditions: r.conditions.map(describeCondition),
      amount: describeAmount(r.amount, pack),
      notTogetherWith: r.exclusiveGroup
        ? pack.rules.filter((o) => o.id !== r.id && o.exclusiveGroup === r.exclusiveGroup).map((o) => names.get(o.id)!)
        : [],
      caps: r.caps
        ? [
            r.caps.perYearCount ? `每人每年最多${r.caps.perYearCount}次` : null,
            r.caps.perYearYuan ? `每人每年最多${r.caps.perYearYuan}元` : null,
            r.caps.distinctTradeAndLevel ? '同一职业（工种）同一等级只享受一次' : null,
          ]
            .filter(Boolean)
            .join('；')
        : null,
      validFrom: r.validFrom ?? null,
      validTo: r.validTo ?? null,
      inForce: ruleInForce(r),
    })),
    questions: questionsFor(pack),
  });
}

@Resolver(() => SubsidyProposalModel)
export class SubsidiesResolver {
  constructor(private readonly subsidies: SubsidiesService) {}

  @Public()
  @Query(() => [PolicyPackModel], { description: 'The subsidy policy packs (all, or those covering a region), for the policy pages.' })
  policyPacks(@Args('regionCode', { type: () => String, nullable: true }) regionCode?: string): PolicyPackModel[] {
    const today = chinaDate(new Date());
    const packs = this.subsidies.packs.filter((p) => !regionCode || regionCode.startsWith(p.regionCode.replace(/0+$/, '')));
    return packs.map((p) => packModel(p, today));
  }

  @Public()
  @Query(() => PolicyPackModel, {
    nullable: true,
    description: "One pack by id, or the pack in force today for a region (its own, else its prefecture's or province's).",
  })
  policyPack(
    @Args('id', { type: () => String, nullable: true }) id?: string,
    @Args('regionCode', { type: () => String, nullable: true }) regionCode?: string,
  ): PolicyPackModel | null {
    const today = chinaDate(new Date());
    if (id) {
      const pack = this.subsidies.packs.find((p) => p.id === id);
      return pack ? packModel(pack, today) : null;
    }
    if (!regionCode) throw invalid('regionCode', '请指定政策包或地区');
    const pack = subsidyPackFor(regionCode, today, this.subsidies.packs);
    return pack ? packModel(pack, today) : null;
  }

  @Public()
  @Query(() => SubsidyEstimateModel, {
    description: '"What would I get?": the answers judged by the same engine as real events; nothing is stored.',
  })
  estimateSubsidies(@Args('regionCode') regionCode: string, @Args('answers') answers: SubsidyAnswersInput): SubsidyEstimateModel {
    const e = estimateSubsidies(regionCode, chinaDate(new Date()), answers, this.subsidies.packs);
    return {
      packId: e.packId,
      lines: e.lines.map((l) => ({ ...l, amountYuan: yuanOf(l.amountFen) })),
      notEligible: e.notEligible,
    } as SubsidyEstimateModel;
  }

  @Roles(Role.OFFICER, Role.ADMIN)
  @Query(() => SubsidyProposalConnection, {
    complexity: connectionComplexity,
    description: "The bureau's queue: proposals of a region, oldest first.",
  })
  async subsidyProposals(@Args() args: SubsidyProposalsArgs, @CurrentUser() user: AuthUser): Promise<SubsidyProposalConnection> {
    const page = await this.subsidies.queue(user, args);
    return {
      ...page,
      edges: page.edges.map((e) => ({ cursor: e.cursor, node: proposalModel(e.node, user) })),
    } as SubsidyProposalConnection;
  }

  @Roles(Role.OFFICER)
  @Mutation(() => [SubsidyProposalModel], {
    description: 'Approve, reject (with a reason) or ask for one item: one proposal or a batch, all or nothing.',
  })
  async decideSubsidy(@Args('input') input: DecideSubsidyInput, @CurrentUser() user: AuthUser): Promise<SubsidyProposalModel[]> {
    return (await this.subsidies.decide(user, input)).map((p) => proposalModel(p, user));
  }

  @Roles(Role.EMPLOYER, Role.JOB_SEEKER)
  @Mutation(() => SubsidyProposalModel, {
    description: 'The beneficiary answers a request for an item; the proposal goes back to the queue.',
  })
  async supplySubsidyItem(@Args('input') input: SupplySubsidyItemInput, @CurrentUser() user: AuthUser): Promise<SubsidyProposalModel> {
    return proposalModel(await this.subsidies.supply(user, input), user);
  }

  @Roles(Role.OFFICER)
  @Mutation(() => SubsidyPaymentBatchModel, { description: 'Pays the approved subsidies of a region (or the listed ones) in one batch.' })
  async createSubsidyPaymentBatch(
    @Args('input') input: SubsidyPaymentBatchInput,
    @CurrentUser() user: AuthUser,
  ): Promise<SubsidyPaymentBatchModel> {
    return batchModel(await this.subsidies.pay(user, input));
  }

  @Roles(Role.OFFICER, Role.ADMIN)
  @Query(() => [SubsidyPaymentBatchModel], { description: 'Payment batches of a region, newest first.' })
  async subsidyPayments(
    @Args('regionCode', { type: () => String, nullable: true }) regionCode: string | undefined,
    @CurrentUser() user: AuthUser,
  ): Promise<SubsidyPaymentBatchModel[]> {
    return (await this.subsidies.batches(user, regionCode)).map(batchModel);
  }

  @Roles(Role.OFFICER, Role.ADMIN)
  @Query(() => String, { description: 'The batch as the CSV file the bank or finance system takes (layout in ADR 0018).' })
  subsidyPaymentExport(@Args('batchId', { type: () => ID }) batchId: string, @CurrentUser() user: AuthUser): Promise<string> {
    return this.subsidies.exportBatch(user, batchId);
  }

  @Roles(Role.EMPLOYER, Role.JOB_SEEKER)
  @Query(() => MySubsidiesModel, { description: "The employer's or worker's subsidies, pending and paid: nothing to apply for." })
  async mySubsidies(@CurrentUser() user: AuthUser): Promise<MySubsidiesModel> {
    const mine = await this.subsidies.mine(user);
    return {
      proposals: mine.proposals.map((p) => proposalModel(p, user)),
      pendingYuan: yuanOf(mine.pendingFen),
      approvedYuan: yuanOf(mine.approvedFen),
      paidYuan: yuanOf(mine.paidFen),
    };
  }

  @ResolveField(() => String, { nullable: true })
  async employerName(@Parent() p: SubsidyProposalModel, @Ctx() ctx: GqlContext): Promise<string | null> {
    if (!p.employerId) return null;
    return (await ctx.loaders.of(employerById).load(p.employerId))?.name ?? null;
  }

  @ResolveField(() => SubsidyPaymentModel, { nullable: true })
  async payment(@Parent() p: SubsidyProposalModel, @Ctx() ctx: GqlContext): Promise<SubsidyPaymentModel | null> {
    if (p.status !== 'PAID') return null;
    const pay = await ctx.loaders.of(subsidyPaymentByProposal).load(p.id);
    return pay ? paymentModel(pay) : null;
  }

  @ResolveField(() => [SubsidyAuditEntryModel], { description: 'Officers of the region: every step, who and under which pack.' })
  async audit(@Parent() p: SubsidyProposalModel, @CurrentUser() user: AuthUser, @Ctx() ctx: GqlContext): Promise<SubsidyAuditEntryModel[]> {
    if (!(user.role === Role.ADMIN || officerCovers(user, p.regionCode))) return [];
    return ctx.loaders.of(subsidyAuditByProposal).load(p.id);
  }
}

@Resolver(() => SubsidyPaymentBatchModel)
export class SubsidyBatchFieldsResolver {
  @ResolveField(() => [SubsidyPaymentModel])
  async payments(@Parent() b: SubsidyPaymentBatchModel, @Ctx() ctx: GqlContext): Promise<SubsidyPaymentModel[]> {
    return (await ctx.loaders.of(subsidyPaymentsByBatch).load(b.id)).map(paymentModel);
  }
}

@Resolver(() => ApplicationModel)
export class ApplicationSubsidiesResolver {
  constructor(private readonly service: SubsidiesService) {}

  @ResolveField(() => [SubsidyProposalModel], {
    description: 'What this hire brings ("you will receive …"): the employer sees its own, the worker theirs, officers all.',
  })
  async subsidies(@Parent() a: ApplicationModel, @CurrentUser() user: AuthUser): Promise<SubsidyProposalModel[]> {
    if (!user) throw notFound('补贴');
    return (await this.service.forApplication(user, a.id, a.status)).map((p) => proposalModel(p, user));
  }
}
