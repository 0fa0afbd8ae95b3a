import type { JobSearchInput } from '../../graphql/generated/graphql';

/**
 * What a saved search keeps of a searchJobs input: the filters only. Sort, facets and paging do not change which
 * new postings match, so they are left out (DISTANCE sort would also need `near` to stay valid).
 */
export function toSavedCriteria(input: JobSearchInput): JobSearchInput {
  const criteria: JobSearchInput = {};
  const keyword = input.keyword?.trim();
  if (keyword) criteria.keyword = keyword;
  if (input.regionCode) criteria.regionCode = input.regionCode;
  if (input.near) criteria.near = { lat: input.near.lat, lng: input.near.lng, radiusKm: input.near.radiusKm };
  if (input.payMin != null) criteria.payMin = input.payMin;
  if (input.payMax != null) criteria.payMax = input.payMax;
  if (input.kinds?.length) criteria.kinds = [...input.kinds];
  if (input.industries?.length) criteria.industries = [...input.industries];
  if (input.postedWithinDays != null) criteria.postedWithinDays = input.postedWithinDays;
  if (input.projectId) criteria.projectId = input.projectId;
  return criteria;
}

export const hasCriteria = (criteria: JobSearchInput): boolean => Object.keys(toSavedCriteria(criteria)).length > 0;

/** `criteriaJson` from the API; anything unreadable counts as no criteria. */
export function parseCriteria(json: string): JobSearchInput {
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' && !Array.isArray(value) ? toSavedCriteria(value as JobSearchInput) : {};
  } catch {
    return {};
  }
}
