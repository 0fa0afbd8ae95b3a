import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Identical postings (same employer, title, workplace county and pay) collapse into one search hit (issue 10). The
 * embedded engine groups on a generated column with the same value as libs/search `duplicateKeyOf`, so existing rows
 * get it without a reindex; the index answers "is there a newer identical posting that also matches?" per candidate.
 */
export class SearchDuplicateKey1764600000000 implements MigrationInterface {
  name = 'SearchDuplicateKey1764600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "search_jobs" ADD "dedupe_key" text GENERATED ALWAYS AS ("employer_id" || '|' || left("region_code", 6) || '|' || "pay_min"::text || '-' || "pay_max"::text || '|' || "title") STORED`,
    );
    await queryRunner.query(`CREATE INDEX "ix_search_jobs_duplicates" ON "search_jobs" ("dedupe_key", "published_at" DESC, "id")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_search_jobs_duplicates"`);
    await queryRunner.query(`ALTER TABLE "search_jobs" DROP COLUMN "dedupe_key"`);
  }
}
