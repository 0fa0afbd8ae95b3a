import { Field, ObjectType } from '@nestjs/graphql';
import { FairFigureModel, JobFairModel, JobFairStatsModel } from './job-fair.model';

/** One past fair of a campaign in a region, with the figures stored when it ended (year-on-year comparison). */
@ObjectType('JobFairHistoryEntry', { description: 'An ended fair and the figures stored when it ended.' })
export class JobFairHistoryEntryModel {
  @Field(() => JobFairModel)
  fair: JobFairModel;

  @Field(() => JobFairStatsModel, { description: 'The figures as they stood when the fair ended.' })
  stats: JobFairStatsModel;
}

const figure = (raw: unknown, key = 'ALL'): FairFigureModel => {
  const r = (raw ?? {}) as Partial<Record<keyof FairFigureModel, unknown>>;
  const n = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
  return {
    key: typeof r.key === 'string' ? r.key : key,
    queued: n(r.queued),
    talked: n(r.talked),
    agreements: n(r.agreements),
    interviews: n(r.interviews),
    applications: n(r.applications),
    hired: n(r.hired),
  };
};

/**
 * Stored figures (`job_fairs.final_stats`, jsonb) read back as the GraphQL type: every field present, so figures
 * stored before a field was added still answer (zero, empty or null) instead of failing the whole list.
 */
export function storedStats(raw: Record<string, unknown>): JobFairStatsModel {
  const n = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
  const orNull = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  const list = (v: unknown) => (Array.isArray(v) ? v.map((x) => figure(x)) : []);
  return {
    visitorsNow: n(raw.visitorsNow),
    visitorsPeak: n(raw.visitorsPeak),
    registered: n(raw.registered),
    boothsApproved: n(raw.boothsApproved),
    boothsStaffed: n(raw.boothsStaffed),
    waitingNow: n(raw.waitingNow),
    meanWaitSeconds: orNull(raw.meanWaitSeconds),
    p90WaitSeconds: orNull(raw.p90WaitSeconds),
    callbacksOpen: n(raw.callbacksOpen),
    overall: figure(raw.overall),
    byCounty: list(raw.byCounty),
    byPriorityGroup: list(raw.byPriorityGroup),
    byBooth: list(raw.byBooth),
    alarms: Array.isArray(raw.alarms) ? raw.alarms.filter((a): a is string => typeof a === 'string') : [],
  };
}
