import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Grid cells in the search vector (issue 16, ADR 0022): every indexed posting with a point carries three lexemes
 * naming the cells of 0.1°, 0.5° and 2.5° that hold it ('~1:<lat cell>:<lng cell>', …). A keyword search within a
 * radius then asks the GIN index for the keyword AND any cell the radius touches, so PostgreSQL intersects both in
 * the index and reads only the matches near the point, instead of every match of the keyword in the province (9,000
 * rows for 服务员 at 100,000 postings, 50 ms) to test their distance. The lexemes start with '~', which no word of a
 * query can (the parser drops it), so no keyword matches them. The engine computes the query's cells with the same
 * formula (libs/search geo-cells.ts); the exact distance check stays.
 */
export class SearchGeoCells1765500000000 implements MigrationInterface {
  name = 'SearchGeoCells1765500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION search_geo_cells(lat float8, lng float8) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT CASE WHEN lat IS NULL OR lng IS NULL THEN ''::tsvector ELSE array_to_tsvector(ARRAY[
          '~1:' || floor(lat / 0.1)::bigint || ':' || floor(lng / 0.1)::bigint,
          '~2:' || floor(lat / 0.5)::bigint || ':' || floor(lng / 0.5)::bigint,
          '~3:' || floor(lat / 2.5)::bigint || ':' || floor(lng / 2.5)::bigint]) END
      $$`);
    await queryRunner.query(
      `UPDATE "search_jobs" SET "search_vector" = "search_vector" || search_geo_cells("lat", "lng") WHERE "lat" IS NOT NULL AND "lng" IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "search_jobs" SET "search_vector" = ts_delete("search_vector", tsvector_to_array(search_geo_cells("lat", "lng")))
        WHERE "lat" IS NOT NULL AND "lng" IS NOT NULL`,
    );
    await queryRunner.query(`DROP FUNCTION search_geo_cells(float8, float8)`);
  }
}
