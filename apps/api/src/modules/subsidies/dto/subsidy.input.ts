import { EmployerSize, JobKind, PriorityGroup, SubsidyDecision, SubsidyStatus } from '@jobbridge/contracts';
import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PageArgs } from '../../../common/graphql/connection';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@ArgsType()
export class SubsidyProposalsArgs extends PageArgs {
  @Field({ nullable: true, description: "A region within the officer's own; theirs by default." })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: '地区代码应为6位数字' })
  regionCode?: string;

  @Field(() => [SubsidyStatus], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(SubsidyStatus, { each: true })
  @ArrayMaxSize(5)
  status?: SubsidyStatus[];

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  ruleId?: string;
}

@InputType({ description: 'An officer decides one proposal or a batch: all or nothing.' })
export class DecideSubsidyInput {
  @Field(() => [ID])
  @IsArray()
  @ArrayMinSize(1, { message: '请选择补贴' })
  @ArrayMaxSize(200, { message: '一次最多审核 200 笔' })
  @IsUUID('all', { each: true })
  ids: string[];

  @Field(() => SubsidyDecision)
  @IsEnum(SubsidyDecision)
  decision: SubsidyDecision;

  @Field({ nullable: true, description: 'Required to reject; optional note on approval.' })
  @IsOptional()
  @IsString()
  @MaxLength(300, { message: '理由不超过 300 字' })
  reason?: string;

  @Field({ nullable: true, description: 'REQUEST_INFO: the one missing item asked for.' })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: '补充材料说明不超过 100 字' })
  item?: string;
}

@InputType({ description: "The beneficiary's answer to a request for an item." })
export class SupplySubsidyItemInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field()
  @IsString()
  @MaxLength(500, { message: '补充说明不超过 500 字' })
  text: string;
}

@InputType({ description: 'Pay the approved subsidies of a region (or the listed ones) in one batch.' })
export class SubsidyPaymentBatchInput {
  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: '地区代码应为6位数字' })
  regionCode?: string;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  ids?: string[];

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  idempotencyKey?: string;
}

@InputType({ description: 'Answers to the policy page\'s questions ("what would I get?"); unanswered ones stay unknown.' })
export class SubsidyAnswersInput {
  @Field(() => [PriorityGroup], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(PriorityGroup, { each: true })
  @ArrayMaxSize(11)
  groups?: PriorityGroup[];

  @Field({ nullable: true })
  @IsOptional()
  @Matches(DATE, { message: '日期格式应为 YYYY-MM-DD' })
  graduationDate?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1900)
  @Max(2100)
  birthYear?: number;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(DATE, { message: '日期格式应为 YYYY-MM-DD' })
  registeredUnemployedSince?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(600)
  contractMonths?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(600)
  socialInsuranceMonths?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(600)
  insuredMonths?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(600)
  tenureMonths?: number;

  @Field(() => EmployerSize, { nullable: true })
  @IsOptional()
  @IsEnum(EmployerSize)
  employerSize?: EmployerSize;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: '地区代码应为6位数字' })
  hukouRegionCode?: string;

  @Field(() => JobKind, { nullable: true })
  @IsOptional()
  @IsEnum(JobKind)
  jobKind?: JobKind;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  organizedTransfer?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  assistanceWorkshop?: boolean;

  @Field({ nullable: true, description: '初级, 中级, 高级, 技师 or 高级技师.' })
  @IsOptional()
  @IsIn(['初级', '中级', '高级', '技师', '高级技师'], { message: '证书等级应为初级、中级、高级、技师或高级技师' })
  certificateLevel?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  insuredCount?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  laidOff?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1e12)
  lastYearPremiumsYuan?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0, { message: '留用率应在0到1之间' })
  @Max(1, { message: '留用率应在0到1之间' })
  retentionRate?: number;
}
