import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The gig market (零工市场, issue 15): individual posters with a real-name check, gigs, workers' places with their pay
 * settlement, daily attendance, ratings both ways, workers' opt-in preferences, county alerts (overdue and disputed
 * pay) and gig stations. Distances use earthdistance (created by the search migration) on expression GiST indexes.
 */
export class GigMarket1765300000000 implements MigrationInterface {
  name = 'GigMarket1765300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS cube`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS earthdistance`);
    await queryRunner.query(
      `CREATE TABLE "gig_posters" ("user_id" uuid NOT NULL, "real_name" character varying(40) NOT NULL, "id_number_encrypted" text NOT NULL, "id_number_hash" character(64) NOT NULL, "id_number_masked" character varying(18) NOT NULL, "region_code" character varying(9) NOT NULL, "trusted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_gig_posters" PRIMARY KEY ("user_id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_gig_posters_id_number_hash" ON "gig_posters"  ("id_number_hash") `);
    await queryRunner.query(
      `CREATE TABLE "gigs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "poster_kind" character varying(10) NOT NULL, "employer_id" uuid, "poster_user_id" uuid NOT NULL, "title" character varying(60) NOT NULL, "description" text NOT NULL, "skills" text array NOT NULL DEFAULT '{}', "region_code" character varying(9) NOT NULL, "address" character varying(200) NOT NULL, "lat" double precision NOT NULL, "lng" double precision NOT NULL, "start_date" date NOT NULL, "end_date" date NOT NULL, "daily_start" character varying(5) NOT NULL, "daily_end" character varying(5) NOT NULL, "headcount" smallint NOT NULL, "accepted_count" smallint NOT NULL DEFAULT '0', "pay_unit" character varying(8) NOT NULL, "pay_fen" integer NOT NULL, "piece_unit" character varying(10), "pay_timing" character varying(16) NOT NULL, "pay_method" character varying(16) NOT NULL, "tools_provided" boolean NOT NULL DEFAULT false, "meals_provided" boolean NOT NULL DEFAULT false, "works_at_height" boolean NOT NULL DEFAULT false, "heavy_loads" boolean NOT NULL DEFAULT false, "safety_note" character varying(200), "check_in_radius_meters" integer NOT NULL, "status" character varying(16) NOT NULL, "screening_flags" jsonb NOT NULL DEFAULT '[]', "below_minimum_wage" boolean NOT NULL DEFAULT false, "qr_secret" character varying(64) NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE, "notified_at" TIMESTAMP WITH TIME ZONE, "reviewed_by_user_id" uuid, "rejection_reason" text, "cancelled_at" TIMESTAMP WITH TIME ZONE, "cancel_reason" character varying(200), "late_cancellation" boolean NOT NULL DEFAULT false, "closed_out_at" TIMESTAMP WITH TIME ZONE, "idempotency_key" character varying(64), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_gigs_poster" CHECK (("poster_kind" = 'EMPLOYER') = ("employer_id" IS NOT NULL)), CONSTRAINT "ck_gigs_dates" CHECK ("end_date" >= "start_date"), CONSTRAINT "ck_gigs_pay" CHECK ("pay_fen" > 0), CONSTRAINT "ck_gigs_headcount" CHECK ("headcount" > 0), CONSTRAINT "pk_gigs" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_gigs_poster_idempotency" ON "gigs"  ("poster_user_id", "idempotency_key") WHERE "idempotency_key" IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "ix_gigs_poster_user" ON "gigs"  ("poster_user_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "ix_gigs_employer" ON "gigs"  ("employer_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "ix_gigs_region_status_start" ON "gigs"  ("region_code", "status", "start_date") `);
    await queryRunner.query(
      `CREATE TABLE "gig_assignments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "gig_id" uuid NOT NULL, "worker_user_id" uuid NOT NULL, "status" character varying(16) NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "no_show" boolean NOT NULL DEFAULT false, "pay_due_fen" integer NOT NULL DEFAULT '0', "pay_status" character varying(10) NOT NULL DEFAULT 'UNPAID', "paid_fen" integer, "paid_method" character varying(16), "paid_at" TIMESTAMP WITH TIME ZONE, "pay_confirmed_at" TIMESTAMP WITH TIME ZONE, "dispute_reason" character varying(300), "disputed_at" TIMESTAMP WITH TIME ZONE, "dispute_outcome" character varying(24), "resolution_note" character varying(300), "resolved_by_user_id" uuid, "resolved_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_gig_assignments" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_gig_assignments_gig_status" ON "gig_assignments"  ("gig_id", "status", "created_at") `);
    await queryRunner.query(`CREATE INDEX "ix_gig_assignments_worker" ON "gig_assignments"  ("worker_user_id", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_gig_assignments_gig_worker" ON "gig_assignments"  ("gig_id", "worker_user_id") `);
    await queryRunner.query(
      `CREATE TABLE "gig_attendances" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "assignment_id" uuid NOT NULL, "gig_id" uuid NOT NULL, "worker_user_id" uuid NOT NULL, "work_date" date NOT NULL, "check_in_at" TIMESTAMP WITH TIME ZONE NOT NULL, "check_in_method" character varying(10) NOT NULL, "check_in_distance_meters" integer, "check_out_at" TIMESTAMP WITH TIME ZONE, "check_out_method" character varying(10), "minutes" integer NOT NULL DEFAULT '0', "pieces" integer, "confirmed_at" TIMESTAMP WITH TIME ZONE, "confirmed_by_user_id" uuid, CONSTRAINT "pk_gig_attendances" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_gig_attendances_gig_date" ON "gig_attendances"  ("gig_id", "work_date") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_gig_attendances_assignment_date" ON "gig_attendances"  ("assignment_id", "work_date") `,
    );
    await queryRunner.query(
      `CREATE TABLE "gig_ratings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "assignment_id" uuid NOT NULL, "gig_id" uuid NOT NULL, "side" character varying(8) NOT NULL, "rater_user_id" uuid NOT NULL, "ratee_user_id" uuid NOT NULL, "employer_id" uuid, "on_time" boolean NOT NULL, "as_agreed" boolean NOT NULL, "stars" smallint NOT NULL, "comment" character varying(200), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_gig_ratings_stars" CHECK ("stars" BETWEEN 1 AND 5), CONSTRAINT "pk_gig_ratings" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_gig_ratings_ratee" ON "gig_ratings"  ("ratee_user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_gig_ratings_assignment_side" ON "gig_ratings"  ("assignment_id", "side") `);
    await queryRunner.query(
      `CREATE TABLE "gig_preferences" ("user_id" uuid NOT NULL, "enabled" boolean NOT NULL, "lat" double precision NOT NULL, "lng" double precision NOT NULL, "max_distance_km" smallint NOT NULL, "weekdays" smallint array NOT NULL, "skills" text array NOT NULL DEFAULT '{}', "grade" character varying(4) NOT NULL DEFAULT 'NEW', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_gig_preferences" PRIMARY KEY ("user_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "gig_alerts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(10) NOT NULL, "gig_id" uuid NOT NULL, "assignment_id" uuid NOT NULL, "region_code" character varying(9) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "resolved_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_gig_alerts" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_gig_alerts_region_open" ON "gig_alerts"  ("region_code", "resolved_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_gig_alerts_assignment_kind" ON "gig_alerts"  ("assignment_id", "kind") `);
    await queryRunner.query(
      `CREATE TABLE "gig_stations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "region_code" character varying(9) NOT NULL, "name" character varying(60) NOT NULL, "address" character varying(200) NOT NULL, "lat" double precision NOT NULL, "lng" double precision NOT NULL, "opening_hours" character varying(100) NOT NULL, "services" text array NOT NULL DEFAULT '{}', "contact_phone" character varying(20) NOT NULL, "created_by_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_gig_stations" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_gig_stations_region" ON "gig_stations"  ("region_code") `);
    await queryRunner.query(
      `ALTER TABLE "gig_posters" ADD CONSTRAINT "fk_gig_posters_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "gig_posters" ADD CONSTRAINT "fk_gig_posters_region_code" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "gigs" ADD CONSTRAINT "fk_gigs_employer_id" FOREIGN KEY ("employer_id") REFERENCES "employers"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "gigs" ADD CONSTRAINT "fk_gigs_poster_user_id" FOREIGN KEY ("poster_user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "gigs" ADD CONSTRAINT "fk_gigs_region_code" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "gig_assignments" ADD CONSTRAINT "fk_gig_assignments_gig_id" FOREIGN KEY ("gig_id") REFERENCES "gigs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "gig_assignments" ADD CONSTRAINT "fk_gig_assignments_worker_user_id" FOREIGN KEY ("worker_user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "gig_attendances" ADD CONSTRAINT "fk_gig_attendances_assignment_id" FOREIGN KEY ("assignment_id") REFERENCES "gig_assignments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "gig_ratings" ADD CONSTRAINT "fk_gig_ratings_assignment_id" FOREIGN KEY ("assignment_id") REFERENCES "gig_assignments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "gig_preferences" ADD CONSTRAINT "fk_gig_preferences_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "gig_alerts" ADD CONSTRAINT "fk_gig_alerts_gig_id" FOREIGN KEY ("gig_id") REFERENCES "gigs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "gig_alerts" ADD CONSTRAINT "fk_gig_alerts_assignment_id" FOREIGN KEY ("assignment_id") REFERENCES "gig_assignments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "gig_stations" ADD CONSTRAINT "fk_gig_stations_region_code" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_gigs_open_site" ON "gigs" USING gist (ll_to_earth("lat", "lng")) WHERE "status" = 'PUBLISHED'`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_gig_preferences_reach" ON "gig_preferences" USING gist (earth_box(ll_to_earth("lat", "lng"), "max_distance_km" * 1000.0)) WHERE "enabled"`,
    );
    await queryRunner.query(`CREATE INDEX "ix_gig_stations_site" ON "gig_stations" USING gist (ll_to_earth("lat", "lng"))`);
    await queryRunner.query(
      `CREATE INDEX "ix_gigs_to_notify" ON "gigs" ("published_at") WHERE "notified_at" IS NULL AND "status" = 'PUBLISHED'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS "ix_gigs_to_notify"`);
    await queryRunner.query(`DROP INDEX IF EXISTS "ix_gig_stations_site"`);
    await queryRunner.query(`DROP INDEX IF EXISTS "ix_gig_preferences_reach"`);
    await queryRunner.query(`DROP INDEX IF EXISTS "ix_gigs_open_site"`);
    await queryRunner.query(`ALTER TABLE "gig_stations" DROP CONSTRAINT "fk_gig_stations_region_code"`);
    await queryRunner.query(`ALTER TABLE "gig_alerts" DROP CONSTRAINT "fk_gig_alerts_assignment_id"`);
    await queryRunner.query(`ALTER TABLE "gig_alerts" DROP CONSTRAINT "fk_gig_alerts_gig_id"`);
    await queryRunner.query(`ALTER TABLE "gig_preferences" DROP CONSTRAINT "fk_gig_preferences_user_id"`);
    await queryRunner.query(`ALTER TABLE "gig_ratings" DROP CONSTRAINT "fk_gig_ratings_assignment_id"`);
    await queryRunner.query(`ALTER TABLE "gig_attendances" DROP CONSTRAINT "fk_gig_attendances_assignment_id"`);
    await queryRunner.query(`ALTER TABLE "gig_assignments" DROP CONSTRAINT "fk_gig_assignments_worker_user_id"`);
    await queryRunner.query(`ALTER TABLE "gig_assignments" DROP CONSTRAINT "fk_gig_assignments_gig_id"`);
    await queryRunner.query(`ALTER TABLE "gigs" DROP CONSTRAINT "fk_gigs_region_code"`);
    await queryRunner.query(`ALTER TABLE "gigs" DROP CONSTRAINT "fk_gigs_poster_user_id"`);
    await queryRunner.query(`ALTER TABLE "gigs" DROP CONSTRAINT "fk_gigs_employer_id"`);
    await queryRunner.query(`ALTER TABLE "gig_posters" DROP CONSTRAINT "fk_gig_posters_region_code"`);
    await queryRunner.query(`ALTER TABLE "gig_posters" DROP CONSTRAINT "fk_gig_posters_user_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_gig_stations_region"`);
    await queryRunner.query(`DROP TABLE "gig_stations"`);
    await queryRunner.query(`DROP INDEX "public"."uq_gig_alerts_assignment_kind"`);
    await queryRunner.query(`DROP INDEX "public"."ix_gig_alerts_region_open"`);
    await queryRunner.query(`DROP TABLE "gig_alerts"`);
    await queryRunner.query(`DROP TABLE "gig_preferences"`);
    await queryRunner.query(`DROP INDEX "public"."uq_gig_ratings_assignment_side"`);
    await queryRunner.query(`DROP INDEX "public"."ix_gig_ratings_ratee"`);
    await queryRunner.query(`DROP TABLE "gig_ratings"`);
    await queryRunner.query(`DROP INDEX "public"."uq_gig_attendances_assignment_date"`);
    await queryRunner.query(`DROP INDEX "public"."ix_gig_attendances_gig_date"`);
    await queryRunner.query(`DROP TABLE "gig_attendances"`);
    await queryRunner.query(`DROP INDEX "public"."uq_gig_assignments_gig_worker"`);
    await queryRunner.query(`DROP INDEX "public"."ix_gig_assignments_worker"`);
    await queryRunner.query(`DROP INDEX "public"."ix_gig_assignments_gig_status"`);
    await queryRunner.query(`DROP TABLE "gig_assignments"`);
    await queryRunner.query(`DROP INDEX "public"."ix_gigs_region_status_start"`);
    await queryRunner.query(`DROP INDEX "public"."ix_gigs_employer"`);
    await queryRunner.query(`DROP INDEX "public"."ix_gigs_poster_user"`);
    await queryRunner.query(`DROP INDEX "public"."uq_gigs_poster_idempotency"`);
    await queryRunner.query(`DROP TABLE "gigs"`);
    await queryRunner.query(`DROP INDEX "public"."uq_gig_posters_id_number_hash"`);
    await queryRunner.query(`DROP TABLE "gig_posters"`);
  }
}
