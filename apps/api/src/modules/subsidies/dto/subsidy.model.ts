import { SubsidyBeneficiary, SubsidyConditionStatus, SubsidyStatus } from '@jobbridge/contracts';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../../common/graphql/connection';

@ObjectType('SubsidyCondition', { description: 'One condition of the rule, met by the facts or still to be shown.' })
export class SubsidyConditionModel {
  @Field()
  kind: string;

  @Field(() => SubsidyConditionStatus)
  status: SubsidyConditionStatus;

  @Field({ description: 'Plain Chinese: the condition and the fact that decided it.' })
  text: string;
}

@ObjectType('SubsidyCitation', { description: 'Where the rule comes from: the seed document, its clause and the quoted sentence.' })
export class SubsidyCitationModel {
  @Field()
  doc: string;

  @Field()
  clause: string;

  @Field()
  quote: string;
}

@ObjectType('SubsidyEvidence', { description: 'The record a proposal rests on (the hire, the roster line, the certificate …).' })
export class SubsidyEvidenceModel {
  @Field()
  kind: string;

  @Field()
  id: string;

  @Field()
  label: string;
}

@ObjectType('SubsidyAuditEntry')
export class SubsidyAuditEntryModel {
  @Field(() => ID)
  id: string;

  @Field()
  action: string;

  @Field({ description: '系统（免申即享） for the engine.' })
  actorName: string;

  @Field({ description: 'The policy pack version the step was taken under.' })
  packId: string;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field()
  at: Date;
}

@ObjectType('SubsidyPayment')
export class SubsidyPaymentModel {
  @Field(() => ID)
  id: string;

  @Field()
  reference: string;

  @Field(() => Int)
  amountFen: number;

  @Field()
  amountYuan: string;

  @Field()
  paidOn: string;
}

@ObjectType('SubsidyProposal', { description: 'A subsidy the rules found from an event; nobody applied (免申即享).' })
export class SubsidyProposalModel {
  @Field(() => ID)
  id: string;

  @Field()
  packId: string;

  @Field()
  ruleId: string;

  @Field()
  ruleName: string;

  @Field({ description: 'The county whose bureau decides.' })
  regionCode: string;

  @Field(() => SubsidyBeneficiary)
  beneficiary: SubsidyBeneficiary;

  @Field(() => ID, { nullable: true })
  employerId: string | null;

  @Field(() => String, { nullable: true, description: 'The employer (for employer subsidies and officers).' })
  employerName?: string | null;

  @Field(() => String, { nullable: true })
  personName: string | null;

  @Field(() => String, { nullable: true, description: 'Masked identity number (officers and the person only).' })
  personIdMasked: string | null;

  @Field(() => Int, { description: 'In fen; 0 while the amount waits on a missing item.' })
  amountFen: number;

  @Field()
  amountYuan: string;

  @Field()
  amountNote: string;

  @Field(() => [SubsidyConditionModel])
  conditions: SubsidyConditionModel[];

  @Field(() => [String], { description: 'Items the officer may ask for.' })
  missing: string[];

  @Field(() => SubsidyCitationModel)
  citation: SubsidyCitationModel;

  @Field(() => SubsidyEvidenceModel)
  evidence: SubsidyEvidenceModel;

  @Field()
  eventDate: string;

  @Field(() => SubsidyStatus)
  status: SubsidyStatus;

  @Field(() => String, { nullable: true })
  decisionReason: string | null;

  @Field(() => String, { nullable: true })
  requestedItem: string | null;

  @Field(() => String, { nullable: true })
  supplied: string | null;

  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;

  @Field()
  createdAt: Date;
}

@ObjectType('SubsidyProposalConnection')
export class SubsidyProposalConnection extends Connection(SubsidyProposalModel, 'SubsidyProposal') {}

@ObjectType('SubsidyPaymentBatch')
export class SubsidyPaymentBatchModel {
  @Field(() => ID)
  id: string;

  @Field()
  reference: string;

  @Field()
  regionCode: string;

  @Field()
  paidOn: string;

  @Field(() => Int)
  count: number;

  @Field()
  totalYuan: string;

  @Field()
  createdAt: Date;
}

@ObjectType('MySubsidies', { description: "An employer's or worker's subsidies, with totals in yuan." })
export class MySubsidiesModel {
  @Field(() => [SubsidyProposalModel])
  proposals: SubsidyProposalModel[];

  @Field({ description: 'Proposed or waiting for an item.' })
  pendingYuan: string;

  @Field()
  approvedYuan: string;

  @Field()
  paidYuan: string;
}

@ObjectType('PolicyRule')
export class PolicyRuleModel {
  @Field()
  id: string;

  @Field()
  name: string;

  @Field()
  summary: string;

  @Field(() => SubsidyCitationModel)
  citation: SubsidyCitationModel;

  @Field()
  trigger: string;

  @Field({ description: 'When it is paid, in Chinese.' })
  triggerLabel: string;

  @Field(() => SubsidyBeneficiary)
  beneficiary: SubsidyBeneficiary;

  @Field()
  beneficiaryLabel: string;

  @Field(() => [String], { description: 'Who qualifies, one plain-Chinese line per condition.' })
  conditions: string[];

  @Field({ description: 'How much, in plain Chinese.' })
  amount: string;

  @Field(() => [String], { description: 'Names of the rules it is never paid together with.' })
  notTogetherWith: string[];

  @Field(() => String, { nullable: true, description: 'Yearly limits, in plain Chinese.' })
  caps: string | null;

  @Field(() => String, { nullable: true })
  validFrom: string | null;

  @Field(() => String, { nullable: true })
  validTo: string | null;

  @Field({ description: "Applies today (its own dates and its pack's)." })
  inForce: boolean;
}

@ObjectType('SubsidyQuestion')
export class SubsidyQuestionModel {
  @Field({ description: 'The SubsidyAnswersInput field the answer goes in.' })
  key: string;

  @Field()
  text: string;

  @Field()
  type: string;
}

@ObjectType('PolicyPack', { description: "A region's subsidy policy pack, generated into a policy page." })
export class PolicyPackModel {
  @Field()
  id: string;

  @Field()
  regionCode: string;

  @Field()
  regionName: string;

  @Field()
  document: string;

  @Field()
  doc: string;

  @Field()
  validFrom: string;

  @Field(() => String, { nullable: true })
  validTo: string | null;

  @Field({ description: "In force today: the pack's period covers today and at least one rule still applies." })
  inForce: boolean;

  @Field(() => Int, { nullable: true })
  minimumWageYuan: number | null;

  @Field(() => String, { nullable: true })
  minimumWageSource: string | null;

  @Field(() => [PolicyRuleModel])
  rules: PolicyRuleModel[];

  @Field(() => [SubsidyQuestionModel])
  questions: SubsidyQuestionModel[];
}

@ObjectType('SubsidyEstimateLine')
export class SubsidyEstimateLineModel {
  @Field()
  ruleId: string;

  @Field()
  ruleName: string;

  @Field({ description: 'LIKELY: every condition met by the answers; POSSIBLE: some still unanswered.' })
  verdict: string;

  @Field()
  amountYuan: string;

  @Field()
  amountNote: string;

  @Field(() => SubsidyBeneficiary)
  beneficiary: SubsidyBeneficiary;

  @Field(() => [String])
  reasons: string[];

  @Field(() => [String])
  missing: string[];
}

@ObjectType('SubsidyNotEligible')
export class SubsidyNotEligibleModel {
  @Field()
  ruleId: string;

  @Field()
  ruleName: string;

  @Field()
  reason: string;
}

@ObjectType('SubsidyEstimate')
export class SubsidyEstimateModel {
  @Field(() => String, { nullable: true, description: 'The pack that answered; null where no pack covers the region.' })
  packId: string | null;

  @Field(() => [SubsidyEstimateLineModel])
  lines: SubsidyEstimateLineModel[];

  @Field(() => [SubsidyNotEligibleModel])
  notEligible: SubsidyNotEligibleModel[];
}
