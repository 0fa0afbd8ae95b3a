import { regionPrefix } from '@jobbridge/domain';
import {
  FacetCount,
  JobDocument,
  JobFacet,
  JobSearchQuery,
  JobSearchResult,
  payBandOf,
  SearchEngine,
  SearchUnavailableError,
  TOTAL_COUNT_CAP,
} from '../../search-port';
import { textAnalyzer, TextAnalyzer } from '../../text/analyzer';
import { highlight } from '../../text/highlight';

/** Runs one SQL statement and returns its rows (TypeORM's DataSource.query and pg's pool both fit). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- TypeORM's DataSource.query is typed any; rows are typed at each call
export type SqlExecutor = (sql: string, params?: unknown[]) => Promise<any[]>;

const TABLE = 'search_jobs';
const FACET_COLUMNS: Record<JobFacet, string> = {
  kind: 'kind',
  industry: 'industry',
  payBand: 'pay_band',
  region: 'left(region_code, 6)',
  project: 'project_id',
};
// ts_rank weights for D, C, B, A: title and occupation (A) far above description (C).
const RANK_WEIGHTS = '{0.05, 0.2, 0.5, 1.0}';
const TSQUERY_UNSAFE = /[&|!():*<>'\\\s]/g;

/**
 * The embedded engine: PostgreSQL full-text search on text segmented in Node (jieba), `simple` configuration,
 * title and occupation weighted above skills and employer above description, GIN index; geo with earthdistance.
 * Its table (search_jobs) is created by the API's migrations; this adapter only reads and writes rows.
 */
export class PostgresSearchEngine implements SearchEngine {
  readonly name = 'postgres' as const;
  private readonly analyzer: TextAnalyzer;

  constructor(private readonly sql: SqlExecutor) {
    this.analyzer = textAnalyzer();
  }

  async ensureSetup(): Promise<void> {
    await this.run(`SELECT 1 FROM ${TABLE} LIMIT 0`);
  }

  async isHealthy(): Promise<boolean> {
    try {
      await this.sql('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }

  async upsertJobs(docs: JobDocument[]): Promise<void> {
    if (!docs.length) return;
    const a = this.analyzer;
    const rows = docs.map((d) => ({
      ...d,
      payBand: payBandOf(d.payMax),
      a: a.indexTokens(`${d.title} ${d.occupation}`).join(' '),
      b: a.indexTokens(`${d.skills.join(' ')} ${d.employerName}`).join(' '),
      c: a.indexTokens(d.description).join(' '),
    }));
    await this.run(
      `INSERT INTO ${TABLE} (id, title, description, occupation, skills, employer_id, employer_name, industry, kind, pay_min, pay_max,
         pay_band, region_code, lat, lng, published_at, project_id, local_scope_prefix, local_only_until, dormitory, meals, social_insurance,
         search_vector, rank_vector)
       SELECT r.id, r.title, r.description, r.occupation, r.skills, r."employerId", r."employerName", r.industry, r.kind, r."payMin", r."payMax",
         r."payBand", r."regionCode", r.lat, r.lng, r."publishedAt", r."projectId", r."localScopePrefix", r."localOnlyUntil",
         r.dormitory, r.meals, r."socialInsurance",
         setweight(to_tsvector('simple', r.a), 'A') || setweight(to_tsvector('simple', r.b), 'B') || setweight(to_tsvector('simple', r.c), 'C'),
         setweight(to_tsvector('simple', r.a), 'A') || setweight(to_tsvector('simple', r.b), 'B')
       FROM jsonb_to_recordset($1::jsonb) AS r(id text, title text, description text, occupation text, skills text[], "employerId" text,
         "employerName" text, industry text, kind text, "payMin" int, "payMax" int, "payBand" text, "regionCode" text, lat float8, lng float8,
         "publishedAt" timestamptz, "projectId" text, "localScopePrefix" text, "localOnlyUntil" timestamptz, dormitory text, meals text, "socialInsurance" text, a text, b text, c text)
       ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, description = EXCLUDED.description, occupation = EXCLUDED.occupation,
         skills = EXCLUDED.skills, employer_id = EXCLUDED.employer_id, employer_name = EXCLUDED.employer_name, industry = EXCLUDED.industry,
         kind = EXCLUDED.kind, pay_min = EXCLUDED.pay_min, pay_max = EXCLUDED.pay_max, pay_band = EXCLUDED.pay_band,
         region_code = EXCLUDED.region_code, lat = EXCLUDED.lat, lng = EXCLUDED.lng, published_at = EXCLUDED.published_at,
         project_id = EXCLUDED.project_id, local_scope_prefix = EXCLUDED.local_scope_prefix, local_only_until = EXCLUDED.local_only_until,
         dormitory = EXCLUDED.dormitory, meals = EXCLUDED.meals,
         social_insurance = EXCLUDED.social_insurance, search_vector = EXCLUDED.search_vector, rank_vector = EXCLUDED.rank_vector,
         indexed_at = now()`,
      [JSON.stringify(rows)],
    );
  }

  async removeJobs(ids: string[]): Promise<void> {
    if (ids.length) await this.run(`DELETE FROM ${TABLE} WHERE id = ANY($1::text[])`, [ids]);
  }

  async clearJobs(): Promise<void> {
    await this.run(`TRUNCATE ${TABLE}`);
  }

  async searchJobs(q: JobSearchQuery): Promise<JobSearchResult> {
    const params: unknown[] = [];
    const p = (v: unknown) => `$${params.push(v)}`;
    // Each condition is written for a table alias: the collapse below asks the same of another row (alias d).
    const where: ((a: string) => string)[] = [];
    const keyword = q.keyword?.trim() ?? '';
    const alternatives = keyword ? this.analyzer.expand(this.analyzer.queryTokens(keyword)) : [];
    const tsquery = alternatives
      .map((alts) => alts.map((t) => t.replace(TSQUERY_UNSAFE, '')).filter(Boolean))
      .filter((alts) => alts.length)
      .map((alts) => `(${alts.map((t) => `${t}:*`).join(' | ')})`)
      .join(' & ');
    const queryParam = tsquery ? p(tsquery) : undefined;
    if (keyword && !queryParam) return { total: 0, hits: [], facets: {} }; // only punctuation: nothing can match
    if (queryParam) where.push((a) => `${a}.search_vector @@ to_tsquery('simple', ${queryParam})`);
    if (q.regionCode) {
      const prefix = p(`${regionPrefix(q.regionCode)}%`);
      where.push((a) => `${a}.region_code LIKE ${prefix}`);
    }
    if (q.payMin != null) {
      const payMin = p(q.payMin);
      where.push((a) => `${a}.pay_max >= ${payMin}`);
    }
    if (q.payMax != null) {
      const payMax = p(q.payMax);
      where.push((a) => `${a}.pay_min <= ${payMax}`);
    }
    if (q.kinds?.length) {
      const kinds = p(q.kinds);
      where.push((a) => `${a}.kind = ANY(${kinds}::text[])`);
    }
    if (q.industries?.length) {
      const industries = p(q.industries);
      where.push((a) => `${a}.industry = ANY(${industries}::text[])`);
    }
    if (q.projectId) {
      const projectId = p(q.projectId);
      where.push((a) => `${a}.project_id = ${projectId}`);
    }
    if (q.ids) {
      const ids = p(q.ids);
      where.push((a) => `${a}.id = ANY(${ids}::text[])`);
    }
    if (q.postedWithinDays != null) {
      const since = `${p((q.now ?? new Date()).toISOString())}::timestamptz - make_interval(days => ${p(q.postedWithinDays)}::int)`;
      where.push((a) => `${a}.published_at >= ${since}`);
    }
    // Project jobs in a local-first window that this viewer may not see (few, found through a small partial index),
    // left out by id; with none, the filter is not added at all and the narrow indexes serve the query as before.
    const hidden = await this.hiddenByLocalWindow(q.viewerHukouRegionCode ?? null, q.now ?? new Date());
    if (hidden.length) {
      const hiddenIds = p(hidden);
      where.push((a) => `${a}.id <> ALL(${hiddenIds}::text[])`);
    }
    let distance = 'NULL::float8';
    let point = '';
    if (q.near) {
      const lat = p(q.near.lat);
      const lng = p(q.near.lng);
      point = `ll_to_earth(${lat}::float8, ${lng}::float8)`;
      const radius = p(q.near.radiusKm * 1000);
      distance = `earth_distance(${point}, s.earth)`;
      // earth_box uses the GiST index on the stored point; the exact distance check trims its corners.
      where.push(
        (a) => `earth_box(${point}, ${radius}::float8) @> ${a}.earth AND earth_distance(${point}, ${a}.earth) <= ${radius}::float8`,
      );
    }
    // The filter without the collapse: which postings match (the duplicate counts read it).
    const matching = where.length ? `WHERE ${where.map((w) => w('s')).join(' AND ')}` : '';
    const matchingParams = params.slice();
    if (q.collapseDuplicates) {
      // A posting stands for its group unless a newer matching one is identical (probes ix_search_jobs_duplicates).
      const others = where.map((w) => ` AND ${w('d')}`).join('');
      where.push(
        (a) =>
          `NOT EXISTS (SELECT 1 FROM ${TABLE} d WHERE d.dedupe_key = ${a}.dedupe_key AND (d.published_at, d.id) > (${a}.published_at, ${a}.id)${others})`,
      );
    }
    const filter = where.length ? `WHERE ${where.map((w) => w('s')).join(' AND ')}` : '';
    const sort = q.sort ?? (keyword ? 'RELEVANCE' : 'NEWEST');
    if (sort === 'DISTANCE' && !q.near) throw new Error('DISTANCE sort needs a point (near)');
    const order = {
      // Ranked on the small title/occupation/skills vector: cheap to read for every match, and a description-only
      // match (rank 0 there) falls behind every title match, newest first.
      RELEVANCE: queryParam
        ? `ts_rank_cd('${RANK_WEIGHTS}', s.rank_vector, to_tsquery('simple', ${queryParam}), 1) DESC, s.published_at DESC`
        : 's.published_at DESC',
      NEWEST: 's.published_at DESC',
      PAY: 's.pay_max DESC, s.published_at DESC',
      // cube's <-> walks the GiST index nearest-first (chord distance orders like great-circle distance).
      DISTANCE: `s.earth <-> ${point} ASC`,
    }[sort];

    const filterParams = params.slice(); // before LIMIT/OFFSET: the facet and count statements share the filter only
    // The page and the exact count are separate statements, run side by side: the page can then stop at LIMIT
    // walking an index (newest, nearest) instead of evaluating every match.
    const page = this.run<{ id: string; title: string; description: string; distance: number | null; dedupe_key: string }>(
      `SELECT s.id, s.title, s.description, ${distance} AS distance, s.dedupe_key
       FROM ${TABLE} s ${filter} ORDER BY ${order}, s.id LIMIT ${p(q.limit)} OFFSET ${p(q.offset)}`,
      params,
    );
    const cap = q.countCap ?? TOTAL_COUNT_CAP;
    // Without a keyword, counting stops one past the cap (a LIMIT in the subquery), so a broad filter or radius does
    // not visit every match. With one, the GIN bitmap already counts cheaply, and a LIMIT would tempt the planner into
    // scanning the table for a rare word; the count is capped afterwards, so both answer alike.
    const countSql = queryParam
      ? `SELECT count(*)::int AS n FROM ${TABLE} s ${filter}`
      : `SELECT count(*)::int AS n FROM (SELECT 1 FROM ${TABLE} s ${filter} LIMIT ${cap + 1}) c`;
    const count = q.withTotal === false ? Promise.resolve(undefined) : this.run<{ n: number }>(countSql, filterParams);
    const facets = q.facets?.length ? this.facets(q.facets, filter, filterParams) : Promise.resolve({});
    const [rows, counted, facetCounts] = await Promise.all([page, count, facets]);
    const duplicates = q.collapseDuplicates
      ? await this.duplicateCounts(
          rows.map((r) => r.dedupe_key),
          matching,
          matchingParams,
        )
      : new Map<string, number>();
    const matched = counted ? counted[0].n : rows.length;
    const terms = alternatives.flat();
    return {
      total: Math.min(matched, cap),
      ...(matched > cap ? { totalCapped: true } : {}),
      facets: facetCounts,
      hits: rows.map((r) => ({
        id: r.id,
        ...(r.distance != null ? { distanceKm: Math.round((r.distance / 1000) * 10) / 10 } : {}),
        ...(q.highlight ? { highlights: { title: highlight(r.title, terms), description: highlight(r.description, terms, 80) } } : {}),
        ...(duplicates.get(r.dedupe_key) ? { duplicates: duplicates.get(r.dedupe_key) } : {}),
      })),
    };
  }

  /** For each group key on a page, how many other matching postings share it (keys without any are left out). */
  private async duplicateCounts(keys: string[], matching: string, params: unknown[]): Promise<Map<string, number>> {
    if (!keys.length) return new Map();
    const rows = await this.run<{ k: string; n: number }>(
      `SELECT s.dedupe_key AS k, count(*)::int - 1 AS n FROM ${TABLE} s ${matching ? `${matching} AND` : 'WHERE'} s.dedupe_key = ANY($${params.length + 1}::text[])
       GROUP BY s.dedupe_key HAVING count(*) > 1`,
      [...params, [...new Set(keys)]],
    );
    return new Map(rows.map((r) => [r.k, r.n]));
  }

  /** Ids of documents in a local-first window whose local scope does not include the viewer's hukou. */
  private async hiddenByLocalWindow(viewerHukou: string | null, now: Date): Promise<string[]> {
    const rows = await this.run<{ id: string }>(
      `SELECT id FROM ${TABLE} WHERE local_only_until > $1::timestamptz AND ($2::text IS NULL OR $2::text NOT LIKE local_scope_prefix || '%')`,
      [now.toISOString(), viewerHukou],
    );
    return rows.map((r) => r.id);
  }

  /** Every requested facet in one statement (GROUPING SETS over the filtered rows). */
  private async facets(facets: JobFacet[], filter: string, params: unknown[]): Promise<Partial<Record<JobFacet, FacetCount[]>>> {
    const sets = facets.map((f) => `(${FACET_COLUMNS[f]})`).join(', ');
    const select = facets.map((f, i) => `${FACET_COLUMNS[f]} AS f${i}, GROUPING(${FACET_COLUMNS[f]}) AS g${i}`).join(', ');
    const rows = await this.run<Record<string, unknown>>(
      `SELECT ${select}, count(*)::int AS n FROM ${TABLE} s ${filter} GROUP BY GROUPING SETS (${sets})`,
      params,
    );
    const out: Partial<Record<JobFacet, FacetCount[]>> = {};
    facets.forEach((f, i) => {
      out[f] = rows
        .filter((r) => r[`g${i}`] === 0 && r[`f${i}`] != null)
        .map((r) => ({ value: String(r[`f${i}`]), count: r.n as number }))
        .sort((x, y) => y.count - x.count || x.value.localeCompare(y.value));
    });
    return out;
  }

  private async run<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]> {
    try {
      return await this.sql(sql, params);
    } catch (e) {
      const code = (e as { code?: string }).code;
      // Connection failures, shutdowns and exhaustion (not protocol errors, 08P01) mean the engine is down, not a bug.
      if (
        (code && /^(0800[0-6]|57P0[1-3]|53)/.test(code)) ||
        /ECONNREFUSED|ETIMEDOUT|Connection terminated/i.test(String((e as Error).message))
      ) {
        throw new SearchUnavailableError('PostgreSQL search is unavailable', e);
      }
      throw e;
    }
  }
}
