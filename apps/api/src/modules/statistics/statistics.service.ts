import { ErrorCode, RegionLevel, Role } from '@jobbridge/contracts';
import { chinaCalendarDate, formatIsoDate, normalizeRegionCode, snapshotDay, statsRange } from '@jobbridge/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { officerCovers } from '../../common/auth/scope';
import { AppError, forbidden } from '../../common/errors/app-error';
import { RegionModel } from '../regions/dto/region.model';
import type { RegionEntity } from '../regions/region.entity';
import { RegionsService } from '../regions/regions.service';
import { RegionStatisticsArgs } from './dto/region-statistics.args';
import { RegionStatisticsModel, RegionStatsChildModel, StatsBucketModel, StatsFiguresModel } from './dto/region-statistics.model';
import { ALL_GROUPS } from './region-stats.entity';
import { cellKey, medianDaysToHire, projectFigures, statsScope, sumFigures } from './statistics-read';
import { StatisticsRefreshWorker } from './statistics-refresh.worker';

/**
 * Regional statistics for the bureau (issue 13): a region (province, prefecture or county), a range cut into periods, an
 * optional priority group. Officers read their region and below; admins everything. The figures come from the daily
 * rollup (statistics-rollup.ts), summed in PostgreSQL; a range that covers today refreshes today first when stale.
 */
@Injectable()
export class StatisticsService {
  constructor(
    private readonly ds: DataSource,
    private readonly regions: RegionsService,
    private readonly refresh: StatisticsRefreshWorker,
  ) {}

  async regionStatistics(user: AuthUser, args: RegionStatisticsArgs, now = new Date()): Promise<RegionStatisticsModel> {
    const region = await this.requireRegion(user, args.regionCode);
    const today = formatIsoDate(chinaCalendarDate(now));
    const range = statsRange(args, today);
    const coversToday = range.from <= today && today <= range.to;
    if (coversToday) await this.refresh.ensureTodayFresh(now);

    const scope = statsScope(region.code);
    const query = { scope, from: range.from, to: range.to, period: range.period, group: args.priorityGroup ?? ALL_GROUPS };
    const snapshots = [{ bucket: null as string | null, day: snapshotDay({ start: range.from, end: range.to }, today) }]
      .concat(range.buckets.map((b) => ({ bucket: b.key, day: snapshotDay(b, today) })))
      .filter((s): s is { bucket: string | null; day: string } => s.day !== null);
    const [sums, medians, projects, children, refreshedAt] = await Promise.all([
      sumFigures(this.ds, query),
      medianDaysToHire(this.ds, query),
      projectFigures(this.ds, scope, snapshots),
      scope.childPrefixLength ? this.regions.children(region.code) : Promise.resolve([] as RegionEntity[]),
      this.refresh.refreshedAt(coversToday),
    ]);

    const begun = new Set(snapshots.map((s) => s.bucket));
    const figures = (bucket: string | null, child: string | null) => {
      const key = cellKey(bucket, child);
      return StatsFiguresModel.from(sums.get(key), medians.get(key), projects.get(key), begun.has(bucket));
    };
    const bucketsOf = (child: string | null) =>
      range.buckets.map((b) =>
        Object.assign(new StatsBucketModel(), { period: b.key, start: b.start, end: b.end, figures: figures(b.key, child) }),
      );
    const childRows = children.map((c) => this.child(c, false, figures(null, c.code), bucketsOf(c.code)));
    // Facts kept at the region's own code (a fair held by the prefecture's bureau) belong to none of its children.
    const own = sums.get(cellKey(null, region.code));
    if (scope.childPrefixLength && own && Object.values(own).some((v) => typeof v === 'number' && v > 0))
      childRows.push(this.child(region, true, figures(null, region.code), bucketsOf(region.code)));

    return Object.assign(new RegionStatisticsModel(), {
      region: RegionModel.from(region),
      period: range.period,
      from: range.from,
      to: range.to,
      priorityGroup: args.priorityGroup ?? null,
      refreshedAt,
      total: figures(null, null),
      buckets: bucketsOf(null),
      children: childRows,
    });
  }

  /** The region asked for: known, at county level or above, and (for an officer) within the officer's region. */
  private async requireRegion(user: AuthUser, code: string): Promise<RegionEntity> {
    const canonical = normalizeRegionCode(code);
    if (!canonical) throw new AppError(ErrorCode.UNKNOWN_REGION, '行政区划代码格式不正确，应为2、4或6位数字', 'regionCode');
    const region = await this.regions.find(canonical);
    if (!region) throw new AppError(ErrorCode.UNKNOWN_REGION, `未知的行政区划代码：${canonical}`, 'regionCode');
    if (region.level === RegionLevel.TOWNSHIP)
      throw new AppError(ErrorCode.VALIDATION_FAILED, '统计数据最细到区县，请选择区县及以上的地区', 'regionCode');
    if (user.role === Role.ADMIN) return region;
    if (user.role !== Role.OFFICER) throw forbidden();
    if (!officerCovers(user, region.code))
      throw new AppError(ErrorCode.FORBIDDEN, '只能查看本辖区及下级地区的统计，该地区不在您的辖区', 'regionCode');
    return region;
  }

  private child(region: RegionEntity, ownLevel: boolean, total: StatsFiguresModel, buckets: StatsBucketModel[]): RegionStatsChildModel {
    return Object.assign(new RegionStatsChildModel(), { region: RegionModel.from(region), ownLevel, total, buckets });
  }
}
