import { CertificateLevel, DesiredPlace, EducationLevel, Gender, PriorityGroup } from '@jobbridge/contracts';
import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsISO8601,
  IsLatitude,
  IsLongitude,
  IsOptional,
  IsString,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { OptionalTextList } from '../../../common/graphql/validators';

@InputType()
export class CertificateInput {
  @Field()
  @IsString()
  @Length(1, 60)
  name: string;

  @Field(() => CertificateLevel, { nullable: true })
  @IsOptional()
  @IsEnum(CertificateLevel)
  level?: CertificateLevel;
}

@InputType()
export class JobSeekerProfileInput {
  @Field()
  @IsString()
  @Length(1, 40, { message: '请填写姓名' })
  fullName: string;

  @Field(() => Gender, { nullable: true })
  @IsOptional()
  @IsEnum(Gender)
  gender?: Gender;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1940)
  @Max(2015)
  birthYear?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  hukouRegionCode?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  residenceRegionCode?: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsLatitude()
  residenceLat?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsLongitude()
  residenceLng?: number;

  @Field(() => EducationLevel, { nullable: true })
  @IsOptional()
  @IsEnum(EducationLevel)
  education?: EducationLevel;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  major?: string;

  @Field({ nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: '日期格式应为 YYYY-MM-DD' })
  graduationDate?: string;

  @OptionalTextList(30, 30)
  skills?: string[];

  @Field(() => [CertificateInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => CertificateInput)
  certificates?: CertificateInput[];

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  labourBrand?: string;

  @OptionalTextList(10, 30)
  desiredOccupations?: string[];

  @Field(() => [DesiredPlace], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(DesiredPlace, { each: true })
  desiredPlaces?: DesiredPlace[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000000)
  expectedPayMin?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000000)
  expectedPayMax?: number;

  @Field(() => [PriorityGroup], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(PriorityGroup, { each: true })
  priorityGroups?: PriorityGroup[];

  @Field({ nullable: true, description: 'Whether employers may find this profile when matching candidates.' })
  @IsOptional()
  @IsBoolean()
  discoverable?: boolean;

  @Field({
    nullable: true,
    description:
      '身份证号 (GB 11643). Stored encrypted; only the masked form is ever returned. Omit to keep the stored one, send "" to remove it.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(18)
  idNumber?: string;
}
