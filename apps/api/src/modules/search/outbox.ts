import { EntityManager } from 'typeorm';
import { OutboxEventEntity } from './outbox-event.entity';

export const OutboxTopic = {
  JOB_POSTING_CHANGED: 'job_posting.changed',
  EMPLOYER_CHANGED: 'employer.changed',
} as const;
export type OutboxTopic = (typeof OutboxTopic)[keyof typeof OutboxTopic];

/** Records that something changed, inside the caller's transaction: it commits or rolls back with the change. */
export async function recordOutbox(em: EntityManager, topic: OutboxTopic, aggregateIds: string | string[]): Promise<void> {
  const ids = Array.isArray(aggregateIds) ? aggregateIds : [aggregateIds];
  if (!ids.length) return;
  await em.insert(OutboxEventEntity, ids.map((aggregateId) => ({ topic, aggregateId })));
}
