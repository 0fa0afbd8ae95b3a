import { JobKind } from '@jobbridge/contracts';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { JobPostingFilter } from '../../../graphql/types';

/** The job search filters, kept in the URL query string (?region=622921&kind=GIG&payMin=3000&payMax=6000&q=焊工). */
export interface JobFilterValues {
  regionCode?: string;
  kind?: JobKind;
  payMin?: number;
  payMax?: number;
  keyword?: string;
}

const KINDS = new Set<string>(Object.values(JobKind));

function toInt(value: string | null): number | undefined {
  if (value == null || value === '') return undefined;
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 ? n : undefined;
}

export function parseJobFilters(params: URLSearchParams): JobFilterValues {
  const kind = params.get('kind');
  const region = params.get('region');
  return {
    regionCode: region && /^\d{6,9}$/.test(region) ? region : undefined,
    kind: kind && KINDS.has(kind) ? (kind as JobKind) : undefined,
    payMin: toInt(params.get('payMin')),
    payMax: toInt(params.get('payMax')),
    keyword: params.get('q')?.trim() || undefined,
  };
}

export function toSearchParams(values: JobFilterValues): URLSearchParams {
  const params = new URLSearchParams();
  if (values.regionCode) params.set('region', values.regionCode);
  if (values.kind) params.set('kind', values.kind);
  if (values.payMin != null) params.set('payMin', String(values.payMin));
  if (values.payMax != null) params.set('payMax', String(values.payMax));
  if (values.keyword?.trim()) params.set('q', values.keyword.trim());
  return params;
}

export function useJobFilters() {
  const [params, setParams] = useSearchParams();
  const values = useMemo(() => parseJobFilters(params), [params]);

  const filter = useMemo<JobPostingFilter | undefined>(() => {
    const entries = Object.entries(values).filter(([, v]) => v !== undefined);
    return entries.length ? (Object.fromEntries(entries) as JobPostingFilter) : undefined;
  }, [values]);

  const setFilters = useCallback((next: JobFilterValues) => setParams(toSearchParams(next)), [setParams]);

  return { values, filter, setFilters };
}
