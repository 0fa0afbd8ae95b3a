import type { SearchEngine } from '@jobbridge/search';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { TypedEmitter } from '../../common/events/typed-emitter';
import { DataSource } from 'typeorm';
import { loadJobDocuments } from './job-documents';
import { OutboxTopic } from './outbox';
import { SEARCH_ENGINE } from './search-engine.provider';

const BATCH = 200;
const MAX_BACKOFF_SECONDS = 300;

export interface SyncOptions {
  /** How often to look for work when not nudged (ms). 0 turns the loop off (tests drain by hand). */
  pollMs: number;
}
export const SYNC_OPTIONS = Symbol('SYNC_OPTIONS');

/**
 * Drains the outbox into the search engine. Batches are claimed with FOR UPDATE SKIP LOCKED, so several API
 * processes can run it side by side; a failed batch is retried with exponential backoff (1 s, 2 s, 4 s … 5 min), and
 * the events stay until the engine has taken them, so an outage delays the index and loses nothing.
 */

/** `indexed`: postings the engine has just taken (listeners may be async; the worker awaits them in turn). */
export type SearchSyncEvents = { indexed: [jobPostingIds: string[]] };

@Injectable()
export class SearchSyncWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SearchSyncWorker.name);
  /** `indexed` (ids of published postings now searchable), emitted after each committed batch. */
  readonly events = new TypedEmitter<SearchSyncEvents>();
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;
  private again = false;
  private stopped = false;

  constructor(
    private readonly ds: DataSource,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    @Inject(SYNC_OPTIONS) private readonly options: SyncOptions,
  ) {}

  onApplicationBootstrap(): void {
    if (this.options.pollMs > 0) this.timer = setInterval(() => this.nudge(), this.options.pollMs);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** Asks for a pass soon (after a commit that wrote outbox rows). Never throws. */
  nudge(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.processAvailable()
      .catch((e) => {
        this.logger.warn(`search sync pass failed: ${(e as Error).message}`);
        return 0;
      })
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.nudge();
        }
      });
  }

  /** Processes batches until nothing is due and no pass is running; returns how many events were taken. For tests. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      while (this.running) await this.running;
      const n = await this.processAvailable();
      total += n;
      if (n === 0 && !this.running) return total;
    }
  }

  /** Events waiting (due now or later), for health and tests. */
  async pending(): Promise<number> {
    const [{ n }] = await this.ds.query(`SELECT count(*)::int AS n FROM outbox_events WHERE processed_at IS NULL`);
    return n;
  }

  private async processAvailable(): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await this.processBatch();
      total += n;
      if (n < BATCH || this.stopped) return total;
    }
  }

  /** Listeners (saved-search alerts) run after the batch is committed; their failures never undo the sync. */
  private async announce(ids: string[]): Promise<void> {
    for (const listener of this.events.listeners('indexed') as ((ids: string[]) => Promise<void>)[]) {
      await listener(ids).catch((e) => this.logger.warn(`after-index listener failed: ${(e as Error).message}`));
    }
  }

  private async processBatch(): Promise<number> {
    const qr = this.ds.createQueryRunner();
    await qr.connect();
    await qr.startTransaction();
    try {
      const events: { id: string; topic: string; aggregate_id: string; attempts: number }[] = await qr.query(
        `SELECT id, topic, aggregate_id, attempts FROM outbox_events
         WHERE processed_at IS NULL AND available_at <= now() ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
      );
      if (!events.length) {
        await qr.commitTransaction();
        return 0;
      }
      const ids = events.map((e) => e.id);
      let indexed: string[] = [];
      try {
        const postingIds = new Set(events.filter((e) => e.topic === OutboxTopic.JOB_POSTING_CHANGED).map((e) => e.aggregate_id));
        const employerIds = events.filter((e) => e.topic === OutboxTopic.EMPLOYER_CHANGED).map((e) => e.aggregate_id);
        if (employerIds.length) {
          const rows: { id: string }[] = await qr.query(`SELECT id FROM job_postings WHERE employer_id = ANY($1::uuid[])`, [employerIds]);
          rows.forEach((r) => postingIds.add(r.id));
        }
        const { upsert, remove } = await loadJobDocuments(qr.manager, [...postingIds]);
        await this.engine.upsertJobs(upsert);
        indexed = upsert.map((d) => d.id);
        await this.engine.removeJobs(remove);
        await qr.query(`UPDATE outbox_events SET processed_at = now() WHERE id = ANY($1::bigint[])`, [ids]);
      } catch (e) {
        const attempts = Math.max(...events.map((ev) => ev.attempts)) + 1;
        const delay = Math.min(2 ** (attempts - 1), MAX_BACKOFF_SECONDS);
        await qr.query(
          `UPDATE outbox_events SET attempts = attempts + 1, last_error = $2, available_at = now() + make_interval(secs => $3) WHERE id = ANY($1::bigint[])`,
          [ids, String((e as Error).message).slice(0, 500), delay],
        );
        this.logger.warn(`search sync: ${events.length} events deferred ${delay}s (attempt ${attempts}): ${(e as Error).message}`);
        await qr.commitTransaction();
        return 0;
      }
      await qr.commitTransaction();
      if (indexed.length) await this.announce(indexed);
      return events.length;
    } catch (e) {
      await qr.rollbackTransaction().catch(() => undefined);
      throw e;
    } finally {
      await qr.release();
    }
  }
}
