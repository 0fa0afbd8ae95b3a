import type { ApolloClient } from '@apollo/client';
import { ME_QUERY } from '../features/auth/auth.graphql';
import { parseJobFilters, toSearchInput } from '../features/jobs/hooks/use-job-filters';
import { SEARCH_JOBS_QUERY } from '../features/jobs/jobs.graphql';
import { REGIONS_QUERY } from '../shared/regions/regions.graphql';

/** The job list's first page (JobListPage's PAGE_SIZE): the variables must match for the page to join the request. */
const JOB_LIST_FIRST_PAGE = 20;

/**
 * Sends the first screen's queries as soon as the code has run, before React's first render (which, with Ant Design's
 * styles, takes hundreds of milliseconds on a slow phone): the session check and, on the job list, the search and the
 * region filter's provinces. The components' own queries then find the answer in the cache, or join the request in
 * flight (Apollo deduplicates identical queries), so nothing is sent twice (issue 10, test/e2e/first-screen).
 */
export function prefetchFirstScreen(client: ApolloClient, location: Pick<Location, 'pathname' | 'search'> = window.location): void {
  const quietly = (p: Promise<unknown>) => void p.catch(() => undefined); // the page shows any error itself
  quietly(client.query({ query: ME_QUERY, errorPolicy: 'all' }));
  if (location.pathname !== '/' && location.pathname !== '/jobs') return;
  const filters = parseJobFilters(new URLSearchParams(location.search));
  if (filters.distanceKm) return; // 附近: the page waits for the browser's position first
  quietly(
    client.query({
      query: SEARCH_JOBS_QUERY,
      variables: { input: toSearchInput(filters, undefined), first: JOB_LIST_FIRST_PAGE, offset: 0 },
    }),
  );
  quietly(client.query({ query: REGIONS_QUERY, variables: { parentCode: null } }));
}
