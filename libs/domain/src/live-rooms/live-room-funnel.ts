import { ApplicationStatus, PriorityGroup } from '@jobbridge/contracts';
import { PRIORITY_GROUP_LABELS_ZH } from '../priority-groups';

/**
 * After a room ends, figures that follow viewers all the way to hires (001 §6 直播带岗): per job, card impressions →
 * applications → interviews → hires, and the same by the viewer's county and priority group. Pure: the API loads the
 * rows, this counts them.
 */
export interface FunnelViewer {
  viewerKey: string;
  /** County of residence, else of hukou; null for anonymous viewers. */
  countyCode: string | null;
  priorityGroups: PriorityGroup[];
}

export interface FunnelImpression {
  jobPostingId: string;
  viewerKey: string;
}

export interface FunnelApplication {
  jobPostingId: string;
  viewerKey: string;
  /** The furthest pipeline status the application reached (from its history; REJECTED and WITHDRAWN are not steps). */
  furthest: ApplicationStatus;
}

export interface FunnelCounts {
  viewers: number;
  impressions: number;
  applications: number;
  interviews: number;
  hires: number;
}

export interface FunnelGroupRow extends FunnelCounts {
  key: string;
  label: string;
}

export interface JobFunnel extends FunnelCounts {
  jobPostingId: string;
  /** The job's figures by the viewer's county and priority group (viewers is 0 here: a job's audience is its impressions). */
  byCounty: FunnelGroupRow[];
  byPriorityGroup: FunnelGroupRow[];
}

export interface LiveRoomFunnel {
  total: FunnelCounts;
  byJob: JobFunnel[];
  byCounty: FunnelGroupRow[];
  byPriorityGroup: FunnelGroupRow[];
}

const ORDER = [
  ApplicationStatus.SUBMITTED,
  ApplicationStatus.VIEWED,
  ApplicationStatus.INTERVIEW,
  ApplicationStatus.OFFER,
  ApplicationStatus.HIRED,
];
const reached = (furthest: ApplicationStatus, step: ApplicationStatus) => ORDER.indexOf(furthest) >= ORDER.indexOf(step);

export const UNKNOWN_COUNTY = 'UNKNOWN';
export const NO_PRIORITY_GROUP = 'NONE';

const zero = (): FunnelCounts => ({ viewers: 0, impressions: 0, applications: 0, interviews: 0, hires: 0 });

/** Counts for one scope (the room, or one job), overall and by county and priority group. */
class Tally {
  readonly counts = zero();
  private readonly counties = new Map<string, FunnelCounts>();
  private readonly groups = new Map<string, FunnelCounts>();

  add(field: keyof FunnelCounts, county: string, groups: readonly string[]): void {
    this.counts[field]++;
    Tally.at(this.counties, county)[field]++;
    for (const g of groups) Tally.at(this.groups, g)[field]++;
  }

  rows(countyLabel: (code: string) => string): { byCounty: FunnelGroupRow[]; byPriorityGroup: FunnelGroupRow[] } {
    const rows = (map: Map<string, FunnelCounts>, label: (k: string) => string) =>
      [...map]
        .map(([key, c]) => ({ key, label: label(key), ...c }))
        .sort(
          (a, b) => b.viewers - a.viewers || b.impressions - a.impressions || b.applications - a.applications || a.key.localeCompare(b.key),
        );
    return {
      byCounty: rows(this.counties, (k) => (k === UNKNOWN_COUNTY ? '未登录或未填写' : countyLabel(k))),
      byPriorityGroup: rows(this.groups, (k) =>
        k === NO_PRIORITY_GROUP ? '无重点群体标签' : (PRIORITY_GROUP_LABELS_ZH[k as PriorityGroup] ?? k),
      ),
    };
  }

  private static at(map: Map<string, FunnelCounts>, key: string): FunnelCounts {
    let c = map.get(key);
    if (!c) map.set(key, (c = zero()));
    return c;
  }
}

/**
 * Counts the funnel. An impression is one viewer seeing one job's card (however often it was pinned); a viewer counts
 * once per group; an application counts as an interview once it reached INTERVIEW (or beyond), as a hire at HIRED.
 * A person in several priority groups counts in each. `countyLabel` names county codes (e.g. from the region data).
 */
export function liveRoomFunnel(
  viewers: readonly FunnelViewer[],
  impressions: readonly FunnelImpression[],
  applications: readonly FunnelApplication[],
  countyLabel: (code: string) => string = (c) => c,
): LiveRoomFunnel {
  const byKey = new Map(viewers.map((v) => [v.viewerKey, v]));
  const uniqueImpressions = [...new Map(impressions.map((i) => [`${i.jobPostingId}|${i.viewerKey}`, i])).values()];
  const countyOf = (key: string) => byKey.get(key)?.countyCode ?? UNKNOWN_COUNTY;
  const groupsOf = (key: string) => {
    const g = byKey.get(key)?.priorityGroups ?? [];
    return g.length ? g : [NO_PRIORITY_GROUP];
  };
  const room = new Tally();
  const jobs = new Map<string, Tally>();
  const job = (id: string) => jobs.get(id) ?? (jobs.set(id, new Tally()), jobs.get(id)!);
  const add = (field: keyof FunnelCounts, jobId: string, viewerKey: string) => {
    room.add(field, countyOf(viewerKey), groupsOf(viewerKey));
    job(jobId).add(field, countyOf(viewerKey), groupsOf(viewerKey));
  };

  for (const v of viewers) room.add('viewers', v.countyCode ?? UNKNOWN_COUNTY, groupsOf(v.viewerKey));
  for (const i of uniqueImpressions) add('impressions', i.jobPostingId, i.viewerKey);
  for (const a of applications) {
    add('applications', a.jobPostingId, a.viewerKey);
    if (reached(a.furthest, ApplicationStatus.INTERVIEW)) add('interviews', a.jobPostingId, a.viewerKey);
    if (reached(a.furthest, ApplicationStatus.HIRED)) add('hires', a.jobPostingId, a.viewerKey);
  }

  return {
    total: room.counts,
    byJob: [...jobs]
      .map(([jobPostingId, t]) => ({ jobPostingId, ...t.counts, ...t.rows(countyLabel) }))
      .sort((a, b) => b.impressions - a.impressions || a.jobPostingId.localeCompare(b.jobPostingId)),
    ...room.rows(countyLabel),
  };
}
