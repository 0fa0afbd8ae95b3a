import { EmployerSize, VerificationStatus } from '@jobbridge/contracts';
import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';

@InputType()
export class EmployerProfileInput {
  @Field()
  @IsString()
  @Length(2, 100, { message: '单位名称为2-100字' })
  name: string;

  @Field({ description: '统一社会信用代码 (GB 32100), checked with its check character.' })
  @IsString()
  creditCode: string;

  @Field({ description: 'County code of the registered address.' })
  @IsString()
  regionCode: string;

  @Field()
  @IsString()
  @Length(1, 60)
  industry: string;

  @Field(() => EmployerSize)
  @IsEnum(EmployerSize)
  size: EmployerSize;

  @Field()
  @IsString()
  @Length(1, 40)
  contactName: string;

  @Field()
  @Matches(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, { message: '请输入手机号或座机号' })
  contactPhone: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;
}

export interface VerifyEmployerInput {
  employerId: string;
  status: VerificationStatus;
  note?: string;
}
