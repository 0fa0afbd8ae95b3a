import { TeamRole } from '@jobbridge/contracts';
import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { EmployerEntity } from './employer.entity';

/**
 * A member of an employer's team (issue 12): the owner who registered the company, or a recruiter the owner invited by
 * phone. A phone and an account belong to at most one team. An invitation to a phone with no account yet waits
 * (`userId` null) and is claimed when that phone signs up as an employer.
 */
@Entity('employer_members')
@Index('uq_employer_members_user_id', ['userId'], { unique: true, where: `"user_id" IS NOT NULL` })
@Index('uq_employer_members_phone', ['phone'], { unique: true, where: `"phone" IS NOT NULL` })
export class EmployerMemberEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_employer_members' })
  id: string;

  @Index('ix_employer_members_employer_id')
  @ForeignKey(() => EmployerEntity, { onDelete: 'CASCADE', name: 'fk_employer_members_employer_id' })
  @Column({ type: 'uuid' })
  employerId: string;

  @ForeignKey(() => UserEntity, { onDelete: 'CASCADE', name: 'fk_employer_members_user_id' })
  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  /** The invited (or the owner's) phone; null only for an owner who signed up by email. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  phone: string | null;

  @Column({ type: 'varchar', length: 12 })
  role: TeamRole;

  @Column({ type: 'uuid', nullable: true })
  invitedByUserId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
