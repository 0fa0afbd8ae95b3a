import { ErrorCode } from '@jobbridge/contracts';
import { POLICY_PACKS, resolvePolicy, watchLevel, type CountyMonthFigures, type WatchLevel, type WatchReason } from '@jobbridge/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppError } from '../../common/errors/app-error';
import { RegionsService } from '../regions/regions.service';
import { oversightRegion } from './region-scope';

export interface CountyWatch {
  regionCode: string;
  regionName: string;
  month: string;
  figures: CountyMonthFigures;
  level: WatchLevel;
  reasons: WatchReason[];
  /** The policy pack whose thresholds applied. */
  packName: string;
}

const LEVEL_ORDER: Record<WatchLevel, number> = { WARNING: 0, WATCH: 1, NORMAL: 2 };

/**
 * The mass-unemployment watch (000 五(五)): per county and month, layoffs filed and people affected, postings opened
 * and closed, applications per open posting, judged against the thresholds of the county's policy pack. Counties on
 * warning come first. One statement for all the counties of the region.
 */
@Injectable()
export class WatchService {
  constructor(
    private readonly ds: DataSource,
    private readonly regions: RegionsService,
  ) {}

  async watch(user: AuthUser, regionCode: string | null | undefined, month: string): Promise<CountyWatch[]> {
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new AppError(ErrorCode.VALIDATION_FAILED, '月份格式应为 YYYY-MM', 'month');
    const region = oversightRegion(user, regionCode);
    if (!region) throw new AppError(ErrorCode.VALIDATION_FAILED, '请选择地区', 'regionCode');
    if (!(await this.regions.find(region))) throw new AppError(ErrorCode.UNKNOWN_REGION, `未知的行政区划代码：${region}`, 'regionCode');
    const counties = await this.regions.countiesWithin(region);
    const codes = counties.map((c) => c.code);
    const rows: {
      code: string;
      layoffs: number;
      people: number;
      opened: number;
      closed: number;
      open: number;
      applications: number;
    }[] = await this.ds.query(
      `WITH m AS (SELECT $2::date AS start, ($2::date + interval '1 month') AS stop)
       SELECT c.code,
         (SELECT count(*)::int FROM layoff_plans l, m WHERE left(l.region_code, 6) = c.code AND l.layoff_date >= m.start AND l.layoff_date < m.stop) AS layoffs,
         (SELECT coalesce(sum(l.people_to_cut), 0)::int FROM layoff_plans l, m WHERE left(l.region_code, 6) = c.code AND l.layoff_date >= m.start AND l.layoff_date < m.stop) AS people,
         (SELECT count(*)::int FROM job_postings j, m WHERE left(j.work_region_code, 6) = c.code AND j.published_at >= m.start AND j.published_at < m.stop) AS opened,
         (SELECT count(*)::int FROM job_postings j, m WHERE left(j.work_region_code, 6) = c.code AND j.closed_at >= m.start AND j.closed_at < m.stop AND j.published_at IS NOT NULL) AS closed,
         (SELECT count(*)::int FROM job_postings j, m WHERE left(j.work_region_code, 6) = c.code AND j.published_at < m.stop AND (j.closed_at IS NULL OR j.closed_at >= m.start)) AS open,
         (SELECT count(*)::int FROM applications a JOIN job_postings j ON j.id = a.job_posting_id, m
           WHERE left(j.work_region_code, 6) = c.code AND a.created_at >= m.start AND a.created_at < m.stop) AS applications
       FROM unnest($1::text[]) AS c(code)`,
      [codes, `${month}-01`],
    );
    const names = new Map(counties.map((c) => [c.code, c.name]));
    return rows
      .map((r) => {
        const figures: CountyMonthFigures = {
          layoffsFiled: r.layoffs,
          peopleAffected: r.people,
          postingsOpened: r.opened,
          postingsClosed: r.closed,
          applications: r.applications,
          postingsOpen: r.open,
        };
        const policy = resolvePolicy(r.code, POLICY_PACKS).unemploymentWatch;
        const verdict = watchLevel(figures, policy.thresholds);
        return { regionCode: r.code, regionName: names.get(r.code) ?? r.code, month, figures, ...verdict, packName: policy.packName };
      })
      .sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || a.regionCode.localeCompare(b.regionCode));
  }
}
