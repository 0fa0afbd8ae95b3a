import { DormitoryProvision, EducationLevel, JobKind, JobPostingStatus, MealProvision, SocialInsurance } from '@jobbridge/contracts';
import { SCREENING_FLAG_CODES, type ScreeningFlagCode } from '@jobbridge/domain';
import { ArgsType, Field, Float, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsLatitude,
  IsLongitude,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from '../../../common/graphql/connection';
import { CertificateInput } from '../../job-seekers/dto/job-seeker-profile.input';
import { OptionalTextList } from '../../../common/graphql/validators';

@InputType()
export class JobTruthCardInput {
  @Field({ description: 'e.g. 8:00-17:30，午休1.5小时，月休4天' })
  @IsString()
  @Length(2, 200, { message: '请填写工作时间' })
  workingHours: string;

  @Field({ nullable: true, description: 'e.g. 两班倒' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  shifts?: string;

  @Field(() => DormitoryProvision)
  @IsEnum(DormitoryProvision)
  dormitory: DormitoryProvision;

  @Field(() => MealProvision)
  @IsEnum(MealProvision)
  meals: MealProvision;

  @Field(() => SocialInsurance)
  @IsEnum(SocialInsurance)
  socialInsurance: SocialInsurance;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}

@InputType()
export class JobPostingInput {
  @Field()
  @IsString()
  @Length(2, 60, { message: '岗位名称为2-60字' })
  title: string;

  @Field()
  @IsString()
  @Length(10, 5000, { message: '岗位描述为10-5000字' })
  description: string;

  @Field({ description: 'Occupation (职业), e.g. 电焊工.' })
  @IsString()
  @Length(1, 60)
  occupation: string;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: '招聘人数至少1人' })
  @Max(10000)
  headcount: number;

  @Field(() => Int, { description: 'Monthly pay, 元.' })
  @IsInt()
  @Min(0)
  payMin: number;

  @Field(() => Int, { description: 'Monthly pay, 元.' })
  @IsInt()
  @Min(0)
  payMax: number;

  @Field({ description: 'County (or township) code of the workplace.' })
  @IsString()
  workRegionCode: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  address?: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsLatitude()
  lat?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsLongitude()
  lng?: number;

  @Field(() => JobKind)
  @IsEnum(JobKind)
  kind: JobKind;

  @Field(() => ID, { nullable: true, description: 'A major project of the same employer: hires on this job join its roster.' })
  @IsOptional()
  @IsUUID('all')
  projectId?: string;

  @OptionalTextList(30, 30)
  skills?: string[];

  @Field(() => EducationLevel, { nullable: true })
  @IsOptional()
  @IsEnum(EducationLevel)
  education?: EducationLevel;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(50)
  minExperienceYears?: number;

  @Field(() => [CertificateInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => CertificateInput)
  certificates?: CertificateInput[];

  @Field(() => JobTruthCardInput, { nullable: true, description: '岗位真相卡; required before the posting can be submitted for review.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => JobTruthCardInput)
  truthCard?: JobTruthCardInput;
}

@InputType()
export class JobPostingFilter {
  @Field({ nullable: true, description: 'Any level: province, prefecture, county or township.' })
  @IsOptional()
  @IsString()
  regionCode?: string;

  @Field(() => JobKind, { nullable: true })
  @IsOptional()
  @IsEnum(JobKind)
  kind?: JobKind;

  @Field(() => Int, { nullable: true, description: 'Jobs whose pay can reach at least this much.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  payMin?: number;

  @Field(() => Int, { nullable: true, description: 'Jobs whose pay starts at or below this.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  payMax?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(50, { message: '关键词不超过50字' })
  keyword?: string;
}

@ArgsType()
export class JobPostingsArgs extends PageArgs {
  @Field(() => JobPostingFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => JobPostingFilter)
  filter?: JobPostingFilter;
}

@ArgsType()
export class MyJobPostingsArgs extends PageArgs {
  @Field(() => JobPostingStatus, { nullable: true })
  @IsOptional()
  @IsEnum(JobPostingStatus)
  status?: JobPostingStatus;
}

/** How the review queue is ordered. Every order pages by keyset, so 加载更多 neither skips nor repeats a posting. */
export enum ReviewQueueOrder {
  /** Oldest submission first: the order of service (the default). */
  OLDEST_FIRST = 'OLDEST_FIRST',
  NEWEST_FIRST = 'NEWEST_FIRST',
  /** Postings the fair-hiring screen flagged first, each group oldest submission first. */
  FLAGGED_FIRST = 'FLAGGED_FIRST',
}
registerEnumType(ReviewQueueOrder, {
  name: 'ReviewQueueOrder',
  description:
    'OLDEST_FIRST (default), NEWEST_FIRST, or FLAGGED_FIRST (flagged postings first, then clean ones; oldest first within each).',
});

@ArgsType()
export class ReviewQueueArgs extends PageArgs {
  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only postings the fair-hiring screen flagged; false: only clean ones; omitted: all.',
  })
  @IsOptional()
  @IsBoolean()
  flagged?: boolean;

  @Field(() => String, { nullable: true, description: `Only postings with this screening flag: ${SCREENING_FLAG_CODES.join(', ')}.` })
  @IsOptional()
  @IsIn(SCREENING_FLAG_CODES, { message: '筛查标记代码不正确' })
  flagCode?: ScreeningFlagCode;

  @Field(() => ReviewQueueOrder, { nullable: true, defaultValue: ReviewQueueOrder.OLDEST_FIRST })
  @IsOptional()
  @IsEnum(ReviewQueueOrder)
  order?: ReviewQueueOrder;
}
