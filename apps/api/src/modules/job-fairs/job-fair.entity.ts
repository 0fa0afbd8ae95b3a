import { BoothStatus, FairCampaign, FairMode, JobFairStatus, PriorityGroup, TalkOutcome, TicketStatus } from '@jobbridge/contracts';
import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { EmployerEntity } from '../employers/employer.entity';
import { ProjectEntity } from '../projects/project.entity';
import { RegionEntity } from '../regions/region.entity';
import { UserEntity } from '../users/user.entity';

/** An online (or on-site, or hybrid) job fair hosted by a bureau for its region (网络招聘会, domain.md §7). */
@Entity('job_fairs')
@Index('ix_job_fairs_region_status', ['regionCode', 'status'])
export class JobFairEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_job_fairs' })
  id: string;

  @ForeignKey(() => RegionEntity, { name: 'fk_job_fairs_region_code' })
  @Column({ type: 'varchar', length: 9 })
  regionCode: string;

  @Column({ type: 'varchar', length: 80 })
  name: string;

  @Column({ type: 'varchar', length: 32 })
  campaign: FairCampaign;

  @Column({ type: 'varchar', length: 500, nullable: true })
  theme: string | null;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  targetGroups: PriorityGroup[];

  @Column({ type: 'varchar', length: 8 })
  mode: FairMode;

  @Column({ type: 'varchar', length: 200, nullable: true })
  venueAddress: string | null;

  @Column({ type: 'timestamptz' })
  boothApplyFrom: Date;

  @Column({ type: 'timestamptz' })
  boothApplyUntil: Date;

  /** China calendar days, inclusive. */
  @Column({ type: 'date' })
  startDate: string;

  @Column({ type: 'date' })
  endDate: string;

  /** Daily hours in China, `HH:MM` (`24:00` closes at midnight). */
  @Column({ type: 'varchar', length: 5 })
  opensAt: string;

  @Column({ type: 'varchar', length: 5 })
  closesAt: string;

  @Column({ type: 'int' })
  boothCapacity: number;

  /** The first N minutes of each day, when only seekers in the target groups may queue. */
  @Column({ type: 'int', nullable: true })
  priorityWindowMinutes: number | null;

  @Column({ type: 'int', default: 60 })
  answerWindowSeconds: number;

  @Column({ type: 'int', default: 3 })
  maxQueuesPerSeeker: number;

  @Column({ type: 'varchar', length: 12, default: JobFairStatus.DRAFT })
  status: JobFairStatus;

  /** Set for a fair created for a major project at risk of missing its local-hiring share. */
  @Index('ix_job_fairs_project_id')
  @ForeignKey(() => ProjectEntity, { onDelete: 'SET NULL', name: 'fk_job_fairs_project_id' })
  @Column({ type: 'uuid', nullable: true })
  projectId: string | null;

  @ForeignKey(() => UserEntity, { name: 'fk_job_fairs_created_by_user_id' })
  @Column({ type: 'uuid' })
  createdByUserId: string;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  /** The figures as they stood when the fair ended, kept for year-on-year comparison. */
  @Column({ type: 'jsonb', nullable: true })
  finalStats: Record<string, unknown> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** An employer's booth at a fair: applied for with published jobs and the people who staff it, approved by the bureau. */
@Entity('fair_booths')
@Index('uq_fair_booths_fair_employer', ['fairId', 'employerId'], { unique: true })
@Index('uq_fair_booths_fair_number', ['fairId', 'number'], { unique: true, where: `"number" IS NOT NULL` })
export class FairBoothEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_fair_booths' })
  id: string;

  @ForeignKey(() => JobFairEntity, { onDelete: 'CASCADE', name: 'fk_fair_booths_fair_id' })
  @Column({ type: 'uuid' })
  fairId: string;

  @Index('ix_fair_booths_employer_id')
  @ForeignKey(() => EmployerEntity, { onDelete: 'CASCADE', name: 'fk_fair_booths_employer_id' })
  @Column({ type: 'uuid' })
  employerId: string;

  @Column({ type: 'varchar', length: 10, default: BoothStatus.PENDING })
  status: BoothStatus;

  @Column({ type: 'varchar', length: 500 })
  intro: string;

  /** The booth's jobs: published postings of the employer, each with a truth card. */
  @Column({ type: 'uuid', array: true })
  jobPostingIds: string[];

  /** The team members who staff the booth (its reps). */
  @Column({ type: 'uuid', array: true })
  staffUserIds: string[];

  /** `A01` …: given on approval, by zone. */
  @Column({ type: 'varchar', length: 6, nullable: true })
  number: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  zone: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  rejectionReason: string | null;

  /** Above this estimated wait a seeker may leave a call-back request instead of queueing. */
  @Column({ type: 'int', nullable: true })
  callbackThresholdSeconds: number | null;

  /** The last ticket sequence handed out at this booth (tickets are numbered 1, 2 … per booth, under this row's lock). */
  @Column({ type: 'int', default: 0 })
  lastTicketSeq: number;

  @Column({ type: 'uuid', nullable: true })
  reviewedByUserId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** A seeker's pre-registration for a fair (and the booths they mean to visit); on-site check-in is stamped here. */
@Entity('fair_registrations')
@Index('uq_fair_registrations_fair_user', ['fairId', 'userId'], { unique: true })
export class FairRegistrationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_fair_registrations' })
  id: string;

  @ForeignKey(() => JobFairEntity, { onDelete: 'CASCADE', name: 'fk_fair_registrations_fair_id' })
  @Column({ type: 'uuid' })
  fairId: string;

  @Index('ix_fair_registrations_user_id')
  @ForeignKey(() => UserEntity, { onDelete: 'CASCADE', name: 'fk_fair_registrations_user_id' })
  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'uuid', array: true, default: () => `'{}'` })
  boothIds: string[];

  @Column({ type: 'timestamptz', nullable: true })
  checkedInAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/**
 * A seeker's place in a booth's queue, and the talk that follows. The place is not stored: it is the ticket's rank among
 * the booth's WAITING tickets by `seq`, so it is exact by construction on any number of processes. A seeker holds at
 * most one open ticket per booth (the partial unique index).
 */
@Entity('fair_tickets')
@Index('uq_fair_tickets_open_per_booth', ['boothId', 'userId'], { unique: true, where: `"status" IN ('WAITING', 'CALLED', 'IN_TALK')` })
@Index('uq_fair_tickets_booth_seq', ['boothId', 'seq'], { unique: true })
@Index('ix_fair_tickets_fair_user_status', ['fairId', 'userId', 'status'])
@Index('ix_fair_tickets_called', ['calledAt'], { where: `"status" = 'CALLED'` })
// A rep holds one call or talk at a booth at a time, even when two calls race (a double tap).
@Index('uq_fair_tickets_rep_busy', ['boothId', 'repUserId'], { unique: true, where: `"status" IN ('CALLED', 'IN_TALK')` })
// The booth's latest talks, for the wait estimate.
@Index('ix_fair_tickets_booth_done', ['boothId', 'endedAt'], { where: `"status" = 'DONE'` })
export class FairTicketEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_fair_tickets' })
  id: string;

  @ForeignKey(() => JobFairEntity, { onDelete: 'CASCADE', name: 'fk_fair_tickets_fair_id' })
  @Column({ type: 'uuid' })
  fairId: string;

  @ForeignKey(() => FairBoothEntity, { onDelete: 'CASCADE', name: 'fk_fair_tickets_booth_id' })
  @Column({ type: 'uuid' })
  boothId: string;

  @ForeignKey(() => UserEntity, { onDelete: 'CASCADE', name: 'fk_fair_tickets_user_id' })
  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'uuid' })
  seekerProfileId: string;

  @Column({ type: 'int' })
  seq: number;

  @Column({ type: 'varchar', length: 10 })
  status: TicketStatus;

  @Column({ type: 'boolean', default: false })
  onSite: boolean;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  joinedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  calledAt: Date | null;

  /** The rep who called the ticket and holds the talk. */
  @Column({ type: 'uuid', nullable: true })
  repUserId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  outcome: TalkOutcome | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  /** The job the talk was about, and the application it created or moved (AGREEMENT, INTERVIEW). */
  @Column({ type: 'uuid', nullable: true })
  jobPostingId: string | null;

  @Column({ type: 'uuid', nullable: true })
  applicationId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  interviewAt: Date | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  interviewPlace: string | null;
}

/** A seeker's request to be called back when a booth has no rep online or its wait is too long. */
@Entity('fair_callbacks')
@Index('ix_fair_callbacks_booth_open', ['boothId', 'answeredAt'])
export class FairCallbackEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_fair_callbacks' })
  id: string;

  @ForeignKey(() => JobFairEntity, { onDelete: 'CASCADE', name: 'fk_fair_callbacks_fair_id' })
  @Column({ type: 'uuid' })
  fairId: string;

  @ForeignKey(() => FairBoothEntity, { onDelete: 'CASCADE', name: 'fk_fair_callbacks_booth_id' })
  @Column({ type: 'uuid' })
  boothId: string;

  @ForeignKey(() => UserEntity, { onDelete: 'CASCADE', name: 'fk_fair_callbacks_user_id' })
  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'varchar', length: 300 })
  message: string;

  @Column({ type: 'uuid', nullable: true })
  answeredByUserId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** A text message in a one-to-one talk. */
@Entity('fair_talk_messages')
@Index('ix_fair_talk_messages_ticket', ['ticketId', 'createdAt'])
export class FairTalkMessageEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_fair_talk_messages' })
  id: string;

  @ForeignKey(() => FairTicketEntity, { onDelete: 'CASCADE', name: 'fk_fair_talk_messages_ticket_id' })
  @Column({ type: 'uuid' })
  ticketId: string;

  @Column({ type: 'uuid' })
  senderUserId: string;

  @Column({ type: 'varchar', length: 1000 })
  body: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** An in-app invitation to a fair: seekers local to a project at risk whose profile fits its jobs (createFairForProject). */
@Entity('fair_invitations')
@Index('uq_fair_invitations_fair_user', ['fairId', 'userId'], { unique: true })
export class FairInvitationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_fair_invitations' })
  id: string;

  @ForeignKey(() => JobFairEntity, { onDelete: 'CASCADE', name: 'fk_fair_invitations_fair_id' })
  @Column({ type: 'uuid' })
  fairId: string;

  @Index('ix_fair_invitations_user_id')
  @ForeignKey(() => UserEntity, { onDelete: 'CASCADE', name: 'fk_fair_invitations_user_id' })
  @Column({ type: 'uuid' })
  userId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
