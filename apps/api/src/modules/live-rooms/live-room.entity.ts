import { LiveQuestionStatus, LiveRoomStatus, PriorityGroup, Role } from '@jobbridge/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { EmployerEntity } from '../employers/employer.entity';
import { JobPostingEntity } from '../jobs/job-posting.entity';
import { RegionEntity } from '../regions/region.entity';
import { UserEntity } from '../users/user.entity';

/** A live-stream hiring room (直播带岗, 001 §6): the video comes from a streaming service, the interaction runs here. */
@Entity('live_rooms')
@Index('ix_live_rooms_status_start', ['status', 'scheduledStart'])
export class LiveRoomEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_live_rooms' })
  id: string;

  @Column({ type: 'varchar', length: 60 })
  title: string;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  description: string | null;

  @Index('ix_live_rooms_host_user_id')
  @Column({ type: 'uuid' })
  hostUserId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'host_user_id', foreignKeyConstraintName: 'fk_live_rooms_host_user_id' })
  host?: UserEntity;

  @Column({ type: 'varchar', length: 12 })
  hostRole: Role;

  /** The hosting employer; null for a bureau's multi-employer room. */
  @Column({ type: 'uuid', nullable: true })
  employerId: string | null;

  @ManyToOne(() => EmployerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employer_id', foreignKeyConstraintName: 'fk_live_rooms_employer_id' })
  employer?: EmployerEntity;

  /** The employer's county, or the officer's region: where the room is listed. */
  @Index('ix_live_rooms_region_code')
  @Column({ type: 'varchar', length: 9 })
  regionCode: string;

  @ManyToOne(() => RegionEntity)
  @JoinColumn({ name: 'region_code', foreignKeyConstraintName: 'fk_live_rooms_region_code' })
  region?: RegionEntity;

  /** A group session of a job fair's programme (the key names its target as a string: no import of the fair entity). */
  @Index('ix_live_rooms_job_fair_id')
  @ForeignKey('JobFairEntity', { onDelete: 'SET NULL', name: 'fk_live_rooms_job_fair_id' })
  @Column({ type: 'uuid', nullable: true })
  jobFairId: string | null;

  @Column({ type: 'varchar', length: 12, default: LiveRoomStatus.SCHEDULED })
  status: LiveRoomStatus;

  @Column({ type: 'timestamptz' })
  scheduledStart: Date;

  @Column({ type: 'timestamptz', nullable: true })
  scheduledEnd: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  coverUrl: string | null;

  /** HLS (.m3u8) from the streaming service. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  streamUrl: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  /** Figures stored when the room ends, so rooms can be compared later. */
  @Column({ type: 'integer', default: 0 })
  peakViewers: number;

  @Column({ type: 'integer', default: 0 })
  likes: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** The room's lineup: the jobs the host will present, in order. */
@Entity('live_room_jobs')
export class LiveRoomJobEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_live_room_jobs' })
  roomId: string;

  @ManyToOne(() => LiveRoomEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'room_id', foreignKeyConstraintName: 'fk_live_room_jobs_room_id' })
  room?: LiveRoomEntity;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_live_room_jobs' })
  jobPostingId: string;

  @ManyToOne(() => JobPostingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_posting_id', foreignKeyConstraintName: 'fk_live_room_jobs_job_posting_id' })
  jobPosting?: JobPostingEntity;

  @Column({ type: 'smallint' })
  position: number;
}

/** Every time a card was pinned, and for how long. */
@Entity('live_room_pins')
@Index('ix_live_room_pins_room', ['roomId', 'pinnedAt'])
export class LiveRoomPinEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_live_room_pins' })
  id: string;

  @Column({ type: 'uuid' })
  roomId: string;

  @ManyToOne(() => LiveRoomEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'room_id', foreignKeyConstraintName: 'fk_live_room_pins_room_id' })
  room?: LiveRoomEntity;

  @Column({ type: 'uuid' })
  jobPostingId: string;

  @Column({ type: 'timestamptz' })
  pinnedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  unpinnedAt: Date | null;
}

@Entity('live_room_questions')
@Index('ix_live_room_questions_room', ['roomId', 'createdAt'])
export class LiveRoomQuestionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_live_room_questions' })
  id: string;

  @Column({ type: 'uuid' })
  roomId: string;

  @ManyToOne(() => LiveRoomEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'room_id', foreignKeyConstraintName: 'fk_live_room_questions_room_id' })
  room?: LiveRoomEntity;

  /** The card pinned when it was asked. */
  @Column({ type: 'uuid', nullable: true })
  jobPostingId: string | null;

  @Column({ type: 'uuid' })
  askerUserId: string;

  @Column({ type: 'varchar', length: 40 })
  askerName: string;

  @Column({ type: 'varchar', length: 200 })
  text: string;

  @Column({ type: 'varchar', length: 16, default: LiveQuestionStatus.OPEN })
  status: LiveQuestionStatus;

  @Column({ type: 'varchar', length: 500, nullable: true })
  answer: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** One row per viewer and room (signed in or anonymous), for unique viewers, watch time and the funnel by group. */
@Entity('live_room_viewers')
export class LiveRoomViewerEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_live_room_viewers' })
  roomId: string;

  @ManyToOne(() => LiveRoomEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'room_id', foreignKeyConstraintName: 'fk_live_room_viewers_room_id' })
  room?: LiveRoomEntity;

  /** `u:<userId>` or `a:<anonymous viewer id>`. */
  @PrimaryColumn({ type: 'varchar', length: 64, primaryKeyConstraintName: 'pk_live_room_viewers' })
  viewerKey: string;

  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  /** County of residence, else of hukou (signed-in seekers). */
  @Column({ type: 'varchar', length: 9, nullable: true })
  countyCode: string | null;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  priorityGroups: PriorityGroup[];

  @Column({ type: 'timestamptz' })
  firstJoinedAt: Date;

  @Column({ type: 'integer', default: 0 })
  watchSeconds: number;
}

/** One viewer saw one job's card (however often it was pinned). Written when the room ends. */
@Entity('live_room_impressions')
export class LiveRoomImpressionEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_live_room_impressions' })
  roomId: string;

  @ManyToOne(() => LiveRoomEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'room_id', foreignKeyConstraintName: 'fk_live_room_impressions_room_id' })
  room?: LiveRoomEntity;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_live_room_impressions' })
  jobPostingId: string;

  @PrimaryColumn({ type: 'varchar', length: 64, primaryKeyConstraintName: 'pk_live_room_impressions' })
  viewerKey: string;
}

/** A job's FAQ: questions asked in live rooms that the host did not answer, awaiting the employer's answer. */
@Entity('job_faqs')
@Index('ix_job_faqs_job', ['jobPostingId', 'askedAt'])
export class JobFaqEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_job_faqs' })
  id: string;

  @Column({ type: 'uuid' })
  jobPostingId: string;

  @ManyToOne(() => JobPostingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_posting_id', foreignKeyConstraintName: 'fk_job_faqs_job_posting_id' })
  jobPosting?: JobPostingEntity;

  @Column({ type: 'varchar', length: 200 })
  question: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  answer: string | null;

  /** The live-room question it came from. */
  @Index('uq_job_faqs_question_id', { unique: true })
  @Column({ type: 'uuid', nullable: true })
  questionId: string | null;

  @Column({ type: 'uuid', nullable: true })
  sourceRoomId: string | null;

  @Column({ type: 'timestamptz' })
  askedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
