import { Role } from '@jobbridge/contracts';
import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsIn, IsOptional, IsString, Length, Matches, MaxLength, MinLength } from 'class-validator';

const PHONE = /^1[3-9]\d{9}$/;

@InputType({ isAbstract: true })
export abstract class AccountInput {
  @Field({ nullable: true })
  @IsOptional()
  @Matches(PHONE, { message: '请输入11位手机号' })
  phone?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsEmail({}, { message: '邮箱格式不正确' })
  @MaxLength(254)
  email?: string;

  @Field()
  @IsString()
  @MinLength(8, { message: '密码至少8位' })
  @MaxLength(128)
  password: string;

  @Field()
  @IsString()
  @Length(1, 60, { message: '请填写名称（不超过60字）' })
  displayName: string;
}

@InputType()
export class RegisterInput extends AccountInput {
  @Field(() => Role, { description: 'JOB_SEEKER or EMPLOYER; officers are created by an admin.' })
  @IsIn([Role.JOB_SEEKER, Role.EMPLOYER], { message: '只能注册为求职者或用人单位' })
  role: Role;
}

@InputType()
export class LoginInput {
  @Field({ description: 'Phone number or email.' })
  @IsString()
  @Length(1, 254)
  login: string;

  @Field()
  @IsString()
  @Length(1, 128)
  password: string;
}

@InputType()
export class CreateOfficerInput extends AccountInput {
  @Field({ description: 'GB/T 2260 code of the region the officer acts for.' })
  @IsString()
  @Length(2, 9)
  regionCode: string;
}
