import { AuditAction, AuditTargetType, Role } from '@jobbridge/contracts';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsEnum, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { Connection, PageArgs } from '../../../common/graphql/connection';
import type { AuditLogEntity } from '../audit-log.entity';

@InputType()
export class AuditLogFilter {
  @Field(() => AuditAction, { nullable: true })
  @IsOptional()
  @IsEnum(AuditAction)
  action?: AuditAction;

  @Field(() => ID, { nullable: true, description: 'Entries by this user.' })
  @IsOptional()
  @IsUUID(undefined, { message: '用户编号格式不正确' })
  actorId?: string;

  @Field(() => AuditTargetType, { nullable: true })
  @IsOptional()
  @IsEnum(AuditTargetType)
  targetType?: AuditTargetType;

  @Field(() => String, { nullable: true, description: 'Entries about this record (with or without targetType).' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  targetId?: string;

  @Field(() => Date, { nullable: true, description: 'From this instant (inclusive).' })
  @IsOptional()
  @IsDate({ message: '时间格式不正确' })
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Before this instant (exclusive).' })
  @IsOptional()
  @IsDate({ message: '时间格式不正确' })
  to?: Date;
}

@ArgsType()
export class AuditLogArgs extends PageArgs {
  @Field(() => AuditLogFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditLogFilter)
  filter?: AuditLogFilter;
}

@ArgsType()
export class AuditLogCsvArgs {
  @Field(() => AuditLogFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditLogFilter)
  filter?: AuditLogFilter;
}

@ObjectType('AuditLogEntry', { description: 'One privileged action. Entries are never changed or deleted.' })
export class AuditLogEntryModel {
  @Field(() => ID)
  id: string;

  @Field()
  occurredAt: Date;

  @Field(() => ID, { nullable: true, description: 'Null for actions the system took by itself.' })
  actorUserId: string | null;

  @Field(() => Role, { nullable: true, description: 'The actor’s role at the time.' })
  actorRole: Role | null;

  @Field(() => String, { nullable: true, description: 'The actor’s display name at the time.' })
  actorName: string | null;

  @Field(() => AuditAction)
  action: AuditAction;

  @Field(() => AuditTargetType)
  targetType: AuditTargetType;

  @Field()
  targetId: string;

  @Field(() => String, { nullable: true })
  regionCode: string | null;

  @Field(() => String, { nullable: true, description: 'The state before, as JSON (personal data masked or left out).' })
  beforeJson: string | null;

  @Field(() => String, { nullable: true, description: 'The state after, as JSON (personal data masked or left out).' })
  afterJson: string | null;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => String, { nullable: true, description: 'The client address the action came from.' })
  clientIp: string | null;

  @Field(() => String, { nullable: true, description: 'The request id (x-request-id), to find the action in the logs.' })
  requestId: string | null;

  static from(e: AuditLogEntity): AuditLogEntryModel {
    return {
      id: e.id,
      occurredAt: e.occurredAt,
      actorUserId: e.actorUserId,
      actorRole: e.actorRole,
      actorName: e.actorName,
      action: e.action,
      targetType: e.targetType,
      targetId: e.targetId,
      regionCode: e.regionCode,
      beforeJson: e.before === null ? null : JSON.stringify(e.before),
      afterJson: e.after === null ? null : JSON.stringify(e.after),
      reason: e.reason,
      clientIp: e.clientIp,
      requestId: e.requestId,
    };
  }
}

@ObjectType()
export class AuditLogConnection extends Connection(AuditLogEntryModel, 'AuditLog') {}

@ObjectType('AuditLogCsv')
export class AuditLogCsvModel {
  @Field({ description: 'UTF-8 CSV (with a byte-order mark, so spreadsheet programs read the Chinese) and a Chinese header row.' })
  csv: string;

  @Field(() => Int, { description: 'Entries in the file (newest first).' })
  rows: number;

  @Field({ description: 'True when more entries matched than one export holds; narrow the filter (e.g. by date).' })
  truncated: boolean;

  @Field()
  filename: string;
}
