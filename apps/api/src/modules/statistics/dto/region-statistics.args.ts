import { PriorityGroup, StatsPeriod } from '@jobbridge/contracts';
import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsISO8601, IsOptional, IsString, MaxLength } from 'class-validator';

const DATE = { strict: true } as const;
const DATE_MESSAGE = { message: '日期格式应为 YYYY-MM-DD' };

@ArgsType()
export class RegionStatisticsArgs {
  @Field({ description: 'A province, prefecture or county (GB/T 2260; 2-, 4- or 6-digit forms). Officers: their region or below.' })
  @IsString()
  @MaxLength(9)
  regionCode: string;

  @Field({
    nullable: true,
    description: 'First day (YYYY-MM-DD, China time). Default: 30 days, 12 weeks, 12 months or 5 years before `to`.',
  })
  @IsOptional()
  @IsISO8601(DATE, DATE_MESSAGE)
  from?: string;

  @Field({ nullable: true, description: 'Last day, inclusive. Default: today.' })
  @IsOptional()
  @IsISO8601(DATE, DATE_MESSAGE)
  to?: string;

  @Field(() => StatsPeriod, {
    nullable: true,
    description: 'Bucket size. Default MONTH. At most 400 days, 160 weeks, 120 months or 30 years.',
  })
  @IsOptional()
  @IsEnum(StatsPeriod)
  period?: StatsPeriod;

  @Field(() => PriorityGroup, {
    nullable: true,
    description: 'Only seekers in this group: seekers, applications, hires, time to hire and fair talks. Other figures are for everyone.',
  })
  @IsOptional()
  @IsEnum(PriorityGroup)
  priorityGroup?: PriorityGroup;
}
