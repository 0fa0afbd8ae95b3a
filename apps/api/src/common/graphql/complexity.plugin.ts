import { MAX_PAGE_SIZE } from './connection';

/** A list inside an object (a room's lineup, a search's hits) is assumed to hold this many rows. */
export const NESTED_LIST_SIZE = 5;

/** The page size a cost is computed with: `first` (default 20), at most a page; a larger `first` is refused by its resolver with PAGE_SIZE_TOO_LARGE. */
const pageSize = (first: unknown) => Math.min(MAX_PAGE_SIZE, Math.max(1, Number(first ?? 20) || 1));

/**
 * Complexity of a Relay connection: its children once per requested row. The request limits (request-limits.plugin.ts)
 * add the cost of root fields, unpaged lists and aliases, and refuse what is over the limit.
 */
export const connectionComplexity = ({ args, childComplexity }: { args: Record<string, unknown>; childComplexity: number }) =>
  1 + childComplexity * pageSize(args.first);

/**
 * Complexity of a result whose page of rows is a nested list (`searchJobs { hits }`): that list was counted as
 * NESTED_LIST_SIZE rows, so the children are scaled to `first` rows.
 */
export const pagedResultComplexity = ({ args, childComplexity }: { args: Record<string, unknown>; childComplexity: number }) =>
  1 + Math.ceil((childComplexity * pageSize(args.first)) / NESTED_LIST_SIZE);
