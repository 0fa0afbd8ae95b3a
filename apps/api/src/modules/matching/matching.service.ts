import { ErrorCode, JobPostingStatus } from '@jobbridge/contracts';
import { localScopeRegionCode, matchJobToCandidate, MatchResult, rankMatches, regionPrefix } from '@jobbridge/domain';
import { JobSearchQuery, OCCUPATION_SYNONYMS, SearchEngine, SearchUnavailableError, synonymsOf } from '@jobbridge/search';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { officerCovers } from '../../common/auth/scope';
import { AppError, forbidden } from '../../common/errors/app-error';
import type { JobSeekerProfileEntity } from '../job-seekers/job-seeker-profile.entity';
import { JobSeekersService } from '../job-seekers/job-seekers.service';
import type { JobPostingEntity } from '../jobs/job-posting.entity';
import { JobsService } from '../jobs/jobs.service';
import { SEARCH_ENGINE } from '../search-index/search-engine.provider';
import { ProjectsService } from '../projects/projects.service';
import { MatchProject, toMatchCandidate, toMatchJob } from './match-mapping';

const POOL_PER_QUERY = 40;
const CANDIDATE_POOL = 500;
const NEARBY_KM = 50;

/**
 * Two-way matching: a pool of plausible pairs from the search engine (jobs) or SQL (candidates), scored and explained
 * by libs/domain's matchJobToCandidate. Ineligible pairs (e.g. a 公益性岗位 for someone outside its groups) are left out.
 */
@Injectable()
export class MatchingService {
  constructor(
    private readonly ds: DataSource,
    private readonly seekers: JobSeekersService,
    private readonly jobs: JobsService,
    private readonly projects: ProjectsService,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
  ) {}

  async recommendedJobs(user: AuthUser, first: number, today = new Date()): Promise<{ job: JobPostingEntity; match: MatchResult }[]> {
    return this.recommendFor(await this.seekers.requireOwn(user), first, today);
  }

  /**
   * The same recommendations for a seeker by profile id (an officer's caseload, issue 14: the caller has checked the
   * officer may see the person). None for an unknown profile.
   */
  async recommendedJobsForProfile(
    seekerProfileId: string,
    first: number,
    today = new Date(),
  ): Promise<{ job: JobPostingEntity; match: MatchResult }[]> {
    const profile = await this.seekers.findById(seekerProfileId);
    return profile ? this.recommendFor(profile, first, today) : [];
  }

  private async recommendFor(
    profile: JobSeekerProfileEntity,
    first: number,
    today: Date,
  ): Promise<{ job: JobPostingEntity; match: MatchResult }[]> {
    const candidate = toMatchCandidate(profile);
    // Candidates come through the index (ranked by text, so each keyword's cost is bounded by its matches) and only
    // they are scored. Newest-first candidates were cheaper at 100,000 postings but at 1,000,000 a rare combination of
    // words walked the whole publication index (seconds): issue 16's note.
    const queries: JobSearchQuery[] = [
      ...[...profile.desiredOccupations, ...(profile.labourBrand ? [profile.labourBrand] : [])]
        .slice(0, 5)
        .map((keyword): JobSearchQuery => ({ keyword, offset: 0, limit: POOL_PER_QUERY })),
      ...profile.skills.slice(0, 3).map((keyword): JobSearchQuery => ({ keyword, offset: 0, limit: 20 })),
      { sort: 'NEWEST', offset: 0, limit: 20 },
    ];
    const home = profile.residenceRegionCode ?? profile.hukouRegionCode;
    if (profile.residenceLat != null && profile.residenceLng != null) {
      queries.push({
        near: { lat: profile.residenceLat, lng: profile.residenceLng, radiusKm: NEARBY_KM },
        sort: 'DISTANCE',
        offset: 0,
        limit: 60,
      });
    } else if (home) {
      queries.push({ regionCode: `${regionPrefix(home).slice(0, 4)}00`, sort: 'NEWEST', offset: 0, limit: 60 });
    }
    let ids: string[];
    try {
      const viewerHukouRegionCode = profile.hukouRegionCode;
      const results = await Promise.all(queries.map((q) => this.engine.searchJobs({ ...q, viewerHukouRegionCode, withTotal: false })));
      ids = [...new Set(results.flatMap((r) => r.hits.map((h) => h.id)))];
    } catch (e) {
      if (e instanceof SearchUnavailableError) throw new AppError(ErrorCode.SEARCH_UNAVAILABLE, '推荐服务暂时不可用，请稍后再试');
      throw e;
    }
    const jobs = ids.length ? await this.jobs.findByIds(ids, undefined, { status: JobPostingStatus.PUBLISHED }) : [];
    const context = { today, synonyms: OCCUPATION_SYNONYMS };
    const projects = await this.projectsOf(jobs);
    return rankMatches(jobs, (j) => matchJobToCandidate(toMatchJob(j, projects.get(j.projectId ?? '')), candidate, context))
      .slice(0, first)
      .map(({ match, ...job }) => ({ job: job as JobPostingEntity, match }));
  }

  async matchCandidates(user: AuthUser, jobPostingId: string, first: number, today = new Date()) {
    const job = await this.jobs.findById(jobPostingId);
    if (!job) throw forbidden();
    const owner = await this.jobs.actsFor(user, job);
    const officer = officerCovers(user, job.workRegionCode);
    if (!owner && !officer) throw forbidden();

    const occupations = [...new Set([...synonymsOf(job.occupation), ...synonymsOf(job.title)])];
    const prefecture = job.workRegionCode.slice(0, 4);
    const params: unknown[] = [job.skills, occupations, `${prefecture}%`];
    // Employers see only profiles that allow discovery; officers see their region's people (their duty of care).
    const scope = owner ? 'p.discoverable' : `(p.hukou_region_code LIKE $4 OR p.residence_region_code LIKE $4)`;
    if (!owner) params.push(`${regionPrefix(user.regionCode!)}%`);
    const pool = await this.candidatePool(scope, params);
    const context = { today, synonyms: OCCUPATION_SYNONYMS };
    const matchJob = toMatchJob(job, (await this.projectsOf([job])).get(job.projectId ?? ''));
    return rankMatches(pool, (p) => matchJobToCandidate(matchJob, toMatchCandidate(p), context))
      .slice(0, first)
      .map(({ match, ...candidate }) => ({ candidate: candidate as JobSeekerProfileEntity, match }));
  }

  /** The projects of project jobs, with their local scope, by id. */
  private async projectsOf(jobs: Pick<JobPostingEntity, 'projectId'>[]): Promise<Map<string, MatchProject>> {
    const ids = [...new Set(jobs.map((j) => j.projectId).filter((id): id is string => !!id))];
    const projects = await this.projects.findByIds(ids);
    return new Map(projects.map((p) => [p.id, { id: p.id, localScopeRegionCode: localScopeRegionCode(p.regionCode, p.localScope) }]));
  }

  /** Profiles worth scoring: sharing a skill or a desired occupation with the job, or living or registered nearby. */
  private async candidatePool(scope: string, params: unknown[]): Promise<JobSeekerProfileEntity[]> {
    const ids: { id: string }[] = await this.ds.query(
      `SELECT p.id FROM job_seeker_profiles p WHERE ${scope}
         AND (p.skills && $1::text[] OR p.desired_occupations && $2::text[] OR p.residence_region_code LIKE $3 OR p.hukou_region_code LIKE $3)
       LIMIT ${CANDIDATE_POOL}`,
      params,
    );
    return this.seekers.findByIds(ids.map((r) => r.id));
  }
}
