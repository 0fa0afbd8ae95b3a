import { JobKind, JobSearchFacet, JobSearchSort } from '@jobbridge/contracts';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { JobSearchInput } from '../../../graphql/generated/graphql';

/** Radius choices of the "附近" filter, in km. */
export const DISTANCE_OPTIONS = [5, 10, 30, 50] as const;

/**
 * The job search filters, kept in the URL query string
 * (?region=622921&kind=GIG&payMin=3000&payMax=6000&q=焊工&km=10&sort=DISTANCE).
 * `km` needs the browser's position, which is not kept in the URL: it is asked for again on load.
 */
export interface JobFilterValues {
  regionCode?: string;
  kind?: JobKind;
  payMin?: number;
  payMax?: number;
  keyword?: string;
  distanceKm?: number;
  /** RELEVANCE (综合排序) is the default and is not written to the URL. */
  sort?: JobSearchSort;
}

const KINDS = new Set<string>(Object.values(JobKind));
const SORTS = new Set<string>(Object.values(JobSearchSort));
const DISTANCES = new Set<number>(DISTANCE_OPTIONS);

/** Facet counts shown on the list: per kind (beside the kind options) and per county (the 地区 list). */
export const SEARCH_FACETS = [JobSearchFacet.KIND, JobSearchFacet.REGION];

function toInt(value: string | null): number | undefined {
  if (value == null || value === '') return undefined;
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 ? n : undefined;
}

export function parseJobFilters(params: URLSearchParams): JobFilterValues {
  const kind = params.get('kind');
  const region = params.get('region');
  const sort = params.get('sort');
  const km = toInt(params.get('km'));
  const distanceKm = km !== undefined && DISTANCES.has(km) ? km : undefined;
  return {
    regionCode: region && /^\d{6,9}$/.test(region) ? region : undefined,
    kind: kind && KINDS.has(kind) ? (kind as JobKind) : undefined,
    payMin: toInt(params.get('payMin')),
    payMax: toInt(params.get('payMax')),
    keyword: params.get('q')?.trim() || undefined,
    distanceKm,
    sort:
      sort && SORTS.has(sort) && sort !== JobSearchSort.RELEVANCE && (sort !== JobSearchSort.DISTANCE || distanceKm)
        ? (sort as JobSearchSort)
        : undefined,
  };
}

export function toSearchParams(values: JobFilterValues): URLSearchParams {
  const params = new URLSearchParams();
  if (values.regionCode) params.set('region', values.regionCode);
  if (values.kind) params.set('kind', values.kind);
  if (values.payMin != null) params.set('payMin', String(values.payMin));
  if (values.payMax != null) params.set('payMax', String(values.payMax));
  if (values.keyword?.trim()) params.set('q', values.keyword.trim());
  if (values.distanceKm) params.set('km', String(values.distanceKm));
  if (values.sort && values.sort !== JobSearchSort.RELEVANCE && (values.sort !== JobSearchSort.DISTANCE || values.distanceKm)) {
    params.set('sort', values.sort);
  }
  return params;
}

/**
 * The searchJobs input for the filters. `position` is the browser's location; without it the distance filter and
 * the DISTANCE sort are left out.
 */
export function toSearchInput(values: JobFilterValues, position: { lat: number; lng: number } | undefined): JobSearchInput {
  const near = values.distanceKm && position ? { ...position, radiusKm: values.distanceKm } : undefined;
  const input: JobSearchInput = { facets: SEARCH_FACETS };
  if (values.keyword) input.keyword = values.keyword;
  if (values.regionCode) input.regionCode = values.regionCode;
  if (values.kind) input.kinds = [values.kind];
  if (values.payMin !== undefined) input.payMin = values.payMin;
  if (values.payMax !== undefined) input.payMax = values.payMax;
  if (near) input.near = near;
  if (values.sort && (values.sort !== JobSearchSort.DISTANCE || near)) input.sort = values.sort;
  return input;
}

export function useJobFilters() {
  const [params, setParams] = useSearchParams();
  const values = useMemo(() => parseJobFilters(params), [params]);
  const setFilters = useCallback((next: JobFilterValues) => setParams(toSearchParams(next)), [setParams]);
  return { values, setFilters };
}
