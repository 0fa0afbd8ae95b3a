import type { DataSource, EntityManager } from 'typeorm';
import { entityFromRow } from '../../common/database/entity-from-row';
import { FairTicketEntity } from './job-fair.entity';

/**
 * SQL shared by the queue and its pushes, so each answers from one statement.
 *
 * The booth's last 10 talk durations in seconds, newest first (`$n` is the booth id parameter). The wait estimate
 * takes them oldest first.
 */
export const recentTalksSql = (boothParam: string) =>
  `(SELECT coalesce(array_agg(s), '{}') FROM (SELECT extract(epoch FROM rt.ended_at - rt.accepted_at)::int AS s FROM fair_tickets rt
     WHERE rt.booth_id = ${boothParam} AND rt.status = 'DONE' AND rt.accepted_at IS NOT NULL ORDER BY rt.ended_at DESC LIMIT 10) recent)`;

/** The durations as the wait estimate takes them (oldest first). */
export const oldestFirst = (newestFirst: number[] | null | undefined): number[] => [...(newestFirst ?? [])].reverse();

/** A fair_tickets row as raw SQL returns it (RETURNING *), as the entity. */
export const ticketFromRow = (db: DataSource | EntityManager, row: Record<string, unknown>): FairTicketEntity =>
  entityFromRow(db, FairTicketEntity, row);
