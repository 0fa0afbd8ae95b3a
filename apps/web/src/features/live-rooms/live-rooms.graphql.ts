import { gql, type TypedDocumentNode } from '@apollo/client';
import type { JobPostingStatus, LiveRoomStatus } from '@jobbridge/contracts';
import type {
  Connection,
  Employer,
  JobPosting,
  JobSearchInput,
  JobTruthCard,
  LiveRoom,
  LiveRoomInput,
  LiveRoomQuestion,
  LiveRoomStats,
  PageArgs,
  Region,
} from '../../graphql/types';

type RegionRef = Pick<Region, 'code' | 'name' | 'fullName'>;

/* ------------------------------------------------------------------------------------------------ room list */

export type LiveRoomListItem = Pick<
  LiveRoom,
  'id' | 'title' | 'status' | 'hostName' | 'hostRole' | 'scheduledStart' | 'scheduledEnd' | 'startedAt' | 'coverUrl' | 'viewers'
> & { region: RegionRef };

const LIVE_ROOM_LIST_FIELDS = gql`
  fragment LiveRoomListFields on LiveRoom {
    id
    title
    status
    hostName
    hostRole
    scheduledStart
    scheduledEnd
    startedAt
    coverUrl
    viewers
    region {
      code
      name
      fullName
    }
  }
`;

/** Upcoming and live rooms for a region (live first, then by start), paged by cursor. */
export const LIVE_ROOMS_QUERY: TypedDocumentNode<
  { liveRooms: Connection<LiveRoomListItem> },
  { regionCode?: string; statuses?: LiveRoomStatus[] } & PageArgs
> = gql`
  query LiveRooms($regionCode: String, $statuses: [LiveRoomStatus!], $first: Int, $after: String) {
    liveRooms(regionCode: $regionCode, statuses: $statuses, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...LiveRoomListFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  ${LIVE_ROOM_LIST_FIELDS}
`;

/* ------------------------------------------------------------------------------------------------ one room */

export type LineupJob = Pick<JobPosting, 'id' | 'title' | 'status' | 'kind' | 'payMin' | 'payMax' | 'headcount'> & {
  workRegion: RegionRef;
  employer: Pick<Employer, 'id' | 'name'>;
  truthCard: Pick<JobTruthCard, 'workingHours' | 'dormitory' | 'meals' | 'socialInsurance'> | null;
};

export type LiveRoomDetail = Pick<
  LiveRoom,
  | 'id'
  | 'title'
  | 'description'
  | 'status'
  | 'hostName'
  | 'hostRole'
  | 'employerId'
  | 'regionCode'
  | 'scheduledStart'
  | 'scheduledEnd'
  | 'startedAt'
  | 'endedAt'
  | 'coverUrl'
  | 'streamUrl'
  | 'viewers'
  | 'isHost'
> & { region: RegionRef; lineup: { position: number; jobPosting: LineupJob }[] };

const LIVE_ROOM_DETAIL_FIELDS = gql`
  fragment LiveRoomDetailFields on LiveRoom {
    id
    title
    description
    status
    hostName
    hostRole
    employerId
    regionCode
    scheduledStart
    scheduledEnd
    startedAt
    endedAt
    coverUrl
    streamUrl
    viewers
    isHost
    region {
      code
      name
      fullName
    }
    lineup {
      position
      jobPosting {
        id
        title
        status
        kind
        payMin
        payMax
        headcount
        workRegion {
          code
          name
          fullName
        }
        employer {
          id
          name
        }
        truthCard {
          workingHours
          dormitory
          meals
          socialInsurance
        }
      }
    }
  }
`;

/** A room by id: public (the shared link and QR code lead here); the host also sees unpublished lineup jobs. */
export const LIVE_ROOM_QUERY: TypedDocumentNode<{ liveRoom: LiveRoomDetail }, { id: string }> = gql`
  query LiveRoom($id: ID!) {
    liveRoom(id: $id) {
      ...LiveRoomDetailFields
    }
  }
  ${LIVE_ROOM_DETAIL_FIELDS}
`;

type StatusResult = Pick<LiveRoom, 'id' | 'status' | 'startedAt' | 'endedAt'>;

export const START_LIVE_ROOM_MUTATION: TypedDocumentNode<{ startLiveRoom: StatusResult }, { id: string }> = gql`
  mutation StartLiveRoom($id: ID!) {
    startLiveRoom(id: $id) {
      id
      status
      startedAt
      endedAt
    }
  }
`;

export const END_LIVE_ROOM_MUTATION: TypedDocumentNode<{ endLiveRoom: StatusResult }, { id: string }> = gql`
  mutation EndLiveRoom($id: ID!) {
    endLiveRoom(id: $id) {
      id
      status
      startedAt
      endedAt
    }
  }
`;

/* ------------------------------------------------------------------------------------------------ host */

export const CREATE_LIVE_ROOM_MUTATION: TypedDocumentNode<{ createLiveRoom: LiveRoomDetail }, { input: LiveRoomInput }> = gql`
  mutation CreateLiveRoom($input: LiveRoomInput!) {
    createLiveRoom(input: $input) {
      ...LiveRoomDetailFields
    }
  }
  ${LIVE_ROOM_DETAIL_FIELDS}
`;

export const UPDATE_LIVE_ROOM_MUTATION: TypedDocumentNode<{ updateLiveRoom: LiveRoomDetail }, { id: string; input: LiveRoomInput }> = gql`
  mutation UpdateLiveRoom($id: ID!, $input: LiveRoomInput!) {
    updateLiveRoom(id: $id, input: $input) {
      ...LiveRoomDetailFields
    }
  }
  ${LIVE_ROOM_DETAIL_FIELDS}
`;

export type HostQuestion = Pick<
  LiveRoomQuestion,
  'id' | 'askerName' | 'text' | 'jobPostingId' | 'status' | 'answer' | 'askedAt' | 'answeredAt'
>;

/** Every question of the room, oldest first: the console's queue before live `host.question` pushes. */
export const LIVE_ROOM_QUESTIONS_QUERY: TypedDocumentNode<{ liveRoomQuestions: HostQuestion[] }, { id: string }> = gql`
  query LiveRoomQuestions($id: ID!) {
    liveRoomQuestions(id: $id) {
      id
      askerName
      text
      jobPostingId
      status
      answer
      askedAt
      answeredAt
    }
  }
`;

/** Candidate postings for the lineup picker. */
export type LineupCandidate = Pick<JobPosting, 'id' | 'title' | 'status' | 'payMin' | 'payMax'> & {
  employer: Pick<Employer, 'id' | 'name'>;
  workRegion: Pick<Region, 'code' | 'name'>;
  truthCard: Pick<JobTruthCard, 'workingHours'> | null;
};

const LINEUP_CANDIDATE_FIELDS = gql`
  fragment LineupCandidateFields on JobPosting {
    id
    title
    status
    payMin
    payMax
    employer {
      id
      name
    }
    workRegion {
      code
      name
    }
    truthCard {
      workingHours
    }
  }
`;

/**
 * Rooms the caller hosts, newest first, for 我的直播: what the list and the edit form need, the lineup as the picker's
 * candidates (not the full detail with truth cards: with many rooms that list went over the API's cost limit).
 */
export type MyLiveRoom = Omit<LiveRoomDetail, 'lineup'> & { lineup: { position: number; jobPosting: LineupCandidate }[] };

export const MY_LIVE_ROOMS_QUERY: TypedDocumentNode<{ myLiveRooms: MyLiveRoom[] }, Record<string, never>> = gql`
  query MyLiveRooms {
    myLiveRooms {
      id
      title
      description
      status
      hostName
      hostRole
      employerId
      regionCode
      scheduledStart
      scheduledEnd
      startedAt
      endedAt
      coverUrl
      streamUrl
      viewers
      isHost
      region {
        code
        name
        fullName
      }
      lineup {
        position
        jobPosting {
          ...LineupCandidateFields
        }
      }
    }
  }
  ${LINEUP_CANDIDATE_FIELDS}
`;

/** An employer's own postings (recently changed first). */
export const LINEUP_OWN_JOBS_QUERY: TypedDocumentNode<
  { myJobPostings: Connection<LineupCandidate> },
  { status?: JobPostingStatus; first: number }
> = gql`
  query LineupOwnJobs($status: JobPostingStatus, $first: Int) {
    myJobPostings(status: $status, first: $first) {
      totalCount
      edges {
        cursor
        node {
          ...LineupCandidateFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  ${LINEUP_CANDIDATE_FIELDS}
`;

/** An officer's choice: published postings of the region (there is no list of other employers' postings). */
export const LINEUP_SEARCH_QUERY: TypedDocumentNode<
  { searchJobs: { totalCount: number; hits: { node: LineupCandidate }[] } },
  { input: JobSearchInput; first: number }
> = gql`
  query LineupSearch($input: JobSearchInput, $first: Int) {
    searchJobs(input: $input, first: $first) {
      totalCount
      hits {
        node {
          ...LineupCandidateFields
        }
      }
    }
  }
  ${LINEUP_CANDIDATE_FIELDS}
`;

/* ------------------------------------------------------------------------------------------------ report */

export type LiveRoomReport = LiveRoomStats;

/** Counters while live; after the end the stored figures and the funnel (host, officers of the region, admins). */
const LIVE_FUNNEL_ROW_FIELDS = gql`
  fragment LiveFunnelRowFields on LiveFunnelRow {
    key
    label
    viewers
    impressions
    applications
    interviews
    hires
  }
`;

export const LIVE_ROOM_STATS_QUERY: TypedDocumentNode<{ liveRoom: LiveRoomDetail; liveRoomStats: LiveRoomReport }, { id: string }> = gql`
  query LiveRoomReport($id: ID!) {
    liveRoom(id: $id) {
      ...LiveRoomDetailFields
    }
    liveRoomStats(id: $id) {
      roomId
      status
      viewers
      peakViewers
      uniqueViewers
      watchSeconds
      averageWatchSeconds
      likes
      questions
      answeredQuestions
      total {
        viewers
        impressions
        applications
        interviews
        hires
      }
      byJob {
        jobPostingId
        title
        viewers
        impressions
        applications
        interviews
        hires
        byCounty {
          ...LiveFunnelRowFields
        }
        byPriorityGroup {
          ...LiveFunnelRowFields
        }
      }
      byCounty {
        ...LiveFunnelRowFields
      }
      byPriorityGroup {
        ...LiveFunnelRowFields
      }
    }
  }
  ${LIVE_ROOM_DETAIL_FIELDS}
  ${LIVE_FUNNEL_ROW_FIELDS}
`;
