import type { RosterTenure, WorkforceCounts } from '@jobbridge/domain';
import { DataSource, EntityManager } from 'typeorm';

export interface ProjectCounts extends WorkforceCounts {
  povertyAlleviated: number;
}

const ACTIVE_ON = (date: string) => `w.start_date <= ${date}::date AND (w.end_date IS NULL OR w.end_date > ${date}::date)`;

/** SQL reads of the roster that the ledger needs; the rules themselves are in libs/domain. */
export const ProjectLedger = {
  /** Active workers on `date` (YYYY-MM-DD) per project, one statement for any number of projects. */
  async countsOn(db: DataSource | EntityManager, projectIds: string[], date: string): Promise<Map<string, ProjectCounts>> {
    const out = new Map<string, ProjectCounts>(projectIds.map((id) => [id, { total: 0, local: 0, povertyAlleviated: 0 }]));
    if (!projectIds.length) return out;
    const rows: { project_id: string; total: number; local: number; poverty: number }[] = await db.query(
      `SELECT w.project_id, count(*)::int AS total, count(*) FILTER (WHERE w.is_local)::int AS local,
              count(*) FILTER (WHERE w.poverty_alleviated)::int AS poverty
         FROM project_workers w WHERE w.project_id = ANY($1::uuid[]) AND ${ACTIVE_ON('$2')} GROUP BY w.project_id`,
      [projectIds, date],
    );
    for (const r of rows) out.set(r.project_id, { total: r.total, local: r.local, povertyAlleviated: r.poverty });
    return out;
  },

  async countOn(db: DataSource | EntityManager, projectId: string, date: string): Promise<ProjectCounts> {
    return (await ProjectLedger.countsOn(db, [projectId], date)).get(projectId)!;
  },

  /** Every tenure overlapping [from, to], for the day-by-day history. */
  async tenures(db: DataSource | EntityManager, projectId: string, from: string, to: string): Promise<RosterTenure[]> {
    const rows: { start_date: string; end_date: string | null; is_local: boolean }[] = await db.query(
      `SELECT to_char(start_date, 'YYYY-MM-DD') AS start_date, to_char(end_date, 'YYYY-MM-DD') AS end_date, is_local
         FROM project_workers WHERE project_id = $1 AND start_date <= $3::date AND (end_date IS NULL OR end_date > $2::date)`,
      [projectId, from, to],
    );
    return rows.map((r) => ({ startDate: r.start_date, endDate: r.end_date, local: r.is_local }));
  },

  /** Blind indexes of the identity numbers with an open tenure (not ended, or ending after `date`). */
  async openIdNumberHashes(em: EntityManager, projectId: string, date: string): Promise<Set<string>> {
    const rows: { h: string }[] = await em.query(
      `SELECT id_number_hash AS h FROM project_workers WHERE project_id = $1 AND id_number_hash IS NOT NULL AND (end_date IS NULL OR end_date > $2::date)`,
      [projectId, date],
    );
    return new Set(rows.map((r) => r.h));
  },
};
