import { EntityManager } from 'typeorm';

export const OutboxTopic = {
  JOB_POSTING_CHANGED: 'job_posting.changed',
  EMPLOYER_CHANGED: 'employer.changed',
} as const;
export type OutboxTopic = (typeof OutboxTopic)[keyof typeof OutboxTopic];

/** Records that something changed, inside the caller's transaction: it commits or rolls back with the change. */
export async function recordOutbox(em: EntityManager, topic: OutboxTopic, aggregateIds: string | string[]): Promise<void> {
  const ids = Array.isArray(aggregateIds) ? aggregateIds : [aggregateIds];
  if (!ids.length) return;
  // One array parameter, whatever the count (a multi-row VALUES list would hit the 65,535-parameter limit).
  await em.query(`INSERT INTO outbox_events (topic, aggregate_id) SELECT $1, unnest($2::uuid[])`, [topic, ids]);
}
