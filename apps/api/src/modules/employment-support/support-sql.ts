/**
 * SQL shared by the employment-support services. Other modules' tables (job_seeker_profiles, users, applications,
 * application_events, job_fairs) are only read here, never written (ADR 0019).
 */

/**
 * A household is a zero-employment household (零就业家庭; libs/domain isZeroEmploymentHousehold): working-age members, none
 * declared employed, and no member whose latest registration in it closed as employed.
 */
export const zeroEmploymentSql = (h: string) => `(${h}.working_age_members > 0 AND ${h}.declared_employed_members = 0
  AND NOT EXISTS (SELECT 1 FROM unemployment_registrations zr WHERE zr.household_id = ${h}.id AND zr.closed_reason = 'EMPLOYED'
    AND NOT EXISTS (SELECT 1 FROM unemployment_registrations zr2
                     WHERE zr2.household_id = ${h}.id AND zr2.user_id = zr.user_id AND zr2.created_at > zr.created_at)))`;

/** Members employed since their registration: distinct members whose latest registration in the household closed EMPLOYED. */
export const employedSinceSql = (h: string) => `(SELECT count(DISTINCT er.user_id)::int FROM unemployment_registrations er
  WHERE er.household_id = ${h}.id AND er.closed_reason = 'EMPLOYED'
    AND NOT EXISTS (SELECT 1 FROM unemployment_registrations er2
                     WHERE er2.household_id = ${h}.id AND er2.user_id = er.user_id AND er2.created_at > er.created_at))`;

/** A case with the person it is about (name, groups, masked identity numbers, phone to be masked by the mapper). */
export const caseSelect = (
  extra = '',
) => `SELECT c.*,${extra ? ` ${extra},` : ''} p.full_name, p.priority_groups, p.birth_year, p.skills, p.desired_occupations,
       p.id_number_masked AS profile_id_number_masked, u.phone AS user_phone, r.id_number_masked AS registration_id_number_masked
  FROM support_cases c
  JOIN job_seeker_profiles p ON p.id = c.seeker_profile_id
  JOIN users u ON u.id = c.user_id
  LEFT JOIN unemployment_registrations r ON r.id = c.registration_id`;

/** The row caseSelect() returns beside the case's own columns. */
export interface CasePersonColumns {
  full_name: string;
  priority_groups: string[];
  birth_year: number | null;
  skills: string[];
  desired_occupations: string[];
  profile_id_number_masked: string | null;
  user_phone: string | null;
  registration_id_number_masked: string | null;
}

/**
 * The region condition for fairs useful to someone in `$n` (a county): fairs of that county or a region above it, and
 * fairs of a township within it.
 */
export const fairCoversSql = (f: string, param: string) => `(${param}::text LIKE (CASE
    WHEN ${f}.region_code LIKE '__0000' THEN left(${f}.region_code, 2)
    WHEN ${f}.region_code LIKE '____00' THEN left(${f}.region_code, 4)
    ELSE ${f}.region_code END) || '%' OR ${f}.region_code LIKE ${param}::text || '%')`;
