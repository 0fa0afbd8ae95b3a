import { Role, UserStatus } from '@jobbridge/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('users')
@Check('ck_users_login_present', `"phone" IS NOT NULL OR "email" IS NOT NULL`)
@Check('ck_users_officer_region', `"role" <> 'OFFICER' OR "region_code" IS NOT NULL`)
@Check('ck_users_status', `"status" IN ('ACTIVE', 'SUSPENDED')`)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_users' })
  id: string;

  @Column({ type: 'varchar', length: 16 })
  role: Role;

  @Index('uq_users_phone', { unique: true })
  @Column({ type: 'varchar', length: 20, nullable: true })
  phone: string | null;

  @Index('uq_users_email', { unique: true })
  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 200 })
  passwordHash: string;

  @Column({ type: 'varchar', length: 60 })
  displayName: string;

  /** Officers act on this region and the regions below it. */
  @Column({ type: 'varchar', length: 9, nullable: true })
  regionCode: string | null;

  /** A suspended account cannot sign in, and its tokens act as signed out. */
  @Column({ type: 'varchar', length: 16, default: UserStatus.ACTIVE })
  status: UserStatus;

  /**
   * Tokens carry the version they were issued at (`ver`); bumping it (sign out everywhere, suspension) retires every
   * token issued before. A trigger notifies the API processes of any change to a user row (ADR 0010).
   */
  @Column({ type: 'int', default: 0 })
  tokenVersion: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
