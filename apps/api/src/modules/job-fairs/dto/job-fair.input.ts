import { BoothStatus, FairCampaign, FairMode, JobFairStatus, JobKind, PriorityGroup, TalkOutcome } from '@jobbridge/contracts';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDate,
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

@InputType({ description: 'A job fair as the bureau sets it up; the schedule is checked as a whole (libs/domain validateFairSchedule).' })
export class JobFairInput {
  @Field()
  @IsString()
  @Length(2, 80, { message: '名称为2-80字' })
  name: string;

  @Field(() => FairCampaign)
  @IsEnum(FairCampaign)
  campaign: FairCampaign;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  theme?: string;

  @Field({ description: 'The county or prefecture the fair is for (within the officer’s region).' })
  @IsString()
  regionCode: string;

  @Field(() => [PriorityGroup], {
    defaultValue: [],
    description: 'Priority groups the fair targets (and who may queue in the priority window).',
  })
  @IsArray()
  @ArrayUnique()
  @IsEnum(PriorityGroup, { each: true })
  targetGroups: PriorityGroup[];

  @Field(() => FairMode)
  @IsEnum(FairMode)
  mode: FairMode;

  @Field({ nullable: true, description: 'The venue, for ON_SITE and HYBRID fairs.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  venueAddress?: string;

  @Field()
  @Type(() => Date)
  @IsDate({ message: '时间无效' })
  boothApplyFrom: Date;

  @Field()
  @Type(() => Date)
  @IsDate({ message: '时间无效' })
  boothApplyUntil: Date;

  @Field({ description: 'First day (China), YYYY-MM-DD.' })
  @IsString()
  startDate: string;

  @Field({ description: 'Last day (China), YYYY-MM-DD.' })
  @IsString()
  endDate: string;

  @Field({ description: 'Daily opening time (China), HH:MM.' })
  @IsString()
  opensAt: string;

  @Field({ description: 'Daily closing time (China), HH:MM; 24:00 for midnight.' })
  @IsString()
  closesAt: string;

  @Field(() => Int, { defaultValue: 100 })
  @IsInt()
  boothCapacity: number;

  @Field(() => Int, { nullable: true, description: 'The first N minutes of each day, when only the target groups may queue.' })
  @IsOptional()
  @IsInt()
  priorityWindowMinutes?: number | null;

  @Field(() => Int, { defaultValue: 60, description: 'Seconds a called seeker has to accept the talk.' })
  @IsInt()
  answerWindowSeconds: number;

  @Field(() => Int, { defaultValue: 3, description: 'The most booth queues one seeker may hold at once.' })
  @IsInt()
  maxQueuesPerSeeker: number;
}

@ArgsType()
export class JobFairsArgs {
  @Field({ nullable: true, description: 'Fairs in this region (and the counties under it).' })
  @IsOptional()
  @IsString()
  regionCode?: string;

  @Field(() => JobFairStatus, { nullable: true })
  @IsOptional()
  @IsEnum(JobFairStatus)
  status?: JobFairStatus;

  @Field(() => Int, { defaultValue: 20 })
  @IsInt()
  @Min(1)
  @Max(50, { context: { code: 'PAGE_SIZE_TOO_LARGE' } })
  first: number;
}

@InputType()
export class BoothApplicationInput {
  @Field(() => ID)
  @IsUUID('all', { message: '编号格式不正确' })
  fairId: string;

  @Field({ description: 'A short introduction of the company for the hall.' })
  @IsString()
  @Length(2, 500, { message: '展位介绍为2-500字' })
  intro: string;

  @Field(() => [ID], { description: 'Published postings of the company, each with its truth card.' })
  @IsArray()
  @ArrayMinSize(1, { message: '请至少选择一个岗位' })
  @ArrayMaxSize(30)
  @ArrayUnique({ message: '岗位不能重复' })
  @IsUUID('all', { each: true, message: '编号格式不正确' })
  jobPostingIds: string[];

  @Field(() => [ID], { description: 'Team members (user ids) who staff the booth.' })
  @IsArray()
  @ArrayMinSize(1, { message: '请至少安排一名招聘人员' })
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: '编号格式不正确' })
  staffUserIds: string[];

  @Field(() => Int, { nullable: true, description: 'Above this estimated wait (seconds) seekers may ask to be called back.' })
  @IsOptional()
  @IsInt()
  @Min(60)
  @Max(7200)
  callbackThresholdSeconds?: number | null;
}

@InputType()
export class ReviewBoothInput {
  @Field(() => ID)
  @IsUUID('all', { message: '编号格式不正确' })
  boothId: string;

  @Field()
  @IsBoolean()
  approve: boolean;

  @Field({ nullable: true, description: 'Required when rejecting: the employer reads it.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  reason?: string;
}

@ArgsType()
export class FairBoothsArgs {
  @Field(() => ID)
  @IsUUID('all', { message: '编号格式不正确' })
  fairId: string;

  @Field({ nullable: true, description: 'Zone letter (by industry).' })
  @IsOptional()
  @IsString()
  @MaxLength(2)
  zone?: string;

  @Field({ nullable: true, description: 'County code of the employer.' })
  @IsOptional()
  @IsString()
  @MaxLength(12)
  countyCode?: string;

  @Field(() => JobKind, { nullable: true })
  @IsOptional()
  @IsEnum(JobKind)
  jobKind?: JobKind;

  @Field({ nullable: true, description: 'Matches the company name or the titles of its jobs at the fair.' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  keyword?: string;

  @Field(() => BoothStatus, { nullable: true, description: 'Officers and the booth’s own employer: other than APPROVED.' })
  @IsOptional()
  @IsEnum(BoothStatus)
  status?: BoothStatus;
}

@InputType()
export class EndTalkInput {
  @Field(() => ID)
  @IsUUID('all', { message: '编号格式不正确' })
  ticketId: string;

  @Field(() => TalkOutcome)
  @IsEnum(TalkOutcome)
  outcome: TalkOutcome;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;

  @Field(() => ID, { nullable: true, description: 'The booth job talked about: required for AGREEMENT and INTERVIEW.' })
  @IsOptional()
  @IsUUID('all', { message: '编号格式不正确' })
  jobPostingId?: string;

  @Field({ nullable: true, description: 'For INTERVIEW: when.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: '时间无效' })
  interviewAt?: Date;

  @Field({ nullable: true, description: 'For INTERVIEW: where.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  interviewPlace?: string;
}

@InputType()
export class JoinQueueInput {
  @Field(() => ID)
  @IsUUID('all', { message: '编号格式不正确' })
  boothId: string;
}

@InputType()
export class CallbackInput {
  @Field(() => ID)
  @IsUUID('all', { message: '编号格式不正确' })
  boothId: string;

  @Field()
  @IsString()
  @Length(2, 300, { message: '留言为2-300字' })
  message: string;
}

@InputType({ description: 'A fair for a major project: its open jobs in one booth, seekers local to it invited.' })
export class ProjectFairInput {
  @Field(() => ID)
  @IsUUID('all', { message: '编号格式不正确' })
  projectId: string;

  @Field({ nullable: true, description: 'Defaults to "<project>专场招聘会".' })
  @IsOptional()
  @IsString()
  @Length(2, 80)
  name?: string;

  @Field(() => FairMode, { defaultValue: FairMode.ONLINE })
  @IsEnum(FairMode)
  mode: FairMode;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  venueAddress?: string;

  @Field({ description: 'First day (China), YYYY-MM-DD.' })
  @IsString()
  startDate: string;

  @Field()
  @IsString()
  endDate: string;

  @Field({ defaultValue: '09:00' })
  @IsString()
  opensAt: string;

  @Field({ defaultValue: '17:00' })
  @IsString()
  closesAt: string;
}
