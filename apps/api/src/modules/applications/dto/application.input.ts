import { ApplicationSource, ApplicationStatus } from '@jobbridge/contracts';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
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
