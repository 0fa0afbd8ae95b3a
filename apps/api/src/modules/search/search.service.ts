import { ErrorCode, JobPostingStatus, JobSearchFacet, JobSearchSort, Role } from '@jobbridge/contracts';
import { JobFacet, JobSearchQuery, JobSearchResult, SearchEngine, SearchUnavailableError } from '@jobbridge/search';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError, invalid } from '../../common/errors/app-error';
import type { Loaders } from '../../common/loaders/loaders';
import { JobPostingModel } from '../jobs/dto/job-posting.model';
import { RegionsService } from '../regions/regions.service';
import { JobSearchInput, SearchJobsArgs } from './dto/job-search.input';
import { FacetCountModel, JobSearchResultModel } from './dto/job-search.model';
import { SEARCH_ENGINE } from '../search-index/search-engine.provider';
import { regionByCode } from '../regions/region.loaders';
import { jobPostingById } from '../jobs/job-posting.loaders';
import { seekerProfileByUserId } from '../job-seekers/job-seeker.loaders';

const FACETS: Record<JobSearchFacet, JobFacet> = {
  [JobSearchFacet.KIND]: 'kind',
  [JobSearchFacet.INDUSTRY]: 'industry',
  [JobSearchFacet.PAY_BAND]: 'payBand',
  [JobSearchFacet.REGION]: 'region',
  [JobSearchFacet.PROJECT]: 'project',
};

@Injectable()
export class SearchService {
  private readonly logger = new Logger(SearchService.name);

  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly regions: RegionsService,
    private readonly ds: DataSource,
  ) {}

  /**
   * Validates search criteria and turns them into an engine query (without paging). Field paths in errors start
   * with `prefix` (input for searchJobs, criteria for saved searches).
   */
  async toEngineQuery(input: JobSearchInput, prefix: string): Promise<Omit<JobSearchQuery, 'offset' | 'limit'>> {
    const keyword = input.keyword?.trim();
    if (input.keyword !== undefined && input.keyword !== null && !keyword) throw invalid(`${prefix}.keyword`, '请输入关键词');
    const region = input.regionCode ? await this.regions.require(input.regionCode, `${prefix}.regionCode`) : undefined;
    if (input.payMin != null && input.payMax != null && input.payMin > input.payMax) {
      throw new AppError(ErrorCode.PAY_RANGE_INVALID, '最低薪资不能高于最高薪资', `${prefix}.payMin`);
    }
    if (input.sort === JobSearchSort.DISTANCE && !input.near) throw invalid(`${prefix}.sort`, '按距离排序需要先选择位置');
    return {
      keyword,
      regionCode: region?.code,
      near: input.near ? { lat: input.near.lat, lng: input.near.lng, radiusKm: input.near.radiusKm } : undefined,
      payMin: input.payMin,
      payMax: input.payMax,
      kinds: input.kinds,
      industries: input.industries,
      postedWithinDays: input.postedWithinDays,
      projectId: input.projectId,
      sort: input.sort,
      facets: input.facets?.map((f) => FACETS[f]),
      highlight: !!keyword,
    };
  }

  /** The hukou that decides whether a project job in its local-first window is shown: seekers' own, nobody else's. */
  async viewerHukou(user: AuthUser | undefined, loaders: Loaders): Promise<string | null> {
    if (user?.role !== Role.JOB_SEEKER) return null;
    return (await loaders.of(seekerProfileByUserId).load(user.id))?.hukouRegionCode ?? null;
  }

  async searchJobs(args: SearchJobsArgs, loaders: Loaders, user?: AuthUser): Promise<JobSearchResultModel> {
    const first = args.first ?? 20;
    const offset = args.offset ?? 0;
    const query = await this.toEngineQuery(args.input ?? {}, 'input');
    const viewerHukouRegionCode = await this.viewerHukou(user, loaders);

    let result: JobSearchResult;
    try {
      result = await this.engine.searchJobs({
        ...query,
        viewerHukouRegionCode,
        offset,
        limit: first,
        collapseDuplicates: !!args.collapseDuplicates,
      });
    } catch (e) {
      if (e instanceof SearchUnavailableError) {
        this.logger.warn(`search unavailable: ${e.message}`);
        throw new AppError(ErrorCode.SEARCH_UNAVAILABLE, '搜索服务暂时不可用，请稍后再试');
      }
      throw e;
    }

    // The index may lag the database by a moment: show only what is still published.
    const postings = await loaders.of(jobPostingById).loadMany(result.hits.map((h) => h.id));
    const hits = result.hits.flatMap((h, i) => {
      const p = postings[i];
      if (!p || p instanceof Error || p.status !== JobPostingStatus.PUBLISHED) return [];
      return [
        {
          node: JobPostingModel.from(p),
          distanceKm: h.distanceKm ?? null,
          highlightedTitle: h.highlights?.title ?? null,
          highlightedDescription: h.highlights?.description ?? null,
          duplicateCount: h.duplicates ?? 0,
        },
      ];
    });
    return {
      totalCount: result.total,
      totalCountCapped: !!result.totalCapped,
      hits,
      offset,
      hasNextPage: offset + first < result.total,
      engine: this.engine.name,
      facets: {
        kind: this.labelled(result.facets.kind),
        industry: this.labelled(result.facets.industry),
        payBand: this.labelled(result.facets.payBand),
        region: result.facets.region
          ? await Promise.all(
              result.facets.region.map(async (f) => ({ ...f, label: (await loaders.of(regionByCode).load(f.value))?.name ?? f.value })),
            )
          : undefined,
        project: result.facets.project ? await this.projectLabels(result.facets.project) : undefined,
      },
    };
  }

  private async projectLabels(counts: { value: string; count: number }[]): Promise<FacetCountModel[]> {
    const names = new Map<string, string>(
      counts.length
        ? (await this.ds.query(`SELECT id::text, name FROM projects WHERE id = ANY($1::uuid[])`, [counts.map((c) => c.value)])).map(
            (r: { id: string; name: string }) => [r.id, r.name],
          )
        : [],
    );
    return counts.map((c) => ({ ...c, label: names.get(c.value) ?? c.value }));
  }

  private labelled(counts: { value: string; count: number }[] | undefined): FacetCountModel[] | undefined {
    return counts?.map((c) => ({ ...c, label: c.value }));
  }
}
