import { INPUT_LIMITS, JobKind, JobSearchFacet, JobSearchSort } from '@jobbridge/contracts';
import { MAX_KEYWORD_LENGTH, MAX_SEARCH_LIMIT } from '@jobbridge/search';
import { ArgsType, Field, Float, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsLatitude,
  IsLongitude,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { OptionalTextList } from '../../../common/graphql/validators';

export const MAX_SEARCH_OFFSET = 1000;
export const MAX_RADIUS_KM = 500;

@InputType()
export class GeoPointInput {
  @Field(() => Float)
  @IsLatitude({ message: '纬度不正确' })
  lat: number;

  @Field(() => Float)
  @IsLongitude({ message: '经度不正确' })
  lng: number;

  @Field(() => Float, { description: `Radius in km, up to ${MAX_RADIUS_KM}.` })
  @IsNumber()
  @Min(0.1, { message: '距离须大于0' })
  @Max(MAX_RADIUS_KM, { message: `距离不超过${MAX_RADIUS_KM}公里` })
  radiusKm: number;
}

@InputType()
export class JobSearchInput {
  @Field({ nullable: true, description: 'Chinese text; omit to browse by filters only.' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_KEYWORD_LENGTH, { message: `关键词不超过${MAX_KEYWORD_LENGTH}字` })
  keyword?: string;

  @Field({ nullable: true, description: 'Any level: province, prefecture, county or township.' })
  @IsOptional()
  @IsString()
  regionCode?: string;

  @Field(() => GeoPointInput, { nullable: true, description: 'Only jobs within radiusKm of the point.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => GeoPointInput)
  near?: GeoPointInput;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(INPUT_LIMITS.monthlyPay, { message: `月薪不超过${INPUT_LIMITS.monthlyPay}元` })
  payMin?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(INPUT_LIMITS.monthlyPay, { message: `月薪不超过${INPUT_LIMITS.monthlyPay}元` })
  payMax?: number;

  @Field(() => [JobKind], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(JobKind, { each: true })
  kinds?: JobKind[];

  @OptionalTextList(20)
  industries?: string[];

  @Field(() => Int, { nullable: true, description: 'Published within the last N days.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  postedWithinDays?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  projectId?: string;

  @Field(() => JobSearchSort, { nullable: true, description: 'Default: RELEVANCE with a keyword, NEWEST without. DISTANCE needs `near`.' })
  @IsOptional()
  @IsEnum(JobSearchSort)
  sort?: JobSearchSort;

  @Field(() => [JobSearchFacet], { nullable: true, description: 'Facet counts over the whole result.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(Object.keys(JobSearchFacet).length)
  @IsEnum(JobSearchFacet, { each: true })
  facets?: JobSearchFacet[];
}

@ArgsType()
export class SearchJobsArgs {
  @Field(() => JobSearchInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => JobSearchInput)
  input?: JobSearchInput;

  @Field(() => Int, { nullable: true, defaultValue: 20, description: `Page size, at most ${MAX_SEARCH_LIMIT}.` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_SEARCH_LIMIT, { context: { code: 'PAGE_SIZE_TOO_LARGE' } })
  first?: number;

  @Field(() => Int, {
    nullable: true,
    defaultValue: 0,
    description: `Offset, at most ${MAX_SEARCH_OFFSET}: refine the search instead of paging deeper.`,
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_SEARCH_OFFSET, { message: `最多翻到第${MAX_SEARCH_OFFSET}条，请缩小搜索范围` })
  offset?: number;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description:
      'One hit for identical postings (same employer, title, workplace county and pay), with duplicateCount saying how many others matched; totalCount and facets then count hits. The job list asks for it.',
  })
  @IsOptional()
  @IsBoolean()
  collapseDuplicates?: boolean;
}
