import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { SubsidyStatus } from '@jobbridge/contracts';
import type { SubsidyConditionResult, SubsidyEvidence } from '@jobbridge/domain';
import { EmployerEntity } from '../employers/employer.entity';
import { UserEntity } from '../users/user.entity';

/**
 * A subsidy the rules engine found from an event (免申即享, issue 14): nobody applied. One per rule, subject and period
 * (unique), and never two of one exclusive group for a person unless one was rejected (partial unique index) — so two
 * API processes judging simultaneous events cannot pay twice; yearly caps are held by a per-subject advisory lock.
 */
@Entity('subsidy_proposals')
@Index('uq_subsidy_proposals_rule_subject_period', ['ruleId', 'subjectKey', 'periodKey'], { unique: true })
@Index('uq_subsidy_proposals_exclusive', ['subjectKey', 'exclusiveGroup'], {
  unique: true,
  where: `"exclusive_group" IS NOT NULL AND "status" <> 'REJECTED'`,
})
@Index('ix_subsidy_proposals_region_status', ['regionCode', 'status'])
@Index('ix_subsidy_proposals_employer', ['employerId', 'status'])
@Index('ix_subsidy_proposals_worker', ['workerUserId', 'status'])
@Index('ix_subsidy_proposals_evidence', ['evidenceId'])
export class SubsidyProposalEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_subsidy_proposals' })
  id: string;

  @Column({ type: 'varchar', length: 40 })
  packId: string;

  @Column({ type: 'varchar', length: 80 })
  ruleId: string;

  @Column({ type: 'varchar', length: 60 })
  ruleName: string;

  /** The county whose bureau decides: the workplace's or, for hukou rules, the worker's home county. */
  @Column({ type: 'varchar', length: 9 })
  regionCode: string;

  @Column({ type: 'varchar', length: 12 })
  beneficiary: 'EMPLOYER' | 'WORKER' | 'INTERMEDIARY';

  /** The employer the event concerns (paid when the beneficiary is EMPLOYER; sees it in its list). */
  @ForeignKey(() => EmployerEntity, { onDelete: 'CASCADE', name: 'fk_subsidy_proposals_employer_id' })
  @Column({ type: 'uuid', nullable: true })
  employerId: string | null;

  /** The worker's account, when the person has one (sees WORKER subsidies in their list). */
  @ForeignKey(() => UserEntity, { onDelete: 'SET NULL', name: 'fk_subsidy_proposals_worker_user_id' })
  @Column({ type: 'uuid', nullable: true })
  workerUserId: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  personName: string | null;

  @Column({ type: 'varchar', length: 18, nullable: true })
  personIdMasked: string | null;

  @Column({ type: 'varchar', length: 100 })
  beneficiaryKey: string;

  @Column({ type: 'varchar', length: 100 })
  subjectKey: string;

  @Column({ type: 'varchar', length: 80 })
  periodKey: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  exclusiveGroup: string | null;

  @Column({ type: 'smallint' })
  year: number;

  /** In fen (0.01 yuan), exact. 0 while the amount waits on a missing item. */
  @Column({ type: 'integer' })
  amountFen: number;

  @Column({ type: 'varchar', length: 200 })
  amountNote: string;

  @Column({ type: 'jsonb' })
  conditions: SubsidyConditionResult[];

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  missing: string[];

  @Column({ type: 'jsonb' })
  citation: { doc: string; clause: string; quote: string };

  @Column({ type: 'jsonb' })
  evidence: SubsidyEvidence;

  /** evidence.id, indexed: the hire's application shows "you will receive …". */
  @Column({ type: 'varchar', length: 80 })
  evidenceId: string;

  @Column({ type: 'varchar', length: 120 })
  eventKey: string;

  @Column({ type: 'date' })
  eventDate: string;

  @Column({ type: 'varchar', length: 16, default: SubsidyStatus.PROPOSED })
  status: SubsidyStatus;

  @Column({ type: 'varchar', length: 300, nullable: true })
  decisionReason: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  requestedItem: string | null;

  /** The beneficiary's answer to a request (text; the item itself is checked at the counter). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  supplied: string | null;

  @Column({ type: 'uuid', nullable: true })
  decidedByUserId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** A payment batch: what the bureau sends to the bank or finance system in one file. */
@Entity('subsidy_payment_batches')
@Index('uq_subsidy_payment_batches_idempotency', ['createdByUserId', 'idempotencyKey'], {
  unique: true,
  where: `"idempotency_key" IS NOT NULL`,
})
export class SubsidyPaymentBatchEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_subsidy_payment_batches' })
  id: string;

  /** Human reference: BT-<region>-<yyyymmdd>-<n>. */
  @Index('uq_subsidy_payment_batches_reference', { unique: true })
  @Column({ type: 'varchar', length: 40 })
  reference: string;

  @Column({ type: 'varchar', length: 9 })
  regionCode: string;

  @Column({ type: 'date' })
  paidOn: string;

  @Column({ type: 'integer' })
  count: number;

  @Column({ type: 'bigint' })
  totalFen: string;

  @ForeignKey(() => UserEntity, { name: 'fk_subsidy_payment_batches_created_by_user_id' })
  @Column({ type: 'uuid' })
  createdByUserId: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  idempotencyKey: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** One payment: a proposal paid in a batch. */
@Entity('subsidy_payments')
export class SubsidyPaymentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_subsidy_payments' })
  id: string;

  @Index('uq_subsidy_payments_proposal', { unique: true })
  @ForeignKey(() => SubsidyProposalEntity, { name: 'fk_subsidy_payments_proposal_id' })
  @Column({ type: 'uuid' })
  proposalId: string;

  @Index('ix_subsidy_payments_batch')
  @ForeignKey(() => SubsidyPaymentBatchEntity, { name: 'fk_subsidy_payments_batch_id' })
  @Column({ type: 'uuid' })
  batchId: string;

  /** <batch reference>-<seq>: what the bank statement shows. */
  @Column({ type: 'varchar', length: 50 })
  reference: string;

  @Column({ type: 'integer' })
  amountFen: number;

  @Column({ type: 'date' })
  paidOn: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/**
 * Every decision on a subsidy, append-only (a trigger refuses UPDATE and DELETE): who did what, when, under which pack.
 * System entries (the engine's proposals) have no user.
 */
@Entity('subsidy_audit')
@Index('ix_subsidy_audit_proposal', ['proposalId', 'at'])
export class SubsidyAuditEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'pk_subsidy_audit' })
  id: string;

  @Column({ type: 'uuid' })
  proposalId: string;

  @Column({ type: 'varchar', length: 20 })
  action: 'PROPOSED' | 'APPROVED' | 'REJECTED' | 'INFO_REQUESTED' | 'INFO_SUPPLIED' | 'PAID';

  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ type: 'varchar', length: 60 })
  actorName: string;

  @Column({ type: 'varchar', length: 40 })
  packId: string;

  @Column({ type: 'varchar', length: 80 })
  ruleId: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;
}

/** Events already judged (the sweep and the hire hook both record here, so none is judged twice). */
@Entity('subsidy_events')
export class SubsidyEventEntity {
  @PrimaryColumn({ type: 'varchar', length: 120, primaryKeyConstraintName: 'pk_subsidy_events' })
  eventKey: string;

  @Column({ type: 'smallint' })
  proposals: number;

  @CreateDateColumn({ type: 'timestamptz' })
  judgedAt: Date;
}
