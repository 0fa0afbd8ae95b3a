import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Live-stream hiring rooms: rooms and their lineup, pins, questions, viewers and card impressions (for the after-room
 * funnel), job FAQs from unanswered questions, and the room an application came from.
 */
export class LiveRooms1764200000000 implements MigrationInterface {
  name = 'LiveRooms1764200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "live_rooms" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(60) NOT NULL, "description" character varying(1000), "host_user_id" uuid NOT NULL, "host_role" character varying(12) NOT NULL, "employer_id" uuid, "region_code" character varying(9) NOT NULL, "status" character varying(12) NOT NULL DEFAULT 'SCHEDULED', "scheduled_start" TIMESTAMP WITH TIME ZONE NOT NULL, "scheduled_end" TIMESTAMP WITH TIME ZONE, "cover_url" character varying(500), "stream_url" character varying(500), "started_at" TIMESTAMP WITH TIME ZONE, "ended_at" TIMESTAMP WITH TIME ZONE, "peak_viewers" integer NOT NULL DEFAULT '0', "likes" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_live_rooms" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_live_rooms_host_user_id" ON "live_rooms"  ("host_user_id") `);
    await queryRunner.query(`CREATE INDEX "ix_live_rooms_region_code" ON "live_rooms"  ("region_code") `);
    await queryRunner.query(`CREATE INDEX "ix_live_rooms_status_start" ON "live_rooms"  ("status", "scheduled_start") `);
    await queryRunner.query(
      `CREATE TABLE "live_room_jobs" ("room_id" uuid NOT NULL, "job_posting_id" uuid NOT NULL, "position" smallint NOT NULL, CONSTRAINT "pk_live_room_jobs" PRIMARY KEY ("room_id", "job_posting_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "live_room_pins" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "room_id" uuid NOT NULL, "job_posting_id" uuid NOT NULL, "pinned_at" TIMESTAMP WITH TIME ZONE NOT NULL, "unpinned_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_live_room_pins" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_live_room_pins_room" ON "live_room_pins"  ("room_id", "pinned_at") `);
    await queryRunner.query(
      `CREATE TABLE "live_room_questions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "room_id" uuid NOT NULL, "job_posting_id" uuid, "asker_user_id" uuid NOT NULL, "asker_name" character varying(40) NOT NULL, "text" character varying(200) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'OPEN', "answer" character varying(500), "answered_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_live_room_questions" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_live_room_questions_room" ON "live_room_questions"  ("room_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "live_room_viewers" ("room_id" uuid NOT NULL, "viewer_key" character varying(64) NOT NULL, "user_id" uuid, "county_code" character varying(9), "priority_groups" text array NOT NULL DEFAULT '{}', "first_joined_at" TIMESTAMP WITH TIME ZONE NOT NULL, "watch_seconds" integer NOT NULL DEFAULT '0', CONSTRAINT "pk_live_room_viewers" PRIMARY KEY ("room_id", "viewer_key"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "live_room_impressions" ("room_id" uuid NOT NULL, "job_posting_id" uuid NOT NULL, "viewer_key" character varying(64) NOT NULL, CONSTRAINT "pk_live_room_impressions" PRIMARY KEY ("room_id", "job_posting_id", "viewer_key"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "job_faqs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "job_posting_id" uuid NOT NULL, "question" character varying(200) NOT NULL, "answer" character varying(500), "question_id" uuid, "source_room_id" uuid, "asked_at" TIMESTAMP WITH TIME ZONE NOT NULL, "answered_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_job_faqs" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_job_faqs_question_id" ON "job_faqs"  ("question_id") `);
    await queryRunner.query(`CREATE INDEX "ix_job_faqs_job" ON "job_faqs"  ("job_posting_id", "asked_at") `);
    await queryRunner.query(`ALTER TABLE "applications" ADD "live_room_id" uuid`);
    await queryRunner.query(`CREATE INDEX "ix_applications_live_room_id" ON "applications"  ("live_room_id") `);
    await queryRunner.query(
      `ALTER TABLE "live_rooms" ADD CONSTRAINT "fk_live_rooms_host_user_id" FOREIGN KEY ("host_user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "live_rooms" ADD CONSTRAINT "fk_live_rooms_employer_id" FOREIGN KEY ("employer_id") REFERENCES "employers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "live_rooms" ADD CONSTRAINT "fk_live_rooms_region_code" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "live_room_jobs" ADD CONSTRAINT "fk_live_room_jobs_room_id" FOREIGN KEY ("room_id") REFERENCES "live_rooms"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "live_room_jobs" ADD CONSTRAINT "fk_live_room_jobs_job_posting_id" FOREIGN KEY ("job_posting_id") REFERENCES "job_postings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "live_room_pins" ADD CONSTRAINT "fk_live_room_pins_room_id" FOREIGN KEY ("room_id") REFERENCES "live_rooms"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "live_room_questions" ADD CONSTRAINT "fk_live_room_questions_room_id" FOREIGN KEY ("room_id") REFERENCES "live_rooms"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "live_room_viewers" ADD CONSTRAINT "fk_live_room_viewers_room_id" FOREIGN KEY ("room_id") REFERENCES "live_rooms"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "live_room_impressions" ADD CONSTRAINT "fk_live_room_impressions_room_id" FOREIGN KEY ("room_id") REFERENCES "live_rooms"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "job_faqs" ADD CONSTRAINT "fk_job_faqs_job_posting_id" FOREIGN KEY ("job_posting_id") REFERENCES "job_postings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "job_faqs" DROP CONSTRAINT "fk_job_faqs_job_posting_id"`);
    await queryRunner.query(`ALTER TABLE "live_room_impressions" DROP CONSTRAINT "fk_live_room_impressions_room_id"`);
    await queryRunner.query(`ALTER TABLE "live_room_viewers" DROP CONSTRAINT "fk_live_room_viewers_room_id"`);
    await queryRunner.query(`ALTER TABLE "live_room_questions" DROP CONSTRAINT "fk_live_room_questions_room_id"`);
    await queryRunner.query(`ALTER TABLE "live_room_pins" DROP CONSTRAINT "fk_live_room_pins_room_id"`);
    await queryRunner.query(`ALTER TABLE "live_room_jobs" DROP CONSTRAINT "fk_live_room_jobs_job_posting_id"`);
    await queryRunner.query(`ALTER TABLE "live_room_jobs" DROP CONSTRAINT "fk_live_room_jobs_room_id"`);
    await queryRunner.query(`ALTER TABLE "live_rooms" DROP CONSTRAINT "fk_live_rooms_region_code"`);
    await queryRunner.query(`ALTER TABLE "live_rooms" DROP CONSTRAINT "fk_live_rooms_employer_id"`);
    await queryRunner.query(`ALTER TABLE "live_rooms" DROP CONSTRAINT "fk_live_rooms_host_user_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_applications_live_room_id"`);
    await queryRunner.query(`ALTER TABLE "applications" DROP COLUMN "live_room_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_job_faqs_job"`);
    await queryRunner.query(`DROP INDEX "public"."uq_job_faqs_question_id"`);
    await queryRunner.query(`DROP TABLE "job_faqs"`);
    await queryRunner.query(`DROP TABLE "live_room_impressions"`);
    await queryRunner.query(`DROP TABLE "live_room_viewers"`);
    await queryRunner.query(`DROP INDEX "public"."ix_live_room_questions_room"`);
    await queryRunner.query(`DROP TABLE "live_room_questions"`);
    await queryRunner.query(`DROP INDEX "public"."ix_live_room_pins_room"`);
    await queryRunner.query(`DROP TABLE "live_room_pins"`);
    await queryRunner.query(`DROP TABLE "live_room_jobs"`);
    await queryRunner.query(`DROP INDEX "public"."ix_live_rooms_status_start"`);
    await queryRunner.query(`DROP INDEX "public"."ix_live_rooms_region_code"`);
    await queryRunner.query(`DROP INDEX "public"."ix_live_rooms_host_user_id"`);
    await queryRunner.query(`DROP TABLE "live_rooms"`);
  }
}
