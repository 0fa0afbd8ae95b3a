import { FlagDecision, ReportAction, ReportCategory, ReportStatus, ReportTargetType } from '@jobbridge/contracts';
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
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

@InputType({ description: "An employer's reduction plan (裁员方案); the rule's verdict is judged when it is filed." })
export class LayoffPlanInput {
  @Field(() => Int, { description: 'Staff on the payroll now.' })
  @IsInt()
  @Min(1, { message: '职工人数至少为 1' })
  @Max(1_000_000)
  staffNow: number;

  @Field(() => Int, { description: 'People the plan cuts at once.' })
  @IsInt()
  @Min(1, { message: '裁减人数至少为 1' })
  @Max(1_000_000)
  peopleToCut: number;

  @Field({ description: 'YYYY-MM-DD: when the cuts take effect.' })
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为 YYYY-MM-DD' })
  layoffDate: string;

  @Field()
  @IsString()
  @MaxLength(1000, { message: '原因不超过 1000 字' })
  reasons: string;

  @Field({ description: 'The union or the staff were consulted.' })
  @IsBoolean()
  consulted: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  consultationNote?: string;

  @Field({ nullable: true, description: 'Sent again with the same key (a double tap), the first filing is returned.' })
  @IsOptional()
  @IsString()
  @Length(8, 64)
  idempotencyKey?: string;
}

@InputType()
export class ReportContentInput {
  @Field(() => ReportTargetType)
  @IsEnum(ReportTargetType)
  targetType: ReportTargetType;

  @Field(() => ID)
  @IsString()
  targetId: string;

  @Field(() => ReportCategory)
  @IsEnum(ReportCategory)
  category: ReportCategory;

  @Field()
  @IsString()
  @MaxLength(1000, { message: '举报内容不超过 1000 字' })
  text: string;

  @Field(() => [String], { nullable: true, description: 'Up to 3 photos as data URLs (JPEG, PNG or WebP, up to 190,000 characters each).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(3, { message: '最多上传 3 张照片' })
  @IsString({ each: true })
  photos?: string[];

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(8, 64)
  idempotencyKey?: string;
}

@ArgsType()
export class ReportsArgs {
  @Field(() => ReportStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ReportStatus)
  status?: ReportStatus;

  @Field({ nullable: true, description: 'Officers: a region within their own (their own by default).' })
  @IsOptional()
  @IsString()
  regionCode?: string;
}

@InputType()
export class ResolveReportInput {
  @Field(() => ID)
  @IsUUID('all', { message: '编号格式不正确' })
  reportId: string;

  @Field(() => ReportAction)
  @IsEnum(ReportAction)
  action: ReportAction;

  @Field({ description: 'Told to the reporter, and (unless dismissed) to the employer.' })
  @IsString()
  @MaxLength(500)
  note: string;
}

@InputType()
export class ScreeningDecisionInput {
  @Field(() => ID)
  @IsUUID('all', { message: '编号格式不正确' })
  jobPostingId: string;

  @Field({ description: "The flag's code, e.g. AGE_RESTRICTION." })
  @IsString()
  @MaxLength(40)
  code: string;

  @Field({ description: "The flag's evidence, as the posting's flag gives it." })
  @IsString()
  @MaxLength(200)
  evidence: string;

  @Field(() => FlagDecision)
  @IsEnum(FlagDecision)
  decision: FlagDecision;

  @Field()
  @IsString()
  @MaxLength(300)
  reason: string;
}

@InputType({ description: 'The worker’s answers to a post-hire check-in; truth-card items the card did not promise are left out.' })
export class AnswerCheckInInput {
  @Field(() => ID)
  @IsUUID('all', { message: '编号格式不正确' })
  checkInId: string;

  @Field()
  @IsBoolean()
  stillWorking: boolean;

  @Field()
  @IsBoolean()
  paidAsPromised: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  hoursAsStated?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  dormitoryAsStated?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  mealsAsStated?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  insuranceAsStated?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  comment?: string;
}
