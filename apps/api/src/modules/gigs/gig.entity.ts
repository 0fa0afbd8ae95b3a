import {
  GigAlertKind,
  GigAssignmentStatus,
  GigCheckMethod,
  GigDisputeOutcome,
  GigPayMethod,
  GigPayStatus,
  GigPayTiming,
  GigPayUnit,
  GigPosterKind,
  GigRatingSide,
  GigStatus,
} from '@jobbridge/contracts';
import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { EmployerEntity } from '../employers/employer.entity';
import { RegionEntity } from '../regions/region.entity';
import { UserEntity } from '../users/user.entity';
import type { ScreeningFlagValue } from '../jobs/job-posting.entity';

/*
 * The gig market (零工市场, issue 15). Distances use PostgreSQL's earthdistance on expression GiST indexes over
 * ll_to_earth(lat, lng), created in the migration (TypeORM does not model expression indexes, and leaves them be).
 */

/** A private person who posts gigs (个人雇主), after a real-name check of their identity number. */
@Entity('gig_posters')
@Index('uq_gig_posters_id_number_hash', ['idNumberHash'], { unique: true })
export class GigPosterEntity {
  @ForeignKey(() => UserEntity, { onDelete: 'CASCADE', name: 'fk_gig_posters_user_id' })
  @Column({ type: 'uuid', primary: true, primaryKeyConstraintName: 'pk_gig_posters' })
  userId: string;

  @Column({ type: 'varchar', length: 40 })
  realName: string;

  @Column({ type: 'text' })
  idNumberEncrypted: string;

  @Column({ type: 'char', length: 64 })
  idNumberHash: string;

  @Column({ type: 'varchar', length: 18 })
  idNumberMasked: string;

  @ForeignKey(() => RegionEntity, { name: 'fk_gig_posters_region_code' })
  @Column({ type: 'varchar', length: 9 })
  regionCode: string;

  /** Set when an officer first approved one of their gigs; later gigs without flags then publish at once. */
  @Column({ type: 'timestamptz', nullable: true })
  trustedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

@Entity('gigs')
@Check('ck_gigs_headcount', `"headcount" > 0`)
@Check('ck_gigs_pay', `"pay_fen" > 0`)
@Check('ck_gigs_dates', `"end_date" >= "start_date"`)
@Check('ck_gigs_poster', `("poster_kind" = 'EMPLOYER') = ("employer_id" IS NOT NULL)`)
@Index('ix_gigs_region_status_start', ['regionCode', 'status', 'startDate'])
@Index('ix_gigs_employer', ['employerId', 'createdAt'])
@Index('ix_gigs_poster_user', ['posterUserId', 'createdAt'])
@Index('ix_gigs_to_notify', ['publishedAt'], { where: `"notified_at" IS NULL AND "status" = 'PUBLISHED'` })
@Index('uq_gigs_poster_idempotency', ['posterUserId', 'idempotencyKey'], { unique: true, where: `"idempotency_key" IS NOT NULL` })
export class GigEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_gigs' })
  id: string;

  @Column({ type: 'varchar', length: 10 })
  posterKind: GigPosterKind;

  @ForeignKey(() => EmployerEntity, { name: 'fk_gigs_employer_id' })
  @Column({ type: 'uuid', nullable: true })
  employerId: string | null;

  /** Who posted it: the employer's member, or the individual poster. */
  @ForeignKey(() => UserEntity, { name: 'fk_gigs_poster_user_id' })
  @Column({ type: 'uuid' })
  posterUserId: string;

  @Column({ type: 'varchar', length: 60 })
  title: string;

  @Column({ type: 'text' })
  description: string;

  /** Skills every worker must have (normalised); empty for general labour. */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  skills: string[];

  /** The county of the site. */
  @ForeignKey(() => RegionEntity, { name: 'fk_gigs_region_code' })
  @Column({ type: 'varchar', length: 9 })
  regionCode: string;

  @Column({ type: 'varchar', length: 200 })
  address: string;

  @Column({ type: 'double precision' })
  lat: number;

  @Column({ type: 'double precision' })
  lng: number;

  @Column({ type: 'date' })
  startDate: string;

  @Column({ type: 'date' })
  endDate: string;

  @Column({ type: 'varchar', length: 5 })
  dailyStart: string;

  @Column({ type: 'varchar', length: 5 })
  dailyEnd: string;

  @Column({ type: 'smallint' })
  headcount: number;

  /** Workers holding a place (ACCEPTED), kept under the gig's row lock so a place is never given twice. */
  @Column({ type: 'smallint', default: 0 })
  acceptedCount: number;

  @Column({ type: 'varchar', length: 8 })
  payUnit: GigPayUnit;

  /** Pay per unit, in fen. */
  @Column({ type: 'int' })
  payFen: number;

  @Column({ type: 'varchar', length: 10, nullable: true })
  pieceUnit: string | null;

  @Column({ type: 'varchar', length: 16 })
  payTiming: GigPayTiming;

  @Column({ type: 'varchar', length: 16 })
  payMethod: GigPayMethod;

  @Column({ type: 'boolean', default: false })
  toolsProvided: boolean;

  @Column({ type: 'boolean', default: false })
  mealsProvided: boolean;

  /** Truth-card safety items. */
  @Column({ type: 'boolean', default: false })
  worksAtHeight: boolean;

  @Column({ type: 'boolean', default: false })
  heavyLoads: boolean;

  @Column({ type: 'varchar', length: 200, nullable: true })
  safetyNote: string | null;

  @Column({ type: 'int' })
  checkInRadiusMeters: number;

  @Column({ type: 'varchar', length: 16 })
  status: GigStatus;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  screeningFlags: ScreeningFlagValue[];

  /** The pay works out below the local hourly minimum wage for the hours (flagged, sent to review). */
  @Column({ type: 'boolean', default: false })
  belowMinimumWage: boolean;

  /** Secret in the site's QR code; a check-in by QR must carry it. */
  @Column({ type: 'varchar', length: 64 })
  qrSecret: string;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  /** When nearby workers were told; null while that is still to do (a sweep finishes what a crash left). */
  @Column({ type: 'timestamptz', nullable: true })
  notifiedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  reviewedByUserId: string | null;

  @Column({ type: 'text', nullable: true })
  rejectionReason: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  cancelReason: string | null;

  /** Cancelled inside the late-cancellation window with workers holding places. */
  @Column({ type: 'boolean', default: false })
  lateCancellation: boolean;

  /** No-shows for the gig's ended days have been recorded. */
  @Column({ type: 'timestamptz', nullable: true })
  closedOutAt: Date | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  idempotencyKey: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** A worker's place on a gig, with the settlement of their pay. */
@Entity('gig_assignments')
@Index('uq_gig_assignments_gig_worker', ['gigId', 'workerUserId'], { unique: true })
@Index('ix_gig_assignments_worker', ['workerUserId', 'createdAt'])
@Index('ix_gig_assignments_gig_status', ['gigId', 'status', 'createdAt'])
export class GigAssignmentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_gig_assignments' })
  id: string;

  @ForeignKey(() => GigEntity, { onDelete: 'CASCADE', name: 'fk_gig_assignments_gig_id' })
  @Column({ type: 'uuid' })
  gigId: string;

  @ForeignKey(() => UserEntity, { name: 'fk_gig_assignments_worker_user_id' })
  @Column({ type: 'uuid' })
  workerUserId: string;

  @Column({ type: 'varchar', length: 16 })
  status: GigAssignmentStatus;

  /** When the worker took the place (or moved up from the waiting list). */
  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  /** Held a place, the gig ended, never checked in. */
  @Column({ type: 'boolean', default: false })
  noShow: boolean;

  @Column({ type: 'int', default: 0 })
  payDueFen: number;

  @Column({ type: 'varchar', length: 10, default: GigPayStatus.UNPAID })
  payStatus: GigPayStatus;

  @Column({ type: 'int', nullable: true })
  paidFen: number | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  paidMethod: GigPayMethod | null;

  @Column({ type: 'timestamptz', nullable: true })
  paidAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  payConfirmedAt: Date | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  disputeReason: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  disputedAt: Date | null;

  @Column({ type: 'varchar', length: 24, nullable: true })
  disputeOutcome: GigDisputeOutcome | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  resolutionNote: string | null;

  @Column({ type: 'uuid', nullable: true })
  resolvedByUserId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** One worker's day at the site: check-in, check-out and the poster's confirmation. */
@Entity('gig_attendances')
@Index('uq_gig_attendances_assignment_date', ['assignmentId', 'workDate'], { unique: true })
@Index('ix_gig_attendances_gig_date', ['gigId', 'workDate'])
export class GigAttendanceEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_gig_attendances' })
  id: string;

  @ForeignKey(() => GigAssignmentEntity, { onDelete: 'CASCADE', name: 'fk_gig_attendances_assignment_id' })
  @Column({ type: 'uuid' })
  assignmentId: string;

  @Column({ type: 'uuid' })
  gigId: string;

  @Column({ type: 'uuid' })
  workerUserId: string;

  @Column({ type: 'date' })
  workDate: string;

  @Column({ type: 'timestamptz' })
  checkInAt: Date;

  @Column({ type: 'varchar', length: 10 })
  checkInMethod: GigCheckMethod;

  /** Metres from the site at a location check-in. */
  @Column({ type: 'int', nullable: true })
  checkInDistanceMeters: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  checkOutAt: Date | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  checkOutMethod: GigCheckMethod | null;

  /** Minutes counted for pay: from the check-times inside the scheduled hours, or as the poster confirmed. */
  @Column({ type: 'int', default: 0 })
  minutes: number;

  @Column({ type: 'int', nullable: true })
  pieces: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  confirmedByUserId: string | null;
}

/** A rating after a gig, one per side per worker-gig. */
@Entity('gig_ratings')
@Index('uq_gig_ratings_assignment_side', ['assignmentId', 'side'], { unique: true })
@Index('ix_gig_ratings_ratee', ['rateeUserId'])
@Check('ck_gig_ratings_stars', `"stars" BETWEEN 1 AND 5`)
export class GigRatingEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_gig_ratings' })
  id: string;

  @ForeignKey(() => GigAssignmentEntity, { onDelete: 'CASCADE', name: 'fk_gig_ratings_assignment_id' })
  @Column({ type: 'uuid' })
  assignmentId: string;

  @Column({ type: 'uuid' })
  gigId: string;

  @Column({ type: 'varchar', length: 8 })
  side: GigRatingSide;

  @Column({ type: 'uuid' })
  raterUserId: string;

  /** The worker (POSTER side) or the poster's user (WORKER side). */
  @Column({ type: 'uuid' })
  rateeUserId: string;

  /** The employer, when a worker rates an employer's gig (feeds the employer's credit). */
  @Column({ type: 'uuid', nullable: true })
  employerId: string | null;

  /** POSTER side: arrived on time; WORKER side: paid on time. */
  @Column({ type: 'boolean' })
  onTime: boolean;

  /** POSTER side: worked as agreed; WORKER side: the work was as described. */
  @Column({ type: 'boolean' })
  asAgreed: boolean;

  @Column({ type: 'smallint' })
  stars: number;

  @Column({ type: 'varchar', length: 200, nullable: true })
  comment: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** A worker's opt-in to gig work: where, how far, which days, what skills. */
@Entity('gig_preferences')
export class GigPreferenceEntity {
  @ForeignKey(() => UserEntity, { onDelete: 'CASCADE', name: 'fk_gig_preferences_user_id' })
  @Column({ type: 'uuid', primary: true, primaryKeyConstraintName: 'pk_gig_preferences' })
  userId: string;

  @Column({ type: 'boolean' })
  enabled: boolean;

  @Column({ type: 'double precision' })
  lat: number;

  @Column({ type: 'double precision' })
  lng: number;

  @Column({ type: 'smallint' })
  maxDistanceKm: number;

  /** ISO weekdays 1–7. */
  @Column({ type: 'smallint', array: true })
  weekdays: number[];

  /** Normalised skills. */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  skills: string[];

  /** The worker's reliability grade (A–D or NEW), kept current as their gig record changes; orders who is told first. */
  @Column({ type: 'varchar', length: 4, default: 'NEW' })
  grade: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** Alerts to a county's officers: pay overdue, pay disputed. */
@Entity('gig_alerts')
@Index('uq_gig_alerts_assignment_kind', ['assignmentId', 'kind'], { unique: true })
@Index('ix_gig_alerts_region_open', ['regionCode', 'resolvedAt'])
export class GigAlertEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_gig_alerts' })
  id: string;

  @Column({ type: 'varchar', length: 10 })
  kind: GigAlertKind;

  @ForeignKey(() => GigEntity, { onDelete: 'CASCADE', name: 'fk_gig_alerts_gig_id' })
  @Column({ type: 'uuid' })
  gigId: string;

  @ForeignKey(() => GigAssignmentEntity, { onDelete: 'CASCADE', name: 'fk_gig_alerts_assignment_id' })
  @Column({ type: 'uuid' })
  assignmentId: string;

  @Column({ type: 'varchar', length: 9 })
  regionCode: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;
}

/** A county's physical gig market (零工驿站). */
@Entity('gig_stations')
@Index('ix_gig_stations_region', ['regionCode'])
export class GigStationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_gig_stations' })
  id: string;

  @ForeignKey(() => RegionEntity, { name: 'fk_gig_stations_region_code' })
  @Column({ type: 'varchar', length: 9 })
  regionCode: string;

  @Column({ type: 'varchar', length: 60 })
  name: string;

  @Column({ type: 'varchar', length: 200 })
  address: string;

  @Column({ type: 'double precision' })
  lat: number;

  @Column({ type: 'double precision' })
  lng: number;

  @Column({ type: 'varchar', length: 100 })
  openingHours: string;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  services: string[];

  @Column({ type: 'varchar', length: 20 })
  contactPhone: string;

  @Column({ type: 'uuid' })
  createdByUserId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
