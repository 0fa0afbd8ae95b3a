import type { JobSearchInput } from '../../graphql/generated/graphql';
import { DISTANCE_OPTIONS, toSearchParams, type JobFilterValues } from '../jobs';

/**
 * The job list with a saved search's filters in its URL. The list filters by one kind, so only the first is kept;
 * a distance is kept when it is one of the list's options (the browser's position is asked for again).
 */
export function jobsPathFor(criteria: JobSearchInput): string {
  const radius = criteria.near?.radiusKm;
  const values: JobFilterValues = {
    keyword: criteria.keyword ?? undefined,
    regionCode: criteria.regionCode ?? undefined,
    kind: criteria.kinds?.[0],
    payMin: criteria.payMin ?? undefined,
    payMax: criteria.payMax ?? undefined,
    distanceKm: radius !== undefined && (DISTANCE_OPTIONS as readonly number[]).includes(radius) ? radius : undefined,
  };
  const query = toSearchParams(values).toString();
  return query ? `/jobs?${query}` : '/jobs';
}
