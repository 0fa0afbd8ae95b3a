import { FlagDecision, ReportAction, ReportCategory, ReportStatus, ReportTargetType } from '@jobbridge/contracts';
import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { EmployerEntity } from '../employers/employer.entity';
import { RegionEntity } from '../regions/region.entity';
import { UserEntity } from '../users/user.entity';

/**
 * An officer's decision on one screening flag of a posting (issue 13): upheld (the posting breaks the rule; it counts
 * against the employer's credit) or dismissed (a false alarm; dismissed patterns are reported so the rules improve).
 * One decision per posting, flag and evidence; deciding again replaces it.
 */
@Entity('screening_decisions')
@Index('uq_screening_decisions_flag', ['jobPostingId', 'code', 'evidence'], { unique: true })
@Index('ix_screening_decisions_employer', ['employerId', 'decision'])
export class ScreeningDecisionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_screening_decisions' })
  id: string;

  @ForeignKey('JobPostingEntity', { onDelete: 'CASCADE', name: 'fk_screening_decisions_job_posting_id' })
  @Column({ type: 'uuid' })
  jobPostingId: string;

  @ForeignKey(() => EmployerEntity, { onDelete: 'CASCADE', name: 'fk_screening_decisions_employer_id' })
  @Column({ type: 'uuid' })
  employerId: string;

  @Column({ type: 'varchar', length: 9 })
  regionCode: string;

  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  evidence: string;

  @Column({ type: 'varchar', length: 8 })
  decision: FlagDecision;

  @Column({ type: 'varchar', length: 300 })
  reason: string;

  @ForeignKey(() => UserEntity, { name: 'fk_screening_decisions_decided_by_user_id' })
  @Column({ type: 'uuid' })
  decidedByUserId: string;

  @Column({ type: 'timestamptz' })
  decidedAt: Date;
}

/** A seeker's report about a posting, a live room or a fair booth, and the officer's action on it. */
@Entity('content_reports')
@Index('ix_content_reports_region_status', ['regionCode', 'status', 'createdAt'])
@Index('ix_content_reports_employer', ['employerId', 'status'])
@Index('ix_content_reports_reporter', ['reporterUserId', 'createdAt'])
@Index('uq_content_reports_idempotency', ['reporterUserId', 'idempotencyKey'], { unique: true, where: `"idempotency_key" IS NOT NULL` })
export class ContentReportEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_content_reports' })
  id: string;

  @ForeignKey(() => UserEntity, { onDelete: 'CASCADE', name: 'fk_content_reports_reporter_user_id' })
  @Column({ type: 'uuid' })
  reporterUserId: string;

  @Column({ type: 'varchar', length: 12 })
  targetType: ReportTargetType;

  @Column({ type: 'uuid' })
  targetId: string;

  /** The posting the report concerns (the target, or the posting a booth or live room was about), when there is one. */
  @Column({ type: 'uuid', nullable: true })
  jobPostingId: string | null;

  /** The employer concerned (null for a bureau's own live room). */
  @ForeignKey(() => EmployerEntity, { onDelete: 'CASCADE', name: 'fk_content_reports_employer_id' })
  @Column({ type: 'uuid', nullable: true })
  employerId: string | null;

  /** Where it is handled: the posting's work region, the live room's or the fair's region. */
  @ForeignKey(() => RegionEntity, { name: 'fk_content_reports_region_code' })
  @Column({ type: 'varchar', length: 9 })
  regionCode: string;

  @Column({ type: 'varchar', length: 20 })
  category: ReportCategory;

  @Column({ type: 'varchar', length: 1000 })
  text: string;

  /** Photos as data URLs (JPEG/PNG/WebP, each ≤ 190,000 characters, at most 3), seen only by officers and the reporter. */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  photos: string[];

  @Column({ type: 'varchar', length: 10, default: ReportStatus.OPEN })
  status: ReportStatus;

  @Column({ type: 'varchar', length: 20, nullable: true })
  action: ReportAction | null;

  /** The officer's note: told to the reporter and, unless dismissed, to the employer. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  resolutionNote: string | null;

  @Column({ type: 'uuid', nullable: true })
  resolvedByUserId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  /** A retried submission (double tap) returns the reporter's first report with this key. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  idempotencyKey: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/**
 * A post-hire check-in (issue 13): 7 and 30 days after a hire the worker is asked whether they still work there, were
 * paid as promised, and whether the truth card's conditions held. Answers are private to the bureau.
 */
@Entity('hire_check_ins')
@Index('uq_hire_check_ins_application_day', ['applicationId', 'day'], { unique: true })
@Index('ix_hire_check_ins_worker_due', ['workerUserId', 'dueAt'])
@Index('ix_hire_check_ins_employer', ['employerId', 'answeredAt'])
export class HireCheckInEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_hire_check_ins' })
  id: string;

  @ForeignKey('ApplicationEntity', { onDelete: 'CASCADE', name: 'fk_hire_check_ins_application_id' })
  @Column({ type: 'uuid' })
  applicationId: string;

  @ForeignKey(() => UserEntity, { onDelete: 'CASCADE', name: 'fk_hire_check_ins_worker_user_id' })
  @Column({ type: 'uuid' })
  workerUserId: string;

  @ForeignKey(() => EmployerEntity, { onDelete: 'CASCADE', name: 'fk_hire_check_ins_employer_id' })
  @Column({ type: 'uuid' })
  employerId: string;

  @ForeignKey('JobPostingEntity', { onDelete: 'CASCADE', name: 'fk_hire_check_ins_job_posting_id' })
  @Column({ type: 'uuid' })
  jobPostingId: string;

  @Column({ type: 'timestamptz' })
  hiredAt: Date;

  /** 7 or 30 (days after the hire). */
  @Column({ type: 'smallint' })
  day: number;

  @Column({ type: 'timestamptz' })
  dueAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  @Column({ type: 'boolean', nullable: true })
  stillWorking: boolean | null;

  @Column({ type: 'boolean', nullable: true })
  paidAsPromised: boolean | null;

  /** Each truth-card item as the worker found it: true = as stated; null = not asked (the card did not promise it). */
  @Column({ type: 'boolean', nullable: true })
  hoursAsStated: boolean | null;

  @Column({ type: 'boolean', nullable: true })
  dormitoryAsStated: boolean | null;

  @Column({ type: 'boolean', nullable: true })
  mealsAsStated: boolean | null;

  @Column({ type: 'boolean', nullable: true })
  insuranceAsStated: boolean | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  comment: string | null;
}

/** An employer's reduction plan (裁员方案), filed with the bureau (004 §5, 003 §12). */
@Entity('layoff_plans')
@Index('ix_layoff_plans_region_date', ['regionCode', 'layoffDate'])
@Index('ix_layoff_plans_employer', ['employerId', 'layoffDate'])
@Index('uq_layoff_plans_idempotency', ['employerId', 'idempotencyKey'], { unique: true, where: `"idempotency_key" IS NOT NULL` })
export class LayoffPlanEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_layoff_plans' })
  id: string;

  @ForeignKey(() => EmployerEntity, { onDelete: 'CASCADE', name: 'fk_layoff_plans_employer_id' })
  @Column({ type: 'uuid' })
  employerId: string;

  /** The employer's region (where the filing is handled). */
  @ForeignKey(() => RegionEntity, { name: 'fk_layoff_plans_region_code' })
  @Column({ type: 'varchar', length: 9 })
  regionCode: string;

  @Column({ type: 'int' })
  staffNow: number;

  @Column({ type: 'int' })
  peopleToCut: number;

  @Column({ type: 'date' })
  layoffDate: string;

  @Column({ type: 'varchar', length: 1000 })
  reasons: string;

  /** The union or the staff were consulted, and how. */
  @Column({ type: 'boolean' })
  consulted: boolean;

  @Column({ type: 'varchar', length: 500, nullable: true })
  consultationNote: string | null;

  /** The rule's verdict when filed: must it be reported (20+, or 10%+ of staff), and was it filed 30+ days before. */
  @Column({ type: 'boolean' })
  reportable: boolean;

  @Column({ type: 'boolean' })
  onTime: boolean;

  @Column({ type: 'int' })
  daysBefore: number;

  /** The rule's findings in Chinese, as shown to the employer when it filed. */
  @Column({ type: 'jsonb' })
  verdictReasons: string[];

  @ForeignKey(() => UserEntity, { name: 'fk_layoff_plans_filed_by_user_id' })
  @Column({ type: 'uuid' })
  filedByUserId: string;

  /** A retried filing (double tap) returns the employer's first filing with this key. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  idempotencyKey: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  filedAt: Date;
}
