import { ApplicationSource, ApplicationStatus } from '@jobbridge/contracts';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { PageArgs } from '../../../common/graphql/connection';

@InputType()
export class SubmitApplicationInput {
  @Field(() => ID)
  @IsUUID('all', { message: '岗位编号无效' })
  jobPostingId: string;

  @Field(() => ApplicationSource, { nullable: true, defaultValue: ApplicationSource.SEARCH })
  @IsOptional()
  @IsEnum(ApplicationSource)
  source?: ApplicationSource;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  coverNote?: string;

  @Field({ nullable: true, description: 'Client-generated key; a retry with the same key returns the same application.' })
  @IsOptional()
  @IsString()
  @Length(8, 80)
  idempotencyKey?: string;
}

@InputType()
export class MoveApplicationInput {
  @Field(() => ID)
  @IsUUID('all')
  applicationId: string;

  @Field(() => ApplicationStatus)
  @IsEnum(ApplicationStatus)
  toStatus: ApplicationStatus;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;

  @Field({ nullable: true, description: 'Hiring on a project job that takes it below its local-hiring threshold under WARN: the reason.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  localHiringAcknowledgement?: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'On HIRED: the labour contract term in months (1–120). Subsidy rules need it (签订1年以上劳动合同); without it the officer asks.',
  })
  @IsOptional()
  @IsInt()
  @Min(1, { message: '合同期限至少 1 个月' })
  @Max(120, { message: '合同期限不超过 120 个月' })
  contractMonths?: number;
}

@ArgsType()
export class MyApplicationsArgs extends PageArgs {
  @Field(() => ApplicationStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ApplicationStatus)
  status?: ApplicationStatus;
}

@ArgsType()
export class ApplicationsForJobArgs extends MyApplicationsArgs {
  @Field(() => ID)
  @IsUUID('all')
  jobPostingId: string;
}
