import type { DataSource, EntityManager } from 'typeorm';
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

/** A fair_tickets row as raw SQL returns it (RETURNING *), turned into the entity through the ORM's column metadata. */
export function ticketFromRow(db: DataSource | EntityManager, row: Record<string, unknown>): FairTicketEntity {
  const ds = 'connection' in db ? db.connection : db;
  const meta = ds.getMetadata(FairTicketEntity);
  const ticket = new FairTicketEntity();
  for (const column of meta.columns) column.setEntityValue(ticket, ds.driver.prepareHydratedValue(row[column.databaseName], column));
  return ticket;
}
