/** The watch's levels (CountyWatch.level), most serious first. */
export const WATCH_LEVELS = ['WARNING', 'WATCH', 'NORMAL'] as const;
export type WatchLevel = (typeof WATCH_LEVELS)[number];

/** Tag colours: warning red, watch orange, normal green. */
export const WATCH_LEVEL_COLORS: Record<WatchLevel, string> = { WARNING: 'red', WATCH: 'orange', NORMAL: 'green' };

export const isWatchLevel = (level: string): level is WatchLevel => (WATCH_LEVELS as readonly string[]).includes(level);

const rank = (level: string) => (isWatchLevel(level) ? WATCH_LEVELS.indexOf(level) : WATCH_LEVELS.length);

/** Counties on warning first, then on watch, then the rest; within a level by people affected, then by name. */
export function sortByWatchLevel<T extends { level: string; regionName: string; figures: { peopleAffected: number } }>(
  rows: readonly T[],
): T[] {
  return [...rows].sort(
    (a, b) =>
      rank(a.level) - rank(b.level) ||
      b.figures.peopleAffected - a.figures.peopleAffected ||
      a.regionName.localeCompare(b.regionName, 'zh-CN'),
  );
}

/** The month (YYYY-MM) of a China date (YYYY-MM-DD). */
export const monthOf = (isoDate: string) => isoDate.slice(0, 7);
