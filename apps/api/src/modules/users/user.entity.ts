import { Role } from '@jobbridge/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('users')
@Check('ck_users_login_present', `"phone" IS NOT NULL OR "email" IS NOT NULL`)
@Check('ck_users_officer_region', `"role" <> 'OFFICER' OR "region_code" IS NOT NULL`)
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

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
