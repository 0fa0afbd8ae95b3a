import {
  FollowUpChannel,
  FollowUpOutcome,
  PriorityGroup,
  RegistrationCloseReason,
  SupportCaseKind,
  SupportCaseStatus,
  UnemploymentReason,
  UnemploymentRegistrationStatus,
} from '@jobbridge/contracts';
import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { RegionEntity } from '../regions/region.entity';
import { UserEntity } from '../users/user.entity';

/**
 * A household (户) as its members declare it when they register as unemployed (issue 14): identified by its head's
 * identity number (keyed hash only: the platform never needs the head's number back), with the working-age members and
 * how many of them had a job. Whether it is a zero-employment household (零就业家庭) is computed from these and the
 * members' registrations (libs/domain isZeroEmploymentHousehold), never stored.
 */
@Entity('households')
@Index('uq_households_head_id_number_hash', ['headIdNumberHash'], { unique: true })
@Index('ix_households_region', ['regionCode'])
export class HouseholdEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_households' })
  id: string;

  /** The county where its latest member registered. */
  @ForeignKey(() => RegionEntity, { name: 'fk_households_region_code' })
  @Column({ type: 'varchar', length: 9 })
  regionCode: string;

  /** HMAC-SHA256 of the head's normalised identity number (PiiCipher.blindIndex). */
  @Column({ type: 'char', length: 64 })
  headIdNumberHash: string;

  @Column({ type: 'varchar', length: 18 })
  headIdNumberMasked: string;

  /** 户主姓名 */
  @Column({ type: 'varchar', length: 40 })
  headName: string;

  /** Working-age members, registrants included, as the latest registration declared. */
  @Column({ type: 'smallint' })
  workingAgeMembers: number;

  /** Members with a job when the latest registration was made (the registrant not among them). */
  @Column({ type: 'smallint' })
  declaredEmployedMembers: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * An online unemployment registration (失业登记, 000 §23, 004 §18) with the facts the subsidy rules need. ACTIVE until the
 * person is employed; at most one ACTIVE per account and per identity number. The identity number is stored like the
 * labour profile's: AES-256-GCM ciphertext, keyed hash and mask.
 */
@Entity('unemployment_registrations')
@Index('uq_unemployment_registrations_active_user', ['userId'], { unique: true, where: `"status" = 'ACTIVE'` })
@Index('uq_unemployment_registrations_active_id_number', ['idNumberHash'], { unique: true, where: `"status" = 'ACTIVE'` })
@Index('uq_unemployment_registrations_idempotency', ['userId', 'idempotencyKey'], {
  unique: true,
  where: `"idempotency_key" IS NOT NULL`,
})
@Index('ix_unemployment_registrations_region_status', ['regionCode', 'status'])
@Index('ix_unemployment_registrations_household', ['householdId'])
export class UnemploymentRegistrationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_unemployment_registrations' })
  id: string;

  @ForeignKey(() => UserEntity, { onDelete: 'CASCADE', name: 'fk_unemployment_registrations_user_id' })
  @Column({ type: 'uuid' })
  userId: string;

  @ForeignKey('JobSeekerProfileEntity', { onDelete: 'CASCADE', name: 'fk_unemployment_registrations_seeker_profile_id' })
  @Column({ type: 'uuid' })
  seekerProfileId: string;

  /** The county where the person registered (常住地, 004 §18). */
  @ForeignKey(() => RegionEntity, { name: 'fk_unemployment_registrations_region_code' })
  @Column({ type: 'varchar', length: 9 })
  regionCode: string;

  /** China calendar date of the registration. */
  @Column({ type: 'date' })
  registeredOn: string;

  @Column({ type: 'varchar', length: 24 })
  reason: UnemploymentReason;

  @Column({ type: 'varchar', length: 100, nullable: true })
  lastEmployerName: string | null;

  /** `YYYY-MM` */
  @Column({ type: 'varchar', length: 7, nullable: true })
  lastJobEndedMonth: string | null;

  @Column({ type: 'boolean' })
  wantsJob: boolean;

  /** The profile's difficulty groups when registering (libs/domain difficultyCategories). */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  difficultyCategories: PriorityGroup[];

  @Column({ type: 'text' })
  idNumberEncrypted: string;

  @Column({ type: 'char', length: 64 })
  idNumberHash: string;

  @Column({ type: 'varchar', length: 18 })
  idNumberMasked: string;

  @ForeignKey(() => HouseholdEntity, { name: 'fk_unemployment_registrations_household_id' })
  @Column({ type: 'uuid' })
  householdId: string;

  @Column({ type: 'varchar', length: 8, default: UnemploymentRegistrationStatus.ACTIVE })
  status: UnemploymentRegistrationStatus;

  @Column({ type: 'varchar', length: 16, nullable: true })
  closedReason: RegistrationCloseReason | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  /** The hire that ended it, when it was one on the platform. */
  @ForeignKey('ApplicationEntity', { onDelete: 'SET NULL', name: 'fk_unemployment_registrations_closed_by_application_id' })
  @Column({ type: 'uuid', nullable: true })
  closedByApplicationId: string | null;

  /** A retried registration (double tap) returns the first one made with this key. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  idempotencyKey: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/**
 * One person on the bureau's caseload (帮扶台账, 001 §22 "一对一"跟踪服务): opened by a registration (UNEMPLOYED) or by the
 * sweep for a difficulty-group seeker without a hire (DIFFICULTY). At most one OPEN case per person; followed up
 * monthly; closed as EMPLOYED by a hire on the platform or an officer's follow-up.
 */
@Entity('support_cases')
@Index('uq_support_cases_open_profile', ['seekerProfileId'], { unique: true, where: `"status" = 'OPEN'` })
@Index('ix_support_cases_region_status_due', ['regionCode', 'status', 'nextFollowUpDue'])
@Index('ix_support_cases_profile', ['seekerProfileId', 'createdAt'])
export class SupportCaseEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_support_cases' })
  id: string;

  @ForeignKey('JobSeekerProfileEntity', { onDelete: 'CASCADE', name: 'fk_support_cases_seeker_profile_id' })
  @Column({ type: 'uuid' })
  seekerProfileId: string;

  @ForeignKey(() => UserEntity, { onDelete: 'CASCADE', name: 'fk_support_cases_user_id' })
  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'varchar', length: 12 })
  kind: SupportCaseKind;

  /** The county whose officers follow the person up: the registration's, else the profile's residence (or hukou). */
  @ForeignKey(() => RegionEntity, { name: 'fk_support_cases_region_code' })
  @Column({ type: 'varchar', length: 9 })
  regionCode: string;

  @ForeignKey(() => UnemploymentRegistrationEntity, { onDelete: 'SET NULL', name: 'fk_support_cases_registration_id' })
  @Column({ type: 'uuid', nullable: true })
  registrationId: string | null;

  @Column({ type: 'date' })
  openedOn: string;

  /** The last follow-up that reached the person. */
  @Column({ type: 'date', nullable: true })
  lastContactOn: string | null;

  @Column({ type: 'date' })
  nextFollowUpDue: string;

  @Column({ type: 'varchar', length: 8, default: SupportCaseStatus.OPEN })
  status: SupportCaseStatus;

  /** The latest follow-up's outcome while open; EMPLOYED once closed. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  outcome: FollowUpOutcome | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  /** The application that employed the person, when the case closed on a hire on the platform. */
  @ForeignKey('ApplicationEntity', { onDelete: 'SET NULL', name: 'fk_support_cases_employed_by_application_id' })
  @Column({ type: 'uuid', nullable: true })
  employedByApplicationId: string | null;

  /** When the case opened, to the instant: a hire after it closes the case. */
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** One contact an officer made with a person on the caseload, and what it found. */
@Entity('support_follow_ups')
@Index('ix_support_follow_ups_case', ['caseId', 'contactedOn'])
@Index('uq_support_follow_ups_idempotency', ['officerUserId', 'idempotencyKey'], {
  unique: true,
  where: `"idempotency_key" IS NOT NULL`,
})
export class SupportFollowUpEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_support_follow_ups' })
  id: string;

  @ForeignKey(() => SupportCaseEntity, { onDelete: 'CASCADE', name: 'fk_support_follow_ups_case_id' })
  @Column({ type: 'uuid' })
  caseId: string;

  @ForeignKey(() => UserEntity, { name: 'fk_support_follow_ups_officer_user_id' })
  @Column({ type: 'uuid' })
  officerUserId: string;

  /** The officer's name at the time. */
  @Column({ type: 'varchar', length: 60 })
  officerName: string;

  @Column({ type: 'date' })
  contactedOn: string;

  @Column({ type: 'varchar', length: 8 })
  channel: FollowUpChannel;

  @Column({ type: 'varchar', length: 500 })
  note: string;

  @Column({ type: 'varchar', length: 16 })
  outcome: FollowUpOutcome;

  @Column({ type: 'uuid', array: true, default: () => `'{}'` })
  recommendedJobPostingIds: string[];

  @Column({ type: 'uuid', array: true, default: () => `'{}'` })
  recommendedFairIds: string[];

  /** A retried submission (double tap) returns the officer's first follow-up with this key. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  idempotencyKey: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
