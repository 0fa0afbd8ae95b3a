import { LRUCache } from 'lru-cache';
import type { JobDocument, JobSearchQuery, JobSearchResult, SearchEngine } from './search-port';

export interface SearchCacheOptions {
  /** How long an answer is reused, in ms; 0 turns the cache off. */
  ttlMs: number;
  /** The most answers kept (the least recently used go first). */
  maxEntries?: number;
  /** The clock, for tests. */
  now?: () => number;
}

/**
 * A short-lived cache of search answers in front of any engine (ADR 0022). When a fair or a live room sends thousands
 * of people to the same few searches in the same minute, identical queries within `ttlMs` share one engine call, and
 * identical queries in flight at the same moment share it too. Writes through this engine (the sync worker's) empty
 * the cache at once; writes by another process show here within `ttlMs`. The API checks the postings of an answer
 * against the database before showing them (a withdrawn posting is not shown), so the cost of the delay is a new
 * posting appearing up to `ttlMs` later, on top of the index's own lag. (The GraphQL response cache built on this one,
 * for signed-out searches, skips that check for its own window: ADR 0022.)
 *
 * Not cached: queries for given documents (`ids`, matching saved searches) and queries with their own clock (`now`).
 */
export class CachedSearchEngine implements SearchEngine {
  private readonly entries: LRUCache<string, Promise<JobSearchResult>>;
  /** Counters for the bench and the logs. */
  readonly stats = { hits: 0, misses: 0 };
  private readonly listeners: (() => void)[] = [];

  constructor(
    private readonly inner: SearchEngine,
    private readonly options: SearchCacheOptions,
  ) {
    this.entries = new LRUCache<string, Promise<JobSearchResult>>({
      max: options.maxEntries ?? 5000,
      ttl: Math.max(options.ttlMs, 1),
      // Read the clock on every lookup (no timer-cached clock), so an answer is never reused past ttlMs.
      ttlResolution: 0,
      perf: { now: options.now ?? Date.now },
    });
  }

  /** How long answers are reused (ms); 0 = off. Caches of what is built on the answers (whole responses) use the same. */
  get ttlMs(): number {
    return this.options.ttlMs;
  }

  /** Calls `listener` whenever this cache is emptied by a write, so caches built on its answers can follow. */
  onInvalidate(listener: () => void): void {
    this.listeners.push(listener);
  }

  get name() {
    return this.inner.name;
  }

  ensureSetup(): Promise<void> {
    return this.inner.ensureSetup();
  }

  isHealthy(): Promise<boolean> {
    return this.inner.isHealthy();
  }

  upsertJobs(docs: JobDocument[]): Promise<void> {
    return this.writing(() => this.inner.upsertJobs(docs));
  }

  removeJobs(ids: string[]): Promise<void> {
    return this.writing(() => this.inner.removeJobs(ids));
  }

  clearJobs(): Promise<void> {
    return this.writing(() => this.inner.clearJobs());
  }

  searchJobs(q: JobSearchQuery): Promise<JobSearchResult> {
    if (this.options.ttlMs <= 0 || q.ids || q.now) return this.inner.searchJobs(q);
    const key = JSON.stringify(q);
    const cached = this.entries.get(key); // a stale answer is not returned; a hit becomes the most recently used
    if (cached) {
      this.stats.hits++;
      return cached;
    }
    this.stats.misses++;
    const fresh = this.inner.searchJobs(q);
    this.entries.set(key, fresh);
    // A failure is not remembered: the next search asks the engine again.
    fresh.catch(() => this.entries.peek(key) === fresh && this.entries.delete(key));
    return fresh;
  }

  /** Empties the cache before a write and again after it (a search during the write may have read the old state). */
  private async writing(write: () => Promise<void>): Promise<void> {
    this.invalidate();
    try {
      await write();
    } finally {
      this.invalidate();
    }
  }

  private invalidate(): void {
    this.entries.clear();
    for (const listener of this.listeners) listener();
  }
}
