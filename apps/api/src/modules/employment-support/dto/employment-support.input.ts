import { CaseloadFilter, FollowUpChannel, FollowUpOutcome, UnemploymentReason } from '@jobbridge/contracts';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PageArgs } from '../../../common/graphql/connection';

@InputType({ description: 'An online unemployment registration (失业登记) with the household it belongs to.' })
export class RegisterUnemploymentInput {
  @Field({ description: "The registrant's identity number (GB 11643); must match the labour profile's when it has one." })
  @IsString()
  @MaxLength(30, { message: '身份证号不正确，请核对' })
  idNumber: string;

  @Field({ description: 'The county (or a township in it) where the person lives and registers.' })
  @IsString()
  @MaxLength(12, { message: '地区代码不正确' })
  regionCode: string;

  @Field(() => UnemploymentReason)
  @IsEnum(UnemploymentReason)
  reason: UnemploymentReason;

  @Field({ nullable: true, description: 'The last employer, when there was one.' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: '原工作单位名称不超过 100 字' })
  lastEmployerName?: string;

  @Field({ nullable: true, description: 'YYYY-MM: when the last job ended.' })
  @IsOptional()
  @IsString()
  @MaxLength(7, { message: '月份格式应为 YYYY-MM' })
  lastJobEndedMonth?: string;

  @Field({ description: "The household head's identity number (the registrant's own when they head it)." })
  @IsString()
  @MaxLength(30, { message: '户主身份证号不正确，请核对' })
  householdHeadIdNumber: string;

  @Field()
  @IsString()
  @MaxLength(100, { message: '户主姓名不超过 40 字' })
  householdHeadName: string;

  @Field(() => Int, { description: 'Working-age members of the household, the registrant included (1–20).' })
  @IsInt()
  @Min(0)
  @Max(1000)
  workingAgeMembers: number;

  @Field(() => Int, { description: 'Of them, how many have a job now (the registrant not among them).' })
  @IsInt()
  @Min(-1000)
  @Max(1000)
  employedMembers: number;

  @Field({ description: 'The person wants a job (有就业要求).' })
  @IsBoolean()
  wantsJob: boolean;

  @Field({ nullable: true, description: 'Sent again with the same key (a double tap), the first registration is returned.' })
  @IsOptional()
  @IsString()
  @Length(8, 64)
  idempotencyKey?: string;
}

@ArgsType()
export class CaseloadArgs extends PageArgs {
  @Field({ nullable: true, description: 'Officers: a region within their own (their own by default).' })
  @IsOptional()
  @IsString()
  @MaxLength(12)
  regionCode?: string;

  @Field(() => CaseloadFilter, {
    nullable: true,
    defaultValue: CaseloadFilter.DUE,
    description: 'DUE (overdue, due within a week, or never contacted), OPEN, or CLOSED.',
  })
  @IsOptional()
  @IsEnum(CaseloadFilter)
  filter?: CaseloadFilter;
}

@InputType({ description: "An officer's contact with a person on the caseload." })
export class LogFollowUpInput {
  @Field(() => ID)
  @IsUUID('all', { message: '编号格式不正确' })
  caseId: string;

  @Field({ description: 'YYYY-MM-DD (China date): not in the future, not before the case opened.' })
  @IsString()
  @MaxLength(10, { message: '联系日期格式应为 YYYY-MM-DD' })
  contactedOn: string;

  @Field(() => FollowUpChannel)
  @IsEnum(FollowUpChannel)
  channel: FollowUpChannel;

  @Field({ description: 'What was said and found (at most 500 characters).' })
  @IsString()
  @MaxLength(2000, { message: '跟进情况不超过 500 字' })
  note: string;

  @Field(() => FollowUpOutcome, { description: 'EMPLOYED closes the case; NOT_REACHED leaves the due date where it was.' })
  @IsEnum(FollowUpOutcome)
  outcome: FollowUpOutcome;

  @Field(() => [ID], { nullable: true, description: 'Published postings recommended to the person (at most 10).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10, { message: '一次最多推荐 10 个岗位' })
  @IsUUID('all', { each: true, message: '编号格式不正确' })
  recommendedJobPostingIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Job fairs recommended to the person (at most 10).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10, { message: '一次最多推荐 10 场招聘会' })
  @IsUUID('all', { each: true, message: '编号格式不正确' })
  recommendedFairIds?: string[];

  @Field({ nullable: true, description: 'Sent again with the same key (a double tap), the first follow-up is returned.' })
  @IsOptional()
  @IsString()
  @Length(8, 64)
  idempotencyKey?: string;
}
