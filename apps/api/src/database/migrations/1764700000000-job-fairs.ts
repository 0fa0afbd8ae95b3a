import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Online job fairs (issue 12): employer teams (every existing company's owner becomes its OWNER member), fairs, booths,
 * pre-registrations, queue tickets with their talks, call-back requests, talk messages and invitations.
 */
export class JobFairs1764700000000 implements MigrationInterface {
  name = 'JobFairs1764700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "employer_members" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "employer_id" uuid NOT NULL, "user_id" uuid, "phone" character varying(20), "role" character varying(12) NOT NULL, "invited_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_employer_members" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_employer_members_employer_id" ON "employer_members"  ("employer_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_employer_members_phone" ON "employer_members"  ("phone") WHERE "phone" IS NOT NULL`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_employer_members_user_id" ON "employer_members"  ("user_id") WHERE "user_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "job_fairs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "region_code" character varying(9) NOT NULL, "name" character varying(80) NOT NULL, "campaign" character varying(32) NOT NULL, "theme" character varying(500), "target_groups" text array NOT NULL DEFAULT '{}', "mode" character varying(8) NOT NULL, "venue_address" character varying(200), "booth_apply_from" TIMESTAMP WITH TIME ZONE NOT NULL, "booth_apply_until" TIMESTAMP WITH TIME ZONE NOT NULL, "start_date" date NOT NULL, "end_date" date NOT NULL, "opens_at" character varying(5) NOT NULL, "closes_at" character varying(5) NOT NULL, "booth_capacity" integer NOT NULL, "priority_window_minutes" integer, "answer_window_seconds" integer NOT NULL DEFAULT '60', "max_queues_per_seeker" integer NOT NULL DEFAULT '3', "status" character varying(12) NOT NULL DEFAULT 'DRAFT', "project_id" uuid, "created_by_user_id" uuid NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE, "started_at" TIMESTAMP WITH TIME ZONE, "ended_at" TIMESTAMP WITH TIME ZONE, "final_stats" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_job_fairs" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_job_fairs_project_id" ON "job_fairs"  ("project_id") `);
    await queryRunner.query(`CREATE INDEX "ix_job_fairs_region_status" ON "job_fairs"  ("region_code", "status") `);
    await queryRunner.query(
      `CREATE TABLE "fair_booths" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "fair_id" uuid NOT NULL, "employer_id" uuid NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'PENDING', "intro" character varying(500) NOT NULL, "job_posting_ids" uuid array NOT NULL, "staff_user_ids" uuid array NOT NULL, "number" character varying(6), "zone" character varying(20), "rejection_reason" character varying(200), "callback_threshold_seconds" integer, "last_ticket_seq" integer NOT NULL DEFAULT '0', "reviewed_by_user_id" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_fair_booths" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_fair_booths_employer_id" ON "fair_booths"  ("employer_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_fair_booths_fair_number" ON "fair_booths"  ("fair_id", "number") WHERE "number" IS NOT NULL`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_fair_booths_fair_employer" ON "fair_booths"  ("fair_id", "employer_id") `);
    await queryRunner.query(
      `CREATE TABLE "fair_registrations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "fair_id" uuid NOT NULL, "user_id" uuid NOT NULL, "booth_ids" uuid array NOT NULL DEFAULT '{}', "checked_in_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_fair_registrations" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_fair_registrations_user_id" ON "fair_registrations"  ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_fair_registrations_fair_user" ON "fair_registrations"  ("fair_id", "user_id") `);
    await queryRunner.query(
      `CREATE TABLE "fair_tickets" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "fair_id" uuid NOT NULL, "booth_id" uuid NOT NULL, "user_id" uuid NOT NULL, "seeker_profile_id" uuid NOT NULL, "seq" integer NOT NULL, "status" character varying(10) NOT NULL, "on_site" boolean NOT NULL DEFAULT false, "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "called_at" TIMESTAMP WITH TIME ZONE, "rep_user_id" uuid, "accepted_at" TIMESTAMP WITH TIME ZONE, "ended_at" TIMESTAMP WITH TIME ZONE, "outcome" character varying(16), "note" character varying(500), "job_posting_id" uuid, "application_id" uuid, "interview_at" TIMESTAMP WITH TIME ZONE, "interview_place" character varying(200), CONSTRAINT "pk_fair_tickets" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_fair_tickets_called" ON "fair_tickets"  ("called_at") WHERE "status" = 'CALLED'`);
    await queryRunner.query(`CREATE INDEX "ix_fair_tickets_fair_user_status" ON "fair_tickets"  ("fair_id", "user_id", "status") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_fair_tickets_booth_seq" ON "fair_tickets"  ("booth_id", "seq") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_fair_tickets_open_per_booth" ON "fair_tickets"  ("booth_id", "user_id") WHERE "status" IN ('WAITING', 'CALLED', 'IN_TALK')`,
    );
    await queryRunner.query(
      `CREATE TABLE "fair_callbacks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "fair_id" uuid NOT NULL, "booth_id" uuid NOT NULL, "user_id" uuid NOT NULL, "message" character varying(300) NOT NULL, "answered_by_user_id" uuid, "answered_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_fair_callbacks" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_fair_callbacks_booth_open" ON "fair_callbacks"  ("booth_id", "answered_at") `);
    await queryRunner.query(
      `CREATE TABLE "fair_talk_messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "ticket_id" uuid NOT NULL, "sender_user_id" uuid NOT NULL, "body" character varying(1000) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_fair_talk_messages" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_fair_talk_messages_ticket" ON "fair_talk_messages"  ("ticket_id", "created_at") `);
    await queryRunner.query(
      `ALTER TABLE "employer_members" ADD CONSTRAINT "fk_employer_members_employer_id" FOREIGN KEY ("employer_id") REFERENCES "employers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "employer_members" ADD CONSTRAINT "fk_employer_members_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "job_fairs" ADD CONSTRAINT "fk_job_fairs_region_code" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "job_fairs" ADD CONSTRAINT "fk_job_fairs_project_id" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "job_fairs" ADD CONSTRAINT "fk_job_fairs_created_by_user_id" FOREIGN KEY ("created_by_user_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "fair_booths" ADD CONSTRAINT "fk_fair_booths_fair_id" FOREIGN KEY ("fair_id") REFERENCES "job_fairs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "fair_booths" ADD CONSTRAINT "fk_fair_booths_employer_id" FOREIGN KEY ("employer_id") REFERENCES "employers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "fair_registrations" ADD CONSTRAINT "fk_fair_registrations_fair_id" FOREIGN KEY ("fair_id") REFERENCES "job_fairs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "fair_registrations" ADD CONSTRAINT "fk_fair_registrations_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "fair_tickets" ADD CONSTRAINT "fk_fair_tickets_fair_id" FOREIGN KEY ("fair_id") REFERENCES "job_fairs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "fair_tickets" ADD CONSTRAINT "fk_fair_tickets_booth_id" FOREIGN KEY ("booth_id") REFERENCES "fair_booths"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "fair_tickets" ADD CONSTRAINT "fk_fair_tickets_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "fair_callbacks" ADD CONSTRAINT "fk_fair_callbacks_fair_id" FOREIGN KEY ("fair_id") REFERENCES "job_fairs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "fair_callbacks" ADD CONSTRAINT "fk_fair_callbacks_booth_id" FOREIGN KEY ("booth_id") REFERENCES "fair_booths"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "fair_callbacks" ADD CONSTRAINT "fk_fair_callbacks_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "fair_talk_messages" ADD CONSTRAINT "fk_fair_talk_messages_ticket_id" FOREIGN KEY ("ticket_id") REFERENCES "fair_tickets"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "applications" ADD "job_fair_id" uuid`);
    await queryRunner.query(`CREATE INDEX "ix_applications_job_fair_id" ON "applications"  ("job_fair_id") `);
    await queryRunner.query(
      `ALTER TABLE "applications" ADD CONSTRAINT "fk_applications_job_fair_id" FOREIGN KEY ("job_fair_id") REFERENCES "job_fairs"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "fair_invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "fair_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_fair_invitations" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_fair_invitations_user_id" ON "fair_invitations"  ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_fair_invitations_fair_user" ON "fair_invitations"  ("fair_id", "user_id") `);
    await queryRunner.query(
      `ALTER TABLE "fair_invitations" ADD CONSTRAINT "fk_fair_invitations_fair_id" FOREIGN KEY ("fair_id") REFERENCES "job_fairs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "fair_invitations" ADD CONSTRAINT "fk_fair_invitations_user_id" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "live_rooms" ADD "job_fair_id" uuid`);
    await queryRunner.query(`CREATE INDEX "ix_live_rooms_job_fair_id" ON "live_rooms"  ("job_fair_id") `);
    await queryRunner.query(
      `ALTER TABLE "live_rooms" ADD CONSTRAINT "fk_live_rooms_job_fair_id" FOREIGN KEY ("job_fair_id") REFERENCES "job_fairs"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `INSERT INTO "employer_members" ("employer_id", "user_id", "phone", "role") SELECT e."id", e."owner_user_id", u."phone", 'OWNER' FROM "employers" e JOIN "users" u ON u."id" = e."owner_user_id"`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "live_rooms" DROP CONSTRAINT "fk_live_rooms_job_fair_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_live_rooms_job_fair_id"`);
    await queryRunner.query(`ALTER TABLE "live_rooms" DROP COLUMN "job_fair_id"`);
    await queryRunner.query(`ALTER TABLE "fair_invitations" DROP CONSTRAINT "fk_fair_invitations_user_id"`);
    await queryRunner.query(`ALTER TABLE "fair_invitations" DROP CONSTRAINT "fk_fair_invitations_fair_id"`);
    await queryRunner.query(`DROP INDEX "public"."uq_fair_invitations_fair_user"`);
    await queryRunner.query(`DROP INDEX "public"."ix_fair_invitations_user_id"`);
    await queryRunner.query(`DROP TABLE "fair_invitations"`);
    await queryRunner.query(`ALTER TABLE "applications" DROP CONSTRAINT "fk_applications_job_fair_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_applications_job_fair_id"`);
    await queryRunner.query(`ALTER TABLE "applications" DROP COLUMN "job_fair_id"`);
    await queryRunner.query(`ALTER TABLE "fair_talk_messages" DROP CONSTRAINT "fk_fair_talk_messages_ticket_id"`);
    await queryRunner.query(`ALTER TABLE "fair_callbacks" DROP CONSTRAINT "fk_fair_callbacks_user_id"`);
    await queryRunner.query(`ALTER TABLE "fair_callbacks" DROP CONSTRAINT "fk_fair_callbacks_booth_id"`);
    await queryRunner.query(`ALTER TABLE "fair_callbacks" DROP CONSTRAINT "fk_fair_callbacks_fair_id"`);
    await queryRunner.query(`ALTER TABLE "fair_tickets" DROP CONSTRAINT "fk_fair_tickets_user_id"`);
    await queryRunner.query(`ALTER TABLE "fair_tickets" DROP CONSTRAINT "fk_fair_tickets_booth_id"`);
    await queryRunner.query(`ALTER TABLE "fair_tickets" DROP CONSTRAINT "fk_fair_tickets_fair_id"`);
    await queryRunner.query(`ALTER TABLE "fair_registrations" DROP CONSTRAINT "fk_fair_registrations_user_id"`);
    await queryRunner.query(`ALTER TABLE "fair_registrations" DROP CONSTRAINT "fk_fair_registrations_fair_id"`);
    await queryRunner.query(`ALTER TABLE "fair_booths" DROP CONSTRAINT "fk_fair_booths_employer_id"`);
    await queryRunner.query(`ALTER TABLE "fair_booths" DROP CONSTRAINT "fk_fair_booths_fair_id"`);
    await queryRunner.query(`ALTER TABLE "job_fairs" DROP CONSTRAINT "fk_job_fairs_created_by_user_id"`);
    await queryRunner.query(`ALTER TABLE "job_fairs" DROP CONSTRAINT "fk_job_fairs_project_id"`);
    await queryRunner.query(`ALTER TABLE "job_fairs" DROP CONSTRAINT "fk_job_fairs_region_code"`);
    await queryRunner.query(`ALTER TABLE "employer_members" DROP CONSTRAINT "fk_employer_members_user_id"`);
    await queryRunner.query(`ALTER TABLE "employer_members" DROP CONSTRAINT "fk_employer_members_employer_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_fair_talk_messages_ticket"`);
    await queryRunner.query(`DROP TABLE "fair_talk_messages"`);
    await queryRunner.query(`DROP INDEX "public"."ix_fair_callbacks_booth_open"`);
    await queryRunner.query(`DROP TABLE "fair_callbacks"`);
    await queryRunner.query(`DROP INDEX "public"."uq_fair_tickets_open_per_booth"`);
    await queryRunner.query(`DROP INDEX "public"."uq_fair_tickets_booth_seq"`);
    await queryRunner.query(`DROP INDEX "public"."ix_fair_tickets_fair_user_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_fair_tickets_called"`);
    await queryRunner.query(`DROP TABLE "fair_tickets"`);
    await queryRunner.query(`DROP INDEX "public"."uq_fair_registrations_fair_user"`);
    await queryRunner.query(`DROP INDEX "public"."ix_fair_registrations_user_id"`);
    await queryRunner.query(`DROP TABLE "fair_registrations"`);
    await queryRunner.query(`DROP INDEX "public"."uq_fair_booths_fair_employer"`);
    await queryRunner.query(`DROP INDEX "public"."uq_fair_booths_fair_number"`);
    await queryRunner.query(`DROP INDEX "public"."ix_fair_booths_employer_id"`);
    await queryRunner.query(`DROP TABLE "fair_booths"`);
    await queryRunner.query(`DROP INDEX "public"."ix_job_fairs_region_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_job_fairs_project_id"`);
    await queryRunner.query(`DROP TABLE "job_fairs"`);
    await queryRunner.query(`DROP INDEX "public"."uq_employer_members_user_id"`);
    await queryRunner.query(`DROP INDEX "public"."uq_employer_members_phone"`);
    await queryRunner.query(`DROP INDEX "public"."ix_employer_members_employer_id"`);
    await queryRunner.query(`DROP TABLE "employer_members"`);
  }
}
