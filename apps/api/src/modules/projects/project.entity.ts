import { BreachRule, LocalScope, ProjectKind, ProjectWorkerSource, Role, RosterChange } from '@jobbridge/contracts';
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
import { JobSeekerProfileEntity } from '../job-seekers/job-seeker-profile.entity';
import { RegionEntity } from '../regions/region.entity';

/** A major project (重大项目) and its local-hiring rule (domain.md §5, 000 §1). */
@Entity('projects')
@Check('ck_projects_threshold', `"threshold" >= 0 AND "threshold" < 1`)
@Check('ck_projects_period', `"end_date" IS NULL OR "end_date" >= "start_date"`)
@Check('ck_projects_planned_workforce', `"planned_workforce" > 0`)
@Check('ck_projects_local_first_days', `"local_first_days" IS NULL OR ("local_first_days" BETWEEN 1 AND 90)`)
@Check('ck_projects_investment', `"investment" IS NULL OR "investment" >= 0`)
export class ProjectEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_projects' })
  id: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** The project owner (项目业主单位). */
  @Index('ix_projects_employer_id')
  @Column({ type: 'uuid' })
  employerId: string;

  @ManyToOne(() => EmployerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'employer_id', foreignKeyConstraintName: 'fk_projects_employer_id' })
  employer?: EmployerEntity;

  /** County (or township) of the project site; officers over it see the project. */
  @Index('ix_projects_region_code')
  @Column({ type: 'varchar', length: 9 })
  regionCode: string;

  @ManyToOne(() => RegionEntity)
  @JoinColumn({ name: 'region_code', foreignKeyConstraintName: 'fk_projects_region_code' })
  region?: RegionEntity;

  @Column({ type: 'varchar', length: 24 })
  kind: ProjectKind;

  @Column({ type: 'varchar', length: 12, default: LocalScope.COUNTY })
  localScope: LocalScope;

  @Column({ type: 'integer' })
  plannedWorkforce: number;

  @Column({ type: 'date' })
  startDate: string;

  @Column({ type: 'date', nullable: true })
  endDate: string | null;

  /** The least share of local workers, as a decimal ("0.3000"): from the region's policy pack unless an officer set it. */
  @Column({ type: 'numeric', precision: 5, scale: 4 })
  threshold: string;

  /** Where the threshold comes from: the policy pack's name, or the officer who set it. */
  @Column({ type: 'varchar', length: 200 })
  thresholdSource: string;

  @Column({ type: 'varchar', length: 8, default: BreachRule.WARN })
  breachRule: BreachRule;

  /** New project jobs are shown only to local seekers for this many days after publication; null: no window. */
  @Column({ type: 'smallint', nullable: true })
  localFirstDays: number | null;

  /** 以工代赈 projects: the investment in yuan, against which labour pay is measured. */
  @Column({ type: 'numeric', precision: 16, scale: 2, nullable: true })
  investment: string | null;

  @Column({ type: 'uuid' })
  createdByUserId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * One tenure on a project's roster. Ending a tenure sets end_date and keeps the row, so the ratio's history can be
 * recomputed for any day. is_local is derived from the hukou and the project's local scope when written (and
 * recomputed when the scope changes).
 */
@Entity('project_workers')
@Check('ck_project_workers_period', `"end_date" IS NULL OR "end_date" >= "start_date"`)
@Index('ix_project_workers_project_dates', ['projectId', 'startDate', 'endDate'])
// At most one open tenure per person and project; the roster service also refuses overlapping ones.
@Index('uq_project_workers_open_id_number', ['projectId', 'idNumberHash'], {
  unique: true,
  where: `"end_date" IS NULL AND "id_number_hash" IS NOT NULL`,
})
@Index('uq_project_workers_open_seeker', ['projectId', 'seekerProfileId'], {
  unique: true,
  where: `"end_date" IS NULL AND "seeker_profile_id" IS NOT NULL`,
})
@Index('uq_project_workers_application_id', ['applicationId'], { unique: true, where: `"application_id" IS NOT NULL` })
export class ProjectWorkerEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_project_workers' })
  id: string;

  @Column({ type: 'uuid' })
  projectId: string;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'fk_project_workers_project_id' })
  project?: ProjectEntity;

  /** Set for hires made on the platform. */
  @Column({ type: 'uuid', nullable: true })
  seekerProfileId: string | null;

  @ManyToOne(() => JobSeekerProfileEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'seeker_profile_id', foreignKeyConstraintName: 'fk_project_workers_seeker_profile_id' })
  seekerProfile?: JobSeekerProfileEntity;

  /** The application that became this hire (source PLATFORM_HIRE). */
  // By id only: applications sit above projects (a hire joins the roster), so the key names its target as a string.
  @ForeignKey('ApplicationEntity', { onDelete: 'SET NULL', name: 'fk_project_workers_application_id' })
  @Column({ type: 'uuid', nullable: true })
  applicationId: string | null;

  @Column({ type: 'varchar', length: 40 })
  fullName: string;

  /** AES-256-GCM ciphertext of the identity number; the view shows only the mask. */
  @Column({ type: 'text', nullable: true })
  idNumberEncrypted: string | null;

  @Column({ type: 'char', length: 64, nullable: true })
  idNumberHash: string | null;

  @Column({ type: 'varchar', length: 18, nullable: true })
  idNumberMasked: string | null;

  /** Null only for a platform hire whose profile has no hukou: such a worker does not count as local. */
  @Column({ type: 'varchar', length: 9, nullable: true })
  hukouRegionCode: string | null;

  @ManyToOne(() => RegionEntity)
  @JoinColumn({ name: 'hukou_region_code', foreignKeyConstraintName: 'fk_project_workers_hukou_region_code' })
  hukouRegion?: RegionEntity;

  @Column({ type: 'boolean' })
  isLocal: boolean;

  /** 脱贫劳动力 (including 监测对象): projects should use them first (000 §1). */
  @Column({ type: 'boolean', default: false })
  povertyAlleviated: boolean;

  @Column({ type: 'varchar', length: 30 })
  trade: string;

  @Column({ type: 'date' })
  startDate: string;

  /** The day the worker leaves (not counted on it); null while on the project. */
  @Column({ type: 'date', nullable: true })
  endDate: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  endReason: string | null;

  @Column({ type: 'varchar', length: 16 })
  source: ProjectWorkerSource;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @Column({ type: 'uuid', nullable: true })
  endedByUserId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** A roster change made under the WARN rule although it takes the project below its threshold: who, why, the figures. */
@Entity('project_acknowledgements')
@Index('ix_project_acknowledgements_project', ['projectId', 'createdAt'])
export class ProjectAcknowledgementEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_project_acknowledgements' })
  id: string;

  @Column({ type: 'uuid' })
  projectId: string;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'fk_project_acknowledgements_project_id' })
  project?: ProjectEntity;

  @Column({ type: 'varchar', length: 8 })
  change: RosterChange;

  @Column({ type: 'varchar', length: 500 })
  reason: string;

  /** The roster rows the change wrote. */
  @Column({ type: 'uuid', array: true })
  workerIds: string[];

  @Column({ type: 'uuid' })
  actorUserId: string;

  @Column({ type: 'varchar', length: 12 })
  actorRole: Role;

  @Column({ type: 'varchar', length: 40 })
  actorName: string;

  @Column({ type: 'numeric', precision: 5, scale: 4 })
  threshold: string;

  @Column({ type: 'integer' })
  localBefore: number;

  @Column({ type: 'integer' })
  totalBefore: number;

  @Column({ type: 'integer' })
  localAfter: number;

  @Column({ type: 'integer' })
  totalAfter: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** Labour pay (劳务报酬) paid on a 以工代赈 project, measured against its investment. */
@Entity('project_labour_payments')
@Check('ck_project_labour_payments_amount', `"amount" > 0`)
@Index('ix_project_labour_payments_project', ['projectId', 'paidOn'])
export class ProjectLabourPaymentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_project_labour_payments' })
  id: string;

  @Column({ type: 'uuid' })
  projectId: string;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'fk_project_labour_payments_project_id' })
  project?: ProjectEntity;

  @Column({ type: 'date' })
  paidOn: string;

  @Column({ type: 'numeric', precision: 16, scale: 2 })
  amount: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  note: string | null;

  @Column({ type: 'uuid' })
  recordedByUserId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
