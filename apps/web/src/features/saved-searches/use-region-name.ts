import { useQuery } from '@apollo/client/react';
import { REGION_NAME_QUERY } from './saved-searches.graphql';

/** The short name of a region code (e.g. 622921 → 临夏县), once loaded; undefined while loading or unknown. */
export function useRegionName(code: string | undefined): string | undefined {
  const { data } = useQuery(REGION_NAME_QUERY, { variables: { code: code ?? '' }, skip: !code });
  return code ? data?.region?.name : undefined;
}
