import { DesiredPlace, EducationLevel, Gender, PriorityGroup } from '@jobbridge/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';

export interface CertificateValue {
  name: string;
  level?: string | null;
}

/** The labour profile (劳动力画像, domain.md §2). The identity number is stored encrypted plus a keyed hash. */
@Entity('job_seeker_profiles')
export class JobSeekerProfileEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_job_seeker_profiles' })
  id: string;

  @Index('uq_job_seeker_profiles_user_id', { unique: true })
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_job_seeker_profiles_user_id' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 40 })
  fullName: string;

  @Column({ type: 'varchar', length: 8, nullable: true })
  gender: Gender | null;

  @Column({ type: 'smallint', nullable: true })
  birthYear: number | null;

  @Index('ix_job_seeker_profiles_hukou_region_code')
  @Column({ type: 'varchar', length: 9, nullable: true })
  hukouRegionCode: string | null;

  @Column({ type: 'varchar', length: 9, nullable: true })
  residenceRegionCode: string | null;

  @Column({ type: 'double precision', nullable: true })
  residenceLat: number | null;

  @Column({ type: 'double precision', nullable: true })
  residenceLng: number | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  education: EducationLevel | null;

  @Column({ type: 'varchar', length: 60, nullable: true })
  major: string | null;

  @Column({ type: 'date', nullable: true })
  graduationDate: string | null;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  skills: string[];

  @Column({ type: 'jsonb', default: () => `'[]'` })
  certificates: CertificateValue[];

  @Column({ type: 'varchar', length: 40, nullable: true })
  labourBrand: string | null;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  desiredOccupations: string[];

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  desiredPlaces: DesiredPlace[];

  @Column({ type: 'integer', nullable: true })
  expectedPayMin: number | null;

  @Column({ type: 'integer', nullable: true })
  expectedPayMax: number | null;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  priorityGroups: PriorityGroup[];

  @Column({ type: 'boolean', default: false })
  discoverable: boolean;

  /** AES-256-GCM ciphertext (base64: iv|tag|data). */
  @Column({ type: 'text', nullable: true })
  idNumberEncrypted: string | null;

  /** HMAC-SHA256 of the normalised number: finds duplicates without decrypting. */
  @Index('uq_job_seeker_profiles_id_number_hash', { unique: true })
  @Column({ type: 'char', length: 64, nullable: true })
  idNumberHash: string | null;

  @Column({ type: 'varchar', length: 18, nullable: true })
  idNumberMasked: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
