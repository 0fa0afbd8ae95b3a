import { JobPostingStatus, LocalScope } from '@jobbridge/contracts';
import { localScopeRegionCode, regionPrefix } from '@jobbridge/domain';
import type { JobDocument } from '@jobbridge/search';
import { DataSource, EntityManager } from 'typeorm';

const SELECT = `SELECT j.id, j.title, j.description, j.occupation, j.skills, j.employer_id, e.name AS employer_name, e.industry, j.kind,
  j.pay_min, j.pay_max, j.work_region_code, j.lat, j.lng, j.published_at, j.status,
  j.truth_dormitory, j.truth_meals, j.truth_social_insurance, j.project_id, p.region_code AS project_region_code, p.local_scope AS project_local_scope,
  CASE WHEN p.local_first_days IS NOT NULL AND j.published_at IS NOT NULL THEN j.published_at + make_interval(days => p.local_first_days) END AS local_only_until
  FROM job_postings j JOIN employers e ON e.id = j.employer_id LEFT JOIN projects p ON p.id = j.project_id`;

interface Row {
  id: string;
  title: string;
  description: string;
  occupation: string;
  skills: string[];
  employer_id: string;
  employer_name: string;
  industry: string;
  kind: JobDocument['kind'];
  pay_min: number;
  pay_max: number;
  work_region_code: string;
  lat: number | null;
  lng: number | null;
  published_at: Date | null;
  status: JobPostingStatus;
  truth_dormitory: JobDocument['dormitory'];
  truth_meals: JobDocument['meals'];
  truth_social_insurance: JobDocument['socialInsurance'];
  project_id: string | null;
  project_region_code: string | null;
  project_local_scope: LocalScope | null;
  local_only_until: Date | null;
}

const toDocument = (r: Row): JobDocument => ({
  id: r.id,
  title: r.title,
  description: r.description,
  occupation: r.occupation,
  skills: r.skills,
  employerId: r.employer_id,
  employerName: r.employer_name,
  industry: r.industry,
  kind: r.kind,
  payMin: r.pay_min,
  payMax: r.pay_max,
  regionCode: r.work_region_code,
  lat: r.lat,
  lng: r.lng,
  publishedAt: (r.published_at ?? new Date()).toISOString(),
  projectId: r.project_id,
  // The window is indexed even after it ends: the engines compare it with "now" at query time.
  localScopePrefix:
    r.local_only_until && r.project_region_code ? regionPrefix(localScopeRegionCode(r.project_region_code, r.project_local_scope!)) : null,
  localOnlyUntil: r.local_only_until ? r.local_only_until.toISOString() : null,
  dormitory: r.truth_dormitory,
  meals: r.truth_meals,
  socialInsurance: r.truth_social_insurance,
});

/**
 * The current state of some postings, split into what the engine should hold (published) and what it should drop
 * (anything else, or gone). Read from PostgreSQL, the source of truth, at the moment of syncing.
 */
export async function loadJobDocuments(
  db: DataSource | EntityManager,
  postingIds: string[],
): Promise<{ upsert: JobDocument[]; remove: string[] }> {
  const rows: Row[] = postingIds.length ? await db.query(`${SELECT} WHERE j.id = ANY($1::uuid[])`, [postingIds]) : [];
  const published = rows.filter((r) => r.status === JobPostingStatus.PUBLISHED);
  const keep = new Set(published.map((r) => r.id));
  return { upsert: published.map(toDocument), remove: postingIds.filter((id) => !keep.has(id)) };
}

/** Every published posting, in pages, for a full reindex. */
export async function* allPublishedJobDocuments(db: DataSource, pageSize = 2000): AsyncGenerator<JobDocument[]> {
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows: Row[] = await db.query(`${SELECT} WHERE j.status = $1 AND j.id > $2 ORDER BY j.id LIMIT $3`, [
      JobPostingStatus.PUBLISHED,
      after,
      pageSize,
    ]);
    if (!rows.length) return;
    yield rows.map(toDocument);
    after = rows[rows.length - 1].id;
  }
}
