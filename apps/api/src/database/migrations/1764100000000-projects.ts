import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Major projects and the local-hiring ledger: projects, their roster (tenures kept when they end), breach
 * acknowledgements, work-relief labour payments, the project link on postings, and the local-first window columns
 * of the embedded search index.
 */
export class Projects1764100000000 implements MigrationInterface {
  name = 'Projects1764100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "projects" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(100) NOT NULL, "employer_id" uuid NOT NULL, "region_code" character varying(9) NOT NULL, "kind" character varying(24) NOT NULL, "local_scope" character varying(12) NOT NULL DEFAULT 'COUNTY', "planned_workforce" integer NOT NULL, "start_date" date NOT NULL, "end_date" date, "threshold" numeric(5,4) NOT NULL, "threshold_source" character varying(200) NOT NULL, "breach_rule" character varying(8) NOT NULL DEFAULT 'WARN', "local_first_days" smallint, "investment" numeric(16,2), "created_by_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_projects_investment" CHECK ("investment" IS NULL OR "investment" >= 0), CONSTRAINT "ck_projects_local_first_days" CHECK ("local_first_days" IS NULL OR ("local_first_days" BETWEEN 1 AND 90)), CONSTRAINT "ck_projects_planned_workforce" CHECK ("planned_workforce" > 0), CONSTRAINT "ck_projects_period" CHECK ("end_date" IS NULL OR "end_date" >= "start_date"), CONSTRAINT "ck_projects_threshold" CHECK ("threshold" >= 0 AND "threshold" < 1), CONSTRAINT "pk_projects" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_projects_employer_id" ON "projects"  ("employer_id") `);
    await queryRunner.query(`CREATE INDEX "ix_projects_region_code" ON "projects"  ("region_code") `);
    await queryRunner.query(
      `CREATE TABLE "project_workers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "seeker_profile_id" uuid, "application_id" uuid, "full_name" character varying(40) NOT NULL, "id_number_encrypted" text, "id_number_hash" character(64), "id_number_masked" character varying(18), "hukou_region_code" character varying(9), "is_local" boolean NOT NULL, "poverty_alleviated" boolean NOT NULL DEFAULT false, "trade" character varying(30) NOT NULL, "start_date" date NOT NULL, "end_date" date, "end_reason" character varying(200), "source" character varying(16) NOT NULL, "created_by_user_id" uuid, "ended_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_project_workers_period" CHECK ("end_date" IS NULL OR "end_date" >= "start_date"), CONSTRAINT "pk_project_workers" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_project_workers_application_id" ON "project_workers"  ("application_id") WHERE "application_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_project_workers_open_seeker" ON "project_workers"  ("project_id", "seeker_profile_id") WHERE "end_date" IS NULL AND "seeker_profile_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_project_workers_open_id_number" ON "project_workers"  ("project_id", "id_number_hash") WHERE "end_date" IS NULL AND "id_number_hash" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_project_workers_project_dates" ON "project_workers"  ("project_id", "start_date", "end_date") `,
    );
    await queryRunner.query(
      `CREATE TABLE "project_acknowledgements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "change" character varying(8) NOT NULL, "reason" character varying(500) NOT NULL, "worker_ids" uuid array NOT NULL, "actor_user_id" uuid NOT NULL, "actor_role" character varying(12) NOT NULL, "actor_name" character varying(40) NOT NULL, "threshold" numeric(5,4) NOT NULL, "local_before" integer NOT NULL, "total_before" integer NOT NULL, "local_after" integer NOT NULL, "total_after" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_project_acknowledgements" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_project_acknowledgements_project" ON "project_acknowledgements"  ("project_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "project_labour_payments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "paid_on" date NOT NULL, "amount" numeric(16,2) NOT NULL, "note" character varying(200), "recorded_by_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_project_labour_payments_amount" CHECK ("amount" > 0), CONSTRAINT "pk_project_labour_payments" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_project_labour_payments_project" ON "project_labour_payments"  ("project_id", "paid_on") `);
    await queryRunner.query(`ALTER TABLE "job_postings" ADD "project_id" uuid`);
    await queryRunner.query(`CREATE INDEX "ix_job_postings_project_id" ON "job_postings"  ("project_id") `);
    await queryRunner.query(
      `ALTER TABLE "projects" ADD CONSTRAINT "fk_projects_employer_id" FOREIGN KEY ("employer_id") REFERENCES "employers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "projects" ADD CONSTRAINT "fk_projects_region_code" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_workers" ADD CONSTRAINT "fk_project_workers_project_id" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_workers" ADD CONSTRAINT "fk_project_workers_seeker_profile_id" FOREIGN KEY ("seeker_profile_id") REFERENCES "job_seeker_profiles"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_workers" ADD CONSTRAINT "fk_project_workers_application_id" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_workers" ADD CONSTRAINT "fk_project_workers_hukou_region_code" FOREIGN KEY ("hukou_region_code") REFERENCES "regions"("code") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_acknowledgements" ADD CONSTRAINT "fk_project_acknowledgements_project_id" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_labour_payments" ADD CONSTRAINT "fk_project_labour_payments_project_id" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "job_postings" ADD CONSTRAINT "fk_job_postings_project_id" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "search_jobs" ADD "local_scope_prefix" character varying(9), ADD "local_only_until" TIMESTAMP WITH TIME ZONE`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "search_jobs" DROP COLUMN "local_only_until", DROP COLUMN "local_scope_prefix"`);
    await queryRunner.query(`ALTER TABLE "job_postings" DROP CONSTRAINT "fk_job_postings_project_id"`);
    await queryRunner.query(`ALTER TABLE "project_labour_payments" DROP CONSTRAINT "fk_project_labour_payments_project_id"`);
    await queryRunner.query(`ALTER TABLE "project_acknowledgements" DROP CONSTRAINT "fk_project_acknowledgements_project_id"`);
    await queryRunner.query(`ALTER TABLE "project_workers" DROP CONSTRAINT "fk_project_workers_hukou_region_code"`);
    await queryRunner.query(`ALTER TABLE "project_workers" DROP CONSTRAINT "fk_project_workers_application_id"`);
    await queryRunner.query(`ALTER TABLE "project_workers" DROP CONSTRAINT "fk_project_workers_seeker_profile_id"`);
    await queryRunner.query(`ALTER TABLE "project_workers" DROP CONSTRAINT "fk_project_workers_project_id"`);
    await queryRunner.query(`ALTER TABLE "projects" DROP CONSTRAINT "fk_projects_region_code"`);
    await queryRunner.query(`ALTER TABLE "projects" DROP CONSTRAINT "fk_projects_employer_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_job_postings_project_id"`);
    await queryRunner.query(`ALTER TABLE "job_postings" DROP COLUMN "project_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_project_labour_payments_project"`);
    await queryRunner.query(`DROP TABLE "project_labour_payments"`);
    await queryRunner.query(`DROP INDEX "public"."ix_project_acknowledgements_project"`);
    await queryRunner.query(`DROP TABLE "project_acknowledgements"`);
    await queryRunner.query(`DROP INDEX "public"."ix_project_workers_project_dates"`);
    await queryRunner.query(`DROP INDEX "public"."uq_project_workers_open_id_number"`);
    await queryRunner.query(`DROP INDEX "public"."uq_project_workers_open_seeker"`);
    await queryRunner.query(`DROP INDEX "public"."uq_project_workers_application_id"`);
    await queryRunner.query(`DROP TABLE "project_workers"`);
    await queryRunner.query(`DROP INDEX "public"."ix_projects_region_code"`);
    await queryRunner.query(`DROP INDEX "public"."ix_projects_employer_id"`);
    await queryRunner.query(`DROP TABLE "projects"`);
  }
}
