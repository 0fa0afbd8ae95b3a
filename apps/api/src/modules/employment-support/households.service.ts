import { employedMembers, isZeroEmploymentHousehold } from '@jobbridge/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { oversightRegion, regionLike } from '../oversight/region-scope';
import { HouseholdModel } from './dto/employment-support.model';
import { employedSinceSql, zeroEmploymentSql } from './support-sql';

const MAX_LISTED = 200;

interface HouseholdRow {
  id: string;
  region_code: string;
  head_name: string;
  head_id_number_masked: string;
  working_age_members: number;
  declared_employed_members: number;
  employed_since: number;
  registered_members: number;
  first_registered_on: string | null;
  open_case_ids: string[];
}

const SELECT = `SELECT h.id, h.region_code, h.head_name, h.head_id_number_masked, h.working_age_members, h.declared_employed_members,
       ${employedSinceSql('h')} AS employed_since,
       (SELECT count(DISTINCT r.user_id)::int FROM unemployment_registrations r WHERE r.household_id = h.id) AS registered_members,
       (SELECT min(r.registered_on)::text FROM unemployment_registrations r WHERE r.household_id = h.id) AS first_registered_on,
       (SELECT coalesce(array_agg(c.id::text ORDER BY c.next_follow_up_due), '{}') FROM support_cases c
          JOIN unemployment_registrations r ON r.id = c.registration_id
         WHERE r.household_id = h.id AND c.status = 'OPEN') AS open_case_ids
  FROM households h`;

/**
 * Households (户) and the zero-employment flag (零就业家庭, 001 §22): computed on read from the declared members and the
 * members' registrations (libs/domain isZeroEmploymentHousehold), so it clears the moment a member's case closes as
 * employed, whichever way it closed.
 */
@Injectable()
export class HouseholdsService {
  constructor(private readonly ds: DataSource) {}

  async byIds(ids: readonly string[]): Promise<HouseholdModel[]> {
    if (!ids.length) return [];
    const rows: HouseholdRow[] = await this.ds.query(`${SELECT} WHERE h.id = ANY($1::uuid[])`, [[...ids]]);
    return rows.map(toModel);
  }

  /** The zero-employment households of the region (the officer's own by default), flagged longest first. */
  async zeroEmployment(user: AuthUser, regionCode?: string | null): Promise<HouseholdModel[]> {
    const region = oversightRegion(user, regionCode);
    const rows: HouseholdRow[] = await this.ds.query(
      `SELECT * FROM (${SELECT} WHERE ($1::text IS NULL OR h.region_code LIKE $1) AND ${zeroEmploymentSql('h')}) x
        ORDER BY x.first_registered_on NULLS LAST, x.id LIMIT ${MAX_LISTED}`,
      [region ? regionLike(region) : null],
    );
    return rows.map(toModel);
  }
}

function toModel(r: HouseholdRow): HouseholdModel {
  const facts = {
    workingAgeMembers: r.working_age_members,
    declaredEmployedMembers: r.declared_employed_members,
    membersEmployedSince: r.employed_since,
  };
  return Object.assign(new HouseholdModel(), {
    id: r.id,
    regionCode: r.region_code,
    headName: r.head_name,
    headIdNumberMasked: r.head_id_number_masked,
    workingAgeMembers: r.working_age_members,
    employedMembers: employedMembers(facts),
    zeroEmployment: isZeroEmploymentHousehold(facts),
    registeredMembers: r.registered_members,
    firstRegisteredOn: r.first_registered_on,
    openCaseIds: r.open_case_ids ?? [],
  });
}
