import { ErrorCode, RegionLevel } from '@jobbridge/contracts';
import { normalizeRegionCode, regionPrefix } from '@jobbridge/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { AppError } from '../../common/errors/app-error';
import { RegionEntity } from './region.entity';
import { cachedRegions } from './region.loaders';

@Injectable()
export class RegionsService {
  constructor(private readonly ds: DataSource) {}

  children(parentCode?: string | null): Promise<RegionEntity[]> {
    const parent = parentCode ? normalizeRegionCode(parentCode) : null;
    if (parentCode && !parent) throw new AppError(ErrorCode.UNKNOWN_REGION, '行政区划代码不正确', 'parentCode');
    return this.ds.getRepository(RegionEntity).find({ where: { parentCode: parent ?? IsNull() }, order: { code: 'ASC' } });
  }

  /** The counties (区县) within a region (the region itself when it is one), by code. */
  countiesWithin(code: string): Promise<RegionEntity[]> {
    const canonical = normalizeRegionCode(code);
    if (!canonical) return Promise.resolve([]);
    return this.ds
      .getRepository(RegionEntity)
      .createQueryBuilder('r')
      .where('r.level = :county AND r.code LIKE :prefix', { county: RegionLevel.COUNTY, prefix: `${regionPrefix(canonical)}%` })
      .orderBy('r.code')
      .getMany();
  }

  /** The region with this code, from the process cache after its first lookup (the dataset does not change while running). */
  async find(code: string): Promise<RegionEntity | null> {
    const canonical = normalizeRegionCode(code);
    return canonical ? (await cachedRegions(this.ds, [canonical]))[0] : null;
  }

  /** The region with this code, or UNKNOWN_REGION on `field`. Optionally it must be at one of `levels`. */
  async require(code: string, field: string, levels?: RegionLevel[]): Promise<RegionEntity> {
    const region = await this.find(code);
    if (!region) throw new AppError(ErrorCode.UNKNOWN_REGION, `未知的行政区划代码：${code}`, field);
    if (levels && !levels.includes(region.level)) {
      throw new AppError(ErrorCode.UNKNOWN_REGION, '请选择到区县一级', field);
    }
    return region;
  }
}
