import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Facet counts kept per county (issue 16, ADR 0022): how many indexed postings each county has per kind, industry, pay
 * band and project, maintained by statement-level triggers on search_jobs in the same transaction as every write, so
 * they are exact and shared by every API process. A facet query over a region with no other filter (the province's
 * front page: 100,000 postings counted in 75 ms) then sums a few thousand rows instead of counting every posting.
 * Each write applies its removed rows (−1) and added rows (+1) in one statement ordered by key, so two writers take
 * the counters' row locks in the same order and cannot deadlock; rows that reach zero are deleted.
 */
export class SearchFacetCounts1765400000000 implements MigrationInterface {
  name = 'SearchFacetCounts1765400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "search_facet_counts" ("county" varchar(6) NOT NULL, "kind" varchar(16) NOT NULL, "industry" text NOT NULL,
        "pay_band" varchar(16) NOT NULL, "project_id" varchar(64) NOT NULL DEFAULT '', "n" integer NOT NULL,
        CONSTRAINT "pk_search_facet_counts" PRIMARY KEY ("county", "kind", "industry", "pay_band", "project_id"))`,
    );
    await queryRunner.query(`
      CREATE FUNCTION search_facet_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO search_facet_counts AS c (county, kind, industry, pay_band, project_id, n)
            SELECT left(region_code, 6), kind, industry, pay_band, coalesce(project_id, ''), count(*) FROM new_rows
            GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
          ON CONFLICT (county, kind, industry, pay_band, project_id) DO UPDATE SET n = c.n + EXCLUDED.n;
        ELSIF TG_OP = 'DELETE' THEN
          INSERT INTO search_facet_counts AS c (county, kind, industry, pay_band, project_id, n)
            SELECT left(region_code, 6), kind, industry, pay_band, coalesce(project_id, ''), -count(*) FROM old_rows
            GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
          ON CONFLICT (county, kind, industry, pay_band, project_id) DO UPDATE SET n = c.n + EXCLUDED.n;
        ELSE
          INSERT INTO search_facet_counts AS c (county, kind, industry, pay_band, project_id, n)
            SELECT county, kind, industry, pay_band, project_id, sum(d)::int FROM (
              SELECT left(region_code, 6) AS county, kind, industry, pay_band, coalesce(project_id, '') AS project_id, -1 AS d FROM old_rows
              UNION ALL
              SELECT left(region_code, 6), kind, industry, pay_band, coalesce(project_id, ''), 1 FROM new_rows) changes
            GROUP BY 1, 2, 3, 4, 5 HAVING sum(d) <> 0 ORDER BY 1, 2, 3, 4, 5
          ON CONFLICT (county, kind, industry, pay_band, project_id) DO UPDATE SET n = c.n + EXCLUDED.n;
        END IF;
        DELETE FROM search_facet_counts WHERE n = 0;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION search_facet_counts_clear() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM search_facet_counts;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "tr_search_jobs_facets_insert" AFTER INSERT ON "search_jobs" REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION search_facet_counts_apply()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "tr_search_jobs_facets_update" AFTER UPDATE ON "search_jobs" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION search_facet_counts_apply()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "tr_search_jobs_facets_delete" AFTER DELETE ON "search_jobs" REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION search_facet_counts_apply()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "tr_search_jobs_facets_truncate" AFTER TRUNCATE ON "search_jobs" FOR EACH STATEMENT EXECUTE FUNCTION search_facet_counts_clear()`,
    );
    await queryRunner.query(
      `INSERT INTO search_facet_counts (county, kind, industry, pay_band, project_id, n)
        SELECT left(region_code, 6), kind, industry, pay_band, coalesce(project_id, ''), count(*) FROM search_jobs GROUP BY 1, 2, 3, 4, 5`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "tr_search_jobs_facets_truncate" ON "search_jobs"`);
    await queryRunner.query(`DROP TRIGGER "tr_search_jobs_facets_delete" ON "search_jobs"`);
    await queryRunner.query(`DROP TRIGGER "tr_search_jobs_facets_update" ON "search_jobs"`);
    await queryRunner.query(`DROP TRIGGER "tr_search_jobs_facets_insert" ON "search_jobs"`);
    await queryRunner.query(`DROP FUNCTION search_facet_counts_clear()`);
    await queryRunner.query(`DROP FUNCTION search_facet_counts_apply()`);
    await queryRunner.query(`DROP TABLE "search_facet_counts"`);
  }
}
