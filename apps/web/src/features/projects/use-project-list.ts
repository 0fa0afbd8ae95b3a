import { useApolloClient, useQuery } from '@apollo/client/react';
import type { LocalHiringStatus, ProjectStatus } from '@jobbridge/contracts';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useLoadMore } from '../../shared/hooks/use-load-more';
import { useLocalHiringChanges } from '../../shared/realtime/use-local-hiring-changes';
import { sortByRisk, writeLocalHiring } from './local-hiring';
import { PROJECT_PAGE_SIZE, PROJECTS_QUERY } from './projects.graphql';

/** Pushes for projects not on the list come in bursts (a busy region): reload once they settle. */
const RELOAD_DELAY_MS = 250;

/**
 * The projects list (risk first), for the bureau dashboard and the employer's own list. With `live`, the officer's
 * region is watched over socket.io: a pushed figure replaces the row's at once and the rows are re-sorted by the
 * same rule as the API; a row leaving the status filter drops out, and a project not on the list (or entering the
 * filter) makes the list reload. Returns whether the live watch is acknowledged.
 */
export function useProjectList({
  status,
  localHiringStatus,
  live,
}: {
  status?: ProjectStatus;
  localHiringStatus?: LocalHiringStatus;
  live: boolean;
}) {
  const client = useApolloClient();
  const query = useQuery(PROJECTS_QUERY, {
    variables: { status, localHiringStatus, first: PROJECT_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const { data, refetch, fetchMore } = query;
  const connection = data?.projects;
  const rows = useMemo(() => {
    const nodes = connection?.edges.map((e) => e.node) ?? [];
    return sortByRisk(localHiringStatus ? nodes.filter((p) => p.localHiring.status === localHiringStatus) : nodes);
  }, [connection, localHiringStatus]);
  const known = useRef(new Set<string>());
  useLayoutEffect(() => {
    known.current = new Set(connection?.edges.map((e) => e.node.id));
  }, [connection]);

  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const reloadSoon = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void refetch(), RELOAD_DELAY_MS);
  }, [refetch]);

  const watching = useLocalHiringChanges(live ? { dashboard: true } : null, (event) => {
    writeLocalHiring(client.cache, event);
    // A row on the list changes in place; a project not on it may belong there now (new, or entering the filter).
    if (!known.current.has(event.projectId) && (!localHiringStatus || event.localHiring.status === localHiringStatus)) reloadSoon();
  });

  const { loadingMore, loadMore } = useLoadMore(fetchMore);
  return { ...query, connection, rows, watching, loadingMore, loadMore };
}
