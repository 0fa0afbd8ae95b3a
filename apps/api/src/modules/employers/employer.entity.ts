import { EmployerSize, VerificationStatus } from '@jobbridge/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { RegionEntity } from '../regions/region.entity';
import { UserEntity } from '../users/user.entity';

@Entity('employers')
export class EmployerEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_employers' })
  id: string;

  @Index('uq_employers_owner_user_id', { unique: true })
  @Column({ type: 'uuid' })
  ownerUserId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_user_id', foreignKeyConstraintName: 'fk_employers_owner_user_id' })
  owner?: UserEntity;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** 统一社会信用代码 (GB 32100), uppercase. */
  @Index('uq_employers_credit_code', { unique: true })
  @Column({ type: 'char', length: 18 })
  creditCode: string;

  @Index('ix_employers_region_code')
  @Column({ type: 'varchar', length: 9 })
  regionCode: string;

  @ManyToOne(() => RegionEntity)
  @JoinColumn({ name: 'region_code', foreignKeyConstraintName: 'fk_employers_region_code' })
  region?: RegionEntity;

  @Column({ type: 'varchar', length: 60 })
  industry: string;

  @Column({ type: 'varchar', length: 8 })
  size: EmployerSize;

  @Column({ type: 'varchar', length: 40 })
  contactName: string;

  @Column({ type: 'varchar', length: 20 })
  contactPhone: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'varchar', length: 12, default: VerificationStatus.PENDING })
  verificationStatus: VerificationStatus;

  @Column({ type: 'text', nullable: true })
  verificationNote: string | null;

  @Column({ type: 'uuid', nullable: true })
  verifiedByUserId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;

  /** Set while an officer has suspended the employer's hiring (a report upheld): no posting is submitted or published. */
  @Column({ type: 'timestamptz', nullable: true })
  hiringSuspendedAt: Date | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  hiringSuspendedReason: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
