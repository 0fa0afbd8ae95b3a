import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  AcceptTalkMutation,
  AcceptTalkMutationVariables,
  AnswerCallbackMutation,
  AttachLiveRoomToFairMutation,
  AttachLiveRoomToFairMutationVariables,
  AnswerCallbackMutationVariables,
  ApplyForBoothMutation,
  ApplyForBoothMutationVariables,
  BoothCallbacksQuery,
  BoothCallbacksQueryVariables,
  BoothQueueQuery,
  BoothQueueQueryVariables,
  CallNextTicketMutation,
  CheckInAtFairMutation,
  CheckInAtFairMutationVariables,
  CallNextTicketMutationVariables,
  CreateFairForProjectMutation,
  CreateFairForProjectMutationVariables,
  CreateJobFairMutation,
  CreateJobFairMutationVariables,
  EndTalkMutation,
  EndTalkMutationVariables,
  FairBoothsQuery,
  FairCheckInCodeQuery,
  FairProgrammeQuery,
  FairProgrammeQueryVariables,
  FairCheckInCodeQueryVariables,
  FairBoothsQueryVariables,
  FairStatusMutation,
  FairStatusMutationVariables,
  InviteTeamMemberMutation,
  InviteTeamMemberMutationVariables,
  JobFairQuery,
  JobFairQueryVariables,
  JobFairsQuery,
  JobFairsQueryVariables,
  JobFairHistoryQuery,
  JobFairHistoryQueryVariables,
  JobFairStatsQuery,
  JobFairStatsQueryVariables,
  JoinBoothQueueMutation,
  JoinBoothQueueMutationVariables,
  LeaveBoothQueueMutation,
  LeaveBoothQueueMutationVariables,
  MyFairInvitationsQuery,
  MyFairInvitationsQueryVariables,
  MyQueueTicketsQuery,
  MyQueueTicketsQueryVariables,
  PendingBoothsQuery,
  PendingBoothsQueryVariables,
  RegisterForFairMutation,
  RegisterForFairMutationVariables,
  RemoveTeamMemberMutation,
  RemoveTeamMemberMutationVariables,
  RequestCallbackMutation,
  RequestCallbackMutationVariables,
  ReviewBoothMutation,
  ReviewBoothMutationVariables,
  TeamMembersQuery,
  TeamMembersQueryVariables,
  UpdateJobFairMutation,
  UpdateJobFairMutationVariables,
} from '../../graphql/generated/graphql';

/* ------------------------------------------------------------------------------------------------ fairs */

export const JOB_FAIR_FIELDS = gql`
  fragment JobFairFields on JobFair {
    id
    name
    campaign
    theme
    regionCode
    targetGroups
    mode
    venueAddress
    boothApplyFrom
    boothApplyUntil
    startDate
    endDate
    opensAt
    closesAt
    boothCapacity
    priorityWindowMinutes
    priorityWindowEndsAt
    answerWindowSeconds
    maxQueuesPerSeeker
    status
    projectId
    endedAt
  }
`;

export const JOB_FAIRS_QUERY: TypedDocumentNode<JobFairsQuery, JobFairsQueryVariables> = gql`
  query JobFairs($regionCode: String, $status: JobFairStatus, $first: Int! = 50) {
    jobFairs(regionCode: $regionCode, status: $status, first: $first) {
      ...JobFairFields
    }
  }
  ${JOB_FAIR_FIELDS}
`;

export const JOB_FAIR_QUERY: TypedDocumentNode<JobFairQuery, JobFairQueryVariables> = gql`
  query JobFair($id: ID!) {
    jobFair(id: $id) {
      ...JobFairFields
    }
  }
  ${JOB_FAIR_FIELDS}
`;

export type JobFairData = JobFairQuery['jobFair'];

export const FAIR_BOOTHS_QUERY: TypedDocumentNode<FairBoothsQuery, FairBoothsQueryVariables> = gql`
  query FairBooths($fairId: ID!, $zone: String, $countyCode: String, $jobKind: JobKind, $keyword: String, $status: BoothStatus) {
    fairBooths(fairId: $fairId, zone: $zone, countyCode: $countyCode, jobKind: $jobKind, keyword: $keyword, status: $status) {
      id
      fairId
      employerId
      status
      intro
      number
      zone
      rejectionReason
      staffUserIds
      repsOnline
      queueLength
      estimatedWaitSeconds
      callbackThresholdSeconds
      employer {
        id
        name
        industry
      }
      jobPostings {
        id
        title
        payMin
        payMax
        kind
      }
    }
  }
`;

export type FairBoothData = FairBoothsQuery['fairBooths'][number];

/** Booths awaiting review, with their jobs' fair-hiring screening flags (officers). */
export const PENDING_BOOTHS_QUERY: TypedDocumentNode<PendingBoothsQuery, PendingBoothsQueryVariables> = gql`
  query PendingBooths($fairId: ID!) {
    fairBooths(fairId: $fairId, status: PENDING) {
      id
      intro
      employer {
        id
        name
      }
      jobPostings {
        id
        title
        status
        screeningFlags {
          code
          evidence
        }
      }
    }
  }
`;

export const PUBLISH_FAIR: TypedDocumentNode<FairStatusMutation, FairStatusMutationVariables> = gql`
  mutation FairStatus($id: ID!, $publish: Boolean!, $start: Boolean!, $end: Boolean!) {
    publishJobFair(id: $id) @include(if: $publish) {
      id
      status
    }
    startJobFair(id: $id) @include(if: $start) {
      id
      status
    }
    endJobFair(id: $id) @include(if: $end) {
      id
      status
    }
  }
`;

export const CREATE_FAIR: TypedDocumentNode<CreateJobFairMutation, CreateJobFairMutationVariables> = gql`
  mutation CreateJobFair($input: JobFairInput!) {
    createJobFair(input: $input) {
      ...JobFairFields
    }
  }
  ${JOB_FAIR_FIELDS}
`;

export const UPDATE_FAIR: TypedDocumentNode<UpdateJobFairMutation, UpdateJobFairMutationVariables> = gql`
  mutation UpdateJobFair($id: ID!, $input: JobFairInput!) {
    updateJobFair(id: $id, input: $input) {
      ...JobFairFields
    }
  }
  ${JOB_FAIR_FIELDS}
`;

const FAIR_FIGURE_FIELDS = gql`
  fragment FairFigureFields on FairFigure {
    key
    queued
    talked
    agreements
    interviews
    applications
    hired
  }
`;

export const FAIR_STATS_QUERY: TypedDocumentNode<JobFairStatsQuery, JobFairStatsQueryVariables> = gql`
  query JobFairStats($fairId: ID!) {
    jobFairStats(fairId: $fairId) {
      visitorsNow
      visitorsPeak
      registered
      boothsApproved
      boothsStaffed
      waitingNow
      meanWaitSeconds
      p90WaitSeconds
      callbacksOpen
      alarms
      overall {
        ...FairFigureFields
      }
      byCounty {
        ...FairFigureFields
      }
      byPriorityGroup {
        ...FairFigureFields
      }
      byBooth {
        ...FairFigureFields
      }
    }
  }
  ${FAIR_FIGURE_FIELDS}
`;

export type FairStatsData = JobFairStatsQuery['jobFairStats'];

/** Year on year: the campaign's ended fairs in the same region (this one too once ended), with their stored figures. */
export const FAIR_HISTORY_QUERY: TypedDocumentNode<JobFairHistoryQuery, JobFairHistoryQueryVariables> = gql`
  query JobFairHistory($fairId: ID!) {
    jobFairHistory(fairId: $fairId) {
      fair {
        id
        name
        campaign
        regionCode
        startDate
        endDate
      }
      stats {
        visitorsPeak
        registered
        boothsApproved
        meanWaitSeconds
        overall {
          ...FairFigureFields
        }
      }
    }
  }
  ${FAIR_FIGURE_FIELDS}
`;

export type FairHistoryEntry = JobFairHistoryQuery['jobFairHistory'][number];

/* ------------------------------------------------------------------------------------------------ booths */

export const APPLY_FOR_BOOTH: TypedDocumentNode<ApplyForBoothMutation, ApplyForBoothMutationVariables> = gql`
  mutation ApplyForBooth($input: BoothApplicationInput!) {
    applyForBooth(input: $input) {
      id
      status
      number
    }
  }
`;

export const REVIEW_BOOTH: TypedDocumentNode<ReviewBoothMutation, ReviewBoothMutationVariables> = gql`
  mutation ReviewBooth($input: ReviewBoothInput!) {
    reviewBooth(input: $input) {
      id
      status
      number
      zone
      rejectionReason
    }
  }
`;

/* ------------------------------------------------------------------------------------------------ queues */

const TICKET_FIELDS = gql`
  fragment QueueTicketFields on QueueTicket {
    id
    fairId
    boothId
    status
    number
    place
    estimatedWaitSeconds
    joinedAt
    calledAt
    answerBy
    acceptedAt
    endedAt
    outcome
    note
    jobPostingId
    applicationId
    interviewAt
    interviewPlace
    onSite
    repUserId
  }
`;

export const MY_TICKETS_QUERY: TypedDocumentNode<MyQueueTicketsQuery, MyQueueTicketsQueryVariables> = gql`
  query MyQueueTickets($fairId: ID) {
    myQueueTickets(fairId: $fairId) {
      ...QueueTicketFields
    }
  }
  ${TICKET_FIELDS}
`;

export type TicketData = MyQueueTicketsQuery['myQueueTickets'][number];

export const JOIN_QUEUE: TypedDocumentNode<JoinBoothQueueMutation, JoinBoothQueueMutationVariables> = gql`
  mutation JoinBoothQueue($boothId: ID!) {
    joinBoothQueue(input: { boothId: $boothId }) {
      ...QueueTicketFields
    }
  }
  ${TICKET_FIELDS}
`;

export const LEAVE_QUEUE: TypedDocumentNode<LeaveBoothQueueMutation, LeaveBoothQueueMutationVariables> = gql`
  mutation LeaveBoothQueue($ticketId: ID!) {
    leaveBoothQueue(ticketId: $ticketId) {
      ...QueueTicketFields
    }
  }
  ${TICKET_FIELDS}
`;

export const ACCEPT_TALK: TypedDocumentNode<AcceptTalkMutation, AcceptTalkMutationVariables> = gql`
  mutation AcceptTalk($ticketId: ID!) {
    acceptTalk(ticketId: $ticketId) {
      ...QueueTicketFields
    }
  }
  ${TICKET_FIELDS}
`;

export const REGISTER_FOR_FAIR: TypedDocumentNode<RegisterForFairMutation, RegisterForFairMutationVariables> = gql`
  mutation RegisterForFair($fairId: ID!) {
    registerForFair(fairId: $fairId)
  }
`;

export const REQUEST_CALLBACK: TypedDocumentNode<RequestCallbackMutation, RequestCallbackMutationVariables> = gql`
  mutation RequestCallback($boothId: ID!, $message: String!) {
    requestCallback(input: { boothId: $boothId, message: $message }) {
      id
      createdAt
    }
  }
`;

export const BOOTH_QUEUE_QUERY: TypedDocumentNode<BoothQueueQuery, BoothQueueQueryVariables> = gql`
  query BoothQueue($boothId: ID!) {
    boothQueue(boothId: $boothId) {
      ...QueueTicketFields
      seeker {
        id
        fullName
        gender
        birthYear
        education
        skills
        priorityGroups
        desiredOccupations
        hukouRegion {
          code
          fullName
        }
        certificates {
          name
          level
        }
      }
    }
  }
  ${TICKET_FIELDS}
`;

export type BoothTicketData = BoothQueueQuery['boothQueue'][number];

export const CALL_NEXT: TypedDocumentNode<CallNextTicketMutation, CallNextTicketMutationVariables> = gql`
  mutation CallNextTicket($boothId: ID!) {
    callNextTicket(boothId: $boothId) {
      ...QueueTicketFields
    }
  }
  ${TICKET_FIELDS}
`;

export const END_TALK: TypedDocumentNode<EndTalkMutation, EndTalkMutationVariables> = gql`
  mutation EndTalk($input: EndTalkInput!) {
    endTalk(input: $input) {
      ...QueueTicketFields
    }
  }
  ${TICKET_FIELDS}
`;

export const BOOTH_CALLBACKS_QUERY: TypedDocumentNode<BoothCallbacksQuery, BoothCallbacksQueryVariables> = gql`
  query BoothCallbacks($boothId: ID!) {
    boothCallbacks(boothId: $boothId) {
      id
      boothId
      message
      createdAt
      answeredAt
    }
  }
`;

export const ANSWER_CALLBACK: TypedDocumentNode<AnswerCallbackMutation, AnswerCallbackMutationVariables> = gql`
  mutation AnswerCallback($id: ID!) {
    answerCallback(id: $id) {
      id
      answeredAt
    }
  }
`;

/* ------------------------------------------------------------------------------------------------ team */

const TEAM_MEMBER_FIELDS = gql`
  fragment TeamMemberFields on TeamMember {
    id
    userId
    role
    phone
    displayName
    joined
    createdAt
  }
`;

export const TEAM_QUERY: TypedDocumentNode<TeamMembersQuery, TeamMembersQueryVariables> = gql`
  query TeamMembers {
    teamMembers {
      ...TeamMemberFields
    }
  }
  ${TEAM_MEMBER_FIELDS}
`;

export const INVITE_MEMBER: TypedDocumentNode<InviteTeamMemberMutation, InviteTeamMemberMutationVariables> = gql`
  mutation InviteTeamMember($phone: String!) {
    inviteTeamMember(input: { phone: $phone }) {
      ...TeamMemberFields
    }
  }
  ${TEAM_MEMBER_FIELDS}
`;

export const REMOVE_MEMBER: TypedDocumentNode<RemoveTeamMemberMutation, RemoveTeamMemberMutationVariables> = gql`
  mutation RemoveTeamMember($id: ID!) {
    removeTeamMember(id: $id)
  }
`;

export const CREATE_FAIR_FOR_PROJECT: TypedDocumentNode<CreateFairForProjectMutation, CreateFairForProjectMutationVariables> = gql`
  mutation CreateFairForProject($input: ProjectFairInput!) {
    createFairForProject(input: $input) {
      id
      status
    }
  }
`;

export const MY_FAIR_INVITATIONS: TypedDocumentNode<MyFairInvitationsQuery, MyFairInvitationsQueryVariables> = gql`
  query MyFairInvitations {
    myFairInvitations {
      ...JobFairFields
    }
  }
  ${JOB_FAIR_FIELDS}
`;

export const FAIR_CHECK_IN_CODE: TypedDocumentNode<FairCheckInCodeQuery, FairCheckInCodeQueryVariables> = gql`
  query FairCheckInCode($fairId: ID!) {
    fairCheckInCode(fairId: $fairId)
  }
`;

export const CHECK_IN: TypedDocumentNode<CheckInAtFairMutation, CheckInAtFairMutationVariables> = gql`
  mutation CheckInAtFair($fairId: ID!, $code: String!) {
    checkInAtFair(fairId: $fairId, code: $code)
  }
`;

export const FAIR_PROGRAMME_QUERY: TypedDocumentNode<FairProgrammeQuery, FairProgrammeQueryVariables> = gql`
  query FairProgramme($id: ID!) {
    jobFair(id: $id) {
      id
      liveRooms {
        id
        title
        status
        hostName
        scheduledStart
      }
    }
  }
`;

export const ATTACH_LIVE_ROOM: TypedDocumentNode<AttachLiveRoomToFairMutation, AttachLiveRoomToFairMutationVariables> = gql`
  mutation AttachLiveRoomToFair($liveRoomId: ID!, $fairId: ID) {
    attachLiveRoomToFair(liveRoomId: $liveRoomId, fairId: $fairId) {
      id
      jobFairId
    }
  }
`;
