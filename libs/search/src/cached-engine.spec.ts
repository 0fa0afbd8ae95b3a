import { CachedSearchEngine } from './cached-engine';
import { JobDocument, JobSearchQuery, JobSearchResult, SearchEngine, SearchUnavailableError } from './search-port';

/** A promise resolved (or rejected) by hand, so a test decides when a slow call finishes. */
function deferred<T = void>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/**
 * An engine that counts its calls and answers each search with a fresh result naming the call that produced it
 * (`hits[0].id` = `call-N`), so a test can tell a shared answer from a new one. It can be made to fail, and its
 * searches and writes can be held until the test releases them.
 */
class FakeEngine implements SearchEngine {
  name: SearchEngine['name'] = 'postgres';
  readonly searches: JobSearchQuery[] = [];
  readonly writes: string[] = [];
  fail = false;
  healthy = true;
  setups = 0;
  /** When set, the next searches wait for it before answering. */
  holdSearches?: Promise<void>;
  /** When set, the next writes wait for it before finishing. */
  holdWrites?: Promise<void>;

  async ensureSetup(): Promise<void> {
    this.setups++;
  }

  async isHealthy(): Promise<boolean> {
    return this.healthy;
  }

  async upsertJobs(docs: JobDocument[]): Promise<void> {
    this.writes.push(`upsert:${docs.map((d) => d.id).join(',')}`);
    await this.holdWrites;
  }

  async removeJobs(ids: string[]): Promise<void> {
    this.writes.push(`remove:${ids.join(',')}`);
    await this.holdWrites;
  }

  async clearJobs(): Promise<void> {
    this.writes.push('clear');
    await this.holdWrites;
  }

  async searchJobs(query: JobSearchQuery): Promise<JobSearchResult> {
    this.searches.push(query);
    const call = this.searches.length;
    const fail = this.fail;
    await this.holdSearches;
    if (fail) throw new SearchUnavailableError(`call ${call} failed`);
    return { total: 1, hits: [{ id: `call-${call}` }], facets: {} };
  }
}

const q = (overrides: Partial<JobSearchQuery> = {}): JobSearchQuery => ({ keyword: '电焊', offset: 0, limit: 20, ...overrides });
const callOf = (r: JobSearchResult) => r.hits[0].id;

const doc = (id: string): JobDocument => ({
  id,
  title: '电焊工',
  description: '负责钢结构焊接作业',
  occupation: '电焊工',
  skills: ['电焊'],
  employerId: 'e1',
  employerName: '临夏测试用工单位',
  industry: '建筑业',
  kind: 'FULL_TIME' as JobDocument['kind'],
  payMin: 6000,
  payMax: 9000,
  regionCode: '622921',
  lat: null,
  lng: null,
  publishedAt: '2026-01-01T00:00:00.000Z',
  projectId: null,
  localScopePrefix: null,
  localOnlyUntil: null,
  dormitory: null,
  meals: null,
  socialInsurance: null,
});

describe('CachedSearchEngine', () => {
  let inner: FakeEngine;
  let clock: number;
  const now = () => clock;
  const make = (options: { ttlMs?: number; maxEntries?: number } = {}) => new CachedSearchEngine(inner, { ttlMs: 1000, now, ...options });

  beforeEach(() => {
    inner = new FakeEngine();
    clock = 1_000_000;
  });

  describe('sharing answers', () => {
    it('answers identical queries within the ttl from one engine call', async () => {
      const cache = make();
      const first = await cache.searchJobs(q());
      clock += 500;
      const second = await cache.searchJobs(q());
      clock += 499;
      const third = await cache.searchJobs(q());
      expect(inner.searches).toHaveLength(1);
      expect(callOf(first)).toBe('call-1');
      expect(second).toBe(first);
      expect(third).toBe(first);
    });

    it('shares one promise between identical searches in flight at the same moment', async () => {
      const cache = make();
      const gate = deferred();
      inner.holdSearches = gate.promise;
      const a = cache.searchJobs(q());
      const b = cache.searchJobs(q());
      const c = cache.searchJobs(q());
      expect(b).toBe(a);
      expect(c).toBe(a);
      expect(inner.searches).toHaveLength(1);
      gate.resolve();
      const [ra, rb, rc] = await Promise.all([a, b, c]);
      expect(callOf(ra)).toBe('call-1');
      expect(rb).toBe(ra);
      expect(rc).toBe(ra);
      expect(inner.searches).toHaveLength(1);
    });

    it('asks the engine again once the ttl has passed', async () => {
      const cache = make({ ttlMs: 1000 });
      expect(callOf(await cache.searchJobs(q()))).toBe('call-1');
      clock += 1001; // older than the ttl
      expect(callOf(await cache.searchJobs(q()))).toBe('call-2');
      // The new answer is then the one shared, for a full ttl from when it was asked.
      clock += 999;
      expect(callOf(await cache.searchJobs(q()))).toBe('call-2');
      expect(inner.searches).toHaveLength(2);
    });

    it('keeps different queries apart', async () => {
      const cache = make();
      const variants = [
        q(),
        q({ keyword: '拉面' }),
        q({ offset: 20 }),
        q({ limit: 10 }),
        q({ regionCode: '622921' }),
        q({ near: { lat: 35.6, lng: 103.2, radiusKm: 30 } }),
        q({ near: { lat: 35.6, lng: 103.2, radiusKm: 31 } }),
        q({ facets: ['kind'] }),
        q({ viewerHukouRegionCode: '622921' }),
        q({ collapseDuplicates: true }),
      ];
      const answers = [];
      for (const v of variants) answers.push(callOf(await cache.searchJobs(v)));
      expect(answers).toEqual(variants.map((_, i) => `call-${i + 1}`));
      expect(inner.searches).toEqual(variants);
      // Each is then remembered on its own.
      for (const [i, v] of variants.entries()) expect(callOf(await cache.searchJobs(v))).toBe(`call-${i + 1}`);
      expect(inner.searches).toHaveLength(variants.length);
    });

    it('passes the query to the engine unchanged', async () => {
      const cache = make();
      const query = q({ kinds: ['FULL_TIME' as never], payMin: 3000, sort: 'NEWEST', highlight: true });
      await cache.searchJobs(query);
      expect(inner.searches[0]).toBe(query);
    });
  });

  describe('not cached', () => {
    it('never caches with ttlMs 0', async () => {
      const cache = make({ ttlMs: 0 });
      expect(cache.ttlMs).toBe(0);
      const answers = [];
      for (let i = 0; i < 3; i++) answers.push(callOf(await cache.searchJobs(q())));
      expect(answers).toEqual(['call-1', 'call-2', 'call-3']);
      expect(cache.stats).toEqual({ hits: 0, misses: 0 });
    });

    it('never shares searches in flight with ttlMs 0', async () => {
      const cache = make({ ttlMs: 0 });
      const gate = deferred();
      inner.holdSearches = gate.promise;
      const a = cache.searchJobs(q());
      const b = cache.searchJobs(q());
      expect(b).not.toBe(a);
      gate.resolve();
      expect((await Promise.all([a, b])).map(callOf)).toEqual(['call-1', 'call-2']);
    });

    it('sends queries for given documents (ids) straight to the engine', async () => {
      const cache = make();
      const query = q({ ids: ['a', 'b'] });
      expect(callOf(await cache.searchJobs(query))).toBe('call-1');
      expect(callOf(await cache.searchJobs(query))).toBe('call-2');
      expect(callOf(await cache.searchJobs(q({ ids: ['a', 'b'] })))).toBe('call-3');
      expect(inner.searches[0]).toBe(query);
      expect(cache.stats).toEqual({ hits: 0, misses: 0 });
    });

    it('sends queries with their own clock (now) straight to the engine', async () => {
      const cache = make();
      const at = new Date('2026-03-01T00:00:00Z');
      expect(callOf(await cache.searchJobs(q({ now: at })))).toBe('call-1');
      expect(callOf(await cache.searchJobs(q({ now: at })))).toBe('call-2');
      expect(cache.stats).toEqual({ hits: 0, misses: 0 });
    });

    it('does not let a bypassing query disturb what is cached for the same criteria', async () => {
      const cache = make();
      expect(callOf(await cache.searchJobs(q()))).toBe('call-1');
      expect(callOf(await cache.searchJobs(q({ ids: ['a'] })))).toBe('call-2');
      expect(callOf(await cache.searchJobs(q({ now: new Date() })))).toBe('call-3');
      expect(callOf(await cache.searchJobs(q()))).toBe('call-1');
    });
  });

  describe('writes empty the cache', () => {
    it.each([
      ['upsertJobs', (c: CachedSearchEngine) => c.upsertJobs([doc('j1')]), 'upsert:j1'],
      ['removeJobs', (c: CachedSearchEngine) => c.removeJobs(['j1']), 'remove:j1'],
      ['clearJobs', (c: CachedSearchEngine) => c.clearJobs(), 'clear'],
    ])('%s empties the cache, passes the write on and tells the listeners', async (_name, write, expected) => {
      const cache = make();
      const heard: string[] = [];
      cache.onInvalidate(() => heard.push('a'));
      cache.onInvalidate(() => heard.push('b'));
      await cache.searchJobs(q());
      await cache.searchJobs(q({ keyword: '拉面' }));
      expect(inner.searches).toHaveLength(2);

      await write(cache);
      expect(inner.writes).toEqual([expected]);
      // Emptied before and after the write, every listener each time.
      expect(heard).toEqual(['a', 'b', 'a', 'b']);
      expect(callOf(await cache.searchJobs(q()))).toBe('call-3');
      expect(callOf(await cache.searchJobs(q({ keyword: '拉面' })))).toBe('call-4');
      // …and caches again afterwards.
      expect(callOf(await cache.searchJobs(q()))).toBe('call-3');
    });

    it('does not serve, after a slow write, an answer asked for while the write was running', async () => {
      const cache = make();
      const heard: number[] = [];
      cache.onInvalidate(() => heard.push(inner.writes.length));
      expect(callOf(await cache.searchJobs(q()))).toBe('call-1');

      const gate = deferred();
      inner.holdWrites = gate.promise;
      const writing = cache.upsertJobs([doc('j1')]);
      // Emptied as the write starts.
      expect(heard).toEqual([0]);
      expect(inner.writes).toEqual(['upsert:j1']);
      // A search during the write reads the engine (maybe the old state)…
      const during = await cache.searchJobs(q());
      expect(callOf(during)).toBe('call-2');
      // …and is shared while the write is still running.
      expect(await cache.searchJobs(q())).toBe(during);

      // Not emptied again until the write has finished.
      await Promise.resolve();
      expect(heard).toEqual([0]);
      gate.resolve();
      await writing;
      expect(heard).toEqual([0, 1]);
      // After the write, that answer is gone: the engine is asked again.
      expect(callOf(await cache.searchJobs(q()))).toBe('call-3');
    });

    it('does not serve after a write a search that was still in flight when the write finished', async () => {
      const cache = make();
      const searchGate = deferred();
      inner.holdSearches = searchGate.promise;
      const writeGate = deferred();
      inner.holdWrites = writeGate.promise;
      const writing = cache.removeJobs(['j1']);
      const during = cache.searchJobs(q());
      inner.holdSearches = undefined;
      writeGate.resolve();
      await writing;
      searchGate.resolve();
      expect(callOf(await during)).toBe('call-1');
      expect(callOf(await cache.searchJobs(q()))).toBe('call-2');
    });

    it('still empties the cache (and tells the listeners) when the write fails, and passes the failure on', async () => {
      const cache = make();
      const heard: string[] = [];
      cache.onInvalidate(() => heard.push('emptied'));
      await cache.searchJobs(q());
      const gate = deferred();
      inner.holdWrites = gate.promise;
      const writing = cache.upsertJobs([doc('j1')]);
      const during = await cache.searchJobs(q());
      expect(callOf(during)).toBe('call-2');
      gate.reject(new SearchUnavailableError('write failed'));
      await expect(writing).rejects.toThrow('write failed');
      expect(heard).toEqual(['emptied', 'emptied']);
      expect(callOf(await cache.searchJobs(q()))).toBe('call-3');
    });

    it('calls listeners on writes even when caching is off', async () => {
      const cache = make({ ttlMs: 0 });
      let heard = 0;
      cache.onInvalidate(() => heard++);
      await cache.clearJobs();
      expect(heard).toBe(2);
    });
  });

  describe('failures', () => {
    it('does not remember a failed search: the next call asks again', async () => {
      const cache = make();
      inner.fail = true;
      await expect(cache.searchJobs(q())).rejects.toBeInstanceOf(SearchUnavailableError);
      inner.fail = false;
      expect(callOf(await cache.searchJobs(q()))).toBe('call-2');
      expect(callOf(await cache.searchJobs(q()))).toBe('call-2');
      expect(inner.searches).toHaveLength(2);
    });

    it('fails every caller sharing a failing search in flight, then forgets it', async () => {
      const cache = make();
      const gate = deferred();
      inner.holdSearches = gate.promise;
      inner.fail = true;
      const a = cache.searchJobs(q());
      const b = cache.searchJobs(q());
      expect(b).toBe(a);
      inner.fail = false;
      gate.resolve();
      await expect(a).rejects.toThrow('call 1 failed');
      await expect(b).rejects.toThrow('call 1 failed');
      inner.holdSearches = undefined;
      expect(callOf(await cache.searchJobs(q()))).toBe('call-2');
    });

    it('does not drop a newer answer when an older failed search for the same query settles', async () => {
      const cache = make({ ttlMs: 1000 });
      const gate = deferred();
      inner.holdSearches = gate.promise;
      inner.fail = true;
      const failing = cache.searchJobs(q());
      // The failing entry expires; a new search for the same query replaces it and succeeds.
      clock += 1001;
      inner.fail = false;
      inner.holdSearches = undefined;
      expect(callOf(await cache.searchJobs(q()))).toBe('call-2');
      gate.resolve();
      await expect(failing).rejects.toThrow('call 1 failed');
      expect(callOf(await cache.searchJobs(q()))).toBe('call-2');
      expect(inner.searches).toHaveLength(2);
    });

    it('passes a failure of a bypassing query on, untouched', async () => {
      const cache = make();
      inner.fail = true;
      await expect(cache.searchJobs(q({ ids: ['a'] }))).rejects.toBeInstanceOf(SearchUnavailableError);
    });
  });

  describe('size', () => {
    it('evicts the least recently used answer beyond maxEntries', async () => {
      const cache = make({ maxEntries: 2 });
      const a = q({ keyword: 'a' });
      const b = q({ keyword: 'b' });
      const c = q({ keyword: 'c' });
      expect(callOf(await cache.searchJobs(a))).toBe('call-1');
      expect(callOf(await cache.searchJobs(b))).toBe('call-2');
      // Using a makes b the least recently used.
      expect(callOf(await cache.searchJobs(a))).toBe('call-1');
      expect(callOf(await cache.searchJobs(c))).toBe('call-3');
      // a and c are kept…
      expect(callOf(await cache.searchJobs(a))).toBe('call-1');
      expect(callOf(await cache.searchJobs(c))).toBe('call-3');
      expect(inner.searches).toHaveLength(3);
      // …b was evicted and is asked again (which evicts a, now the least recently used).
      expect(callOf(await cache.searchJobs(b))).toBe('call-4');
      expect(callOf(await cache.searchJobs(c))).toBe('call-3');
      expect(callOf(await cache.searchJobs(a))).toBe('call-5');
    });

    it('keeps 5000 answers by default', async () => {
      const cache = make();
      for (let i = 0; i < 5001; i++) await cache.searchJobs(q({ offset: i }));
      expect(inner.searches).toHaveLength(5001);
      // offset 0 was the oldest and went; offset 1 is still there.
      await cache.searchJobs(q({ offset: 1 }));
      expect(inner.searches).toHaveLength(5001);
      await cache.searchJobs(q({ offset: 0 }));
      expect(inner.searches).toHaveLength(5002);
    });

    it('refreshes an expired entry in place rather than keeping two', async () => {
      const cache = make({ maxEntries: 2, ttlMs: 1000 });
      await cache.searchJobs(q({ keyword: 'a' }));
      await cache.searchJobs(q({ keyword: 'b' }));
      clock += 1001;
      expect(callOf(await cache.searchJobs(q({ keyword: 'a' })))).toBe('call-3');
      expect(callOf(await cache.searchJobs(q({ keyword: 'b' })))).toBe('call-4');
      // Two entries, not three: the expired a was replaced, so neither fresh answer was evicted.
      expect(callOf(await cache.searchJobs(q({ keyword: 'a' })))).toBe('call-3');
      expect(callOf(await cache.searchJobs(q({ keyword: 'b' })))).toBe('call-4');
      expect(inner.searches).toHaveLength(4);
    });
  });

  describe('stats', () => {
    it('counts hits and misses of cacheable searches', async () => {
      const cache = make({ ttlMs: 1000 });
      expect(cache.stats).toEqual({ hits: 0, misses: 0 });
      await cache.searchJobs(q());
      await cache.searchJobs(q());
      await cache.searchJobs(q());
      await cache.searchJobs(q({ keyword: '拉面' }));
      expect(cache.stats).toEqual({ hits: 2, misses: 2 });
      clock += 1001;
      await cache.searchJobs(q());
      expect(cache.stats).toEqual({ hits: 2, misses: 3 });
      await cache.upsertJobs([doc('j1')]);
      await cache.searchJobs(q());
      expect(cache.stats).toEqual({ hits: 2, misses: 4 });
      // Shared searches in flight count as hits.
      const gate = deferred();
      inner.holdSearches = gate.promise;
      const a = cache.searchJobs(q({ keyword: '保洁' }));
      const b = cache.searchJobs(q({ keyword: '保洁' }));
      gate.resolve();
      await Promise.all([a, b]);
      expect(cache.stats).toEqual({ hits: 3, misses: 5 });
    });

    it('counts a failed search as a miss, and its retry as another', async () => {
      const cache = make();
      inner.fail = true;
      await expect(cache.searchJobs(q())).rejects.toThrow();
      inner.fail = false;
      await cache.searchJobs(q());
      expect(cache.stats).toEqual({ hits: 0, misses: 2 });
    });
  });

  describe('pass-through', () => {
    it('takes its name, setup and health from the engine', async () => {
      const cache = make();
      expect(cache.name).toBe('postgres');
      await cache.ensureSetup();
      await cache.ensureSetup();
      expect(inner.setups).toBe(2);
      expect(await cache.isHealthy()).toBe(true);
      inner.healthy = false;
      expect(await cache.isHealthy()).toBe(false);
      inner.name = 'meilisearch';
      expect(cache.name).toBe('meilisearch');
    });

    it('passes setup and health failures on', async () => {
      const cache = make();
      inner.ensureSetup = () => Promise.reject(new SearchUnavailableError('setup failed'));
      inner.isHealthy = () => Promise.reject(new Error('health failed'));
      await expect(cache.ensureSetup()).rejects.toThrow('setup failed');
      await expect(cache.isHealthy()).rejects.toThrow('health failed');
    });

    it('reports its ttl and uses the real clock when none is given', async () => {
      const cache = new CachedSearchEngine(inner, { ttlMs: 60_000 });
      expect(cache.ttlMs).toBe(60_000);
      await cache.searchJobs(q());
      await cache.searchJobs(q());
      expect(inner.searches).toHaveLength(1);
    });
  });
});
