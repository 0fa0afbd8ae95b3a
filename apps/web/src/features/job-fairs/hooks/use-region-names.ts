import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { REGION_NAME_QUERY } from '../../../shared/regions';

/**
 * Short names of region codes (e.g. 622921 → 临夏县) for the figures by county, loaded through Apollo's cache (one
 * query per code, shared with every other region name on the page). Codes not (yet) known are left out.
 */
export function useRegionNames(codes: readonly string[]): Record<string, string> {
  const client = useApolloClient();
  const key = [...new Set(codes.filter((c) => /^\d{6,9}$/.test(c)))].sort().join(',');
  const [names, setNames] = useState<Record<string, string>>({});

  useEffect(() => {
    if (!key) return;
    let current = true;
    void Promise.all(
      key.split(',').map(async (code) => {
        try {
          const { data } = await client.query({ query: REGION_NAME_QUERY, variables: { code } });
          return [code, data?.region?.name] as const;
        } catch {
          return [code, undefined] as const;
        }
      }),
    ).then((pairs) => {
      if (!current) return;
      const found = pairs.filter((p): p is readonly [string, string] => !!p[1]);
      setNames((prev) => ({ ...prev, ...Object.fromEntries(found) }));
    });
    return () => {
      current = false;
    };
  }, [client, key]);

  return names;
}
