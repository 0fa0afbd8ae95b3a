import { proposeSubsidies, type SubsidyHistoryEntry, type SubsidyPack } from '@jobbridge/domain';
import { SubsidyStatus } from '@jobbridge/contracts';
import type { EntityManager } from 'typeorm';
import { EVENT_QUERIES, type SubsidyEventRow } from './subsidy-events';

export const SYSTEM_ACTOR = '系统（免申即享）';

export type SubsidyAuditAction = 'PROPOSED' | 'APPROVED' | 'REJECTED' | 'INFO_REQUESTED' | 'INFO_SUPPLIED' | 'PAID';

/** One step of a proposal's append-only history. */
export function logSubsidyStep(
  em: EntityManager,
  proposalId: string,
  action: SubsidyAuditAction,
  actorUserId: string | null,
  actorName: string,
  packId: string,
  ruleId: string,
  note: string | null,
  at: Date | null = null,
) {
  return em.query(
    `INSERT INTO subsidy_audit (proposal_id, action, actor_user_id, actor_name, pack_id, rule_id, note, at)
     VALUES ($1,$2,$3,$4,$5,$6,$7, coalesce($8, clock_timestamp()))`,
    [proposalId, action, actorUserId, actorName.slice(0, 60), packId, ruleId, note?.slice(0, 500) ?? null, at],
  );
}

/**
 * Judges one event inside the caller's transaction: claims its key (a second claimant, on any process, gets nothing),
 * takes a transaction-scoped advisory lock on each subject (person, employer) in a fixed order, reads their proposals,
 * runs the engine, and inserts what it proposes with a PROPOSED step each. Returns the number of proposals made.
 */
export async function judgeSubsidyEvent(em: EntityManager, row: SubsidyEventRow, packs: readonly SubsidyPack[]): Promise<number> {
  const claimed = await em.query(
    `INSERT INTO subsidy_events (event_key, proposals) VALUES ($1, 0) ON CONFLICT DO NOTHING RETURNING event_key`,
    [row.key],
  );
  if (!claimed.length) return 0;
  const subjects = [row.event.worker ? `P:${row.event.worker.personKey}` : null, row.event.employer ? `E:${row.event.employer.id}` : null]
    .filter((s): s is string => !!s)
    .sort();
  for (const s of subjects) await em.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 14))`, [s]);
  const history: SubsidyHistoryEntry[] = (
    await em.query(
      `SELECT rule_id, subject_key, period_key, exclusive_group, year, amount_fen, status FROM subsidy_proposals WHERE subject_key = ANY($1)`,
      [subjects],
    )
  ).map((h: Record<string, string | number | null>) => ({
    ruleId: String(h.rule_id),
    subjectKey: String(h.subject_key),
    periodKey: String(h.period_key),
    exclusiveGroup: h.exclusive_group === null ? null : String(h.exclusive_group),
    year: Number(h.year),
    amountFen: Number(h.amount_fen),
    rejected: h.status === SubsidyStatus.REJECTED,
  }));
  const outcome = proposeSubsidies(row.event, packs, history);
  const basisOf = new Map(packs.flatMap((p) => p.rules.map((r) => [r.id, r.regionBasis] as const)));
  let made = 0;
  for (const d of outcome.proposals) {
    const regionCode = basisOf.get(d.ruleId) === 'HUKOU' ? row.event.worker!.hukouRegionCode! : row.workplaceRegionCode;
    const inserted: { id: string }[] = await em.query(
      `INSERT INTO subsidy_proposals (pack_id, rule_id, rule_name, region_code, beneficiary, employer_id, worker_user_id, person_name, person_id_masked,
          beneficiary_key, subject_key, period_key, exclusive_group, year, amount_fen, amount_note, conditions, missing, citation, evidence, evidence_id,
          event_key, event_date)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23)
       ON CONFLICT DO NOTHING RETURNING id`,
      [
        d.packId,
        d.ruleId,
        d.ruleName.slice(0, 60),
        regionCode,
        d.beneficiary,
        row.employerId,
        row.workerUserId,
        row.personName,
        row.personIdMasked,
        d.beneficiaryKey,
        d.subjectKey,
        d.periodKey,
        d.exclusiveGroup,
        d.year,
        d.amountFen,
        d.amountNote.slice(0, 200),
        JSON.stringify(d.conditions),
        d.missing,
        JSON.stringify(d.citation),
        JSON.stringify(d.evidence),
        d.evidence.id,
        row.key,
        d.eventDate,
      ],
    );
    if (!inserted.length) continue;
    made++;
    await logSubsidyStep(
      em,
      inserted[0].id,
      'PROPOSED',
      null,
      SYSTEM_ACTOR,
      d.packId,
      d.ruleId,
      `${row.event.evidence.label}；${d.amountNote}`,
    );
  }
  if (made) await em.query(`UPDATE subsidy_events SET proposals = $2 WHERE event_key = $1`, [row.key, made]);
  return made;
}

/** Every event not judged yet, judged within the caller's transaction (the demo seed uses this). */
export async function judgeAllSubsidyEvents(em: EntityManager, packs: readonly SubsidyPack[], now: Date): Promise<number> {
  let made = 0;
  for (const q of EVENT_QUERIES)
    for (;;) {
      const rows = await em.query(q.sql, [500, null, now]);
      for (const r of rows) made += await judgeSubsidyEvent(em, q.map(r), packs);
      if (rows.length < 500) break;
    }
  return made;
}
