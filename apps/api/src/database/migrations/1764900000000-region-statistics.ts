import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Regional statistics for the bureau (issue 13): the daily rollup per region and priority group, the time-to-hire
 * histogram, the 30% projects' daily snapshot and the refresh bookkeeping (ADR 0017). The background worker fills them
 * on its first pass. The two query indexes cover every figure a query reads (INCLUDE), so statistics are read from the
 * index alone; TypeORM cannot declare INCLUDE, so the entities declare them with `synchronize: false`.
 */
export class RegionStatistics1764900000000 implements MigrationInterface {
  name = 'RegionStatistics1764900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "region_daily_stats" ("day" date NOT NULL, "region_code" character varying(6) NOT NULL, "priority_group" character varying(24) NOT NULL, "postings_opened" integer NOT NULL DEFAULT '0', "postings_published" integer NOT NULL DEFAULT '0', "postings_closed" integer NOT NULL DEFAULT '0', "seekers_registered" integer NOT NULL DEFAULT '0', "applications" integer NOT NULL DEFAULT '0', "hires" integer NOT NULL DEFAULT '0', "live_rooms_held" integer NOT NULL DEFAULT '0', "fairs_held" integer NOT NULL DEFAULT '0', "fair_talks" integer NOT NULL DEFAULT '0', "fair_agreements" integer NOT NULL DEFAULT '0', "subsidies_granted" integer NOT NULL DEFAULT '0', CONSTRAINT "pk_region_daily_stats" PRIMARY KEY ("day", "region_code", "priority_group"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_region_daily_stats_group_region_day" ON "region_daily_stats" ("priority_group", "region_code", "day") INCLUDE ("postings_opened", "postings_published", "postings_closed", "seekers_registered", "applications", "hires", "live_rooms_held", "fairs_held", "fair_talks", "fair_agreements")`,
    );
    await queryRunner.query(
      `CREATE TABLE "region_daily_hire_days" ("day" date NOT NULL, "region_code" character varying(6) NOT NULL, "priority_group" character varying(24) NOT NULL, "days_to_hire" integer NOT NULL, "hires" integer NOT NULL, CONSTRAINT "ck_region_daily_hire_days_days" CHECK ("days_to_hire" >= 0), CONSTRAINT "pk_region_daily_hire_days" PRIMARY KEY ("day", "region_code", "priority_group", "days_to_hire"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_region_daily_hire_days_group_region_day" ON "region_daily_hire_days" ("priority_group", "region_code", "day") INCLUDE ("days_to_hire", "hires")`,
    );
    await queryRunner.query(
      `CREATE TABLE "region_daily_projects" ("day" date NOT NULL, "region_code" character varying(6) NOT NULL, "projects" integer NOT NULL, "projects_at_risk" integer NOT NULL, "projects_in_breach" integer NOT NULL, CONSTRAINT "pk_region_daily_projects" PRIMARY KEY ("day", "region_code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "region_stats_refresh" ("id" smallint NOT NULL, "changes_seen_until" TIMESTAMP WITH TIME ZONE, "full_refresh_at" TIMESTAMP WITH TIME ZONE, "today" date, "today_refreshed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_region_stats_refresh_single_row" CHECK ("id" = 1), CONSTRAINT "pk_region_stats_refresh" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`INSERT INTO "region_stats_refresh" ("id") VALUES (1)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "region_stats_refresh"`);
    await queryRunner.query(`DROP TABLE "region_daily_projects"`);
    await queryRunner.query(`DROP INDEX "public"."ix_region_daily_hire_days_group_region_day"`);
    await queryRunner.query(`DROP TABLE "region_daily_hire_days"`);
    await queryRunner.query(`DROP INDEX "public"."ix_region_daily_stats_group_region_day"`);
    await queryRunner.query(`DROP TABLE "region_daily_stats"`);
  }
}
