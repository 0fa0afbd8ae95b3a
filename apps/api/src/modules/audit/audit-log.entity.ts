import { AuditAction, AuditTargetType, Role } from '@jobbridge/contracts';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One privileged action (issue 9): who (a snapshot of the actor's id, role and name, so an entry outlives the user),
 * what (action, target, before and after without personal data in clear, the reason), when and from where (client
 * address and request id). Append-only: the application only inserts, and a trigger (migration 1764500000000) makes
 * PostgreSQL refuse UPDATE, DELETE and TRUNCATE. No foreign keys, so deleting a user or a posting never touches it.
 */
@Entity('audit_log')
@Index('ix_audit_log_occurred', ['occurredAt', 'id'])
@Index('ix_audit_log_target', ['targetType', 'targetId'])
@Index('ix_audit_log_actor', ['actorUserId', 'occurredAt'])
export class AuditLogEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_audit_log' })
  id: string;

  @Column({ type: 'timestamptz' })
  occurredAt: Date;

  /** Null for actions the system takes by itself. */
  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  actorRole: Role | null;

  @Column({ type: 'varchar', length: 60, nullable: true })
  actorName: string | null;

  @Column({ type: 'varchar', length: 48 })
  action: AuditAction;

  @Column({ type: 'varchar', length: 24 })
  targetType: AuditTargetType;

  @Column({ type: 'varchar', length: 64 })
  targetId: string;

  /** The region the target belongs to (officers read their region's entries); null when it belongs to none. */
  @Column({ type: 'varchar', length: 9, nullable: true })
  regionCode: string | null;

  @Column({ type: 'jsonb', nullable: true })
  // `any`, not `unknown`: TypeORM's insert typing rejects unknown inside a jsonb column.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above: TypeORM's insert typing rejects unknown
  before: Record<string, any> | null;

  @Column({ type: 'jsonb', nullable: true })
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as `before`
  after: Record<string, any> | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  clientIp: string | null;

  @Column({ type: 'varchar', length: 128, nullable: true })
  requestId: string | null;
}
