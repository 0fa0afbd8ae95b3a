import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** The priority-group key of rollup rows that count everyone (a seeker in two groups counts once here, once in each group's rows). */
export const ALL_GROUPS = 'ALL';

/**
 * The daily rollup behind `regionStatistics` (ADR 0017): what happened on one China civil day in one region, for
 * everyone (`priority_group` = 'ALL') and for each priority group of the seekers involved. Filled only by SQL
 * (statistics-rollup.ts: INSERT … SELECT … GROUP BY over the other modules' tables, read only), never by hand.
 *
 * `region_code` is the county (a township's facts are kept at its county) for postings, applications, hires and
 * seekers, and the organiser's region (any level) for live rooms and fairs. Figures that do not concern a seeker
 * (postings, live rooms, fairs held) are only in the 'ALL' rows.
 */
@Entity('region_daily_stats')
// Created by hand in the migration: (priority_group, region_code, day) INCLUDE every figure, so a query reads the index
// alone (an index-only scan); TypeORM cannot declare INCLUDE, so it is declared here only to be kept.
@Index('ix_region_daily_stats_group_region_day', { synchronize: false })
export class RegionDailyStatsEntity {
  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'pk_region_daily_stats' })
  day: string;

  @PrimaryColumn({ type: 'varchar', length: 6, primaryKeyConstraintName: 'pk_region_daily_stats' })
  regionCode: string;

  /** A PriorityGroup, or ALL_GROUPS. */
  @PrimaryColumn({ type: 'varchar', length: 24, primaryKeyConstraintName: 'pk_region_daily_stats' })
  priorityGroup: string;

  /** Postings created (drafts included) that day, by workplace. */
  @Column({ type: 'integer', default: 0 })
  postingsOpened: number;

  @Column({ type: 'integer', default: 0 })
  postingsPublished: number;

  @Column({ type: 'integer', default: 0 })
  postingsClosed: number;

  /** Labour profiles created, by residence (hukou when no residence is given). */
  @Column({ type: 'integer', default: 0 })
  seekersRegistered: number;

  /** Applications made, by the posting's workplace. */
  @Column({ type: 'integer', default: 0 })
  applications: number;

  /** Applications moved to HIRED that day (the day of the HIRED event), by the posting's workplace. */
  @Column({ type: 'integer', default: 0 })
  hires: number;

  /** Live rooms that went on air that day. */
  @Column({ type: 'integer', default: 0 })
  liveRoomsHeld: number;

  /** Job fairs that opened (went live) that day. */
  @Column({ type: 'integer', default: 0 })
  fairsHeld: number;

  /** One-to-one fair talks that began that day, by the fair's region. */
  @Column({ type: 'integer', default: 0 })
  fairTalks: number;

  /** Fair talks closed with an agreement (达成意向) that day. */
  @Column({ type: 'integer', default: 0 })
  fairAgreements: number;

  /**
   * Hook for employment subsidies (就业补贴, issue 13 "subsidies later"): nothing records subsidies yet, so the refresh
   * writes 0. When a subsidy ledger exists, its grants per day and region go here (statistics-rollup.ts names the spot)
   * and StatsFigures gains the field.
   */
  @Column({ type: 'integer', default: 0 })
  subsidiesGranted: number;
}

/**
 * Hires by how many whole days they took from application to HIRED, per day, region and group: the histogram the
 * median time to hire is read from for any region and period (a median cannot be summed from daily medians).
 */
@Entity('region_daily_hire_days')
// (priority_group, region_code, day) INCLUDE (days_to_hire, hires), by hand in the migration, as above.
@Index('ix_region_daily_hire_days_group_region_day', { synchronize: false })
@Check('ck_region_daily_hire_days_days', `"days_to_hire" >= 0`)
export class RegionDailyHireDaysEntity {
  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'pk_region_daily_hire_days' })
  day: string;

  @PrimaryColumn({ type: 'varchar', length: 6, primaryKeyConstraintName: 'pk_region_daily_hire_days' })
  regionCode: string;

  @PrimaryColumn({ type: 'varchar', length: 24, primaryKeyConstraintName: 'pk_region_daily_hire_days' })
  priorityGroup: string;

  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'pk_region_daily_hire_days' })
  daysToHire: number;

  @Column({ type: 'integer' })
  hires: number;
}

/**
 * The 30% projects (重大项目) on each day, per county of their site: how many were under way that day and how many of
 * those were AT_RISK or in BREACH of their local-hiring threshold. A snapshot, not a count of events: a period's figure
 * is its last day's, never a sum over days.
 */
@Entity('region_daily_projects')
export class RegionDailyProjectsEntity {
  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'pk_region_daily_projects' })
  day: string;

  @PrimaryColumn({ type: 'varchar', length: 6, primaryKeyConstraintName: 'pk_region_daily_projects' })
  regionCode: string;

  @Column({ type: 'integer' })
  projects: number;

  @Column({ type: 'integer' })
  projectsAtRisk: number;

  @Column({ type: 'integer' })
  projectsInBreach: number;
}

/**
 * Where the rollup stands (one row, id 1): changes to the source tables up to `changes_seen_until` are in it; the
 * last full rebuild; and when today was last refreshed (queries that include today refresh it when it is stale).
 */
@Entity('region_stats_refresh')
@Check('ck_region_stats_refresh_single_row', `"id" = 1`)
export class RegionStatsRefreshEntity {
  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'pk_region_stats_refresh' })
  id: number;

  @Column({ type: 'timestamptz', nullable: true })
  changesSeenUntil: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  fullRefreshAt: Date | null;

  /** The China day `today_refreshed_at` refers to. */
  @Column({ type: 'date', nullable: true })
  today: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  todayRefreshedAt: Date | null;
}
