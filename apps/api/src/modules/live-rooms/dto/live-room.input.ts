import { LiveRoomStatus } from '@jobbridge/contracts';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDate,
  IsEnum,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  MaxLength,
} from 'class-validator';
import { Type } from 'class-transformer';
import { PageArgs } from '../../../common/graphql/connection';

const URL_OPTIONS = { protocols: ['http', 'https'], require_protocol: true, require_tld: false };

@InputType()
export class LiveRoomInput {
  @Field()
  @IsString()
  @Length(2, 60, { message: '标题为2-60字' })
  title: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  description?: string;

  @Field()
  @Type(() => Date)
  @IsDate({ message: '开播时间无效' })
  scheduledStart: Date;

  @Field({ nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: '结束时间无效' })
  scheduledEnd?: Date;

  @Field({ nullable: true, description: 'Cover image URL.' })
  @IsOptional()
  @IsUrl(URL_OPTIONS, { message: '封面地址应为 http(s) 链接' })
  @MaxLength(500)
  coverUrl?: string;

  @Field({ nullable: true, description: 'HLS playlist (.m3u8) from the streaming service.' })
  @IsOptional()
  @IsUrl(URL_OPTIONS, { message: '直播流地址应为 http(s) 链接' })
  @MaxLength(500)
  streamUrl?: string;

  @Field(() => [ID], {
    description: 'The lineup, in order: published postings only, the host’s own (employers) or of employers in the officer’s region.',
  })
  @IsArray()
  @ArrayMinSize(1, { message: '请至少选择一个岗位' })
  @ArrayMaxSize(30, { message: '一场直播最多30个岗位' })
  @IsUUID('all', { each: true })
  jobPostingIds: string[];
}

@ArgsType()
export class LiveRoomsArgs extends PageArgs {
  @Field({
    nullable: true,
    description: 'Rooms in this region, above it or below it (a county seeker sees county, prefecture and province rooms).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(9)
  regionCode?: string;

  @Field(() => [LiveRoomStatus], { nullable: true, description: 'Default: SCHEDULED and LIVE.' })
  @IsOptional()
  @IsArray()
  @IsEnum(LiveRoomStatus, { each: true })
  statuses?: LiveRoomStatus[];
}

@InputType()
export class AnswerJobFaqInput {
  @Field(() => ID)
  @IsUUID('all')
  id: string;

  @Field()
  @IsString()
  @Length(1, 500, { message: '回答为1-500字' })
  answer: string;
}
