import { INPUT_LIMITS, type DormitoryProvision, type JobKind, type MealProvision, type SocialInsurance } from '@jobbridge/contracts';

/**
 * The search port: what the API needs from a search engine, whichever runs behind it (PostgreSQL full-text search
 * embedded by default, Meilisearch when MEILI_URL is set). Both adapters pass libs/search/src/conformance.
 */

/** One published posting as the engines index it (denormalised; the source of truth stays in PostgreSQL). */
export interface JobDocument {
  id: string;
  title: string;
  description: string;
  occupation: string;
  skills: string[];
  employerId: string;
  employerName: string;
  industry: string;
  kind: JobKind;
  payMin: number;
  payMax: number;
  /** County (or township) code of the workplace, canonical GB/T 2260. */
  regionCode: string;
  lat: number | null;
  lng: number | null;
  /** ISO-8601 timestamp. */
  publishedAt: string;
  projectId: string | null;
  /**
   * A project job in its local-first window: the significant prefix (regionPrefix) of the project's local scope,
   * e.g. '622921' for a county. Null when there is no window.
   */
  localScopePrefix: string | null;
  /** ISO-8601 end of the local-first window: until then only viewers with a hukou inside localScopePrefix see the job. */
  localOnlyUntil: string | null;
  dormitory: DormitoryProvision | null;
  meals: MealProvision | null;
  socialInsurance: SocialInsurance | null;
}

export type JobSort = 'RELEVANCE' | 'NEWEST' | 'PAY' | 'DISTANCE';
export type JobFacet = 'kind' | 'industry' | 'region' | 'payBand' | 'project';

export interface GeoFilter {
  lat: number;
  lng: number;
  radiusKm: number;
}

export interface JobSearchQuery {
  /** Chinese (or mixed) text; empty or absent lists everything that matches the filters. */
  keyword?: string;
  /** Any level: province, prefecture, county or township (canonical code). */
  regionCode?: string;
  near?: GeoFilter;
  /** Jobs whose pay can reach at least this (payMax ≥ payMin). */
  payMin?: number;
  /** Jobs whose pay starts at or below this (payMin ≤ payMax). */
  payMax?: number;
  kinds?: JobKind[];
  industries?: string[];
  /** Published within the last N days. */
  postedWithinDays?: number;
  projectId?: string;
  /** Only these documents (e.g. the ones just indexed, to match saved searches against them). */
  ids?: string[];
  /** Default RELEVANCE with a keyword, NEWEST without. DISTANCE needs `near`. */
  sort?: JobSort;
  /** Facet counts to return, computed over the whole filtered result. */
  facets?: JobFacet[];
  offset: number;
  limit: number;
  /** Wrap matched terms in <mark>…</mark> in title and description snippets. */
  highlight?: boolean;
  /**
   * The viewer's hukou region (canonical code). A project job in its local-first window is found only by a viewer
   * whose hukou lies inside the project's local scope; absent or null (signed out, no profile) finds none of them.
   */
  viewerHukouRegionCode?: string | null;
  /** "now", for postedWithinDays and local-first windows; tests pin it. */
  now?: Date;
  /** false skips counting (total is then the number of hits): for pools that only need the top hits. */
  withTotal?: boolean;
  /** Count exactly up to this many matches (default TOTAL_COUNT_CAP); beyond it `total` is the cap and `totalCapped` true. */
  countCap?: number;
  /**
   * Identical postings (same duplicateKeyOf: employer, title, county, pay) make one hit, whose `duplicates` says how
   * many others matched; `total` and facets then count hits, not postings. Which member stands for the group is the
   * engine's first-ranked one (the newest on equal rank); the conformance suite asserts only that it is one of them.
   */
  collapseDuplicates?: boolean;
}

export interface JobSearchHit {
  id: string;
  /** Distance from `near`, when given. */
  distanceKm?: number;
  highlights?: { title?: string; description?: string };
  /** With collapseDuplicates: how many other matching postings are identical to this one (absent when none). */
  duplicates?: number;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface JobSearchResult {
  /** Exact number of matching documents, up to the query's count cap. */
  total: number;
  /** More documents match than the cap: `total` is the cap ("1000+"). */
  totalCapped?: boolean;
  hits: JobSearchHit[];
  facets: Partial<Record<JobFacet, FacetCount[]>>;
}

export interface SearchEngine {
  readonly name: 'postgres' | 'meilisearch';
  /** Creates or updates the index and its settings; safe to call at every start. */
  ensureSetup(): Promise<void>;
  /** Inserts or replaces documents; resolves once they are searchable. */
  upsertJobs(docs: JobDocument[]): Promise<void>;
  /** Removes documents (closed, rejected); unknown ids are ignored. */
  removeJobs(ids: string[]): Promise<void>;
  /** Removes every document (before a full reindex). */
  clearJobs(): Promise<void>;
  searchJobs(query: JobSearchQuery): Promise<JobSearchResult>;
  /** Whether the engine answers. */
  isHealthy(): Promise<boolean>;
}

/** Raised by adapters when the engine cannot be reached; the API answers SEARCH_UNAVAILABLE. */
export class SearchUnavailableError extends Error {
  constructor(
    message: string,
    readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'SearchUnavailableError';
  }
}

/** Pay bands for the payBand facet (元/month, lower bound inclusive). Data, shared by every adapter. */
export const PAY_BANDS: readonly { key: string; min: number; max: number | null }[] = [
  { key: '0-3000', min: 0, max: 3000 },
  { key: '3000-5000', min: 3000, max: 5000 },
  { key: '5000-8000', min: 5000, max: 8000 },
  { key: '8000-12000', min: 8000, max: 12000 },
  { key: '12000+', min: 12000, max: null },
];

/** The pay band of a posting: by its upper bound, so "up to 6000" counts in 5000-8000. */
export function payBandOf(payMax: number): string {
  return PAY_BANDS.find((b) => payMax >= b.min && (b.max === null || payMax < b.max))!.key;
}

export const MAX_SEARCH_LIMIT = 50;
/**
 * Counts stop here. Pages reach at most offset 1,000, so a person needs "1000+" rather than 29,104 — and counting every
 * match of a broad query (a 30 km radius around a county seat) costs more than the whole page.
 */
export const TOTAL_COUNT_CAP = 1000;
export const MAX_KEYWORD_LENGTH = INPUT_LIMITS.searchKeyword;

/**
 * What makes two postings "the same job" in results (issue 10): the same employer, title, workplace county (the first
 * six digits of the region code, so townships of one county agree) and pay range. Both engines group on this string:
 * the PostgreSQL table computes the identical expression as a generated column (migration SearchDuplicateKey), the
 * Meilisearch adapter stores it as `dedupeKey` and searches with `distinct`.
 */
export function duplicateKeyOf(doc: Pick<JobDocument, 'employerId' | 'title' | 'regionCode' | 'payMin' | 'payMax'>): string {
  return `${doc.employerId}|${doc.regionCode.slice(0, 6)}|${doc.payMin}-${doc.payMax}|${doc.title}`;
}
