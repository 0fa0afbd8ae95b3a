import { useQuery } from '@apollo/client/react';
import { REGION_NAME_QUERY } from './regions.graphql';

/** A region code's names (e.g. 622921 → 临夏县), once loaded; undefined while loading or unknown. Cached per code. */
export function useRegion(code: string | null | undefined): { name: string; fullName: string } | undefined {
  const { data } = useQuery(REGION_NAME_QUERY, { variables: { code: code ?? '' }, skip: !code });
  return code && data?.region ? data.region : undefined;
}

/** The short name of a region code (e.g. 622921 → 临夏县), once loaded; undefined while loading or unknown. */
export function useRegionName(code: string | null | undefined): string | undefined {
  return useRegion(code)?.name;
}
