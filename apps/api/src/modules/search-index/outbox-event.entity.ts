import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Transactional outbox: a row written in the same transaction as the change it announces (a posting published,
 * edited, closed …). A worker drains it into the search engine with retries and backoff, so an engine outage delays
 * the index but loses nothing.
 */
@Entity('outbox_events')
@Index('ix_outbox_events_pending', ['availableAt'], { where: '"processed_at" IS NULL' })
export class OutboxEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'pk_outbox_events' })
  id: string;

  /** e.g. job_posting.changed */
  @Column({ type: 'varchar', length: 60 })
  topic: string;

  @Column({ type: 'uuid' })
  aggregateId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  availableAt: Date;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  processedAt: Date | null;
}
