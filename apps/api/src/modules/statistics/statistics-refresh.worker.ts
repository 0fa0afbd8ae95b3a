import { chinaCalendarDate, formatIsoDate } from '@jobbridge/domain';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { inBackground } from '../../common/database/background';
import { RegionStatsRefreshEntity } from './region-stats.entity';
import { StatisticsRollup } from './statistics-rollup';

export interface StatsRefreshOptions {
  /** How often a background pass refreshes the days that changed (ms); 0: no timer (queries over today still refresh it). */
  pollMs: number;
  /** A query that covers today refreshes today first when its figures are older than this (ms). */
  todayMaxAgeMs: number;
}
export const STATS_REFRESH_OPTIONS = Symbol('STATS_REFRESH_OPTIONS');

/** One refresh at a time across every API process (a transaction-scoped advisory lock). */
const LOCK = `hashtextextended('jobbridge:region-stats-refresh', 0)`;
/** Rows committed a little after the pass began can carry an earlier updated_at (now() is the transaction's start). */
const OVERLAP_MS = 10 * 60_000;
/** The whole rollup is rebuilt once a day, which also takes in deletions (a change pass sees only rows that exist). */
const FULL_EVERY_MS = 24 * 3_600_000;
/** The first background pass, soon after start (catching up with what changed while no process ran). */
const FIRST_PASS_DELAY_MS = 5_000;

export type RefreshKind = 'full' | 'changes' | 'skipped';
export interface RefreshResult {
  kind: RefreshKind;
  /** The days rebuilt (null: all of them). */
  days: string[] | null;
  ms: number;
}

const chinaToday = (now = new Date()) => formatIsoDate(chinaCalendarDate(now));

/**
 * Keeps the regional-statistics rollup current (ADR 0017). A pass, under one advisory lock for all processes:
 * - the first ever, or a day after the last: rebuilds every day (INSERT … SELECT … GROUP BY over the source tables);
 * - otherwise: rebuilds the days whose facts changed since the last pass (rows with a later updated_at, with an
 *   overlap for transactions that committed late), and today.
 * Queries that cover today call `ensureTodayFresh`, which rebuilds today when its figures are older than
 * `todayMaxAgeMs`; concurrent callers wait for the one refresh instead of each running their own.
 */
@Injectable()
export class StatisticsRefreshWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(StatisticsRefreshWorker.name);
  private timers: NodeJS.Timeout[] = [];
  private running?: Promise<RefreshResult>;
  private todayRefresh?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly ds: DataSource,
    @Inject(STATS_REFRESH_OPTIONS) private readonly options: StatsRefreshOptions,
  ) {}

  onApplicationBootstrap(): void {
    if (this.options.pollMs <= 0) return;
    const pass = () => void this.runOnce().catch((e) => this.logger.warn(`statistics refresh failed: ${(e as Error).message}`));
    this.timers.push(setTimeout(pass, Math.min(FIRST_PASS_DELAY_MS, this.options.pollMs)), setInterval(pass, this.options.pollMs));
    this.timers.forEach((t) => t.unref());
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.timers.forEach((t) => clearTimeout(t));
    await Promise.allSettled([this.running, this.todayRefresh]);
  }

  /**
   * One background pass: a full rebuild when due, else the changed days and today. Skipped (kind 'skipped') while
   * another process is refreshing. Never overlaps itself in this process.
   */
  runOnce(now = new Date()): Promise<RefreshResult> {
    if (this.stopped) return Promise.resolve({ kind: 'skipped', days: [], ms: 0 });
    this.running ??= inBackground(() => this.pass(false, now)).finally(() => (this.running = undefined));
    return this.running;
  }

  /** Rebuilds every day now, waiting for any refresh in progress (the benchmark, an operator). */
  async refreshAll(now = new Date()): Promise<RefreshResult> {
    await this.running?.catch(() => undefined);
    return inBackground(() => this.pass(true, now));
  }

  /**
   * After a full rebuild every row is new: VACUUM marks the pages all-visible, so queries read the covering indexes
   * alone (index-only scans) instead of visiting the table; ANALYZE gives the planner the new sizes.
   */
  private async vacuum(): Promise<void> {
    for (const table of ['region_daily_stats', 'region_daily_hire_days'])
      await this.ds.query(`VACUUM (ANALYZE) ${table}`).catch((e) => this.logger.warn(`VACUUM ${table}: ${(e as Error).message}`));
  }

  /** Rebuilds today's figures when they are older than `todayMaxAgeMs` (or missing). For queries that cover today. */
  async ensureTodayFresh(now = new Date()): Promise<void> {
    if (await this.todayIsFresh(this.ds.manager, now)) return;
    this.todayRefresh ??= inBackground(() => this.refreshToday(now)).finally(() => (this.todayRefresh = undefined));
    await this.todayRefresh;
  }

  /** When the figures were last refreshed: today's (for a range that covers today) or the last pass's. */
  async refreshedAt(includesToday: boolean): Promise<Date | null> {
    const state = await this.ds.getRepository(RegionStatsRefreshEntity).findOneBy({ id: 1 });
    if (!state) return null;
    const times = [state.changesSeenUntil, includesToday ? state.todayRefreshedAt : null].filter((d): d is Date => !!d);
    return times.length ? new Date(Math.min(...times.map((d) => d.getTime()))) : null;
  }

  private async todayIsFresh(em: EntityManager, now: Date): Promise<boolean> {
    const state = await em.getRepository(RegionStatsRefreshEntity).findOneBy({ id: 1 });
    return (
      !!state?.todayRefreshedAt &&
      state.today === chinaToday(now) &&
      now.getTime() - state.todayRefreshedAt.getTime() < this.options.todayMaxAgeMs
    );
  }

  private async refreshToday(now: Date): Promise<void> {
    await this.ds.transaction(async (em) => {
      await em.query(`SELECT pg_advisory_xact_lock(${LOCK})`);
      // Another process may have refreshed today while this one waited for the lock.
      if (await this.todayIsFresh(em, new Date())) return;
      const started = await this.clock(em);
      const today = chinaToday(now);
      await StatisticsRollup.rebuild(em, [today], [today], today);
      await em.query(`UPDATE region_stats_refresh SET today = $1, today_refreshed_at = $2 WHERE id = 1`, [today, started]);
    });
  }

  private async pass(full: boolean, now: Date): Promise<RefreshResult> {
    const result = await this.rebuildPass(full, now);
    if (result.kind === 'full') await this.vacuum();
    return result;
  }

  private async rebuildPass(full: boolean, now: Date): Promise<RefreshResult> {
    const began = Date.now();
    return this.ds.transaction(async (em) => {
      const [{ locked }]: { locked: boolean }[] = await em.query(
        full ? `SELECT pg_advisory_xact_lock(${LOCK}) IS NOT NULL AS locked` : `SELECT pg_try_advisory_xact_lock(${LOCK}) AS locked`,
      );
      if (!locked) return { kind: 'skipped' as const, days: [], ms: 0 };
      const started = await this.clock(em);
      const state = await em.getRepository(RegionStatsRefreshEntity).findOneBy({ id: 1 });
      const today = chinaToday(now);
      const fullDue =
        full || !state?.changesSeenUntil || !state.fullRefreshAt || started.getTime() - state.fullRefreshAt.getTime() >= FULL_EVERY_MS;
      let days: string[] | null = null;
      let projectDays: string[] | null = null;
      if (!fullDue) {
        const since = new Date(state!.changesSeenUntil!.getTime() - OVERLAP_MS);
        days = [...new Set([...(await StatisticsRollup.changedDays(em, since)), today])].sort();
        projectDays = [...new Set([...(await StatisticsRollup.changedProjectDays(em, since, today)), today])].sort();
      }
      await StatisticsRollup.rebuild(em, days, projectDays, today);
      await em.query(
        `INSERT INTO region_stats_refresh (id, changes_seen_until, full_refresh_at, today, today_refreshed_at)
         VALUES (1, $1, $2, $3, $1)
         ON CONFLICT (id) DO UPDATE SET changes_seen_until = $1, today = $3, today_refreshed_at = $1,
           full_refresh_at = coalesce($2, region_stats_refresh.full_refresh_at)`,
        [started, days === null ? started : null, today],
      );
      const result = { kind: days === null ? ('full' as const) : ('changes' as const), days, ms: Date.now() - began };
      if (days === null || days.length > 1)
        this.logger.log(`statistics: ${result.kind} refresh, ${days?.length ?? 'all'} days, ${result.ms} ms`);
      return result;
    });
  }

  private async clock(em: EntityManager): Promise<Date> {
    const [{ t }]: { t: Date }[] = await em.query(`SELECT clock_timestamp() AS t`);
    return t;
  }
}
