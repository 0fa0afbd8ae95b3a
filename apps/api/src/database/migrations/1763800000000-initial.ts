import { MigrationInterface, QueryRunner } from 'typeorm';

/** Users, regions, employers, job seekers, job postings, applications and their history. */
export class Initial1763800000000 implements MigrationInterface {
  name = 'Initial1763800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "role" character varying(16) NOT NULL, "phone" character varying(20), "email" character varying(254), "password_hash" character varying(200) NOT NULL, "display_name" character varying(60) NOT NULL, "region_code" character varying(9), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_users_officer_region" CHECK ("role" <> 'OFFICER' OR "region_code" IS NOT NULL), CONSTRAINT "ck_users_login_present" CHECK ("phone" IS NOT NULL OR "email" IS NOT NULL), CONSTRAINT "pk_users" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_users_phone" ON "users"  ("phone") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_users_email" ON "users"  ("email") `);
    await queryRunner.query(
      `CREATE TABLE "job_seeker_profiles" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "full_name" character varying(40) NOT NULL, "gender" character varying(8), "birth_year" smallint, "hukou_region_code" character varying(9), "residence_region_code" character varying(9), "residence_lat" double precision, "residence_lng" double precision, "education" character varying(16), "major" character varying(60), "graduation_date" date, "skills" text array NOT NULL DEFAULT '{}', "certificates" jsonb NOT NULL DEFAULT '[]', "labour_brand" character varying(40), "desired_occupations" text array NOT NULL DEFAULT '{}', "desired_places" text array NOT NULL DEFAULT '{}', "expected_pay_min" integer, "expected_pay_max" integer, "priority_groups" text array NOT NULL DEFAULT '{}', "discoverable" boolean NOT NULL DEFAULT false, "id_number_encrypted" text, "id_number_hash" character(64), "id_number_masked" character varying(18), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_job_seeker_profiles" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_job_seeker_profiles_user_id" ON "job_seeker_profiles"  ("user_id") `);
    await queryRunner.query(`CREATE INDEX "ix_job_seeker_profiles_hukou_region_code" ON "job_seeker_profiles"  ("hukou_region_code") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_job_seeker_profiles_id_number_hash" ON "job_seeker_profiles"  ("id_number_hash") `);
    await queryRunner.query(
      `CREATE TABLE "regions" ("code" character varying(9) NOT NULL, "name" character varying(60) NOT NULL, "full_name" character varying(200) NOT NULL, "level" character varying(12) NOT NULL, "parent_code" character varying(9), CONSTRAINT "pk_regions" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_regions_parent_code" ON "regions"  ("parent_code") `);
    await queryRunner.query(
      `CREATE TABLE "employers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "owner_user_id" uuid NOT NULL, "name" character varying(100) NOT NULL, "credit_code" character(18) NOT NULL, "region_code" character varying(9) NOT NULL, "industry" character varying(60) NOT NULL, "size" character varying(8) NOT NULL, "contact_name" character varying(40) NOT NULL, "contact_phone" character varying(20) NOT NULL, "description" text, "verification_status" character varying(12) NOT NULL DEFAULT 'PENDING', "verification_note" text, "verified_by_user_id" uuid, "verified_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_employers" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_employers_owner_user_id" ON "employers"  ("owner_user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_employers_credit_code" ON "employers"  ("credit_code") `);
    await queryRunner.query(`CREATE INDEX "ix_employers_region_code" ON "employers"  ("region_code") `);
    await queryRunner.query(
      `CREATE TABLE "job_postings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "employer_id" uuid NOT NULL, "title" character varying(60) NOT NULL, "description" text NOT NULL, "occupation" character varying(60) NOT NULL, "headcount" integer NOT NULL, "pay_min" integer NOT NULL, "pay_max" integer NOT NULL, "work_region_code" character varying(9) NOT NULL, "address" character varying(200), "lat" double precision, "lng" double precision, "kind" character varying(16) NOT NULL, "skills" text array NOT NULL DEFAULT '{}', "education" character varying(16), "min_experience_years" smallint, "certificates" jsonb NOT NULL DEFAULT '[]', "status" character varying(16) NOT NULL DEFAULT 'DRAFT', "rejection_reason" text, "screening_flags" jsonb NOT NULL DEFAULT '[]', "reviewed_by_user_id" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, "submitted_at" TIMESTAMP WITH TIME ZONE, "published_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "truth_working_hours" character varying(200), "truth_shifts" character varying(100), "truth_dormitory" character varying(12), "truth_meals" character varying(16), "truth_social_insurance" character varying(32), "truth_note" character varying(500), CONSTRAINT "ck_job_postings_headcount" CHECK ("headcount" > 0), CONSTRAINT "ck_job_postings_pay_range" CHECK ("pay_min" >= 0 AND "pay_min" <= "pay_max"), CONSTRAINT "pk_job_postings" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_job_postings_employer_id" ON "job_postings"  ("employer_id") `);
    await queryRunner.query(`CREATE INDEX "ix_job_postings_work_region_code" ON "job_postings"  ("work_region_code") `);
    await queryRunner.query(`CREATE INDEX "ix_job_postings_published" ON "job_postings"  ("status", "published_at", "id") `);
    await queryRunner.query(
      `CREATE TABLE "applications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "job_posting_id" uuid NOT NULL, "seeker_profile_id" uuid NOT NULL, "status" character varying(12) NOT NULL DEFAULT 'SUBMITTED', "source" character varying(16) NOT NULL, "cover_note" character varying(500), "idempotency_key" character varying(80), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_applications_seeker_idempotency_key" UNIQUE ("seeker_profile_id", "idempotency_key"), CONSTRAINT "uq_applications_job_seeker" UNIQUE ("job_posting_id", "seeker_profile_id"), CONSTRAINT "pk_applications" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_applications_job_posting_id" ON "applications"  ("job_posting_id") `);
    await queryRunner.query(
      `CREATE TABLE "application_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "application_id" uuid NOT NULL, "from_status" character varying(12), "to_status" character varying(12) NOT NULL, "actor_user_id" uuid NOT NULL, "actor_role" character varying(16) NOT NULL, "actor_name" character varying(60) NOT NULL, "note" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_application_events" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_application_events_application_id" ON "application_events"  ("application_id") `);
    await queryRunner.query(
      `ALTER TABLE "job_seeker_profiles" ADD CONSTRAINT "fk_job_seeker_profiles_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "employers" ADD CONSTRAINT "fk_employers_owner_user_id" FOREIGN KEY ("owner_user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "employers" ADD CONSTRAINT "fk_employers_region_code" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "job_postings" ADD CONSTRAINT "fk_job_postings_employer_id" FOREIGN KEY ("employer_id") REFERENCES "employers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "job_postings" ADD CONSTRAINT "fk_job_postings_work_region_code" FOREIGN KEY ("work_region_code") REFERENCES "regions"("code") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "applications" ADD CONSTRAINT "fk_applications_job_posting_id" FOREIGN KEY ("job_posting_id") REFERENCES "job_postings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "applications" ADD CONSTRAINT "fk_applications_seeker_profile_id" FOREIGN KEY ("seeker_profile_id") REFERENCES "job_seeker_profiles"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "application_events" ADD CONSTRAINT "fk_application_events_application_id" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Region filters match a posting's work region by code prefix (LIKE '6229%'), which needs pattern ops.
    await queryRunner.query(`CREATE INDEX "ix_job_postings_work_region_prefix" ON "job_postings" ("work_region_code" varchar_pattern_ops)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_job_postings_work_region_prefix"`);
    await queryRunner.query(`ALTER TABLE "application_events" DROP CONSTRAINT "fk_application_events_application_id"`);
    await queryRunner.query(`ALTER TABLE "applications" DROP CONSTRAINT "fk_applications_seeker_profile_id"`);
    await queryRunner.query(`ALTER TABLE "applications" DROP CONSTRAINT "fk_applications_job_posting_id"`);
    await queryRunner.query(`ALTER TABLE "job_postings" DROP CONSTRAINT "fk_job_postings_work_region_code"`);
    await queryRunner.query(`ALTER TABLE "job_postings" DROP CONSTRAINT "fk_job_postings_employer_id"`);
    await queryRunner.query(`ALTER TABLE "employers" DROP CONSTRAINT "fk_employers_region_code"`);
    await queryRunner.query(`ALTER TABLE "employers" DROP CONSTRAINT "fk_employers_owner_user_id"`);
    await queryRunner.query(`ALTER TABLE "job_seeker_profiles" DROP CONSTRAINT "fk_job_seeker_profiles_user_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_application_events_application_id"`);
    await queryRunner.query(`DROP TABLE "application_events"`);
    await queryRunner.query(`DROP INDEX "public"."ix_applications_job_posting_id"`);
    await queryRunner.query(`DROP TABLE "applications"`);
    await queryRunner.query(`DROP INDEX "public"."ix_job_postings_published"`);
    await queryRunner.query(`DROP INDEX "public"."ix_job_postings_work_region_code"`);
    await queryRunner.query(`DROP INDEX "public"."ix_job_postings_employer_id"`);
    await queryRunner.query(`DROP TABLE "job_postings"`);
    await queryRunner.query(`DROP INDEX "public"."ix_employers_region_code"`);
    await queryRunner.query(`DROP INDEX "public"."uq_employers_credit_code"`);
    await queryRunner.query(`DROP INDEX "public"."uq_employers_owner_user_id"`);
    await queryRunner.query(`DROP TABLE "employers"`);
    await queryRunner.query(`DROP INDEX "public"."ix_regions_parent_code"`);
    await queryRunner.query(`DROP TABLE "regions"`);
    await queryRunner.query(`DROP INDEX "public"."uq_job_seeker_profiles_id_number_hash"`);
    await queryRunner.query(`DROP INDEX "public"."ix_job_seeker_profiles_hukou_region_code"`);
    await queryRunner.query(`DROP INDEX "public"."uq_job_seeker_profiles_user_id"`);
    await queryRunner.query(`DROP TABLE "job_seeker_profiles"`);
    await queryRunner.query(`DROP INDEX "public"."uq_users_email"`);
    await queryRunner.query(`DROP INDEX "public"."uq_users_phone"`);
    await queryRunner.query(`DROP TABLE "users"`);
  }
}
