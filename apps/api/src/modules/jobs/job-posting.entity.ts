import { DormitoryProvision, EducationLevel, JobKind, JobPostingStatus, MealProvision, SocialInsurance } from '@jobbridge/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { EmployerEntity } from '../employers/employer.entity';
import type { CertificateValue } from '../job-seekers/job-seeker-profile.entity';
import { RegionEntity } from '../regions/region.entity';

/** 岗位真相卡: the facts a worker asks first. Embedded as truth_* columns; all null until filled. */
export class JobTruthCardColumns {
  @Column({ type: 'varchar', length: 200, nullable: true })
  workingHours: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  shifts: string | null;

  @Column({ type: 'varchar', length: 12, nullable: true })
  dormitory: DormitoryProvision | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  meals: MealProvision | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  socialInsurance: SocialInsurance | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;
}

export interface ScreeningFlagValue {
  code: string;
  evidence: string;
}

@Entity('job_postings')
@Check('ck_job_postings_pay_range', `"pay_min" >= 0 AND "pay_min" <= "pay_max"`)
@Check('ck_job_postings_headcount', `"headcount" > 0`)
@Index('ix_job_postings_published', ['status', 'publishedAt', 'id'])
// Created by hand in the initial migration (varchar_pattern_ops for region-prefix LIKE); declared so TypeORM keeps it.
@Index('ix_job_postings_work_region_prefix', { synchronize: false })
export class JobPostingEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_job_postings' })
  id: string;

  @Index('ix_job_postings_employer_id')
  @Column({ type: 'uuid' })
  employerId: string;

  @ManyToOne(() => EmployerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employer_id', foreignKeyConstraintName: 'fk_job_postings_employer_id' })
  employer?: EmployerEntity;

  @Column({ type: 'varchar', length: 60 })
  title: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'varchar', length: 60 })
  occupation: string;

  @Column({ type: 'integer' })
  headcount: number;

  @Column({ type: 'integer' })
  payMin: number;

  @Column({ type: 'integer' })
  payMax: number;

  /** County (or township) code of the workplace; region filters match on its prefix. */
  @Index('ix_job_postings_work_region_code')
  @Column({ type: 'varchar', length: 9 })
  workRegionCode: string;

  @ManyToOne(() => RegionEntity)
  @JoinColumn({ name: 'work_region_code', foreignKeyConstraintName: 'fk_job_postings_work_region_code' })
  workRegion?: RegionEntity;

  @Column({ type: 'varchar', length: 200, nullable: true })
  address: string | null;

  @Column({ type: 'double precision', nullable: true })
  lat: number | null;

  @Column({ type: 'double precision', nullable: true })
  lng: number | null;

  @Column({ type: 'varchar', length: 16 })
  kind: JobKind;

  /** Set for jobs on a major project (重大项目): they count toward its roster when hired and match local seekers first. */
  // A key without a relation: the projects module sits above jobs (it reads postings), so a posting names its project by
  // id only; the string target keeps the foreign key without importing the project entity.
  @Index('ix_job_postings_project_id')
  @ForeignKey('ProjectEntity', { onDelete: 'SET NULL', name: 'fk_job_postings_project_id' })
  @Column({ type: 'uuid', nullable: true })
  projectId: string | null;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  skills: string[];

  @Column({ type: 'varchar', length: 16, nullable: true })
  education: EducationLevel | null;

  @Column({ type: 'smallint', nullable: true })
  minExperienceYears: number | null;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  certificates: CertificateValue[];

  @Column(() => JobTruthCardColumns, { prefix: 'truth' })
  truthCard: JobTruthCardColumns;

  @Column({ type: 'varchar', length: 16, default: JobPostingStatus.DRAFT })
  status: JobPostingStatus;

  @Column({ type: 'text', nullable: true })
  rejectionReason: string | null;

  /** Fair-hiring screening result, recomputed on every save (domain.md §9). */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  screeningFlags: ScreeningFlagValue[];

  @Column({ type: 'uuid', nullable: true })
  reviewedByUserId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
