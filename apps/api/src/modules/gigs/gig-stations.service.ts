import { AuditAction, AuditTargetType, ErrorCode, RegionLevel } from '@jobbridge/contracts';
import { isPointInChina, regionPrefix } from '@jobbridge/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { officerCovers } from '../../common/auth/scope';
import { AppError, forbidden, invalid } from '../../common/errors/app-error';
import { AuditService } from '../audit/audit.service';
import { RegionsService } from '../regions/regions.service';
import { GigStationInput } from './dto/gig.input';
import { GigStationEntity } from './gig.entity';

/** Gig stations (零工驿站): the county's physical gig markets, each with a QR that opens the gigs near it. */
@Injectable()
export class GigStationsService {
  constructor(
    private readonly ds: DataSource,
    private readonly regions: RegionsService,
    private readonly audit: AuditService,
  ) {}

  async create(user: AuthUser, input: GigStationInput): Promise<GigStationEntity> {
    const region = await this.regions.require(input.regionCode, 'regionCode', [RegionLevel.COUNTY]);
    if (!officerCovers(user, region.code)) throw forbidden();
    if (!isPointInChina({ lat: input.lat, lng: input.lng })) throw invalid('lat', '位置无效，请在地图上选择驿站位置');
    return this.ds.transaction(async (em) => {
      const saved = await em.getRepository(GigStationEntity).save({
        regionCode: region.code,
        name: input.name.trim(),
        address: input.address.trim(),
        lat: input.lat,
        lng: input.lng,
        openingHours: input.openingHours.trim(),
        services: [...new Set(input.services.map((s) => s.trim()).filter(Boolean))],
        contactPhone: input.contactPhone,
        createdByUserId: user.id,
      });
      await this.audit.record(em, {
        actor: user,
        action: AuditAction.GIG_STATION_CREATED,
        targetType: AuditTargetType.GIG_STATION,
        targetId: saved.id,
        regionCode: saved.regionCode,
        after: { name: saved.name },
      });
      return saved;
    });
  }

  async get(id: string): Promise<GigStationEntity> {
    const s = await this.ds.getRepository(GigStationEntity).findOneBy({ id });
    if (!s) throw new AppError(ErrorCode.NOT_FOUND, '驿站不存在', 'id');
    return s;
  }

  /** Stations in a region (and below), or nearest a point first; at most 100. */
  async list(
    regionCode: string | null,
    near: { lat: number; lng: number } | null,
  ): Promise<{ station: GigStationEntity; distance: number | null }[]> {
    if (near && !isPointInChina(near)) throw invalid('lat', '位置无效');
    const prefix = regionCode ? regionPrefix(regionCode) : null;
    const rows: { id: string; distance: number | null }[] = await this.ds.query(
      `SELECT id, CASE WHEN $2::float8 IS NULL THEN NULL ELSE earth_distance(ll_to_earth($2, $3), ll_to_earth(lat, lng)) END AS distance
         FROM gig_stations WHERE ($1::text IS NULL OR region_code LIKE $1 || '%')
        ORDER BY distance NULLS LAST, region_code, name LIMIT 100`,
      [prefix, near?.lat ?? null, near?.lng ?? null],
    );
    const stations = new Map(
      (await this.ds.getRepository(GigStationEntity).findBy({ id: In(rows.map((r) => r.id)) })).map((s) => [s.id, s]),
    );
    return rows.map((r) => ({ station: stations.get(r.id)!, distance: r.distance === null ? null : Math.round(r.distance) }));
  }
}
