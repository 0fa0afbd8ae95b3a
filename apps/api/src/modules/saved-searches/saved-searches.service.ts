import { ErrorCode } from '@jobbridge/contracts';
import type { SearchEngine } from '@jobbridge/search';
import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { TypedEmitter } from '../../common/events/typed-emitter';
import { DataSource, In, IsNull } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError, forbidden } from '../../common/errors/app-error';
import { JobSearchInput } from '../search/dto/job-search.input';
import { SEARCH_ENGINE } from '../search-index/search-engine.provider';
import { SearchSyncWorker } from '../search-index/search-sync.worker';
import { SearchService } from '../search/search.service';
import { SavedSearchEntity, SearchAlertEntity } from './saved-search.entity';

export const MAX_SAVED_SEARCHES = 20;
const PAGE = 500;

/** Emitted per alert created: { userId, alertId, jobPostingId, savedSearchName }. */
export interface AlertCreated {
  userId: string;
  alertId: string;
  jobPostingId: string;
  savedSearchName: string;
}

/**
 * Criteria as stored and compared: no empty values, no facets (they shape a result page, not which jobs match), lists
 * sorted; PostgreSQL's jsonb equality then ignores key order.
 */
export function canonicalCriteria(criteria: JobSearchInput): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(JSON.parse(JSON.stringify(criteria)) as Record<string, unknown>)) {
    if (key === 'facets' || value === null || value === undefined || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length) out[key] = [...value].sort();
    } else out[key] = typeof value === 'string' ? value.trim() : value;
  }
  return out;
}

/**
 * Saved searches and their alerts. After each indexed batch, every saved search is re-run restricted to the postings
 * just indexed; a posting published after the search was saved raises one alert per search (unique), pushed live.
 */

export type SavedSearchesEvents = { 'alert.created': [AlertCreated] };

@Injectable()
export class SavedSearchesService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(SavedSearchesService.name);
  readonly events = new TypedEmitter<SavedSearchesEvents>();
  private readonly onIndexed = (ids: string[]) => this.matchIndexed(ids);

  constructor(
    private readonly ds: DataSource,
    private readonly search: SearchService,
    private readonly sync: SearchSyncWorker,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
  ) {}

  onModuleInit(): void {
    this.sync.events.on('indexed', this.onIndexed);
  }

  onModuleDestroy(): void {
    this.sync.events.off('indexed', this.onIndexed);
  }

  async save(user: AuthUser, name: string, criteria: JobSearchInput): Promise<SavedSearchEntity> {
    await this.search.toEngineQuery(criteria, 'criteria'); // same validation as a search
    const canonical = canonicalCriteria(criteria);
    return this.ds.transaction(async (em) => {
      // One save at a time per seeker, so a double tap cannot insert the same search twice.
      await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`saved-search:${user.id}`]);
      const repo = em.getRepository(SavedSearchEntity);
      // The same criteria saved again (under any name) is the search already saved: answered as it is.
      const same = await repo
        .createQueryBuilder('s')
        .where('s.user_id = :user', { user: user.id })
        .andWhere('s.criteria = :c::jsonb', { c: JSON.stringify(canonical) })
        .getOne();
      if (same) return same;
      if ((await repo.count({ where: { userId: user.id } })) >= MAX_SAVED_SEARCHES) {
        throw new AppError(ErrorCode.VALIDATION_FAILED, `最多保存${MAX_SAVED_SEARCHES}个搜索，请先删除不用的`, 'name');
      }
      return repo.save(repo.create({ userId: user.id, name: name.trim(), criteria: canonical }));
    });
  }

  list(user: AuthUser): Promise<SavedSearchEntity[]> {
    return this.ds.getRepository(SavedSearchEntity).find({ where: { userId: user.id }, order: { createdAt: 'DESC' } });
  }

  async remove(user: AuthUser, id: string): Promise<boolean> {
    const found = await this.ds.getRepository(SavedSearchEntity).findOneBy({ id });
    if (!found || found.userId !== user.id) throw forbidden();
    await this.ds.getRepository(SavedSearchEntity).delete({ id });
    return true;
  }

  alerts(user: AuthUser, unreadOnly: boolean, first: number) {
    return this.ds.getRepository(SearchAlertEntity).find({
      where: { userId: user.id, ...(unreadOnly ? { readAt: IsNull() } : {}) },
      relations: { savedSearch: true, jobPosting: true },
      order: { createdAt: 'DESC' },
      take: first,
    });
  }

  async markRead(user: AuthUser, ids: string[]): Promise<number> {
    if (!ids.length) return 0;
    const result = await this.ds
      .getRepository(SearchAlertEntity)
      .update({ id: In(ids), userId: user.id, readAt: IsNull() }, { readAt: new Date() });
    return result.affected ?? 0;
  }

  /** Runs every saved search against the postings just indexed and records the alerts. */
  async matchIndexed(postingIds: string[]): Promise<number> {
    let created = 0;
    for (let offset = 0; ; offset += PAGE) {
      const searches = await this.ds.getRepository(SavedSearchEntity).find({ order: { id: 'ASC' }, skip: offset, take: PAGE });
      // Alerts respect local-first windows as search does: each search runs as its owner would see it.
      const hukou = new Map<string, string | null>(
        searches.length
          ? (
              await this.ds.query(`SELECT user_id, hukou_region_code FROM job_seeker_profiles WHERE user_id = ANY($1::uuid[])`, [
                searches.map((s) => s.userId),
              ])
            ).map((r: { user_id: string; hukou_region_code: string | null }) => [r.user_id, r.hukou_region_code])
          : [],
      );
      for (const s of searches) {
        try {
          const query = await this.search.toEngineQuery(s.criteria as JobSearchInput, 'criteria');
          const hits = await this.engine.searchJobs({
            ...query,
            viewerHukouRegionCode: hukou.get(s.userId) ?? null,
            facets: undefined,
            highlight: false,
            ids: postingIds,
            offset: 0,
            limit: postingIds.length,
            withTotal: false,
          });
          if (!hits.hits.length) continue;
          const rows: { id: string; job_posting_id: string }[] = await this.ds.query(
            `INSERT INTO search_alerts (user_id, saved_search_id, job_posting_id)
             SELECT $1, $2, j.id FROM job_postings j WHERE j.id = ANY($3::uuid[]) AND j.published_at >= $4
             ON CONFLICT ON CONSTRAINT uq_search_alerts_search_posting DO NOTHING RETURNING id, job_posting_id`,
            [s.userId, s.id, hits.hits.map((h) => h.id), s.createdAt],
          );
          created += rows.length;
          for (const r of rows) {
            const event: AlertCreated = { userId: s.userId, alertId: r.id, jobPostingId: r.job_posting_id, savedSearchName: s.name };
            this.events.emit('alert.created', event);
          }
        } catch (e) {
          this.logger.warn(`saved search ${s.id} not matched: ${(e as Error).message}`);
        }
      }
      if (searches.length < PAGE) return created;
    }
  }
}
