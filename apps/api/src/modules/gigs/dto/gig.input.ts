import { GigDisputeOutcome, GigNearbySort, GigPayMethod, GigPayTiming, GigPayUnit } from '@jobbridge/contracts';
import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';

@InputType({ description: 'A quick job (零工): what, where, when, how many, the pay and the truth card’s safety items.' })
export class GigInput {
  @Field()
  @IsString()
  @MinLength(2, { message: '请填写活儿的名称（至少 2 个字）' })
  @MaxLength(60, { message: '名称不超过 60 个字' })
  title: string;

  @Field({ description: 'What the work is, plainly.' })
  @IsString()
  @MaxLength(1000, { message: '说明不超过 1000 个字' })
  description: string;

  @Field(() => [String], { defaultValue: [], description: 'Skills every worker must have (电焊证, 叉车); empty for general labour.' })
  @IsArray()
  @ArrayMaxSize(10, { message: '技能要求最多 10 项' })
  @IsString({ each: true })
  @MaxLength(20, { each: true, message: '每项技能不超过 20 个字' })
  skills: string[];

  @Field({ description: 'The county of the site (GB/T 2260).' })
  @IsString()
  @MaxLength(12, { message: '地区代码不正确' })
  regionCode: string;

  @Field()
  @IsString()
  @MinLength(2, { message: '请填写详细地址' })
  @MaxLength(200, { message: '地址不超过 200 个字' })
  address: string;

  @Field(() => Float)
  @IsNumber({}, { message: '请在地图上选择工作地点' })
  lat: number;

  @Field(() => Float)
  @IsNumber({}, { message: '请在地图上选择工作地点' })
  lng: number;

  @Field({ description: 'YYYY-MM-DD (China date).' })
  @IsString()
  @MaxLength(10, { message: '日期格式应为 YYYY-MM-DD' })
  startDate: string;

  @Field({ description: 'YYYY-MM-DD; the same as startDate for a one-day gig.' })
  @IsString()
  @MaxLength(10, { message: '日期格式应为 YYYY-MM-DD' })
  endDate: string;

  @Field({ description: 'HH:MM each day.' })
  @IsString()
  @MaxLength(5, { message: '时间格式应为 HH:MM' })
  dailyStart: string;

  @Field({ description: 'HH:MM each day, after dailyStart.' })
  @IsString()
  @MaxLength(5, { message: '时间格式应为 HH:MM' })
  dailyEnd: string;

  @Field(() => Int)
  @IsInt({ message: '人数须为整数' })
  @Min(1, { message: '至少招 1 人' })
  @Max(1000, { message: '人数过多' })
  headcount: number;

  @Field(() => GigPayUnit)
  @IsEnum(GigPayUnit)
  payUnit: GigPayUnit;

  @Field(() => Float, { description: 'Yuan per unit (day, hour or piece), at most two decimals.' })
  @IsNumber({}, { message: '请填写工钱' })
  @Min(0.01, { message: '工钱须大于 0' })
  @Max(100000, { message: '工钱数额过大，请核对' })
  payYuan: number;

  @Field(() => String, { nullable: true, description: 'PIECE pay: what a piece is (箱, 亩, 件).' })
  @IsOptional()
  @IsString()
  @MaxLength(10, { message: '计件单位不超过 10 个字' })
  pieceUnit?: string | null;

  @Field(() => GigPayTiming)
  @IsEnum(GigPayTiming)
  payTiming: GigPayTiming;

  @Field(() => GigPayMethod)
  @IsEnum(GigPayMethod)
  payMethod: GigPayMethod;

  @Field({ defaultValue: false })
  @IsBoolean()
  toolsProvided: boolean;

  @Field({ defaultValue: false })
  @IsBoolean()
  mealsProvided: boolean;

  @Field({ defaultValue: false, description: 'Truth card: work at height (登高作业).' })
  @IsBoolean()
  worksAtHeight: boolean;

  @Field({ defaultValue: false, description: 'Truth card: heavy loads (搬运重物).' })
  @IsBoolean()
  heavyLoads: boolean;

  @Field(() => String, { nullable: true, description: 'Protective gear, insurance, other safety notes.' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: '安全说明不超过 200 个字' })
  safetyNote?: string | null;

  @Field(() => Int, { nullable: true, description: 'Metres from the site within which a location check-in counts (100–3000).' })
  @IsOptional()
  @IsInt()
  @Min(100, { message: '签到范围至少 100 米' })
  @Max(3000, { message: '签到范围最多 3000 米' })
  checkInRadiusMeters?: number | null;
}

@ArgsType()
export class GigsNearbyArgs {
  @Field(() => Float)
  @IsNumber()
  lat: number;

  @Field(() => Float)
  @IsNumber()
  lng: number;

  @Field(() => Float, { defaultValue: 10, description: 'Kilometres, at most 50.' })
  @IsNumber()
  @Min(0.1, { message: '范围至少 0.1 公里' })
  @Max(50, { message: '范围最多 50 公里' })
  radiusKm: number;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: only gigs that run on this day.' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  date?: string | null;

  @Field(() => GigNearbySort, { defaultValue: GigNearbySort.DISTANCE })
  @IsEnum(GigNearbySort)
  sort: GigNearbySort;

  @Field(() => Int, { defaultValue: 20 })
  @IsInt()
  @Min(1)
  @Max(50, { message: '每页最多 50 条' })
  first: number;
}

@InputType({ description: 'At the site: the QR code’s secret, or the phone’s location.' })
export class GigCheckInput {
  @Field(() => ID)
  @IsUUID()
  gigId: string;

  @Field(() => String, { nullable: true, description: 'The code read from the gig’s QR (QR check-in).' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  qrCode?: string | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  lat?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  lng?: number | null;
}

@InputType({ description: 'The poster confirms a worker’s day, correcting minutes or pieces when needed.' })
export class ConfirmAttendanceInput {
  @Field(() => ID)
  @IsUUID()
  attendanceId: string;

  @Field(() => Int, { nullable: true, description: 'Minutes worked, when the check-times are not right (0–1440).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1440, { message: '一天最多 1440 分钟' })
  minutes?: number | null;

  @Field(() => Int, { nullable: true, description: 'PIECE pay: pieces done that day.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000000)
  pieces?: number | null;
}

@InputType()
export class MarkGigPaidInput {
  @Field(() => ID)
  @IsUUID()
  assignmentId: string;

  @Field(() => Float)
  @IsNumber({}, { message: '请填写实付金额' })
  @Min(0.01, { message: '实付金额须大于 0' })
  @Max(1000000, { message: '金额过大，请核对' })
  amountYuan: number;

  @Field(() => GigPayMethod)
  @IsEnum(GigPayMethod)
  method: GigPayMethod;
}

@InputType()
export class DisputeGigPayInput {
  @Field(() => ID)
  @IsUUID()
  assignmentId: string;

  @Field()
  @IsString()
  @MinLength(2, { message: '请说明原因' })
  @MaxLength(300, { message: '原因不超过 300 个字' })
  reason: string;
}

@InputType()
export class ResolveGigDisputeInput {
  @Field(() => ID)
  @IsUUID()
  assignmentId: string;

  @Field(() => GigDisputeOutcome)
  @IsEnum(GigDisputeOutcome)
  outcome: GigDisputeOutcome;

  @Field()
  @IsString()
  @MinLength(2, { message: '请填写处理说明' })
  @MaxLength(300, { message: '说明不超过 300 个字' })
  note: string;
}

@InputType({ description: 'A rating after a gig: the worker rates the poster, or the poster rates a worker.' })
export class RateGigInput {
  @Field(() => ID)
  @IsUUID()
  assignmentId: string;

  @Field({ description: 'Poster rating a worker: arrived on time. Worker rating a poster: paid on time.' })
  @IsBoolean()
  onTime: boolean;

  @Field({ description: 'Poster rating a worker: worked as agreed. Worker rating a poster: the work was as described.' })
  @IsBoolean()
  asAgreed: boolean;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: '评分为 1—5 星' })
  @Max(5, { message: '评分为 1—5 星' })
  stars: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: '评价不超过 200 个字' })
  comment?: string | null;
}

@InputType({ description: 'A seeker’s opt-in to gig work.' })
export class GigPreferencesInput {
  @Field()
  @IsBoolean()
  enabled: boolean;

  @Field(() => Float, { description: 'Where the worker starts from (home, the village).' })
  @IsNumber()
  lat: number;

  @Field(() => Float)
  @IsNumber()
  lng: number;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: '距离至少 1 公里' })
  @Max(50, { message: '距离最多 50 公里' })
  maxDistanceKm: number;

  @Field(() => [Int], { description: 'ISO weekdays 1 (Monday) … 7 (Sunday).' })
  @IsArray()
  @ArrayMaxSize(7)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(7, { each: true })
  weekdays: number[];

  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(20, { message: '技能最多 20 项' })
  @IsString({ each: true })
  @MaxLength(20, { each: true, message: '每项技能不超过 20 个字' })
  skills: string[];
}

@InputType({ description: 'A private person registers to post gigs (个人雇主), with a real-name check.' })
export class RegisterGigPosterInput {
  @Field()
  @IsString()
  @MinLength(2, { message: '请填写真实姓名' })
  @MaxLength(40, { message: '姓名不超过 40 个字' })
  realName: string;

  @Field()
  @IsString()
  @MaxLength(30, { message: '身份证号不正确，请核对' })
  idNumber: string;

  @Field({ description: 'The county where the person lives.' })
  @IsString()
  @MaxLength(12, { message: '地区代码不正确' })
  regionCode: string;
}

@InputType({ description: 'A county gig station (零工驿站).' })
export class GigStationInput {
  @Field()
  @IsString()
  @MaxLength(12, { message: '地区代码不正确' })
  regionCode: string;

  @Field()
  @IsString()
  @MinLength(2, { message: '请填写驿站名称' })
  @MaxLength(60, { message: '名称不超过 60 个字' })
  name: string;

  @Field()
  @IsString()
  @MinLength(2, { message: '请填写地址' })
  @MaxLength(200, { message: '地址不超过 200 个字' })
  address: string;

  @Field(() => Float)
  @IsNumber()
  lat: number;

  @Field(() => Float)
  @IsNumber()
  lng: number;

  @Field({ description: '开放时间, e.g. 每天 6:00—18:00' })
  @IsString()
  @MinLength(2, { message: '请填写开放时间' })
  @MaxLength(100, { message: '开放时间不超过 100 个字' })
  openingHours: string;

  @Field(() => [String], { defaultValue: [], description: 'Services (饮水, 休息, 政策咨询, 技能培训 …).' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(20, { each: true, message: '每项服务不超过 20 个字' })
  services: string[];

  @Field()
  @IsString()
  @Matches(/^[0-9-]{7,20}$/, { message: '联系电话格式不正确' })
  contactPhone: string;
}
