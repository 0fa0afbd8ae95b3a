import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Bureau oversight (issue 13): officers' decisions on screening flags, seekers' reports, post-hire check-ins, layoff
 * filings, and an employer's hiring suspension (set when an officer upholds a report that way).
 */
export class Oversight1765000000000 implements MigrationInterface {
  name = 'Oversight1765000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "screening_decisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "job_posting_id" uuid NOT NULL, "employer_id" uuid NOT NULL, "region_code" character varying(9) NOT NULL, "code" character varying(40) NOT NULL, "evidence" character varying(200) NOT NULL, "decision" character varying(8) NOT NULL, "reason" character varying(300) NOT NULL, "decided_by_user_id" uuid NOT NULL, "decided_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "pk_screening_decisions" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_screening_decisions_employer" ON "screening_decisions"  ("employer_id", "decision") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_screening_decisions_flag" ON "screening_decisions"  ("job_posting_id", "code", "evidence") `,
    );
    await queryRunner.query(
      `CREATE TABLE "content_reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "reporter_user_id" uuid NOT NULL, "target_type" character varying(12) NOT NULL, "target_id" uuid NOT NULL, "job_posting_id" uuid, "employer_id" uuid, "region_code" character varying(9) NOT NULL, "category" character varying(20) NOT NULL, "text" character varying(1000) NOT NULL, "photos" jsonb NOT NULL DEFAULT '[]', "status" character varying(10) NOT NULL DEFAULT 'OPEN', "action" character varying(20), "resolution_note" character varying(500), "resolved_by_user_id" uuid, "resolved_at" TIMESTAMP WITH TIME ZONE, "idempotency_key" character varying(64), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_content_reports" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_content_reports_idempotency" ON "content_reports"  ("reporter_user_id", "idempotency_key") WHERE "idempotency_key" IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "ix_content_reports_reporter" ON "content_reports"  ("reporter_user_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "ix_content_reports_employer" ON "content_reports"  ("employer_id", "status") `);
    await queryRunner.query(
      `CREATE INDEX "ix_content_reports_region_status" ON "content_reports"  ("region_code", "status", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "hire_check_ins" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "application_id" uuid NOT NULL, "worker_user_id" uuid NOT NULL, "employer_id" uuid NOT NULL, "job_posting_id" uuid NOT NULL, "hired_at" TIMESTAMP WITH TIME ZONE NOT NULL, "day" smallint NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "answered_at" TIMESTAMP WITH TIME ZONE, "still_working" boolean, "paid_as_promised" boolean, "hours_as_stated" boolean, "dormitory_as_stated" boolean, "meals_as_stated" boolean, "insurance_as_stated" boolean, "comment" character varying(500), CONSTRAINT "pk_hire_check_ins" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_hire_check_ins_employer" ON "hire_check_ins"  ("employer_id", "answered_at") `);
    await queryRunner.query(`CREATE INDEX "ix_hire_check_ins_worker_due" ON "hire_check_ins"  ("worker_user_id", "due_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_hire_check_ins_application_day" ON "hire_check_ins"  ("application_id", "day") `);
    await queryRunner.query(
      `CREATE TABLE "layoff_plans" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "employer_id" uuid NOT NULL, "region_code" character varying(9) NOT NULL, "staff_now" integer NOT NULL, "people_to_cut" integer NOT NULL, "layoff_date" date NOT NULL, "reasons" character varying(1000) NOT NULL, "consulted" boolean NOT NULL, "consultation_note" character varying(500), "reportable" boolean NOT NULL, "on_time" boolean NOT NULL, "days_before" integer NOT NULL, "verdict_reasons" jsonb NOT NULL, "filed_by_user_id" uuid NOT NULL, "idempotency_key" character varying(64), "filed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_layoff_plans" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_layoff_plans_idempotency" ON "layoff_plans"  ("employer_id", "idempotency_key") WHERE "idempotency_key" IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "ix_layoff_plans_employer" ON "layoff_plans"  ("employer_id", "layoff_date") `);
    await queryRunner.query(`CREATE INDEX "ix_layoff_plans_region_date" ON "layoff_plans"  ("region_code", "layoff_date") `);
    await queryRunner.query(`ALTER TABLE "employers" ADD "hiring_suspended_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "employers" ADD "hiring_suspended_reason" character varying(200)`);
    await queryRunner.query(
      `ALTER TABLE "screening_decisions" ADD CONSTRAINT "fk_screening_decisions_job_posting_id" FOREIGN KEY ("job_posting_id") REFERENCES "job_postings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "screening_decisions" ADD CONSTRAINT "fk_screening_decisions_employer_id" FOREIGN KEY ("employer_id") REFERENCES "employers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "screening_decisions" ADD CONSTRAINT "fk_screening_decisions_decided_by_user_id" FOREIGN KEY ("decided_by_user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "content_reports" ADD CONSTRAINT "fk_content_reports_reporter_user_id" FOREIGN KEY ("reporter_user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "content_reports" ADD CONSTRAINT "fk_content_reports_employer_id" FOREIGN KEY ("employer_id") REFERENCES "employers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "content_reports" ADD CONSTRAINT "fk_content_reports_region_code" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "hire_check_ins" ADD CONSTRAINT "fk_hire_check_ins_application_id" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "hire_check_ins" ADD CONSTRAINT "fk_hire_check_ins_worker_user_id" FOREIGN KEY ("worker_user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "hire_check_ins" ADD CONSTRAINT "fk_hire_check_ins_employer_id" FOREIGN KEY ("employer_id") REFERENCES "employers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "hire_check_ins" ADD CONSTRAINT "fk_hire_check_ins_job_posting_id" FOREIGN KEY ("job_posting_id") REFERENCES "job_postings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "layoff_plans" ADD CONSTRAINT "fk_layoff_plans_employer_id" FOREIGN KEY ("employer_id") REFERENCES "employers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "layoff_plans" ADD CONSTRAINT "fk_layoff_plans_region_code" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "layoff_plans" ADD CONSTRAINT "fk_layoff_plans_filed_by_user_id" FOREIGN KEY ("filed_by_user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "layoff_plans" DROP CONSTRAINT "fk_layoff_plans_filed_by_user_id"`);
    await queryRunner.query(`ALTER TABLE "layoff_plans" DROP CONSTRAINT "fk_layoff_plans_region_code"`);
    await queryRunner.query(`ALTER TABLE "layoff_plans" DROP CONSTRAINT "fk_layoff_plans_employer_id"`);
    await queryRunner.query(`ALTER TABLE "hire_check_ins" DROP CONSTRAINT "fk_hire_check_ins_job_posting_id"`);
    await queryRunner.query(`ALTER TABLE "hire_check_ins" DROP CONSTRAINT "fk_hire_check_ins_employer_id"`);
    await queryRunner.query(`ALTER TABLE "hire_check_ins" DROP CONSTRAINT "fk_hire_check_ins_worker_user_id"`);
    await queryRunner.query(`ALTER TABLE "hire_check_ins" DROP CONSTRAINT "fk_hire_check_ins_application_id"`);
    await queryRunner.query(`ALTER TABLE "content_reports" DROP CONSTRAINT "fk_content_reports_region_code"`);
    await queryRunner.query(`ALTER TABLE "content_reports" DROP CONSTRAINT "fk_content_reports_employer_id"`);
    await queryRunner.query(`ALTER TABLE "content_reports" DROP CONSTRAINT "fk_content_reports_reporter_user_id"`);
    await queryRunner.query(`ALTER TABLE "screening_decisions" DROP CONSTRAINT "fk_screening_decisions_decided_by_user_id"`);
    await queryRunner.query(`ALTER TABLE "screening_decisions" DROP CONSTRAINT "fk_screening_decisions_employer_id"`);
    await queryRunner.query(`ALTER TABLE "screening_decisions" DROP CONSTRAINT "fk_screening_decisions_job_posting_id"`);
    await queryRunner.query(`ALTER TABLE "employers" DROP COLUMN "hiring_suspended_reason"`);
    await queryRunner.query(`ALTER TABLE "employers" DROP COLUMN "hiring_suspended_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_layoff_plans_region_date"`);
    await queryRunner.query(`DROP INDEX "public"."ix_layoff_plans_employer"`);
    await queryRunner.query(`DROP INDEX "public"."uq_layoff_plans_idempotency"`);
    await queryRunner.query(`DROP TABLE "layoff_plans"`);
    await queryRunner.query(`DROP INDEX "public"."uq_hire_check_ins_application_day"`);
    await queryRunner.query(`DROP INDEX "public"."ix_hire_check_ins_worker_due"`);
    await queryRunner.query(`DROP INDEX "public"."ix_hire_check_ins_employer"`);
    await queryRunner.query(`DROP TABLE "hire_check_ins"`);
    await queryRunner.query(`DROP INDEX "public"."ix_content_reports_region_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_content_reports_employer"`);
    await queryRunner.query(`DROP INDEX "public"."ix_content_reports_reporter"`);
    await queryRunner.query(`DROP INDEX "public"."uq_content_reports_idempotency"`);
    await queryRunner.query(`DROP TABLE "content_reports"`);
    await queryRunner.query(`DROP INDEX "public"."uq_screening_decisions_flag"`);
    await queryRunner.query(`DROP INDEX "public"."ix_screening_decisions_employer"`);
    await queryRunner.query(`DROP TABLE "screening_decisions"`);
  }
}
