/**
 * The median of whole-number values given as a histogram (value → how many times it occurs): the middle value, or
 * the mean of the two middle values for an even count (as PostgreSQL's percentile_cont(0.5)). Null when the histogram
 * is empty. Values may come in any order; counts of 0 or less are ignored.
 */
export function histogramMedian(histogram: ReadonlyMap<number, number>): number | null {
  const entries = [...histogram].filter(([, n]) => n > 0).sort((a, b) => a[0] - b[0]);
  const total = entries.reduce((sum, [, n]) => sum + n, 0);
  if (total === 0) return null;
  // 1-based positions of the two middle values (the same one for an odd count).
  const lower = Math.floor((total + 1) / 2);
  const upper = Math.floor(total / 2) + 1;
  let seen = 0;
  let low: number | undefined;
  for (const [value, n] of entries) {
    seen += n;
    if (low === undefined && seen >= lower) low = value;
    if (seen >= upper) return (low! + value) / 2;
  }
  return low ?? null;
}

/** Adds `counts` (value → how many) into `into`. */
export function addToHistogram(into: Map<number, number>, values: readonly number[], counts: readonly number[]): void {
  values.forEach((value, i) => into.set(value, (into.get(value) ?? 0) + counts[i]));
}
