import type { ApolloCache } from '@apollo/client';
import { ErrorCode, LocalHiringStatus, type BreachRule, type ProjectLocalHiringChangedEvent } from '@jobbridge/contracts';
import { compareLocalHiringRisk, formatSharePercent, parseShare, shareToNumber } from '@jobbridge/domain';
import { extractAppErrors } from '../../shared/errors';
import { PROJECT_LOCAL_HIRING_FRAGMENT, type LocalHiring } from './projects.graphql';

/** "0.3" → "30%"; the API's text as given if it ever sends something unparsable. */
export function thresholdPercent(threshold: string): string {
  try {
    return formatSharePercent(parseShare(threshold));
  } catch {
    return threshold;
  }
}

/** "0.3" → 30 (for charts and gauges). */
export function thresholdValue(threshold: string): number {
  try {
    return shareToNumber(parseShare(threshold)) * 100;
  } catch {
    return 30;
  }
}

/** antd's dashboard leaves a 75° gap at the bottom and fills clockwise from its left end. */
export const GAUGE_GAP_DEGREE = 75;

/**
 * The gauge's figures: the filled percent (one decimal; 0 with no workers) and the threshold marker's angle in degrees
 * clockwise from 12 o'clock (the arc starts at 180° + gap/2 and spans 360° − gap).
 */
export function gaugeGeometry(ratio: number | null, threshold: string): { percent: number; threshold: number; markerAngle: number } {
  const percent = ratio == null ? 0 : Math.round(ratio * 1000) / 10;
  const value = thresholdValue(threshold);
  return { percent, threshold: value, markerAngle: 180 + GAUGE_GAP_DEGREE / 2 + ((360 - GAUGE_GAP_DEGREE) * value) / 100 };
}

export const LOCAL_HIRING_COLORS: Record<LocalHiringStatus, string> = {
  [LocalHiringStatus.BREACH]: '#cf1322',
  [LocalHiringStatus.AT_RISK]: '#d48806',
  [LocalHiringStatus.COMPLIANT]: '#389e0d',
  [LocalHiringStatus.NO_WORKERS]: '#8c8c8c',
};

export const LOCAL_HIRING_TAG_COLORS: Record<LocalHiringStatus, string> = {
  [LocalHiringStatus.BREACH]: 'error',
  [LocalHiringStatus.AT_RISK]: 'warning',
  [LocalHiringStatus.COMPLIANT]: 'success',
  [LocalHiringStatus.NO_WORKERS]: 'default',
};

/**
 * The dashboard's order, the API's default (libs/domain): BREACH first (largest shortfall first), then AT_RISK,
 * COMPLIANT, NO_WORKERS; then name and id. Re-applied in the browser when a live push changes a row's figures.
 */
export function sortByRisk<T extends { id: string; name: string; localHiring: LocalHiring }>(rows: readonly T[]): T[] {
  return [...rows].sort(
    (a, b) => compareLocalHiringRisk(a.localHiring, b.localHiring) || a.name.localeCompare(b.name, 'zh-CN') || a.id.localeCompare(b.id),
  );
}

/** Puts pushed figures into the cached project, so every list and page showing it updates at once. */
export function writeLocalHiring(cache: ApolloCache, event: ProjectLocalHiringChangedEvent): void {
  cache.writeFragment({
    id: cache.identify({ __typename: 'Project', id: event.projectId }),
    fragment: PROJECT_LOCAL_HIRING_FRAGMENT,
    fragmentName: 'ProjectLocalHiring',
    data: { __typename: 'Project', id: event.projectId, localHiring: { __typename: 'LocalHiring', ...event.localHiring } },
  });
}

/** A roster change the API refused because of the local-hiring rule, with the figures it sent. */
export interface LocalHiringRefusal {
  /** LOCAL_HIRING_ACK_REQUIRED (WARN: resend with a reason) or LOCAL_HIRING_BREACH (BLOCK: refused). */
  code: typeof ErrorCode.LOCAL_HIRING_ACK_REQUIRED | typeof ErrorCode.LOCAL_HIRING_BREACH;
  before: LocalHiring | null;
  after: LocalHiring | null;
  breachRule: BreachRule | null;
  /** The API's own sentence (Chinese), e.g. "变动后本地用工比例为 27.3%，低于 30%…". */
  serverMessage: string;
}

const isFigures = (value: unknown): value is LocalHiring =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as LocalHiring).totalWorkers === 'number' &&
  typeof (value as LocalHiring).threshold === 'string';

export function localHiringRefusal(error: unknown): LocalHiringRefusal | null {
  const info = extractAppErrors(error).find(
    (e) => e.code === ErrorCode.LOCAL_HIRING_ACK_REQUIRED || e.code === ErrorCode.LOCAL_HIRING_BREACH,
  );
  if (!info) return null;
  const figures = info.extensions?.localHiring as { before?: unknown; after?: unknown } | undefined;
  const rule = info.extensions?.breachRule;
  return {
    code: info.code as LocalHiringRefusal['code'],
    before: isFigures(figures?.before) ? figures.before : null,
    after: isFigures(figures?.after) ? figures.after : null,
    breachRule: rule === 'WARN' || rule === 'BLOCK' ? (rule as BreachRule) : null,
    serverMessage: info.serverMessage,
  };
}
