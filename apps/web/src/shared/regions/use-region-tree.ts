import { useApolloClient } from '@apollo/client/react';
import { RegionLevel } from '@jobbridge/contracts';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { REGIONS_QUERY, type RegionItem } from './regions.graphql';

export interface RegionOption {
  value: string;
  label: string;
  isLeaf: boolean;
  children?: RegionOption[];
}

const ROOT = '';
const LEVEL_DEPTH: Record<RegionLevel, number> = {
  [RegionLevel.PROVINCE]: 1,
  [RegionLevel.PREFECTURE]: 2,
  [RegionLevel.COUNTY]: 3,
  [RegionLevel.TOWNSHIP]: 4,
};

/**
 * Lazily loaded province → prefecture → county tree for antd's Cascader. Children load when a node opens
 * (`loadData`) and, for a saved value, along its path (`value`), so the cascader can show names, not codes.
 * Queries go through Apollo's cache, so every cascader on a page shares what was fetched.
 */
export function useRegionTree(depth: number, value: readonly string[] | undefined) {
  const client = useApolloClient();
  const [children, setChildren] = useState<Record<string, RegionItem[]>>({});
  const [error, setError] = useState<unknown>(null);
  const pending = useRef(new Set<string>());

  const load = useCallback(
    async (parentCode: string) => {
      if (pending.current.has(parentCode)) return;
      pending.current.add(parentCode);
      try {
        const { data } = await client.query({
          query: REGIONS_QUERY,
          variables: { parentCode: parentCode || null },
        });
        setChildren((prev) => ({ ...prev, [parentCode]: data?.regions ?? [] }));
        setError(null);
      } catch (e) {
        pending.current.delete(parentCode); // allow a retry on the next open
        setError(e);
      }
    },
    [client],
  );

  const pathKey = value?.join('/') ?? '';
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- load() sets state only after its await, never synchronously
    void load(ROOT);
    const path = pathKey ? pathKey.split('/') : [];
    path.slice(0, -1).forEach((code) => void load(code));
  }, [load, pathKey]);

  const options = useMemo(() => {
    const build = (parent: string): RegionOption[] =>
      (children[parent] ?? []).map((region) => {
        const loaded = children[region.code];
        const atDepth = LEVEL_DEPTH[region.level] >= depth;
        return {
          value: region.code,
          label: region.name,
          isLeaf: atDepth || (loaded !== undefined && loaded.length === 0),
          children: !atDepth && loaded?.length ? build(region.code) : undefined,
        };
      });
    return build(ROOT);
  }, [children, depth]);

  const loadData = useCallback(
    (selected: RegionOption[]) => {
      const target = selected[selected.length - 1];
      if (target) void load(target.value);
    },
    [load],
  );

  return { options, loadData, error };
}
