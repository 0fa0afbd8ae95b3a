import { CERTIFICATE_LEVEL_NAMES, type SubsidyEvent } from '@jobbridge/domain';
import type { CertificateLevel as ContractCertificateLevel } from '@jobbridge/contracts';
import { PriorityGroup } from '@jobbridge/contracts';

/**
 * The events the subsidy rules care about, read from the platform's own records (no one applies): hires on the
 * platform (any channel: search, recommendation, live room, fair), hires recorded only on a project roster, tenures
 * reaching 6 and 12 months, internship months, certificates on a profile, layoff filings. Each has a stable key; the
 * `subsidy_events` table holds the keys already judged, so each is judged once whichever process finds it first.
 *
 * Read-only SQL over other modules' tables (allowed by lint:graph; no entity of theirs is handed to the ORM).
 */
export interface SubsidyEventRow {
  key: string;
  event: SubsidyEvent;
  employerId: string | null;
  workerUserId: string | null;
  personName: string | null;
  personIdMasked: string | null;
  /** The county each basis answers to (the proposal's deciding bureau). */
  workplaceRegionCode: string;
}

/** Profile columns as the rules need them; the person key is the identity blind index when known (one person, one key). */
const PERSON = `coalesce(p.id_number_hash, p.id::text) AS person_key, p.user_id, p.full_name, p.id_number_masked, p.priority_groups,
  p.birth_year, to_char(p.graduation_date, 'YYYY-MM-DD') AS graduation_date, p.hukou_region_code`;

/** The latest unemployment registration on or before the day (失业登记), if the table exists yet. */
const REGISTERED = (day: string) => `(SELECT to_char(max(u.registered_on), 'YYYY-MM-DD') FROM unemployment_registrations u
   WHERE u.user_id = p.user_id AND u.registered_on <= (${day})::date) AS registered_since`;

const HIRED_AT = `JOIN LATERAL (SELECT coalesce(min(ev.created_at), a.updated_at) AS hired_at FROM application_events ev
                     WHERE ev.application_id = a.id AND ev.to_status = 'HIRED') h ON true`;

const APPLICATION_FROM = `FROM applications a
  JOIN job_postings j ON j.id = a.job_posting_id
  JOIN employers e ON e.id = j.employer_id
  JOIN job_seeker_profiles p ON p.id = a.seeker_profile_id
  ${HIRED_AT}`;

type Row = Record<string, unknown> & {
  key: string;
  event_date: string;
  person_key: string | null;
  user_id: string | null;
  full_name: string | null;
  id_number_masked: string | null;
  priority_groups: string[] | null;
  birth_year: number | null;
  graduation_date: string | null;
  hukou_region_code: string | null;
  registered_since: string | null;
  employer_id: string | null;
  employer_size: string | null;
  work_region_code: string;
  job_kind: string | null;
  contract_months: number | null;
  evidence_id: string;
  label: string;
};

export interface EventQuery {
  sql: string;
  map: (r: Row) => SubsidyEventRow;
}

function worker(r: Row): SubsidyEvent['worker'] {
  if (!r.person_key) return null;
  return {
    personKey: r.person_key,
    priorityGroups: r.priority_groups ?? [],
    birthYear: r.birth_year,
    graduationDate: r.graduation_date,
    registeredUnemployedSince: r.registered_since,
    hukouRegionCode: r.hukou_region_code,
    insuredMonths: null,
  };
}

function base(r: Row, event: Omit<SubsidyEvent, 'worker' | 'employer' | 'workplaceRegionCode' | 'date'>): SubsidyEventRow {
  return {
    key: r.key,
    event: {
      ...event,
      date: r.event_date,
      workplaceRegionCode: r.work_region_code,
      worker: worker(r),
      employer: r.employer_id ? { id: r.employer_id, size: r.employer_size } : null,
    },
    employerId: r.employer_id,
    workerUserId: r.user_id,
    personName: r.full_name,
    personIdMasked: r.id_number_masked,
    workplaceRegionCode: r.work_region_code,
  };
}

const unjudged = (key: string) => `NOT EXISTS (SELECT 1 FROM subsidy_events s WHERE s.event_key = ${key})`;

/**
 * The queries that find events not judged yet, each limited to `$1` rows; `$2` narrows to one application (the first
 * three) or one worker's account (certificates), or is null; `$3` is "now". Built once; the sweep runs them in turn.
 */
export const EVENT_QUERIES: EventQuery[] = [
  // A hire on the platform, whatever the channel.
  {
    sql: `SELECT 'hire:' || a.id AS key, to_char(h.hired_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS event_date, ${PERSON},
                 ${REGISTERED(`h.hired_at AT TIME ZONE 'Asia/Shanghai'`)}, j.employer_id, e.size AS employer_size, j.work_region_code,
                 j.kind AS job_kind, a.contract_months, a.id AS evidence_id, e.name || '录用：' || j.title AS label
          ${APPLICATION_FROM}
          WHERE a.status = 'HIRED' AND ($2::uuid IS NULL OR a.id = $2) AND $3::timestamptz IS NOT NULL AND ${unjudged(`'hire:' || a.id`)}
          LIMIT $1`,
    map: (r) =>
      base(r, {
        trigger: 'HIRE',
        evidence: { kind: 'APPLICATION', id: r.evidence_id, label: r.label },
        jobKind: r.job_kind,
        contractMonths: r.contract_months,
      }),
  },
  // Stable employment of 6 and 12 months after a platform hire, unless the worker said at a check-in they had left.
  {
    sql: `SELECT 'tenure' || m.n || ':' || a.id AS key, to_char((h.hired_at + make_interval(months => m.n)) AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS event_date,
                 ${PERSON}, ${REGISTERED(`h.hired_at AT TIME ZONE 'Asia/Shanghai'`)}, j.employer_id, e.size AS employer_size, j.work_region_code,
                 j.kind AS job_kind, a.contract_months, a.id AS evidence_id, m.n AS tenure, e.name || '在岗满' || m.n || '个月：' || j.title AS label
          ${APPLICATION_FROM}
          CROSS JOIN (VALUES (6), (12)) m(n)
          WHERE a.status = 'HIRED' AND ($2::uuid IS NULL OR a.id = $2) AND h.hired_at + make_interval(months => m.n) <= $3
            AND NOT EXISTS (SELECT 1 FROM hire_check_ins c WHERE c.application_id = a.id AND c.still_working = false)
            AND ${unjudged(`'tenure' || m.n || ':' || a.id`)}
          LIMIT $1`,
    map: (r) =>
      base(r, {
        trigger: 'TENURE',
        evidence: { kind: 'APPLICATION', id: r.evidence_id, label: r.label },
        jobKind: r.job_kind,
        contractMonths: r.contract_months,
        tenureMonths: Number(r.tenure),
      }),
  },
  // Each whole month of an internship (就业见习), up to 12.
  {
    sql: `SELECT 'intern:' || a.id || ':' || m.n AS key, to_char((h.hired_at + make_interval(months => m.n)) AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS event_date,
                 ${PERSON}, ${REGISTERED(`h.hired_at AT TIME ZONE 'Asia/Shanghai'`)}, j.employer_id, e.size AS employer_size, j.work_region_code,
                 j.kind AS job_kind, a.contract_months, a.id AS evidence_id,
                 to_char((h.hired_at + make_interval(months => m.n - 1)) AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month,
                 e.name || '见习第' || m.n || '个月：' || j.title AS label
          ${APPLICATION_FROM}
          CROSS JOIN generate_series(1, 12) m(n)
          WHERE a.status = 'HIRED' AND j.kind = 'INTERNSHIP' AND ($2::uuid IS NULL OR a.id = $2) AND h.hired_at + make_interval(months => m.n) <= $3
            AND ${unjudged(`'intern:' || a.id || ':' || m.n`)}
          LIMIT $1`,
    map: (r) =>
      base(r, {
        trigger: 'INTERNSHIP_MONTH',
        evidence: { kind: 'INTERNSHIP', id: r.evidence_id, label: r.label },
        jobKind: r.job_kind,
        internship: { month: String(r.month), retentionRate: null },
      }),
  },
  // A hire recorded only on a project roster (the employer's own records), and its 6- and 12-month tenures.
  {
    sql: `SELECT k.key, k.event_date, w.id_number_hash AS person_key, NULL::uuid AS user_id, w.full_name, w.id_number_masked,
                 CASE WHEN w.poverty_alleviated THEN ARRAY['${PriorityGroup.POVERTY_ALLEVIATED}'] ELSE ARRAY[]::text[] END AS priority_groups,
                 NULL::int AS birth_year, NULL::text AS graduation_date, w.hukou_region_code, NULL::text AS registered_since,
                 pr.employer_id, e.size AS employer_size, pr.region_code AS work_region_code, NULL::text AS job_kind, NULL::int AS contract_months,
                 w.id AS evidence_id, k.tenure, pr.name || '花名册：' || w.trade AS label
          FROM project_workers w
          JOIN projects pr ON pr.id = w.project_id
          JOIN employers e ON e.id = pr.employer_id
          CROSS JOIN LATERAL (VALUES ('roster:' || w.id, to_char(w.start_date, 'YYYY-MM-DD'), 0),
                                     ('rtenure6:' || w.id, to_char(w.start_date + interval '6 months', 'YYYY-MM-DD'), 6),
                                     ('rtenure12:' || w.id, to_char(w.start_date + interval '12 months', 'YYYY-MM-DD'), 12)) k(key, event_date, tenure)
          WHERE w.application_id IS NULL AND w.id_number_hash IS NOT NULL AND $2::uuid IS NULL
            AND k.event_date::date <= least(coalesce(w.end_date, 'infinity'::date), ($3::timestamptz AT TIME ZONE 'Asia/Shanghai')::date)
            AND ${unjudged('k.key')}
          LIMIT $1`,
    map: (r) =>
      base(r, {
        trigger: Number(r.tenure) === 0 ? 'HIRE' : 'TENURE',
        evidence: { kind: 'ROSTER', id: r.evidence_id, label: r.label },
        tenureMonths: Number(r.tenure) || null,
      }),
  },
  // A skill certificate on a profile (judged the day it is first seen: the platform learns of it then).
  {
    sql: `SELECT 'cert:' || p.id || ':' || md5(c.value->>'name' || '|' || coalesce(c.value->>'level', '')) AS key,
                 to_char($3::timestamptz AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS event_date, ${PERSON}, NULL::text AS registered_since,
                 NULL::uuid AS employer_id, NULL::text AS employer_size, coalesce(p.residence_region_code, p.hukou_region_code) AS work_region_code,
                 NULL::text AS job_kind, NULL::int AS contract_months, p.id AS evidence_id, c.value->>'name' AS trade, c.value->>'level' AS level,
                 '证书：' || (c.value->>'name') AS label
          FROM job_seeker_profiles p CROSS JOIN LATERAL jsonb_array_elements(p.certificates) c(value)
          WHERE ($2::uuid IS NULL OR p.user_id = $2) AND c.value->>'level' IS NOT NULL AND coalesce(p.residence_region_code, p.hukou_region_code) IS NOT NULL
            AND ${unjudged(`'cert:' || p.id || ':' || md5(c.value->>'name' || '|' || coalesce(c.value->>'level', ''))`)}
          LIMIT $1`,
    map: (r) =>
      base(r, {
        trigger: 'CERTIFICATE',
        evidence: { kind: 'CERTIFICATE', id: r.evidence_id, label: r.label },
        certificate: {
          trade: String(r.trade),
          level: CERTIFICATE_LEVEL_NAMES[r.level as ContractCertificateLevel] ?? (String(r.level) as never),
        },
      }),
  },
  // A layoff filing: the employer's staff and cuts decide 稳岗返还 for the year.
  {
    sql: `SELECT 'layoff:' || l.id AS key, to_char(l.filed_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS event_date,
                 NULL::text AS person_key, NULL::uuid AS user_id, NULL::text AS full_name, NULL::text AS id_number_masked, NULL::text[] AS priority_groups,
                 NULL::int AS birth_year, NULL::text AS graduation_date, NULL::text AS hukou_region_code, NULL::text AS registered_since,
                 l.employer_id, e.size AS employer_size, l.region_code AS work_region_code, NULL::text AS job_kind, NULL::int AS contract_months,
                 l.id AS evidence_id, l.staff_now, l.people_to_cut, e.name || '裁员报告' AS label
          FROM layoff_plans l JOIN employers e ON e.id = l.employer_id
          WHERE $2::uuid IS NULL AND $3::timestamptz IS NOT NULL AND ${unjudged(`'layoff:' || l.id`)}
          LIMIT $1`,
    map: (r) =>
      base(r, {
        trigger: 'LAYOFF_FILING',
        evidence: { kind: 'LAYOFF_PLAN', id: r.evidence_id, label: r.label },
        layoff: { insuredCount: Number(r.staff_now), laidOff: Number(r.people_to_cut) },
      }),
  },
];

/** The index of the certificates query in EVENT_QUERIES. */
export const CERTIFICATE_QUERY = 4;
