import { ErrorCode, FairMode, JobFairStatus } from '@jobbridge/contracts';
import { chinaIsoDateOf, MatchResult } from '@jobbridge/domain';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import type { JobPostingEntity } from '../jobs/job-posting.entity';
import { MatchingService } from '../matching/matching.service';
import { SupportFairModel } from './dto/employment-support.model';
import { fairCoversSql } from './support-sql';

const MAX_FAIRS = 10;
const FAIR_COLUMNS = `f.id, f.name, f.region_code, f.status, f.mode, f.start_date::text AS start_date, f.end_date::text AS end_date`;

interface FairRow {
  id: string;
  name: string;
  region_code: string;
  status: JobFairStatus;
  mode: FairMode;
  start_date: string;
  end_date: string;
}

const toFair = (r: FairRow): SupportFairModel =>
  Object.assign(new SupportFairModel(), {
    id: r.id,
    name: r.name,
    regionCode: r.region_code,
    status: r.status,
    mode: r.mode,
    startDate: r.start_date,
    endDate: r.end_date,
  });

/**
 * What the bureau can offer a person on the caseload: the jobs matching ranks best for them (MatchingService, the same
 * 为你推荐 the person sees) and the job fairs open or coming up in their county or above it (read-only SQL on job_fairs).
 */
@Injectable()
export class SupportOffersService {
  private readonly logger = new Logger(SupportOffersService.name);

  constructor(
    private readonly ds: DataSource,
    private readonly matching: MatchingService,
  ) {}

  /** The best matches for the person; none while the search engine is down (the case page still shows). */
  async jobsFor(seekerProfileId: string, first: number): Promise<{ job: JobPostingEntity; match: MatchResult }[]> {
    try {
      return await this.matching.recommendedJobsForProfile(seekerProfileId, first);
    } catch (e) {
      if (e instanceof AppError && e.code === ErrorCode.SEARCH_UNAVAILABLE) {
        this.logger.warn('support offers: search unavailable, no job matches');
        return [];
      }
      throw e;
    }
  }

  /** Fairs published or live, not yet ended, held in the county or a region above it (or a township within it). */
  async fairsFor(regionCode: string, now = new Date()): Promise<SupportFairModel[]> {
    const rows: FairRow[] = await this.ds.query(
      `SELECT ${FAIR_COLUMNS}
           FROM job_fairs f
          WHERE f.status IN ('PUBLISHED', 'LIVE') AND f.end_date >= $2::date AND ${fairCoversSql('f', '$1')}
          ORDER BY f.start_date, f.id LIMIT ${MAX_FAIRS}`,
      [regionCode, chinaIsoDateOf(now)],
    );
    return rows.map(toFair);
  }

  /** Fairs by id (those recommended in follow-ups), whatever their status now. */
  async fairsByIds(ids: readonly string[]): Promise<SupportFairModel[]> {
    if (!ids.length) return [];
    const rows: FairRow[] = await this.ds.query(
      `SELECT ${FAIR_COLUMNS}
           FROM job_fairs f WHERE f.id = ANY($1::uuid[])`,
      [[...ids]],
    );
    return rows.map(toFair);
  }
}
