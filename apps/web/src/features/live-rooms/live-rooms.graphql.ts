import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  CreateLiveRoomMutation,
  CreateLiveRoomMutationVariables,
  EndLiveRoomMutation,
  EndLiveRoomMutationVariables,
  LineupCandidateFieldsFragment,
  LineupOwnJobsQuery,
  LineupOwnJobsQueryVariables,
  LineupSearchQuery,
  LineupSearchQueryVariables,
  LiveFunnelRowFieldsFragment,
  LiveRoomDetailFieldsFragment,
  LiveRoomListFieldsFragment,
  LiveRoomQuery,
  LiveRoomQueryVariables,
  LiveRoomQuestionsQuery,
  LiveRoomQuestionsQueryVariables,
  LiveRoomReportQuery,
  LiveRoomReportQueryVariables,
  LiveRoomsQuery,
  LiveRoomsQueryVariables,
  MyLiveRoomsQuery,
  MyLiveRoomsQueryVariables,
  StartLiveRoomMutation,
  StartLiveRoomMutationVariables,
  UpdateLiveRoomMutation,
  UpdateLiveRoomMutationVariables,
} from '../../graphql/generated/graphql';

/* ------------------------------------------------------------------------------------------------ room list */

export type LiveRoomListItem = LiveRoomListFieldsFragment;

const LIVE_ROOM_LIST_FIELDS: TypedDocumentNode<LiveRoomListFieldsFragment> = gql`
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
export const LIVE_ROOMS_QUERY: TypedDocumentNode<LiveRoomsQuery, LiveRoomsQueryVariables> = gql`
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

export type LiveRoomDetail = LiveRoomDetailFieldsFragment;

export type LineupJob = LiveRoomDetail['lineup'][number]['jobPosting'];

const LIVE_ROOM_DETAIL_FIELDS: TypedDocumentNode<LiveRoomDetailFieldsFragment> = gql`
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
export const LIVE_ROOM_QUERY: TypedDocumentNode<LiveRoomQuery, LiveRoomQueryVariables> = gql`
  query LiveRoom($id: ID!) {
    liveRoom(id: $id) {
      ...LiveRoomDetailFields
    }
  }
  ${LIVE_ROOM_DETAIL_FIELDS}
`;

export const START_LIVE_ROOM_MUTATION: TypedDocumentNode<StartLiveRoomMutation, StartLiveRoomMutationVariables> = gql`
  mutation StartLiveRoom($id: ID!) {
    startLiveRoom(id: $id) {
      id
      status
      startedAt
      endedAt
    }
  }
`;

export const END_LIVE_ROOM_MUTATION: TypedDocumentNode<EndLiveRoomMutation, EndLiveRoomMutationVariables> = gql`
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

export const CREATE_LIVE_ROOM_MUTATION: TypedDocumentNode<CreateLiveRoomMutation, CreateLiveRoomMutationVariables> = gql`
  mutation CreateLiveRoom($input: LiveRoomInput!) {
    createLiveRoom(input: $input) {
      ...LiveRoomDetailFields
    }
  }
  ${LIVE_ROOM_DETAIL_FIELDS}
`;

export const UPDATE_LIVE_ROOM_MUTATION: TypedDocumentNode<UpdateLiveRoomMutation, UpdateLiveRoomMutationVariables> = gql`
  mutation UpdateLiveRoom($id: ID!, $input: LiveRoomInput!) {
    updateLiveRoom(id: $id, input: $input) {
      ...LiveRoomDetailFields
    }
  }
  ${LIVE_ROOM_DETAIL_FIELDS}
`;

export type HostQuestion = LiveRoomQuestionsQuery['liveRoomQuestions'][number];

/** Every question of the room, oldest first: the console's queue before live `host.question` pushes. */
export const LIVE_ROOM_QUESTIONS_QUERY: TypedDocumentNode<LiveRoomQuestionsQuery, LiveRoomQuestionsQueryVariables> = gql`
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
export type LineupCandidate = LineupCandidateFieldsFragment;

const LINEUP_CANDIDATE_FIELDS: TypedDocumentNode<LineupCandidateFieldsFragment> = gql`
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
export type MyLiveRoom = MyLiveRoomsQuery['myLiveRooms'][number];

export const MY_LIVE_ROOMS_QUERY: TypedDocumentNode<MyLiveRoomsQuery, MyLiveRoomsQueryVariables> = gql`
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
export const LINEUP_OWN_JOBS_QUERY: TypedDocumentNode<LineupOwnJobsQuery, LineupOwnJobsQueryVariables> = gql`
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
export const LINEUP_SEARCH_QUERY: TypedDocumentNode<LineupSearchQuery, LineupSearchQueryVariables> = gql`
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

export type LiveRoomReport = LiveRoomReportQuery['liveRoomStats'];

/** Applications, interviews and hires from the viewers (the room's total, or one job's). */
export type LiveFunnel = LiveRoomReport['total'];

export type LiveJobFunnel = LiveRoomReport['byJob'][number];

/** One county's or priority group's figures. */
export type LiveFunnelRow = LiveFunnelRowFieldsFragment;

/** Counters while live; after the end the stored figures and the funnel (host, officers of the region, admins). */
const LIVE_FUNNEL_ROW_FIELDS: TypedDocumentNode<LiveFunnelRowFieldsFragment> = gql`
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

export const LIVE_ROOM_STATS_QUERY: TypedDocumentNode<LiveRoomReportQuery, LiveRoomReportQueryVariables> = gql`
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
