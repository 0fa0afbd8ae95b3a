import { SearchEngine, SearchUnavailableError } from '@jobbridge/search';

/**
 * Wraps a real engine; while `down` is true every call fails as an unreachable engine would. For testing outages:
 * writes must still succeed, searches must answer SEARCH_UNAVAILABLE, and the index must catch up afterwards.
 */
export class SwitchableEngine implements SearchEngine {
  down = false;
  constructor(private readonly inner: SearchEngine) {}
  get name() {
    return this.inner.name;
  }
  private guard<T>(call: () => Promise<T>): Promise<T> {
    return this.down ? Promise.reject(new SearchUnavailableError('simulated outage')) : call();
  }
  ensureSetup = () => this.guard(() => this.inner.ensureSetup());
  upsertJobs: SearchEngine['upsertJobs'] = (docs) => this.guard(() => this.inner.upsertJobs(docs));
  removeJobs: SearchEngine['removeJobs'] = (ids) => this.guard(() => this.inner.removeJobs(ids));
  clearJobs = () => this.guard(() => this.inner.clearJobs());
  searchJobs: SearchEngine['searchJobs'] = (q) => this.guard(() => this.inner.searchJobs(q));
  isHealthy = () => (this.down ? Promise.resolve(false) : this.inner.isHealthy());
}
