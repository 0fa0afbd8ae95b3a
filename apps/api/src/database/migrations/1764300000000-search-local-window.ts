import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The embedded engine finds project jobs in a local-first window through a small partial index, and leaves the ones a
 * viewer may not see out by id (only when there are any, so the narrow facet index serves most queries unchanged).
 */
export class SearchLocalWindow1764300000000 implements MigrationInterface {
  name = 'SearchLocalWindow1764300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ix_search_jobs_local_window" ON "search_jobs" ("local_only_until") WHERE "local_only_until" IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_search_jobs_local_window"`);
  }
}
