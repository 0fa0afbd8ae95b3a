import { DomainError } from '../errors';

/*
 * The mass-unemployment watch per county and month (000 五(五): "重点监测企业用工异常、岗位流失和职工下岗失业等情况，
 * 确保对规模性失业情况做到早发现、早报告、早处置。按照分级预警、分层响应…"). Four signals, each judged against two
 * bounds from the county's policy pack — WATCH (关注) and WARNING (预警) — and the county takes the highest level. Pure.
 */

export interface CountyMonthFigures {
  layoffsFiled: number;
  peopleAffected: number;
  postingsOpened: number;
  postingsClosed: number;
  applications: number;
  /** postings open during the month (for applications per posting) */
  postingsOpen: number;
}

export type WatchLevel = 'NORMAL' | 'WATCH' | 'WARNING';

export type WatchReasonKind = 'PEOPLE_AFFECTED' | 'LAYOFF_FILINGS' | 'POSTINGS_SHRINKING' | 'APPLICATIONS_PER_POSTING';

export interface WatchReason {
  kind: WatchReasonKind;
  /** The figure judged (for the ratios: floored to 2 decimals, so it never shows above its true value). */
  value: number;
  /** The bound it reached: the warning bound for WARNING, the watch bound for WATCH. */
  threshold: number;
  level: WatchLevel;
  /** Simplified Chinese, for officers. */
  text: string;
}

/** A figure at or above `watch` is WATCH, at or above `warning` is WARNING (watch ≤ warning). */
export interface WatchBounds {
  watch: number;
  warning: number;
}

export interface UnemploymentWatchThresholds {
  /** People in layoff plans taking effect in the month. */
  peopleAffected: WatchBounds;
  /** Layoff plans filed for the month. */
  layoffFilings: WatchBounds;
  /** Postings closed ÷ postings opened; judged only once at least `minClosed` postings closed. */
  postingsShrinking: WatchBounds & { minClosed: number };
  /** Applications ÷ postings open during the month; judged only once at least `minOpen` postings were open. */
  applicationsPerPosting: WatchBounds & { minOpen: number };
}

/** The watch kinds in the order officers read them, with their threshold keys. */
export const WATCH_KINDS: readonly { kind: WatchReasonKind; key: keyof UnemploymentWatchThresholds }[] = Object.freeze([
  { kind: 'PEOPLE_AFFECTED', key: 'peopleAffected' },
  { kind: 'LAYOFF_FILINGS', key: 'layoffFilings' },
  { kind: 'POSTINGS_SHRINKING', key: 'postingsShrinking' },
  { kind: 'APPLICATIONS_PER_POSTING', key: 'applicationsPerPosting' },
]);

const LEVEL_RANK: Record<WatchLevel, number> = { NORMAL: 0, WATCH: 1, WARNING: 2 };
const LEVEL_ZH: Record<WatchLevel, string> = { NORMAL: '正常', WATCH: '关注', WARNING: '预警' };

const isWhole = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;
const isFigure = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0;

/**
 * Problems with (some of) the watch thresholds (English, for start-up logs); [] when usable. `label` prefixes each
 * message (a pack's name). Every bound a number ≥ 0 with watch ≤ warning; the minimums whole numbers.
 */
export function unemploymentWatchProblems(t: Partial<UnemploymentWatchThresholds>, label = 'unemploymentWatch'): string[] {
  const problems: string[] = [];
  for (const { key } of WATCH_KINDS) {
    const bounds = t[key] as (WatchBounds & { minClosed?: number; minOpen?: number }) | undefined;
    if (bounds === undefined) continue;
    const at = `${label}.${key}`;
    if (bounds === null || typeof bounds !== 'object') {
      problems.push(`${at} must have watch and warning bounds`);
      continue;
    }
    if (!isFigure(bounds.watch)) problems.push(`${at}.watch must be a number ≥ 0`);
    if (!isFigure(bounds.warning)) problems.push(`${at}.warning must be a number ≥ 0`);
    if (isFigure(bounds.watch) && isFigure(bounds.warning) && bounds.watch > bounds.warning)
      problems.push(`${at}: watch must not exceed warning`);
    if (key === 'postingsShrinking' && !isWhole(bounds.minClosed)) problems.push(`${at}.minClosed must be a whole number ≥ 0`);
    if (key === 'applicationsPerPosting' && !isWhole(bounds.minOpen)) problems.push(`${at}.minOpen must be a whole number ≥ 0`);
  }
  return problems;
}

/** Whether every kind has its thresholds (a national pack must). */
export function isCompleteUnemploymentWatch(t: Partial<UnemploymentWatchThresholds> | undefined): t is UnemploymentWatchThresholds {
  return !!t && WATCH_KINDS.every(({ key }) => t[key] !== undefined);
}

const floor2 = (part: number, whole: number) => Math.floor((part * 100) / whole) / 100;

function levelOf(value: number, b: WatchBounds): WatchLevel {
  if (value >= b.warning) return 'WARNING';
  if (value >= b.watch) return 'WATCH';
  return 'NORMAL';
}

/**
 * The county's level for the month and the signals that raised it (only those at WATCH or WARNING, highest first; none
 * for NORMAL). Each bound is inclusive. POSTINGS_SHRINKING compares closed ÷ opened (no postings opened counts as one,
 * so closing without opening still shows) once `minClosed` postings closed; APPLICATIONS_PER_POSTING compares
 * applications ÷ postings open once `minOpen` were open. Throws VALIDATION_FAILED (Chinese message, with the field) for
 * a negative or fractional figure, and a RangeError for unusable thresholds.
 */
export function watchLevel(f: CountyMonthFigures, t: UnemploymentWatchThresholds): { level: WatchLevel; reasons: WatchReason[] } {
  const problems = isCompleteUnemploymentWatch(t) ? unemploymentWatchProblems(t) : ['every kind needs thresholds'];
  if (problems.length) throw new RangeError(`Invalid unemployment-watch thresholds: ${problems.join('; ')}`);
  const figure = (field: keyof CountyMonthFigures, label: string) => {
    const value = f[field];
    if (!isWhole(value)) throw new DomainError('VALIDATION_FAILED', `${label}必须是非负整数（收到 ${String(value)}）`, field);
    return value;
  };
  const layoffsFiled = figure('layoffsFiled', '裁员报告数');
  const peopleAffected = figure('peopleAffected', '涉及裁减人数');
  const opened = figure('postingsOpened', '新开岗位数');
  const closed = figure('postingsClosed', '关闭岗位数');
  const applications = figure('applications', '求职申请数');
  const open = figure('postingsOpen', '在招岗位数');

  const reasons: WatchReason[] = [];
  const judge = (
    kind: WatchReasonKind,
    exact: number,
    shown: number,
    bounds: WatchBounds,
    text: (level: string, threshold: number) => string,
  ) => {
    const level = levelOf(exact, bounds);
    if (level === 'NORMAL') return;
    const threshold = level === 'WARNING' ? bounds.warning : bounds.watch;
    reasons.push({ kind, value: shown, threshold, level, text: text(LEVEL_ZH[level], threshold) });
  };
  judge(
    'PEOPLE_AFFECTED',
    peopleAffected,
    peopleAffected,
    t.peopleAffected,
    (lv, th) => `本月裁员方案涉及${peopleAffected}人，达到${lv}线（${th}人）`,
  );
  judge('LAYOFF_FILINGS', layoffsFiled, layoffsFiled, t.layoffFilings, (lv, th) => `本月裁员报告${layoffsFiled}份，达到${lv}线（${th}份）`);
  if (closed > 0 && closed >= t.postingsShrinking.minClosed) {
    const base = Math.max(opened, 1);
    // A ratio of whole numbers against a decimal bound: correctly rounded division keeps "at least" exact.
    judge(
      'POSTINGS_SHRINKING',
      closed / base,
      floor2(closed, base),
      t.postingsShrinking,
      (lv, th) => `本月关闭岗位${closed}个、新开${opened}个，关闭数为新开数的${floor2(closed, base)}倍，达到${lv}线（${th}倍）`,
    );
  }
  if (open > 0 && open >= t.applicationsPerPosting.minOpen) {
    judge(
      'APPLICATIONS_PER_POSTING',
      applications / open,
      floor2(applications, open),
      t.applicationsPerPosting,
      (lv, th) => `本月${open}个在招岗位共收到${applications}份申请，平均每岗${floor2(applications, open)}份，达到${lv}线（${th}份）`,
    );
  }
  const order = (k: WatchReasonKind) => WATCH_KINDS.findIndex((w) => w.kind === k);
  reasons.sort((a, b) => LEVEL_RANK[b.level] - LEVEL_RANK[a.level] || order(a.kind) - order(b.kind));
  const level = reasons.length ? reasons[0].level : 'NORMAL';
  return { level, reasons };
}
