import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Fair queues at speed (issue 12): a call is one guarded UPDATE, so a rep's "one call or talk at a time" is a unique
 * index rather than a booth lock; the booth's latest talks (the wait estimate) are read from an index.
 */
export class FairQueueSpeed1764800000000 implements MigrationInterface {
  name = 'FairQueueSpeed1764800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_fair_tickets_rep_busy" ON "fair_tickets"  ("booth_id", "rep_user_id") WHERE "status" IN ('CALLED', 'IN_TALK')`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_fair_tickets_booth_done" ON "fair_tickets"  ("booth_id", "ended_at") WHERE "status" = 'DONE'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_fair_tickets_booth_done"`);
    await queryRunner.query(`DROP INDEX "public"."uq_fair_tickets_rep_busy"`);
  }
}
