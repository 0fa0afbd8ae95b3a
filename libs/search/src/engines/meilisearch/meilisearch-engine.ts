import { normalizeRegionCode, regionPrefix } from '@jobbridge/domain';
// The client ships ES modules only, described by package.json "exports" alone, which the repository's
// `moduleResolution: node` cannot read; the resolution-mode attribute lets TypeScript find its declarations anyway.
import type {
  EnqueuedTaskPromise,
  Meilisearch,
  MeilisearchErrorResponse,
  SearchParams,
  Settings,
  Task,
  WaitOptions,
} from 'meilisearch' with { 'resolution-mode': 'import' };
import {
  duplicateKeyOf,
  FacetCount,
  JobDocument,
  JobFacet,
  JobSearchHit,
  JobSearchQuery,
  JobSearchResult,
  payBandOf,
  SearchEngine,
  SearchUnavailableError,
  TOTAL_COUNT_CAP,
} from '../../search-port';

type MeilisearchModule = typeof import('meilisearch', { with: { 'resolution-mode': 'import' } });

export interface MeilisearchEngineOptions {
  host: string;
  apiKey?: string;
  /** Default 'jobs'. */
  indexUid?: string;
  /** Synonym groups, e.g. [['电焊工', '焊工'], ['月嫂', '母婴护理员']]; every term of a group stands for the others. */
  synonyms?: readonly (readonly string[])[];
  /** Per-request timeout in milliseconds (default 5000); a timeout answers SearchUnavailableError. */
  timeoutMs?: number;
  /** How long to wait for an indexing or settings task to finish, in milliseconds (default 120000). */
  taskTimeoutMs?: number;
}

/**
 * The Meilisearch adapter. Everything that decides what is sent and how the answer is read is pure and exported
 * (toMeiliDocument, meiliSettings, buildMeiliSearchParams, fromMeiliResponse, toSearchError) so it is unit-tested
 * without a server; the class only moves data through the official client.
 *
 * Documents are the JobDocument fields plus derived `regionPrefixes`, `publishedAtTs`, `payBand`, `dedupeKey` and `_geo`.
 */
export class MeilisearchEngine implements SearchEngine {
  readonly name = 'meilisearch' as const;
  private readonly client: Meilisearch;
  private readonly indexUid: string;
  private readonly wait: WaitOptions;

  constructor(private readonly options: MeilisearchEngineOptions) {
    const { Meilisearch: Client } = loadClientModule();
    this.client = new Client({ host: options.host, apiKey: options.apiKey, timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS });
    this.indexUid = options.indexUid ?? 'jobs';
    this.wait = { timeout: options.taskTimeoutMs ?? DEFAULT_TASK_TIMEOUT_MS, interval: 100 };
  }

  async ensureSetup(): Promise<void> {
    await this.exec('index lookup', async () => {
      try {
        await this.client.getRawIndex(this.indexUid);
      } catch (e) {
        if (errorCodeOf(e) !== 'index_not_found') throw e;
        // Two instances starting together may both create it; the loser's task fails with index_already_exists.
        await this.runTask('index creation', this.client.createIndex(this.indexUid, { primaryKey: 'id' }), ['index_already_exists']);
      }
    });
    const version = await this.exec('version check', () => this.client.getVersion());
    const settings = meiliSettings(this.options.synonyms, { disableOnNumbers: supportsDisableOnNumbers(version.pkgVersion) });
    await this.exec('settings update', () => this.runTask('settings update', this.index().updateSettings(settings)));
  }

  async isHealthy(): Promise<boolean> {
    try {
      return (await this.client.health()).status === 'available';
    } catch {
      return false;
    }
  }

  async upsertJobs(docs: JobDocument[]): Promise<void> {
    if (!docs.length) return;
    const documents = docs.map(toMeiliDocument);
    await this.exec('document upsert', async () => {
      // Enqueue every batch first so Meilisearch can merge them into one indexing batch, then wait for each in turn.
      const tasks: EnqueuedTaskPromise[] = [];
      for (let i = 0; i < documents.length; i += UPSERT_BATCH_SIZE) {
        const enqueued = this.index().addDocuments(documents.slice(i, i + UPSERT_BATCH_SIZE), { primaryKey: 'id' });
        // A later batch may fail while an earlier one is awaited: mark it handled now; awaiting it below still throws.
        enqueued.catch(() => undefined);
        tasks.push(enqueued);
      }
      for (const task of tasks) await this.runTask('document upsert', task);
    });
  }

  async removeJobs(ids: string[]): Promise<void> {
    if (!ids.length) return;
    // Unknown ids are ignored by Meilisearch.
    await this.exec('document removal', () => this.runTask('document removal', this.index().deleteDocuments(ids)));
  }

  async clearJobs(): Promise<void> {
    await this.exec('document clearing', () => this.runTask('document clearing', this.index().deleteAllDocuments()));
  }

  async searchJobs(query: JobSearchQuery): Promise<JobSearchResult> {
    const request = buildMeiliSearchParams(query, query.now ?? new Date());
    if (request.matchesNothing) return emptyResult(query);
    const response = await this.exec('search', () => this.index().search(request.q, request.params));
    const result = fromMeiliResponse(response as unknown as MeiliSearchResponseLike, query, request.skip);
    if (!query.collapseDuplicates) return result;
    // `distinct` keeps one posting per group but does not say how many it stood for: one more request counts them.
    const keys = duplicateKeysOnPage(response as unknown as MeiliSearchResponseLike, request.skip, query.limit);
    if (!keys.length) return result;
    const counts = buildDuplicateCountParams(query, query.now ?? new Date(), keys);
    const counted = await this.exec('search', () => this.index().search(counts.q, counts.params));
    return withDuplicateCounts(
      result,
      response as unknown as MeiliSearchResponseLike,
      request.skip,
      (counted as unknown as MeiliSearchResponseLike).facetDistribution?.dedupeKey,
    );
  }

  private index() {
    return this.client.index<MeiliDocument>(this.indexUid);
  }

  /** Awaits an enqueued task; a failed or cancelled one throws (error codes in `tolerated` are accepted). */
  private async runTask(action: string, enqueued: EnqueuedTaskPromise, tolerated: string[] = []): Promise<Task> {
    const task = await enqueued.waitTask(this.wait);
    if (task.status === 'succeeded' || (task.error && tolerated.includes(task.error.code))) return task;
    throw taskError(action, task);
  }

  private async exec<T>(action: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (e) {
      throw toSearchError(e, action);
    }
  }
}

// ------------------------------------------------------------------------------------------------------------
// Client loading
// ------------------------------------------------------------------------------------------------------------

/**
 * Loads the client when an engine is built, not when this module is imported: the package is ES-module only, which
 * Node ≥ 20.19 require()s natively but jest's module registry cannot (before Node 24.9) unless it transforms the
 * package. Loading lazily keeps @jobbridge/search importable everywhere, Meilisearch configured or not.
 */
function loadClientModule(): MeilisearchModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('meilisearch') as MeilisearchModule;
}

// ------------------------------------------------------------------------------------------------------------
// Index settings
// ------------------------------------------------------------------------------------------------------------

const DEFAULT_TIMEOUT_MS = 5_000;
const DEFAULT_TASK_TIMEOUT_MS = 120_000;
const UPSERT_BATCH_SIZE = 1_000;

/** Text attributes, most important first: with the `attribute` ranking rule a title match outranks a description match. */
export const SEARCHABLE_ATTRIBUTES = ['title', 'occupation', 'skills', 'employerName', 'description'] as const;
/** `dedupeKey` is filterable because search-time `distinct` (Meilisearch v1.11+) needs it to be, and its counts are a facet. */
export const FILTERABLE_ATTRIBUTES = [
  'id',
  'kind',
  'industry',
  'regionPrefixes',
  'payMin',
  'payMax',
  'publishedAtTs',
  'projectId',
  'payBand',
  'localOnlyUntilTs',
  'localScopePrefix',
  'dedupeKey',
  '_geo',
] as const;
export const SORTABLE_ATTRIBUTES = ['publishedAtTs', 'payMax', '_geo'] as const;
/**
 * Meilisearch's default order: relevance first, then the `sort` parameter, then exactness. Consequence: with a
 * keyword, NEWEST / PAY / DISTANCE order results only within equally relevant groups (the PostgreSQL adapter orders
 * strictly). Moving 'sort' to the front would make explicit sorts strict and leave RELEVANCE (no sort) unchanged.
 */
/**
 * `sort` first: an explicit sort (newest, pay, distance) orders strictly, as in the PostgreSQL engine; without a
 * sort parameter the rule is skipped and relevance decides.
 */
export const RANKING_RULES = ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness'] as const;
/** Chinese (ISO 639-3 `cmn`): texts and queries go to the Chinese segmenter instead of language detection, which can take short Han-only text for Japanese. */
export const TEXT_LOCALE = 'cmn';
/**
 * Totals come from exhaustive pagination, which counts at most maxTotalHits matches (the default is 1000), so this
 * is the largest result set whose total is exact and whose pages can all be reached.
 */
export const MAX_TOTAL_HITS = 100_000;
export const MAX_VALUES_PER_FACET = 200;
/**
 * Minimum word sizes for typos. Until mid-2025 (meilisearch/meilisearch#5617, after v1.15.0) Meilisearch measured
 * query words in UTF-8 bytes: a Han character is 3 bytes, so with the defaults of 5 / 9 a 2-character word allowed
 * one typo and a 3-character word two (电焊工 would match 电焊机). Later versions count characters. 10 / 16 keeps
 * Chinese words of up to 3 characters exact on every v1.12+ server, at the price of no typos for Latin words shorter
 * than 10 letters, which are rare in these postings.
 */
export const MIN_WORD_SIZE_FOR_TYPOS = { oneTypo: 10, twoTypos: 16 } as const;

/** Synonym groups as Meilisearch's mutual map: every term lists every other term of every group it belongs to. */
export function toMeiliSynonyms(groups: readonly (readonly string[])[] = []): Record<string, string[]> {
  const map = new Map<string, Set<string>>();
  for (const group of groups) {
    const terms = [...new Set(group.map((t) => t.trim()).filter(Boolean))];
    if (terms.length < 2) continue;
    for (const term of terms) {
      const others = map.get(term) ?? new Set<string>();
      for (const other of terms) if (other !== term) others.add(other);
      map.set(term, others);
    }
  }
  return Object.fromEntries([...map].map(([term, others]) => [term, [...others]]));
}

/** `typoTolerance.disableOnNumbers` exists since Meilisearch v1.15; older servers reject the unknown field. */
export function supportsDisableOnNumbers(pkgVersion: string): boolean {
  const m = /^v?(\d+)\.(\d+)/.exec(pkgVersion ?? '');
  if (!m) return false;
  const [major, minor] = [Number(m[1]), Number(m[2])];
  return major > 1 || (major === 1 && minor >= 15);
}

/** The whole index configuration; sent with one PATCH on every start, so it is idempotent. */
export function meiliSettings(synonyms: readonly (readonly string[])[] | undefined, features: { disableOnNumbers: boolean }): Settings {
  return {
    searchableAttributes: [...SEARCHABLE_ATTRIBUTES],
    filterableAttributes: [...FILTERABLE_ATTRIBUTES],
    sortableAttributes: [...SORTABLE_ATTRIBUTES],
    rankingRules: [...RANKING_RULES],
    synonyms: toMeiliSynonyms(synonyms),
    localizedAttributes: [{ attributePatterns: [...SEARCHABLE_ATTRIBUTES], locales: [TEXT_LOCALE] }],
    typoTolerance: {
      enabled: true,
      minWordSizeForTypos: { ...MIN_WORD_SIZE_FOR_TYPOS },
      ...(features.disableOnNumbers ? { disableOnNumbers: true } : {}),
    },
    pagination: { maxTotalHits: MAX_TOTAL_HITS },
    // Sorting values by count makes the 200 kept per facet the largest ones (the default keeps the first 200 by name).
    faceting: { maxValuesPerFacet: MAX_VALUES_PER_FACET, sortFacetValuesBy: { '*': 'count' } },
  };
}

// ------------------------------------------------------------------------------------------------------------
// Documents
// ------------------------------------------------------------------------------------------------------------

export interface MeiliDocument extends JobDocument {
  /** Significant prefixes of the region and its ancestors: 622921 → ['62', '6229', '622921']. */
  regionPrefixes: string[];
  /** publishedAt in unix seconds (filterable and sortable as a number). */
  publishedAtTs: number;
  payBand: string;
  /** End of the local-first window in unix seconds; 0 without a window (filters cannot test for null on every version). */
  localOnlyUntilTs: number;
  /** duplicateKeyOf(doc): identical postings share it; searches that collapse them send `distinct: 'dedupeKey'`. */
  dedupeKey: string;
  _geo?: { lat: number; lng: number };
}

// Sentinels used as highlight tags; they are removed from indexed text so they can only come from Meilisearch.
const HL_PRE = '\uE000';
const HL_POST = '\uE001';
const SENTINELS = /[\uE000\uE001]/g;

/**
 * The prefixes of a region code that a region filter can name, cut from the canonical code: province (first 2
 * digits), prefecture (first 4), county (first 6) and, for a township, all 9. A filter on any level sends that level's
 * significant prefix (regionPrefix), so a document matches its province, prefecture, county and township; the 6-digit
 * prefix is also the document's value in the `region` facet (its county, like the PostgreSQL adapter's left(code, 6)).
 * A province-level code has no prefecture part, so its "xx00" slice, which no filter can name, is left out.
 */
export function regionPrefixesOf(regionCode: string): string[] {
  const canonical = normalizeRegionCode(regionCode);
  if (canonical === null) throw new Error(`Malformed region code "${regionCode}"`);
  const lengths = canonical.length === 9 ? [2, 4, 6, 9] : [2, 4, 6];
  const prefixes = lengths.map((n) => canonical.slice(0, n)).filter((p) => p.length !== 4 || !p.endsWith('00'));
  return [...new Set(prefixes)];
}

export function toMeiliDocument(doc: JobDocument): MeiliDocument {
  const publishedMs = Date.parse(doc.publishedAt);
  if (!Number.isFinite(publishedMs)) throw new Error(`Job ${doc.id} has an invalid publishedAt "${doc.publishedAt}"`);
  let regionPrefixes: string[];
  try {
    regionPrefixes = regionPrefixesOf(doc.regionCode);
  } catch {
    throw new Error(`Job ${doc.id} has a malformed region code "${doc.regionCode}"`);
  }
  const hasGeo = doc.lat != null && doc.lng != null && Number.isFinite(doc.lat) && Number.isFinite(doc.lng);
  return {
    ...doc,
    title: doc.title.replace(SENTINELS, ''),
    description: doc.description.replace(SENTINELS, ''),
    regionPrefixes,
    publishedAtTs: Math.floor(publishedMs / 1000),
    payBand: payBandOf(doc.payMax),
    localOnlyUntilTs: doc.localOnlyUntil ? Math.floor(Date.parse(doc.localOnlyUntil) / 1000) : 0,
    dedupeKey: duplicateKeyOf(doc),
    ...(hasGeo ? { _geo: { lat: doc.lat as number, lng: doc.lng as number } } : {}),
  };
}

// ------------------------------------------------------------------------------------------------------------
// Queries
// ------------------------------------------------------------------------------------------------------------

const FACET_FIELDS: Record<JobFacet, string> = {
  kind: 'kind',
  industry: 'industry',
  payBand: 'payBand',
  region: 'regionPrefixes',
  project: 'projectId',
};
const WORD = /[\p{L}\p{N}]/u;
export const CROP_LENGTH_WORDS = 60;

export interface MeiliSearchRequest {
  /** The query text ('' for a placeholder search). */
  q: string;
  params: SearchParams;
  /** Hits to drop from the front of the returned page before keeping `limit` (see pageWindow). */
  skip: number;
  /**
   * The keyword has no letter or digit (e.g. "！？"). Meilisearch would drop every token and answer as a placeholder
   * search, i.e. match everything, so the adapter answers "no results" without asking.
   */
  matchesNothing: boolean;
}

/**
 * A filter value as a double-quoted string. Inside quotes Meilisearch unescapes \" and then \\ (and other
 * backslash escapes), so both are escaped.
 */
export function quoteFilterValue(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * A number as plain decimal text. Meilisearch's `_geoPoint` pattern accepts only digits, '.' and '-', so exponent
 * notation (1e-7) must never be produced.
 */
export function formatNumber(n: number, fractionDigits = 7): string {
  if (!Number.isFinite(n)) throw new Error(`Not a finite number: ${n}`);
  if (Number.isInteger(n)) return BigInt(n).toString(); // String(1e21) would be "1e+21"
  const text = n.toFixed(fractionDigits).replace(/0+$/, '').replace(/\.$/, '');
  return text === '-0' ? '0' : text;
}

/**
 * Pagination. The port promises an exact total. Meilisearch gives one only in "exhaustive" mode (`page` +
 * `hitsPerPage` → `totalHits`); `offset`/`limit` answer with `estimatedTotalHits`, which is documented as
 * approximate. So offset/limit are translated into a page: when offset is a multiple of limit, page = offset/limit + 1
 * with hitsPerPage = limit; otherwise the smallest page size ≥ limit whose page contains the whole window
 * [offset, offset + limit) is used and the extra leading hits are skipped (page 1 with hitsPerPage = offset + limit
 * always qualifies, but a smaller page returns fewer unwanted hits). limit 0 asks for the total only.
 * Exhaustive counting costs more than estimating; at the size of a public-employment posting index that is cheap.
 * Totals are exact up to maxTotalHits (MAX_TOTAL_HITS), which also caps how deep pages can go.
 */
export function pageWindow(offset: number, limit: number): { page: number; hitsPerPage: number; skip: number } {
  if (!Number.isInteger(offset) || offset < 0) throw new Error(`Invalid offset ${offset}`);
  if (!Number.isInteger(limit) || limit < 0) throw new Error(`Invalid limit ${limit}`);
  if (limit === 0) return { page: 1, hitsPerPage: 0, skip: 0 };
  for (let size = limit; size <= offset + limit; size++) {
    const start = Math.floor(offset / size) * size;
    if (offset + limit <= start + size) return { page: start / size + 1, hitsPerPage: size, skip: offset - start };
  }
  /* istanbul ignore next -- size = offset + limit always fits */
  throw new Error('unreachable');
}

/** The filter expressions (ANDed) for a query. */
export function buildFilter(q: JobSearchQuery, now: Date): string[] {
  const filter: string[] = [];
  if (q.regionCode) filter.push(`regionPrefixes = ${quoteFilterValue(regionPrefix(q.regionCode))}`);
  if (q.near) {
    const { lat, lng, radiusKm } = q.near;
    filter.push(`_geoRadius(${formatNumber(lat)}, ${formatNumber(lng)}, ${formatNumber(Math.round(radiusKm * 1000))})`);
  }
  if (q.payMin != null) filter.push(`payMax >= ${formatNumber(q.payMin)}`);
  if (q.payMax != null) filter.push(`payMin <= ${formatNumber(q.payMax)}`);
  if (q.kinds?.length) filter.push(`kind IN [${q.kinds.map(quoteFilterValue).join(', ')}]`);
  if (q.industries?.length) filter.push(`industry IN [${q.industries.map(quoteFilterValue).join(', ')}]`);
  if (q.postedWithinDays != null) {
    const since = Math.floor((now.getTime() - q.postedWithinDays * 86_400_000) / 1000);
    filter.push(`publishedAtTs >= ${formatNumber(since)}`);
  }
  if (q.projectId) filter.push(`projectId = ${quoteFilterValue(q.projectId)}`);
  if (q.ids) filter.push(q.ids.length ? `id IN [${q.ids.map(quoteFilterValue).join(', ')}]` : 'id IN []');
  return filter;
}

/**
 * Always part of a search: a project job in its local-first window is found only by viewers whose hukou lies inside
 * the project's local scope (the scope's prefix is one of the viewer's region prefixes).
 */
export function localWindowFilter(q: Pick<JobSearchQuery, 'viewerHukouRegionCode'>, now: Date): string {
  const windowClosed = `localOnlyUntilTs <= ${formatNumber(Math.floor(now.getTime() / 1000))}`;
  const viewerPrefixes = q.viewerHukouRegionCode ? regionPrefixesOf(q.viewerHukouRegionCode) : [];
  return viewerPrefixes.length
    ? `(${windowClosed} OR localScopePrefix IN [${viewerPrefixes.map(quoteFilterValue).join(', ')}])`
    : windowClosed;
}

/**
 * The sort for a query. RELEVANCE with a keyword sends none (the ranking rules decide); without a keyword there is no
 * relevance to rank by, so it falls back to newest first, as the PostgreSQL adapter does. Ties break on recency.
 */
export function buildSort(q: JobSearchQuery, keyword: string): string[] | undefined {
  const sort = q.sort ?? (keyword ? 'RELEVANCE' : 'NEWEST');
  switch (sort) {
    case 'RELEVANCE':
      return keyword ? undefined : ['publishedAtTs:desc'];
    case 'NEWEST':
      return ['publishedAtTs:desc'];
    case 'PAY':
      return ['payMax:desc', 'publishedAtTs:desc'];
    case 'DISTANCE':
      if (!q.near) throw new Error('DISTANCE sort needs a point (near)');
      return [`_geoPoint(${formatNumber(q.near.lat)},${formatNumber(q.near.lng)}):asc`];
    default:
      throw new Error(`Unknown sort ${String(sort)}`);
  }
}

export function buildMeiliSearchParams(q: JobSearchQuery, now: Date): MeiliSearchRequest {
  const keyword = q.keyword?.trim() ?? '';
  const { page, hitsPerPage, skip } = pageWindow(q.offset, q.limit);
  const filter = [...buildFilter(q, now), localWindowFilter(q, now)];
  const sort = buildSort(q, keyword);
  const facets = [...new Set((q.facets ?? []).map((f) => FACET_FIELDS[f]))];
  const params: SearchParams = {
    page,
    hitsPerPage,
    // Only what fromMeiliResponse reads: the id, the point for distances, the texts for highlights.
    attributesToRetrieve: [
      'id',
      ...(q.near ? ['_geo'] : []),
      ...(q.highlight ? ['title', 'description'] : []),
      ...(q.collapseDuplicates ? ['dedupeKey'] : []),
    ],
    filter,
    ...(sort ? { sort } : {}),
    ...(q.collapseDuplicates ? { distinct: 'dedupeKey' } : {}),
    ...(facets.length ? { facets } : {}),
    ...(keyword
      ? {
          // Every word must match, like the PostgreSQL adapter (the default 'last' also returns partial matches).
          matchingStrategy: 'all' as const,
          locales: [TEXT_LOCALE],
        }
      : {}),
    ...(q.highlight
      ? {
          attributesToHighlight: ['title', 'description'],
          attributesToCrop: ['description'],
          cropLength: CROP_LENGTH_WORDS,
          cropMarker: '…',
          highlightPreTag: HL_PRE,
          highlightPostTag: HL_POST,
        }
      : {}),
  };
  return { q: keyword, params, skip, matchesNothing: keyword !== '' && !WORD.test(keyword) };
}

/**
 * The follow-up request of a collapsing search: the same words and filters, no `distinct`, only the page's groups,
 * no hits, and the `dedupeKey` facet, whose counts are each group's matching postings.
 */
export function buildDuplicateCountParams(q: JobSearchQuery, now: Date, keys: string[]): { q: string; params: SearchParams } {
  const base = buildMeiliSearchParams({ ...q, collapseDuplicates: false, highlight: false, facets: [], offset: 0, limit: 0 }, now);
  return {
    q: base.q,
    params: {
      ...withoutSort(base.params),
      attributesToRetrieve: ['id'],
      filter: [...(base.params.filter as string[]), `dedupeKey IN [${keys.map(quoteFilterValue).join(', ')}]`],
      facets: ['dedupeKey'],
    },
  };
}

function withoutSort({ sort: _sort, ...rest }: SearchParams): SearchParams {
  return rest; // order does not change counts
}

// ------------------------------------------------------------------------------------------------------------
// Responses
// ------------------------------------------------------------------------------------------------------------

/** The parts of a Meilisearch search response the adapter reads. */
export interface MeiliSearchResponseLike {
  hits: Array<Record<string, unknown> & { _formatted?: Record<string, unknown>; _geoDistance?: number }>;
  totalHits?: number;
  estimatedTotalHits?: number;
  facetDistribution?: Record<string, Record<string, number>>;
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * Meilisearch inserts the highlight tags into raw text; the text is HTML-escaped here and only then are the
 * sentinel tags turned into <mark>…</mark>, so the snippet is safe to render as HTML (like the PostgreSQL adapter's).
 */
export function toMarkedHtml(formatted: string): string {
  return escapeHtml(formatted)
    .replace(/\uE000/g, '<mark>')
    .replace(/\uE001/g, '</mark>');
}

const EARTH_RADIUS_M = 6_371_000;

/** Great-circle distance in metres (used when Meilisearch did not compute `_geoDistance`). */
export function haversineMetres(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const h = Math.sin(rad(b.lat - a.lat) / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lng - a.lng) / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Facet counts, largest first then by value; `region` keeps the 6-digit (county) prefixes only. */
export function toFacetCounts(facet: JobFacet, distribution: Record<string, number> | undefined): FacetCount[] {
  return Object.entries(distribution ?? {})
    .filter(([value]) => (facet !== 'region' || /^\d{6}$/.test(value)) && (facet !== 'project' || value !== 'null'))
    .map(([value, count]) => ({ value, count }))
    .sort((x, y) => y.count - x.count || x.value.localeCompare(y.value));
}

export function fromMeiliResponse(response: MeiliSearchResponseLike, q: JobSearchQuery, skip = 0): JobSearchResult {
  const facets: JobSearchResult['facets'] = {};
  for (const facet of new Set(q.facets ?? [])) facets[facet] = toFacetCounts(facet, response.facetDistribution?.[FACET_FIELDS[facet]]);
  const hits = response.hits.slice(skip, skip + q.limit).map((hit): JobSearchHit => {
    const out: JobSearchHit = { id: String(hit.id) };
    if (q.near) {
      const geo = hit._geo as { lat?: unknown; lng?: unknown } | undefined;
      const metres =
        typeof hit._geoDistance === 'number'
          ? hit._geoDistance
          : geo && geo.lat != null && geo.lng != null
            ? haversineMetres(q.near, { lat: Number(geo.lat), lng: Number(geo.lng) })
            : undefined;
      if (metres !== undefined && Number.isFinite(metres)) out.distanceKm = Math.round(metres / 100) / 10;
    }
    if (q.highlight) {
      const formatted = hit._formatted ?? {};
      const pick = (field: 'title' | 'description') => {
        const value = formatted[field] ?? hit[field];
        return typeof value === 'string' ? toMarkedHtml(value) : undefined;
      };
      const title = pick('title');
      const description = pick('description');
      out.highlights = { ...(title !== undefined ? { title } : {}), ...(description !== undefined ? { description } : {}) };
    }
    return out;
  });
  const matched = response.totalHits ?? response.estimatedTotalHits ?? 0;
  const cap = q.countCap ?? TOTAL_COUNT_CAP;
  return { total: Math.min(matched, cap), ...(matched > cap ? { totalCapped: true } : {}), hits, facets };
}

/** The group keys of the hits a page keeps (after the window's leading skip). */
export function duplicateKeysOnPage(response: MeiliSearchResponseLike, skip: number, limit: number): string[] {
  return [
    ...new Set(
      response.hits
        .slice(skip, skip + limit)
        .map((h) => h.dedupeKey)
        .filter((k): k is string => typeof k === 'string'),
    ),
  ];
}

/** Sets each hit's `duplicates` (its group's matching postings but itself) from the follow-up's `dedupeKey` facet. */
export function withDuplicateCounts(
  result: JobSearchResult,
  response: MeiliSearchResponseLike,
  skip: number,
  counts: Record<string, number> | undefined,
): JobSearchResult {
  const kept = response.hits.slice(skip, skip + result.hits.length);
  return {
    ...result,
    hits: result.hits.map((hit, i) => {
      const key = kept[i]?.dedupeKey;
      const others = typeof key === 'string' ? (counts?.[key] ?? 1) - 1 : 0;
      return others > 0 ? { ...hit, duplicates: others } : hit;
    }),
  };
}

function emptyResult(q: JobSearchQuery): JobSearchResult {
  const facets: JobSearchResult['facets'] = {};
  for (const facet of q.facets ?? []) facets[facet] = [];
  return { total: 0, hits: [], facets };
}

// ------------------------------------------------------------------------------------------------------------
// Errors
// ------------------------------------------------------------------------------------------------------------

function errorCodeOf(e: unknown): string | undefined {
  const cause = (e as { cause?: unknown })?.cause as Partial<MeilisearchErrorResponse> | undefined;
  return typeof cause?.code === 'string' ? cause.code : undefined;
}

const NETWORK_CODES = /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN|EPIPE|UND_ERR_\w+)$/;

/**
 * Maps what the client throws to what the port promises: the server unreachable, timing out, overloaded or failing
 * (network errors, request or task timeouts, 5xx, 408, 429) → SearchUnavailableError; anything else, such as a 4xx
 * for an invalid filter or a bad API key, is a bug or misconfiguration → a plain Error naming the Meilisearch code.
 */
export function toSearchError(e: unknown, action: string): Error {
  if (e instanceof SearchUnavailableError) return e;
  const err = e as { name?: string; message?: string; code?: string; response?: { status?: number } } | undefined;
  const name = err?.name;
  if (name === 'MeilisearchRequestError' || name === 'MeilisearchRequestTimeOutError' || name === 'MeilisearchTaskTimeOutError') {
    return new SearchUnavailableError(`Meilisearch is unavailable (${action}): ${err?.message ?? name}`, e);
  }
  if (name === 'MeilisearchApiError') {
    const status = err?.response?.status ?? 0;
    if (status >= 500 || status === 408 || status === 429) {
      return new SearchUnavailableError(`Meilisearch is unavailable (${action}): HTTP ${status} ${err?.message ?? ''}`.trim(), e);
    }
    const code = errorCodeOf(e);
    return new Error(`Meilisearch rejected the ${action}${code ? ` (${code})` : ''}: ${err?.message ?? `HTTP ${status}`}`, { cause: e });
  }
  if (name === 'AbortError' || name === 'TimeoutError' || (typeof err?.code === 'string' && NETWORK_CODES.test(err.code))) {
    return new SearchUnavailableError(`Meilisearch is unavailable (${action}): ${err?.message ?? name}`, e);
  }
  return e instanceof Error ? e : new Error(String(e));
}

/** A finished task that did not succeed: Meilisearch's internal or system errors mean it is unwell, others are ours. */
export function taskError(action: string, task: Pick<Task, 'uid' | 'status' | 'type' | 'error'>): Error {
  const detail = task.error ? `${task.error.code}: ${task.error.message}` : 'no error reported';
  const message = `Meilisearch ${action} task ${task.uid} (${task.type}) ${task.status}: ${detail}`;
  if (task.error && (task.error.type === 'internal' || task.error.type === 'system'))
    return new SearchUnavailableError(message, task.error);
  return new Error(message);
}
