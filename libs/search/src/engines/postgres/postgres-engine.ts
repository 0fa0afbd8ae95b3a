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
import { geoCellsQuery } from './geo-cells';

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
/** The facet columns in the counts kept per county (search_facet_counts; no project is kept as ''). */
const KEPT_FACET_COLUMNS: Record<JobFacet, string> = {
  kind: 'kind',
  industry: 'industry',
  payBand: 'pay_band',
  region: 'county',
  project: "NULLIF(project_id, '')",
};
/** Names of the facet columns inside the materialised matches of a keyword search and the kept counts. */
const FACET_ALIASES: Record<JobFacet, string> = {
  kind: 'f_kind',
  industry: 'f_industry',
  payBand: 'f_pay_band',
  region: 'f_region',
  project: 'f_project',
};
const FACETS = Object.keys(FACET_COLUMNS) as JobFacet[];
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

  /** Documents in a local-first window (project jobs; few), read at most once per `localWindowMs` (see hiddenByLocalWindow). */
  private localWindow?: { readAt: number; rows: { id: string; prefix: string; until: number }[] };

  constructor(
    private readonly sql: SqlExecutor,
    private readonly options: { localWindowMs?: number } = {},
  ) {
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
    this.localWindow = undefined;
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
         setweight(to_tsvector('simple', r.a), 'A') || setweight(to_tsvector('simple', r.b), 'B') || setweight(to_tsvector('simple', r.c), 'C')
           || search_geo_cells(r.lat, r.lng),
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
    this.localWindow = undefined; // again: a search during the write may have read the old windows
  }

  async removeJobs(ids: string[]): Promise<void> {
    this.localWindow = undefined;
    if (ids.length) await this.run(`DELETE FROM ${TABLE} WHERE id = ANY($1::text[])`, [ids]);
  }

  async clearJobs(): Promise<void> {
    this.localWindow = undefined;
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
    // Within a radius, the keyword is asked together with the grid cells the radius touches (geo-cells.ts): GIN then
    // intersects both and only the matches near the point are read, not every match of the keyword in the province.
    const cells = queryParam && q.near ? geoCellsQuery(q.near.lat, q.near.lng, q.near.radiusKm) : undefined;
    const matchQuery = cells ? `(to_tsquery('simple', ${queryParam}) && ${p(cells)}::tsquery)` : `to_tsquery('simple', ${queryParam})`;
    if (queryParam) where.push((a) => `${a}.search_vector @@ ${matchQuery}`);
    let regionParam: string | undefined;
    if (q.regionCode) {
      const prefix = (regionParam = p(`${regionPrefix(q.regionCode)}%`));
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
    const hidden = await this.hiddenByLocalWindow(q.viewerHukouRegionCode ?? null, q.now);
    let hiddenParam: string | undefined;
    if (hidden.length) {
      const hiddenIds = (hiddenParam = p(hidden));
      where.push((a) => `${a}.id <> ALL(${hiddenIds}::text[])`);
    }
    let distance = 'NULL::float8';
    let point = '';
    let inBox: ((a: string) => string) | undefined;
    if (q.near) {
      const lat = p(q.near.lat);
      const lng = p(q.near.lng);
      point = `ll_to_earth(${lat}::float8, ${lng}::float8)`;
      const radius = p(q.near.radiusKm * 1000);
      distance = `earth_distance(${point}, s.earth)`;
      // earth_box uses the GiST index on the stored point; the exact distance check trims its corners.
      inBox = (a) => `earth_box(${point}, ${radius}::float8) @> ${a}.earth`;
      where.push(inBox, (a) => `earth_distance(${point}, ${a}.earth) <= ${radius}::float8`);
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
    const cap = q.countCap ?? TOTAL_COUNT_CAP;
    const withTotal = q.withTotal !== false;
    const text = q.highlight ? 's.description' : 'NULL::text';
    const limit = p(q.limit);
    const offset = p(q.offset);

    // One statement answers the page, the count and the facets (one round trip, one pooled connection): each part a
    // subquery that PostgreSQL plans on its own.
    let sql: string;
    if (queryParam && sort !== 'DISTANCE') {
      // By keyword: the matches are read once (a materialised CTE) for the order, the exact count and the facets. Every
      // match is read to rank it anyway; sorted by date or pay, reading them bounds the cost by the matches, where walking
      // the date or pay index until a page is found walks the whole index for a rare word (seconds at 1,000,000).
      // Ranked on the small title/occupation/skills vector: cheap to read for every match, and a description-only match
      // (rank 0 there) falls behind every title match, newest first.
      const facetColumns = (q.facets ?? []).map((f) => `${FACET_COLUMNS[f]} AS ${FACET_ALIASES[f]}`);
      const rank =
        sort === 'RELEVANCE' ? `ts_rank_cd('${RANK_WEIGHTS}', s.rank_vector, to_tsquery('simple', ${queryParam}), 1)` : '0::real';
      const order = (a: string) =>
        ({
          RELEVANCE: `${a}.r DESC, ${a}.published_at DESC, ${a}.id`,
          NEWEST: `${a}.published_at DESC, ${a}.id`,
          PAY: `${a}.pay_max DESC, ${a}.published_at DESC, ${a}.id`,
        })[sort];
      sql = `WITH m AS MATERIALIZED (
          SELECT s.id, s.published_at, s.pay_max, ${rank} AS r
            ${facetColumns.map((c) => `, ${c}`).join('')}
          FROM ${TABLE} s ${filter})
        SELECT (SELECT coalesce(json_agg(json_build_array(s.id, s.title, ${text}, ${distance}, s.dedupe_key) ORDER BY ${order('t')}), '[]')
                FROM (SELECT * FROM m ORDER BY ${order('m')} LIMIT ${limit} OFFSET ${offset}) t
                JOIN ${TABLE} s ON s.id = t.id) AS page,
               ${withTotal ? '(SELECT count(*)::int FROM m)' : 'NULL::int'} AS n,
               ${q.facets?.length ? this.facetsSql(q.facets, 'm', '', true) : 'NULL::json'} AS facets`;
    } else {
      const order = {
        RELEVANCE: 's.published_at DESC', // no keyword: nothing to rank by (with one, only DISTANCE comes here)
        NEWEST: 's.published_at DESC',
        PAY: 's.pay_max DESC, s.published_at DESC',
        // cube's <-> walks the GiST index nearest-first (chord distance orders like great-circle distance).
        DISTANCE: `s.earth <-> ${point} ASC`,
      }[sort];
      // The page stops at LIMIT walking an index (newest, nearest). Without a keyword, counting stops one past the cap
      // (a LIMIT in the subquery), so a broad filter or radius does not visit every match; with one, the GIN bitmap
      // counts cheaply, and a LIMIT would tempt the planner into scanning the table for a rare word.
      const cappedCount = `(SELECT count(*)::int FROM (SELECT 1 FROM ${TABLE} s ${filter} LIMIT ${cap + 1}) c)`;
      const count = !withTotal ? 'NULL::int' : queryParam ? `(SELECT count(*)::int FROM ${TABLE} s ${filter})` : cappedCount;
      const pageOf = (
        where: string,
      ) => `(SELECT coalesce(json_agg(json_build_array(p.id, p.title, p.description, p.distance, p.dedupe_key)), '[]')
                FROM (SELECT s.id, s.title, ${text} AS description, ${distance} AS distance, s.dedupe_key
                      FROM ${TABLE} s ${where} ORDER BY ${order}, s.id LIMIT ${limit} OFFSET ${offset}) p)`;
      const page = pageOf(filter);
      // Over a whole region (the province's or a city's front page), facets come from the counts kept per county.
      const wholeRegion =
        !queryParam &&
        !q.near &&
        q.payMin == null &&
        q.payMax == null &&
        !q.kinds?.length &&
        !q.industries?.length &&
        !q.projectId &&
        !q.ids &&
        q.postedWithinDays == null &&
        !q.collapseDuplicates &&
        (!q.regionCode || regionPrefix(q.regionCode).length <= 6);
      const facets = !q.facets?.length
        ? 'NULL::json'
        : wholeRegion
          ? this.keptFacetsSql(q.facets, regionParam, hiddenParam)
          : this.facetsSql(q.facets, TABLE, filter, false);
      if (sort === 'DISTANCE' && inBox) {
        // Nearest first: the planner misjudges how many points a box holds (a fixed guess), and would then collect
        // every point in a wide radius and sort them (150 ms for 20 km at 100,000 postings). When the radius holds at
        // least a page (the capped count says so), the GiST index is walked nearest-first, without the box, to the
        // page's last point (k), and the page is then read from the small box around the point reaching it, ties by
        // id; otherwise the few in the box are collected and sorted. PostgreSQL runs only the branch the CASE takes.
        const nearest = `WHERE ${where
          .filter((w) => w !== inBox)
          .map((w) => w('s'))
          .join(' AND ')}`;
        const need = p(q.limit + q.offset);
        // With a keyword the GIN bitmap counts, the distance checked on each match: with the box in the condition, the
        // planner (guessing the box holds a few points) walks every point of the box testing its text (190 ms for 30 km).
        const capped = queryParam ? `(SELECT count(*)::int FROM ${TABLE} s ${nearest})` : cappedCount;
        const reach = `(SELECT d FROM k)`;
        const withinReach = `${filter} AND earth_box(${point}, ${reach}) @> s.earth AND earth_distance(${point}, s.earth) <= ${reach}`;
        sql = `WITH c AS (SELECT ${capped} AS n),
            k AS (SELECT earth_distance(${point}, s.earth) AS d FROM ${TABLE} s ${nearest} ORDER BY s.earth <-> ${point} LIMIT 1 OFFSET ${need}::int - 1)
          SELECT CASE WHEN (SELECT n FROM c) >= ${need}::int THEN ${pageOf(withinReach)} ELSE ${page} END AS page,
                 (SELECT n FROM c) AS n,
                 ${facets} AS facets`;
      } else {
        sql = `SELECT ${page} AS page, ${count} AS n, ${facets} AS facets`;
      }
    }
    const [row] = await this.run<{
      page: [string, string, string | null, number | null, string][];
      n: number | null;
      facets: unknown[][] | null;
    }>(sql, params);
    const rows = row.page.map(([id, title, description, distance, dedupeKey]) => ({ id, title, description, distance, dedupeKey }));
    const duplicates = q.collapseDuplicates
      ? await this.duplicateCounts(
          rows.map((r) => r.dedupeKey),
          matching,
          matchingParams,
        )
      : new Map<string, number>();
    const matched = row.n ?? rows.length;
    const terms = alternatives.flat();
    return {
      total: Math.min(matched, cap),
      ...(matched > cap ? { totalCapped: true } : {}),
      facets: q.facets?.length ? this.facetCounts(q.facets, row.facets ?? []) : {},
      hits: rows.map((r) => ({
        id: r.id,
        ...(r.distance != null ? { distanceKm: Math.round((r.distance / 1000) * 10) / 10 } : {}),
        ...(q.highlight
          ? { highlights: { title: highlight(r.title, terms), description: highlight(r.description ?? '', terms, 80) } }
          : {}),
        ...(duplicates.get(r.dedupeKey) ? { duplicates: duplicates.get(r.dedupeKey) } : {}),
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

  /**
   * Ids of documents in a local-first window whose local scope does not include the viewer's hukou. The windows are
   * read through a small partial index and kept for `localWindowMs` (1 s by default), so a search does not pay a
   * round trip for them; this process's own writes refresh them at once. A window opened by another process's writes
   * is seen here within that time (ADR 0022). A query with its own `now` (tests, replays) reads them afresh.
   */
  private async hiddenByLocalWindow(viewerHukou: string | null, now: Date | undefined): Promise<string[]> {
    const ttl = this.options.localWindowMs ?? 1000;
    const at = Date.now();
    let rows = this.localWindow && !now && at - this.localWindow.readAt < ttl ? this.localWindow.rows : undefined;
    if (!rows) {
      const read = await this.run<{ id: string; prefix: string; until: Date }>(
        `SELECT id, local_scope_prefix AS prefix, local_only_until AS until FROM ${TABLE} WHERE local_only_until > $1::timestamptz`,
        [new Date(now ? Math.min(now.getTime(), at) : at).toISOString()],
      );
      rows = read.map((r) => ({ id: r.id, prefix: r.prefix ?? '', until: new Date(r.until).getTime() }));
      if (!now) this.localWindow = { readAt: at, rows };
    }
    const t = (now ?? new Date(at)).getTime();
    return rows.filter((r) => r.until > t && !(viewerHukou !== null && viewerHukou.startsWith(r.prefix))).map((r) => r.id);
  }

  /**
   * Every requested facet as one subquery (GROUPING SETS over the filtered rows), answering rows of
   * [value of facet 0, grouping of facet 0, …, count]. Over the materialised matches (`fromMatches`) the facet columns
   * carry their aliases.
   */
  private facetsSql(facets: JobFacet[], from: string, filter: string, fromMatches: boolean, count = 'count(*)'): string {
    const col = (f: JobFacet) => (fromMatches ? FACET_ALIASES[f] : FACET_COLUMNS[f]);
    const sets = facets.map((f) => `(${col(f)})`).join(', ');
    const select = facets.map((f) => `${col(f)}, GROUPING(${col(f)})`).join(', ');
    return `(SELECT coalesce(json_agg(x), '[]') FROM (SELECT json_build_array(${select}, ${count}) AS x FROM ${from} s ${filter}
      GROUP BY GROUPING SETS (${sets})) g)`;
  }

  /**
   * Facets over a whole region (no other filter) from the counts kept per county (search_facet_counts, kept by
   * triggers), less the documents this viewer may not see: a few thousand rows summed instead of every posting counted.
   */
  private keptFacetsSql(facets: JobFacet[], prefix: string | undefined, hiddenIds: string | undefined): string {
    const facetsOf = (columns: Record<JobFacet, string>) => FACETS.map((f) => `${columns[f]} AS ${FACET_ALIASES[f]}`).join(', ');
    const kept = `SELECT ${facetsOf(KEPT_FACET_COLUMNS)}, n FROM search_facet_counts ${prefix ? `WHERE county LIKE ${prefix}` : ''}`;
    const unseen = hiddenIds
      ? ` UNION ALL SELECT ${facetsOf(FACET_COLUMNS)}, -1 FROM ${TABLE} WHERE id = ANY(${hiddenIds}::text[]) ${prefix ? `AND region_code LIKE ${prefix}` : ''}`
      : '';
    return this.facetsSql(facets, `(${kept}${unseen})`, '', true, 'sum(n)::int');
  }

  /** The facet rows of facetsSql as counts per facet, largest first. */
  private facetCounts(facets: JobFacet[], rows: unknown[][]): Partial<Record<JobFacet, FacetCount[]>> {
    const out: Partial<Record<JobFacet, FacetCount[]>> = {};
    const n = facets.length * 2;
    facets.forEach((f, i) => {
      out[f] = rows
        .filter((r) => r[i * 2 + 1] === 0 && r[i * 2] != null && (r[n] as number) > 0)
        .map((r) => ({ value: String(r[i * 2]), count: r[n] as number }))
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
