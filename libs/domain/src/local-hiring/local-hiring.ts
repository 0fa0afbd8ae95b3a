import { LocalHiringSnapshot, LocalHiringStatus } from '@jobbridge/contracts';
import { formatShare, meetsShare, Share } from './share';

/** Active workers on a project on one day. */
export interface WorkforceCounts {
  total: number;
  local: number;
}

/**
 * The local-hiring figures of a project on one day (domain.md §5, 000 §1 "不低于用工总量的30%"): the shape the API
 * returns and pushes over socket.io (libs/contracts LocalHiringSnapshot). `ratio` is null with nobody active (no
 * ratio, not in breach); `compliant` is local ≥ threshold × total decided exactly; `shortfall` the fewest additional
 * local hires that would restore compliance.
 */
export type LocalHiringFigures = LocalHiringSnapshot;

function assertCounts({ total, local }: WorkforceCounts): void {
  if (!Number.isSafeInteger(total) || !Number.isSafeInteger(local) || local < 0 || total < local) {
    throw new RangeError(`Invalid workforce counts: ${local} local of ${total}`);
  }
}

function assertThreshold(threshold: Share): void {
  if (threshold.numerator < 0n || threshold.denominator <= 0n || threshold.numerator >= threshold.denominator) {
    throw new RangeError('A local-hiring threshold must be at least 0% and below 100%');
  }
}

/**
 * The fewest local hires x with (local + x) ≥ t × (total + x):
 * x ≥ (t·total − local) / (1 − t), i.e. x = ⌈(n·total − d·local) / (d − n)⌉ for t = n/d.
 */
export function localHiringShortfall(counts: WorkforceCounts, threshold: Share): number {
  assertCounts(counts);
  assertThreshold(threshold);
  const { numerator: n, denominator: d } = threshold;
  const deficit = n * BigInt(counts.total) - d * BigInt(counts.local);
  if (deficit <= 0n) return 0;
  return Number((deficit + (d - n) - 1n) / (d - n));
}

/** Figures for the given counts. Throws a RangeError for impossible counts or a threshold outside [0, 1). */
export function localHiringFigures(counts: WorkforceCounts, threshold: Share): LocalHiringFigures {
  assertCounts(counts);
  assertThreshold(threshold);
  const base = { threshold: formatShare(threshold), totalWorkers: counts.total, localWorkers: counts.local };
  if (counts.total === 0) {
    return { ...base, ratio: null, compliant: true, shortfall: 0, status: LocalHiringStatus.NO_WORKERS };
  }
  const compliant = meetsShare(counts.local, counts.total, threshold);
  const oneMoreNonLocalBreaches = !meetsShare(counts.local, counts.total + 1, threshold);
  const status = !compliant ? LocalHiringStatus.BREACH : oneMoreNonLocalBreaches ? LocalHiringStatus.AT_RISK : LocalHiringStatus.COMPLIANT;
  return { ...base, ratio: counts.local / counts.total, compliant, shortfall: localHiringShortfall(counts, threshold), status };
}

/** A change to the active roster: hires and exits, split by whether the worker is local. */
export interface RosterDelta {
  localHires?: number;
  nonLocalHires?: number;
  localExits?: number;
  nonLocalExits?: number;
}

export interface RosterChangePreview {
  before: LocalHiringFigures;
  after: LocalHiringFigures;
  /**
   * True when the change leaves the project below the threshold and includes a part that lowers the
   * ratio (a non-local hire or a local exit). A local hire or a non-local exit never breaches, even on a
   * project already in breach: it moves toward compliance.
   */
  breaches: boolean;
}

/** What a set of hires and exits would do to the figures. Throws a RangeError when more would leave than are active. */
export function previewRosterChange(counts: WorkforceCounts, delta: RosterDelta, threshold: Share): RosterChangePreview {
  const d = { localHires: 0, nonLocalHires: 0, localExits: 0, nonLocalExits: 0, ...delta };
  for (const [key, value] of Object.entries(d)) {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${key} must be a whole number ≥ 0`);
  }
  const before = localHiringFigures(counts, threshold);
  const local = counts.local + d.localHires - d.localExits;
  const total = counts.total + d.localHires + d.nonLocalHires - d.localExits - d.nonLocalExits;
  if (local < 0 || total - local < 0) throw new RangeError('More workers would leave than are active');
  const after = localHiringFigures({ total, local }, threshold);
  const lowers = d.nonLocalHires > 0 || d.localExits > 0;
  return { before, after, breaches: lowers && after.status === LocalHiringStatus.BREACH };
}

/** How bad a status is, for sorting a dashboard by risk: BREACH first, then AT_RISK, COMPLIANT, NO_WORKERS. */
export const LOCAL_HIRING_RISK_ORDER: readonly LocalHiringStatus[] = Object.freeze([
  LocalHiringStatus.BREACH,
  LocalHiringStatus.AT_RISK,
  LocalHiringStatus.COMPLIANT,
  LocalHiringStatus.NO_WORKERS,
]);

/** Sorts by risk: status as above, then the larger shortfall, then the lower ratio. Stable otherwise. */
export function compareLocalHiringRisk(a: LocalHiringFigures, b: LocalHiringFigures): number {
  const status = LOCAL_HIRING_RISK_ORDER.indexOf(a.status) - LOCAL_HIRING_RISK_ORDER.indexOf(b.status);
  if (status !== 0) return status;
  if (a.shortfall !== b.shortfall) return b.shortfall - a.shortfall;
  return (a.ratio ?? 1) - (b.ratio ?? 1);
}
