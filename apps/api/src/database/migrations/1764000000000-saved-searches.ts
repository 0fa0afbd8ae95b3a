import { MigrationInterface, QueryRunner } from 'typeorm';

/** Saved searches and the in-app alerts raised when a newly published posting matches one. */
export class SavedSearches1764000000000 implements MigrationInterface {
  name = 'SavedSearches1764000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "saved_searches" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "name" character varying(40) NOT NULL, "criteria" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_saved_searches" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_saved_searches_user_id" ON "saved_searches"  ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "search_alerts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "saved_search_id" uuid NOT NULL, "job_posting_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "uq_search_alerts_search_posting" UNIQUE ("saved_search_id", "job_posting_id"), CONSTRAINT "pk_search_alerts" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_search_alerts_user_unread" ON "search_alerts"  ("user_id", "read_at", "created_at") `);
    await queryRunner.query(
      `ALTER TABLE "saved_searches" ADD CONSTRAINT "fk_saved_searches_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "search_alerts" ADD CONSTRAINT "fk_search_alerts_saved_search_id" FOREIGN KEY ("saved_search_id") REFERENCES "saved_searches"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "search_alerts" ADD CONSTRAINT "fk_search_alerts_job_posting_id" FOREIGN KEY ("job_posting_id") REFERENCES "job_postings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "search_alerts" DROP CONSTRAINT "fk_search_alerts_job_posting_id"`);
    await queryRunner.query(`ALTER TABLE "search_alerts" DROP CONSTRAINT "fk_search_alerts_saved_search_id"`);
    await queryRunner.query(`ALTER TABLE "saved_searches" DROP CONSTRAINT "fk_saved_searches_user_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_search_alerts_user_unread"`);
    await queryRunner.query(`DROP TABLE "search_alerts"`);
    await queryRunner.query(`DROP INDEX "public"."ix_saved_searches_user_id"`);
    await queryRunner.query(`DROP TABLE "saved_searches"`);
  }
}
