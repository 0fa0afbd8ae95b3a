import dayjs, { type Dayjs } from 'dayjs';
import type { LiveRoomInput } from '../../graphql/generated/graphql';
import { blankToNull } from '../../shared/utils/format';
import type { LiveRoomDetail } from './live-rooms.graphql';

/** The create/edit form; field names match LiveRoomInput so the API's field errors land on them. */
export interface LiveRoomFormValues {
  title: string;
  description?: string;
  scheduledStart?: Dayjs;
  scheduledEnd?: Dayjs | null;
  coverUrl?: string;
  streamUrl?: string;
  jobPostingIds: string[];
}

export const MAX_LINEUP = 30;
export const HTTP_URL = /^https?:\/\/[^\s]+$/i;

export function toLiveRoomFormValues(
  room: Pick<LiveRoomDetail, 'title' | 'description' | 'scheduledStart' | 'scheduledEnd' | 'coverUrl' | 'streamUrl'> & {
    lineup: { jobPosting: { id: string } }[];
  },
): LiveRoomFormValues {
  return {
    title: room.title,
    description: room.description ?? '',
    scheduledStart: dayjs(room.scheduledStart),
    scheduledEnd: room.scheduledEnd ? dayjs(room.scheduledEnd) : null,
    coverUrl: room.coverUrl ?? '',
    streamUrl: room.streamUrl ?? '',
    jobPostingIds: room.lineup.map((l) => l.jobPosting.id),
  };
}

/** A new room: starts at the next full hour, one hour long. */
export function emptyLiveRoomFormValues(): LiveRoomFormValues {
  const start = dayjs().add(1, 'hour').startOf('hour');
  return {
    title: '',
    description: '',
    scheduledStart: start,
    scheduledEnd: start.add(1, 'hour'),
    coverUrl: '',
    streamUrl: '',
    jobPostingIds: [],
  };
}

export function toLiveRoomInput(values: LiveRoomFormValues): LiveRoomInput {
  return {
    title: values.title.trim(),
    description: blankToNull(values.description),
    scheduledStart: (values.scheduledStart ?? dayjs()).toISOString(),
    scheduledEnd: values.scheduledEnd ? values.scheduledEnd.toISOString() : null,
    coverUrl: blankToNull(values.coverUrl),
    streamUrl: blankToNull(values.streamUrl),
    jobPostingIds: values.jobPostingIds,
  };
}
