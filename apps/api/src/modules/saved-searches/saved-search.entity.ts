import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { JobPostingEntity } from '../jobs/job-posting.entity';
import { UserEntity } from '../users/user.entity';

/** A seeker's saved search: the same criteria as searchJobs, re-run against every newly published posting. */
@Entity('saved_searches')
export class SavedSearchEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_saved_searches' })
  id: string;

  @Index('ix_saved_searches_user_id')
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_saved_searches_user_id' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 40 })
  name: string;

  /** JobSearchInput as given (keyword, regionCode, near, pay, kinds …). */
  @Column({ type: 'jsonb' })
  criteria: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** In-app alert: a newly published posting matched a saved search. One per search and posting. */
@Entity('search_alerts')
@Unique('uq_search_alerts_search_posting', ['savedSearchId', 'jobPostingId'])
@Index('ix_search_alerts_user_unread', ['userId', 'readAt', 'createdAt'])
export class SearchAlertEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_search_alerts' })
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'uuid' })
  savedSearchId: string;

  @ManyToOne(() => SavedSearchEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'saved_search_id', foreignKeyConstraintName: 'fk_search_alerts_saved_search_id' })
  savedSearch?: SavedSearchEntity;

  @Column({ type: 'uuid' })
  jobPostingId: string;

  @ManyToOne(() => JobPostingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_posting_id', foreignKeyConstraintName: 'fk_search_alerts_job_posting_id' })
  jobPosting?: JobPostingEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
