import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Unemployment registration and tracked help (issue 14): households (零就业家庭 is computed from them), online
 * unemployment registrations (at most one ACTIVE per account and per identity number), the caseload of support cases
 * (at most one OPEN per person) and their monthly follow-ups.
 */
export class EmploymentSupport1765200000000 implements MigrationInterface {
  name = 'EmploymentSupport1765200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "households" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "region_code" character varying(9) NOT NULL, "head_id_number_hash" character(64) NOT NULL, "head_id_number_masked" character varying(18) NOT NULL, "head_name" character varying(40) NOT NULL, "working_age_members" smallint NOT NULL, "declared_employed_members" smallint NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_households" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_households_region" ON "households"  ("region_code") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_households_head_id_number_hash" ON "households"  ("head_id_number_hash") `);
    await queryRunner.query(
      `CREATE TABLE "unemployment_registrations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "seeker_profile_id" uuid NOT NULL, "region_code" character varying(9) NOT NULL, "registered_on" date NOT NULL, "reason" character varying(24) NOT NULL, "last_employer_name" character varying(100), "last_job_ended_month" character varying(7), "wants_job" boolean NOT NULL, "difficulty_categories" text array NOT NULL DEFAULT '{}', "id_number_encrypted" text NOT NULL, "id_number_hash" character(64) NOT NULL, "id_number_masked" character varying(18) NOT NULL, "household_id" uuid NOT NULL, "status" character varying(8) NOT NULL DEFAULT 'ACTIVE', "closed_reason" character varying(16), "closed_at" TIMESTAMP WITH TIME ZONE, "closed_by_application_id" uuid, "idempotency_key" character varying(64), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_unemployment_registrations" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_unemployment_registrations_household" ON "unemployment_registrations"  ("household_id") `);
    await queryRunner.query(
      `CREATE INDEX "ix_unemployment_registrations_region_status" ON "unemployment_registrations"  ("region_code", "status") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_unemployment_registrations_idempotency" ON "unemployment_registrations"  ("user_id", "idempotency_key") WHERE "idempotency_key" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_unemployment_registrations_active_id_number" ON "unemployment_registrations"  ("id_number_hash") WHERE "status" = 'ACTIVE'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_unemployment_registrations_active_user" ON "unemployment_registrations"  ("user_id") WHERE "status" = 'ACTIVE'`,
    );
    await queryRunner.query(
      `CREATE TABLE "support_cases" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seeker_profile_id" uuid NOT NULL, "user_id" uuid NOT NULL, "kind" character varying(12) NOT NULL, "region_code" character varying(9) NOT NULL, "registration_id" uuid, "opened_on" date NOT NULL, "last_contact_on" date, "next_follow_up_due" date NOT NULL, "status" character varying(8) NOT NULL DEFAULT 'OPEN', "outcome" character varying(16), "closed_at" TIMESTAMP WITH TIME ZONE, "employed_by_application_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_support_cases" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_support_cases_profile" ON "support_cases"  ("seeker_profile_id", "created_at") `);
    await queryRunner.query(
      `CREATE INDEX "ix_support_cases_region_status_due" ON "support_cases"  ("region_code", "status", "next_follow_up_due") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_support_cases_open_profile" ON "support_cases"  ("seeker_profile_id") WHERE "status" = 'OPEN'`,
    );
    await queryRunner.query(
      `CREATE TABLE "support_follow_ups" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "officer_user_id" uuid NOT NULL, "officer_name" character varying(60) NOT NULL, "contacted_on" date NOT NULL, "channel" character varying(8) NOT NULL, "note" character varying(500) NOT NULL, "outcome" character varying(16) NOT NULL, "recommended_job_posting_ids" uuid array NOT NULL DEFAULT '{}', "recommended_fair_ids" uuid array NOT NULL DEFAULT '{}', "idempotency_key" character varying(64), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_support_follow_ups" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_support_follow_ups_idempotency" ON "support_follow_ups"  ("officer_user_id", "idempotency_key") WHERE "idempotency_key" IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "ix_support_follow_ups_case" ON "support_follow_ups"  ("case_id", "contacted_on") `);
    await queryRunner.query(
      `ALTER TABLE "households" ADD CONSTRAINT "fk_households_region_code" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "unemployment_registrations" ADD CONSTRAINT "fk_unemployment_registrations_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "unemployment_registrations" ADD CONSTRAINT "fk_unemployment_registrations_seeker_profile_id" FOREIGN KEY ("seeker_profile_id") REFERENCES "job_seeker_profiles"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "unemployment_registrations" ADD CONSTRAINT "fk_unemployment_registrations_region_code" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "unemployment_registrations" ADD CONSTRAINT "fk_unemployment_registrations_household_id" FOREIGN KEY ("household_id") REFERENCES "households"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "unemployment_registrations" ADD CONSTRAINT "fk_unemployment_registrations_closed_by_application_id" FOREIGN KEY ("closed_by_application_id") REFERENCES "applications"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "support_cases" ADD CONSTRAINT "fk_support_cases_seeker_profile_id" FOREIGN KEY ("seeker_profile_id") REFERENCES "job_seeker_profiles"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "support_cases" ADD CONSTRAINT "fk_support_cases_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "support_cases" ADD CONSTRAINT "fk_support_cases_region_code" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "support_cases" ADD CONSTRAINT "fk_support_cases_registration_id" FOREIGN KEY ("registration_id") REFERENCES "unemployment_registrations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "support_cases" ADD CONSTRAINT "fk_support_cases_employed_by_application_id" FOREIGN KEY ("employed_by_application_id") REFERENCES "applications"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "support_follow_ups" ADD CONSTRAINT "fk_support_follow_ups_case_id" FOREIGN KEY ("case_id") REFERENCES "support_cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "support_follow_ups" ADD CONSTRAINT "fk_support_follow_ups_officer_user_id" FOREIGN KEY ("officer_user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "support_follow_ups" DROP CONSTRAINT "fk_support_follow_ups_officer_user_id"`);
    await queryRunner.query(`ALTER TABLE "support_follow_ups" DROP CONSTRAINT "fk_support_follow_ups_case_id"`);
    await queryRunner.query(`ALTER TABLE "support_cases" DROP CONSTRAINT "fk_support_cases_employed_by_application_id"`);
    await queryRunner.query(`ALTER TABLE "support_cases" DROP CONSTRAINT "fk_support_cases_registration_id"`);
    await queryRunner.query(`ALTER TABLE "support_cases" DROP CONSTRAINT "fk_support_cases_region_code"`);
    await queryRunner.query(`ALTER TABLE "support_cases" DROP CONSTRAINT "fk_support_cases_user_id"`);
    await queryRunner.query(`ALTER TABLE "support_cases" DROP CONSTRAINT "fk_support_cases_seeker_profile_id"`);
    await queryRunner.query(
      `ALTER TABLE "unemployment_registrations" DROP CONSTRAINT "fk_unemployment_registrations_closed_by_application_id"`,
    );
    await queryRunner.query(`ALTER TABLE "unemployment_registrations" DROP CONSTRAINT "fk_unemployment_registrations_household_id"`);
    await queryRunner.query(`ALTER TABLE "unemployment_registrations" DROP CONSTRAINT "fk_unemployment_registrations_region_code"`);
    await queryRunner.query(`ALTER TABLE "unemployment_registrations" DROP CONSTRAINT "fk_unemployment_registrations_seeker_profile_id"`);
    await queryRunner.query(`ALTER TABLE "unemployment_registrations" DROP CONSTRAINT "fk_unemployment_registrations_user_id"`);
    await queryRunner.query(`ALTER TABLE "households" DROP CONSTRAINT "fk_households_region_code"`);
    await queryRunner.query(`DROP INDEX "public"."ix_support_follow_ups_case"`);
    await queryRunner.query(`DROP INDEX "public"."uq_support_follow_ups_idempotency"`);
    await queryRunner.query(`DROP TABLE "support_follow_ups"`);
    await queryRunner.query(`DROP INDEX "public"."uq_support_cases_open_profile"`);
    await queryRunner.query(`DROP INDEX "public"."ix_support_cases_region_status_due"`);
    await queryRunner.query(`DROP INDEX "public"."ix_support_cases_profile"`);
    await queryRunner.query(`DROP TABLE "support_cases"`);
    await queryRunner.query(`DROP INDEX "public"."uq_unemployment_registrations_active_user"`);
    await queryRunner.query(`DROP INDEX "public"."uq_unemployment_registrations_active_id_number"`);
    await queryRunner.query(`DROP INDEX "public"."uq_unemployment_registrations_idempotency"`);
    await queryRunner.query(`DROP INDEX "public"."ix_unemployment_registrations_region_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_unemployment_registrations_household"`);
    await queryRunner.query(`DROP TABLE "unemployment_registrations"`);
    await queryRunner.query(`DROP INDEX "public"."uq_households_head_id_number_hash"`);
    await queryRunner.query(`DROP INDEX "public"."ix_households_region"`);
    await queryRunner.query(`DROP TABLE "households"`);
  }
}
