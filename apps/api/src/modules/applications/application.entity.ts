import { ApplicationSource, ApplicationStatus } from '@jobbridge/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { JobSeekerProfileEntity } from '../job-seekers/job-seeker-profile.entity';
import { JobPostingEntity } from '../jobs/job-posting.entity';

@Entity('applications')
@Unique('uq_applications_job_seeker', ['jobPostingId', 'seekerProfileId'])
@Unique('uq_applications_seeker_idempotency_key', ['seekerProfileId', 'idempotencyKey'])
export class ApplicationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_applications' })
  id: string;

  @Index('ix_applications_job_posting_id')
  @Column({ type: 'uuid' })
  jobPostingId: string;

  @ManyToOne(() => JobPostingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_posting_id', foreignKeyConstraintName: 'fk_applications_job_posting_id' })
  jobPosting?: JobPostingEntity;

  @Column({ type: 'uuid' })
  seekerProfileId: string;

  @ManyToOne(() => JobSeekerProfileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'seeker_profile_id', foreignKeyConstraintName: 'fk_applications_seeker_profile_id' })
  seekerProfile?: JobSeekerProfileEntity;

  @Column({ type: 'varchar', length: 12, default: ApplicationStatus.SUBMITTED })
  status: ApplicationStatus;

  /** Where the application came from, for funnels (search, recommendation, live room, job fair). */
  @Column({ type: 'varchar', length: 16 })
  source: ApplicationSource;

  @Column({ type: 'varchar', length: 500, nullable: true })
  coverNote: string | null;

  @Column({ type: 'varchar', length: 80, nullable: true })
  idempotencyKey: string | null;

  /** Set for one-tap applications from a live room (source LIVE_ROOM), for its funnel. */
  @Index('ix_applications_live_room_id')
  @Column({ type: 'uuid', nullable: true })
  liveRoomId: string | null;

  /** Set for applications a job-fair talk created or moved (source JOB_FAIR when created there). */
  @Index('ix_applications_job_fair_id')
  @ForeignKey('JobFairEntity', { onDelete: 'SET NULL', name: 'fk_applications_job_fair_id' })
  @Column({ type: 'uuid', nullable: true })
  jobFairId: string | null;

  /** The labour contract term in months, given by the employer on HIRED (subsidy rules read it). */
  @Column({ type: 'smallint', nullable: true })
  contractMonths: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** Every status change, with who, when and a note. Append-only. */
@Entity('application_events')
export class ApplicationEventEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_application_events' })
  id: string;

  @Index('ix_application_events_application_id')
  @Column({ type: 'uuid' })
  applicationId: string;

  @ManyToOne(() => ApplicationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id', foreignKeyConstraintName: 'fk_application_events_application_id' })
  application?: ApplicationEntity;

  @Column({ type: 'varchar', length: 12, nullable: true })
  fromStatus: ApplicationStatus | null;

  @Column({ type: 'varchar', length: 12 })
  toStatus: ApplicationStatus;

  @Column({ type: 'uuid' })
  actorUserId: string;

  @Column({ type: 'varchar', length: 16 })
  actorRole: string;

  @Column({ type: 'varchar', length: 60 })
  actorName: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
