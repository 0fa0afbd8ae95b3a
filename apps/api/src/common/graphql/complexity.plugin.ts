/**
 * Complexity of a paginated field: its children once per requested row. The request limits (request-limits.plugin.ts)
 * add the cost of root fields, unpaged lists and aliases, and refuse what is over the limit.
 */
export const connectionComplexity = ({ args, childComplexity }: { args: Record<string, unknown>; childComplexity: number }) =>
  1 + childComplexity * Math.max(1, Number(args.first ?? 20));
