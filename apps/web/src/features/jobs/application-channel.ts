import { ApplicationSource } from '@jobbridge/contracts';

/**
 * Where a seeker found a job, carried in the job page's address (`/jobs/:id?from=recommendation`) so an application
 * started there is recorded with its real channel (issue 10: it was always 岗位搜索). A page opened from a shared link
 * or typed in has no channel: DIRECT.
 */
export type JobChannel = 'search' | 'recommendation' | 'live' | 'fair';

const SOURCE_OF: Record<JobChannel, ApplicationSource> = {
  search: ApplicationSource.SEARCH,
  recommendation: ApplicationSource.RECOMMENDATION,
  live: ApplicationSource.LIVE_ROOM,
  fair: ApplicationSource.JOB_FAIR,
};

export const JOB_CHANNEL_PARAM = 'from';

/** The job page's path, marked with the channel it is opened from. */
export const jobPath = (id: string, channel?: JobChannel) => (channel ? `/jobs/${id}?${JOB_CHANNEL_PARAM}=${channel}` : `/jobs/${id}`);

/** The application source for a job page's query string; anything unknown is DIRECT. */
export function applicationSourceOf(params: URLSearchParams): ApplicationSource {
  const channel = params.get(JOB_CHANNEL_PARAM);
  return channel && channel in SOURCE_OF ? SOURCE_OF[channel as JobChannel] : ApplicationSource.DIRECT;
}
