import { BreachRule, LocalHiringStatus, LocalScope, ProjectKind, ProjectStatus, RosterChange } from '@jobbridge/contracts';
import { ArgsType, Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { PageArgs } from '../../../common/graphql/connection';

const DATE = { strict: true } as const;
const DATE_MESSAGE = { message: '日期格式应为 YYYY-MM-DD' };
/** Yuan with at most two decimals. */
const YUAN = /^\d{1,13}(\.\d{1,2})?$/;

export enum ProjectSort {
  /** BREACH first (largest shortfall first), then AT_RISK, COMPLIANT, NO_WORKERS. */
  RISK = 'RISK',
  NEWEST = 'NEWEST',
  NAME = 'NAME',
}
registerEnumType(ProjectSort, { name: 'ProjectSort' });

@InputType()
export class ProjectInput {
  @Field()
  @IsString()
  @Length(2, 100, { message: '项目名称为2-100字' })
  name: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The owner employer. Officers must give it; an employer may only name itself (or omit it).',
  })
  @IsOptional()
  @IsUUID()
  employerId?: string;

  @Field({ description: 'County (or township) of the project site.' })
  @IsString()
  @MaxLength(9)
  regionCode: string;

  @Field(() => ProjectKind)
  @IsEnum(ProjectKind)
  kind: ProjectKind;

  @Field(() => LocalScope, { nullable: true, description: 'Which hukou counts as local (default COUNTY). Officers only.' })
  @IsOptional()
  @IsEnum(LocalScope)
  localScope?: LocalScope;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: '计划用工人数至少为1' })
  @Max(1_000_000)
  plannedWorkforce: number;

  @Field()
  @IsISO8601(DATE, DATE_MESSAGE)
  startDate: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsISO8601(DATE, DATE_MESSAGE)
  endDate?: string;

  @Field({
    nullable: true,
    description: 'Local-hiring threshold, e.g. "0.3" or "30%". Officers only; default from the region’s policy pack.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  threshold?: string;

  @Field(() => BreachRule, { nullable: true, description: 'WARN (default) or BLOCK. Officers only.' })
  @IsOptional()
  @IsEnum(BreachRule)
  breachRule?: BreachRule;

  @Field(() => Int, { nullable: true, description: 'Show new project jobs only to local seekers for this many days (1–90).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(90, { message: '本地优先期最长90天' })
  localFirstDays?: number;

  @Field({ nullable: true, description: 'Investment in yuan (required for WORK_RELIEF).' })
  @IsOptional()
  @Matches(YUAN, { message: '金额格式无效（元，最多两位小数）' })
  investment?: string;
}

@ArgsType()
export class ProjectsArgs extends PageArgs {
  @Field(() => ProjectStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ProjectStatus)
  status?: ProjectStatus;

  @Field(() => LocalHiringStatus, { nullable: true })
  @IsOptional()
  @IsEnum(LocalHiringStatus)
  localHiringStatus?: LocalHiringStatus;

  @Field({ nullable: true, description: 'Any level: projects in it and below.' })
  @IsOptional()
  @IsString()
  @MaxLength(9)
  regionCode?: string;

  @Field(() => ProjectKind, { nullable: true })
  @IsOptional()
  @IsEnum(ProjectKind)
  kind?: ProjectKind;

  @Field(() => ProjectSort, { nullable: true, defaultValue: ProjectSort.RISK })
  @IsOptional()
  @IsEnum(ProjectSort)
  sort?: ProjectSort;
}

@ArgsType()
export class ProjectWorkersArgs extends PageArgs {
  @Field({ nullable: true, defaultValue: false, description: 'Only workers on the project today.' })
  @IsOptional()
  @IsBoolean()
  activeOnly?: boolean;
}

@InputType()
export class AddProjectWorkerInput {
  @Field(() => ID)
  @IsUUID()
  projectId: string;

  @Field()
  @IsString()
  @MaxLength(60)
  fullName: string;

  @Field()
  @IsString()
  @MaxLength(30)
  idNumber: string;

  @Field()
  @IsString()
  @MaxLength(12)
  hukouRegionCode: string;

  @Field()
  @IsString()
  @MaxLength(60)
  trade: string;

  @Field()
  @IsString()
  @MaxLength(12)
  startDate: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(12)
  endDate?: string;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  povertyAlleviated?: boolean;

  @Field({ nullable: true, description: 'Why, when the hire takes the project below its threshold under the WARN rule.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  acknowledgement?: string;
}

@InputType()
export class EndProjectWorkerInput {
  @Field(() => ID)
  @IsUUID()
  workerId: string;

  @Field({ nullable: true, description: 'The day the worker leaves (not counted on it); default today.' })
  @IsOptional()
  @IsISO8601(DATE, DATE_MESSAGE)
  endDate?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  reason?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  acknowledgement?: string;
}

@InputType()
export class ImportProjectWorkersInput {
  @Field(() => ID)
  @IsUUID()
  projectId: string;

  @Field({ description: 'UTF-8 CSV with a header row: 姓名,身份证号,户籍地区代码,工种,进场日期,离场日期,脱贫劳动力.' })
  @IsString()
  @MaxLength(2_000_000, { message: '文件过大（最多约2MB）' })
  csv: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  acknowledgement?: string;
}

@InputType()
export class PreviewProjectHireInput {
  @Field(() => ID)
  @IsUUID()
  projectId: string;

  @Field(() => RosterChange, { nullable: true, defaultValue: RosterChange.HIRE })
  @IsOptional()
  @IsEnum(RosterChange)
  change?: RosterChange;

  @Field({ nullable: true, description: 'HIRE: the hukou region of the person to hire.' })
  @IsOptional()
  @IsString()
  @MaxLength(12)
  hukouRegionCode?: string;

  @Field(() => ID, { nullable: true, description: 'EXIT: the worker who would leave.' })
  @IsOptional()
  @IsUUID()
  workerId?: string;
}

@InputType()
export class RecordLabourPaymentInput {
  @Field(() => ID)
  @IsUUID()
  projectId: string;

  @Field()
  @IsISO8601(DATE, DATE_MESSAGE)
  paidOn: string;

  @Field({ description: 'Yuan, at most two decimals.' })
  @Matches(YUAN, { message: '金额格式无效（元，最多两位小数）' })
  amount: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  note?: string;
}

@ArgsType()
export class LocalHiringHistoryArgs {
  @Field({ nullable: true, description: 'Default: 89 days before `to` (or the project start, if later).' })
  @IsOptional()
  @IsISO8601(DATE, DATE_MESSAGE)
  from?: string;

  @Field({ nullable: true, description: 'Default: today.' })
  @IsOptional()
  @IsISO8601(DATE, DATE_MESSAGE)
  to?: string;
}
