import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  AcceptGigMutation,
  AcceptGigMutationVariables,
  CancelGigMutation,
  CancelGigMutationVariables,
  CheckInGigMutation,
  CheckInGigMutationVariables,
  CheckOutGigMutation,
  CheckOutGigMutationVariables,
  ConfirmGigAttendanceMutation,
  ConfirmGigAttendanceMutationVariables,
  ConfirmGigPayMutation,
  ConfirmGigPayMutationVariables,
  CreateGigMutation,
  CreateGigMutationVariables,
  CreateGigStationMutation,
  CreateGigStationMutationVariables,
  DisputeGigPayMutation,
  DisputeGigPayMutationVariables,
  GigAlertsQuery,
  GigAlertsQueryVariables,
  GigAssignmentFieldsFragment,
  GigAttendanceFieldsFragment,
  GigCardFieldsFragment,
  GigCheckInTargetQuery,
  GigCheckInTargetQueryVariables,
  GigDetailQuery,
  GigDetailQueryVariables,
  GigManageQuery,
  GigManageQueryVariables,
  GigPosterContextQuery,
  GigPosterContextQueryVariables,
  GigReviewQueueQuery,
  GigReviewQueueQueryVariables,
  GigStationFieldsFragment,
  GigStationQuery,
  GigStationQueryVariables,
  GigStationsQuery,
  GigStationsQueryVariables,
  GigsNearbyQuery,
  GigsNearbyQueryVariables,
  MarkGigPaidMutation,
  MarkGigPaidMutationVariables,
  MyGigPreferencesQuery,
  MyGigPreferencesQueryVariables,
  MyGigRecordQuery,
  MyGigRecordQueryVariables,
  MyGigsQuery,
  MyGigsQueryVariables,
  PostedGigsQuery,
  PostedGigsQueryVariables,
  RateGigMutation,
  RateGigMutationVariables,
  RegisterGigPosterMutation,
  RegisterGigPosterMutationVariables,
  ResolveGigDisputeMutation,
  ResolveGigDisputeMutationVariables,
  ReviewGigMutation,
  ReviewGigMutationVariables,
  SaveGigPreferencesMutation,
  SaveGigPreferencesMutationVariables,
  UpdateGigMutation,
  UpdateGigMutationVariables,
  WithdrawFromGigMutation,
  WithdrawFromGigMutationVariables,
} from '../../graphql/generated/graphql';

/* ------------------------------------------------------------------------------------ shared selections */

/**
 * What a gig card shows (lists, the detail, the poster's pages). `posterGrade` is selected with the same fields
 * everywhere: it has no id, so every query must agree on it for the cache to replace it quietly.
 */
export const GIG_CARD_FIELDS: TypedDocumentNode<GigCardFieldsFragment> = gql`
  fragment GigCardFields on Gig {
    id
    title
    description
    skills
    regionCode
    address
    lat
    lng
    startDate
    endDate
    dailyStart
    dailyEnd
    headcount
    acceptedCount
    placesLeft
    payUnit
    payYuan
    pieceUnit
    payText
    payTiming
    payMethod
    toolsProvided
    mealsProvided
    worksAtHeight
    heavyLoads
    safetyNote
    checkInRadiusMeters
    status
    phase
    posterKind
    posterName
    posterGrade {
      grade
      label
    }
    distanceMeters
    freeWithdrawalUntil
  }
`;

export type GigCard = GigCardFieldsFragment;

export const GIG_ATTENDANCE_FIELDS: TypedDocumentNode<GigAttendanceFieldsFragment> = gql`
  fragment GigAttendanceFields on GigAttendance {
    id
    workDate
    checkInAt
    checkInMethod
    checkInDistanceMeters
    checkOutAt
    minutes
    pieces
    confirmedAt
  }
`;

export type GigAttendanceRow = GigAttendanceFieldsFragment;

/** A worker's place on a gig with their days and pay (the worker's list, the poster's page, officers' alerts). */
export const GIG_ASSIGNMENT_FIELDS: TypedDocumentNode<GigAssignmentFieldsFragment> = gql`
  fragment GigAssignmentFields on GigAssignment {
    id
    gigId
    status
    waitlistPosition
    acceptedAt
    withdrawnAt
    noShow
    payDueYuan
    payStatus
    paidYuan
    paidMethod
    paidAt
    payConfirmedAt
    disputeReason
    disputedAt
    disputeOutcome
    resolutionNote
    ratedByMe
    workerName
    workerGrade {
      grade
      label
    }
    attendance {
      ...GigAttendanceFields
    }
  }
  ${GIG_ATTENDANCE_FIELDS}
`;

export type GigAssignmentRow = GigAssignmentFieldsFragment;

export const GIG_STATION_FIELDS: TypedDocumentNode<GigStationFieldsFragment> = gql`
  fragment GigStationFields on GigStation {
    id
    regionCode
    name
    address
    lat
    lng
    openingHours
    contactPhone
    services
    distanceMeters
  }
`;

export type GigStationItem = GigStationFieldsFragment;

/* ------------------------------------------------------------------------------------ workers */

/** Published gigs near a point (public), with the caller's own place when signed in as a worker. */
export const GIGS_NEARBY_QUERY: TypedDocumentNode<GigsNearbyQuery, GigsNearbyQueryVariables> = gql`
  query GigsNearby($lat: Float!, $lng: Float!, $radiusKm: Float!, $date: String, $sort: GigNearbySort!, $first: Int!) {
    gigsNearby(lat: $lat, lng: $lng, radiusKm: $radiusKm, date: $date, sort: $sort, first: $first) {
      ...GigCardFields
      myAssignment {
        id
        status
        waitlistPosition
      }
    }
  }
  ${GIG_CARD_FIELDS}
`;

export type NearbyGig = GigsNearbyQuery['gigsNearby'][number];

/** One gig (public once published), with the caller's own place and days. */
export const GIG_DETAIL_QUERY: TypedDocumentNode<GigDetailQuery, GigDetailQueryVariables> = gql`
  query GigDetail($id: ID!) {
    gig(id: $id) {
      ...GigCardFields
      cancelReason
      myAssignment {
        id
        status
        waitlistPosition
      }
    }
  }
  ${GIG_CARD_FIELDS}
`;

/** The QR landing page: the gig and the caller's days on it (to check in, or out). */
export const GIG_CHECK_IN_TARGET_QUERY: TypedDocumentNode<GigCheckInTargetQuery, GigCheckInTargetQueryVariables> = gql`
  query GigCheckInTarget($id: ID!) {
    gig(id: $id) {
      id
      title
      address
      startDate
      endDate
      dailyStart
      dailyEnd
      status
      myAssignment {
        id
        status
        attendance {
          ...GigAttendanceFields
        }
      }
    }
  }
  ${GIG_ATTENDANCE_FIELDS}
`;

export const MY_GIG_PREFERENCES_QUERY: TypedDocumentNode<MyGigPreferencesQuery, MyGigPreferencesQueryVariables> = gql`
  query MyGigPreferences {
    myGigPreferences {
      enabled
      lat
      lng
      maxDistanceKm
      weekdays
      skills
    }
  }
`;

export const SAVE_GIG_PREFERENCES_MUTATION: TypedDocumentNode<SaveGigPreferencesMutation, SaveGigPreferencesMutationVariables> = gql`
  mutation SaveGigPreferences($input: GigPreferencesInput!) {
    saveGigPreferences(input: $input) {
      enabled
      lat
      lng
      maxDistanceKm
      weekdays
      skills
    }
  }
`;

/** Takes a place; the gig comes back with its places left and the caller's place, so cards update from the cache. */
export const ACCEPT_GIG_MUTATION: TypedDocumentNode<AcceptGigMutation, AcceptGigMutationVariables> = gql`
  mutation AcceptGig($gigId: ID!) {
    acceptGig(gigId: $gigId) {
      id
      status
      waitlistPosition
      gig {
        id
        acceptedCount
        placesLeft
        myAssignment {
          id
          status
          waitlistPosition
        }
      }
    }
  }
`;

export const WITHDRAW_FROM_GIG_MUTATION: TypedDocumentNode<WithdrawFromGigMutation, WithdrawFromGigMutationVariables> = gql`
  mutation WithdrawFromGig($gigId: ID!) {
    withdrawFromGig(gigId: $gigId) {
      ...GigAssignmentFields
      gig {
        id
        acceptedCount
        placesLeft
        myAssignment {
          id
          status
          waitlistPosition
        }
      }
    }
  }
  ${GIG_ASSIGNMENT_FIELDS}
`;

/** The worker's places (upcoming, today, waiting for pay, past), latest first. */
export const MY_GIGS_QUERY: TypedDocumentNode<MyGigsQuery, MyGigsQueryVariables> = gql`
  query MyGigs($first: Int!) {
    myGigs(first: $first) {
      ...GigAssignmentFields
      gig {
        id
        title
        address
        lat
        lng
        startDate
        endDate
        dailyStart
        dailyEnd
        payText
        payTiming
        payMethod
        status
        phase
        posterName
        cancelReason
        freeWithdrawalUntil
      }
    }
  }
  ${GIG_ASSIGNMENT_FIELDS}
`;

export type MyGig = MyGigsQuery['myGigs'][number];

export const CHECK_IN_GIG_MUTATION: TypedDocumentNode<CheckInGigMutation, CheckInGigMutationVariables> = gql`
  mutation CheckInGig($input: GigCheckInput!) {
    checkIn(input: $input) {
      ...GigAttendanceFields
    }
  }
  ${GIG_ATTENDANCE_FIELDS}
`;

export const CHECK_OUT_GIG_MUTATION: TypedDocumentNode<CheckOutGigMutation, CheckOutGigMutationVariables> = gql`
  mutation CheckOutGig($input: GigCheckInput!) {
    checkOut(input: $input) {
      ...GigAttendanceFields
    }
  }
  ${GIG_ATTENDANCE_FIELDS}
`;

export const CONFIRM_GIG_PAY_MUTATION: TypedDocumentNode<ConfirmGigPayMutation, ConfirmGigPayMutationVariables> = gql`
  mutation ConfirmGigPay($assignmentId: ID!) {
    confirmGigPay(assignmentId: $assignmentId) {
      ...GigAssignmentFields
    }
  }
  ${GIG_ASSIGNMENT_FIELDS}
`;

export const DISPUTE_GIG_PAY_MUTATION: TypedDocumentNode<DisputeGigPayMutation, DisputeGigPayMutationVariables> = gql`
  mutation DisputeGigPay($input: DisputeGigPayInput!) {
    disputeGigPay(input: $input) {
      ...GigAssignmentFields
    }
  }
  ${GIG_ASSIGNMENT_FIELDS}
`;

/** Either side rates the other once (the worker the poster, the poster a worker). */
export const RATE_GIG_MUTATION: TypedDocumentNode<RateGigMutation, RateGigMutationVariables> = gql`
  mutation RateGig($input: RateGigInput!) {
    rateGig(input: $input) {
      id
      ratedByMe
      workerGrade {
        grade
        label
      }
    }
  }
`;

/** The worker's record as proof of work (days, posters, earnings confirmed). */
export const MY_GIG_RECORD_QUERY: TypedDocumentNode<MyGigRecordQuery, MyGigRecordQueryVariables> = gql`
  query MyGigRecord {
    myGigRecord {
      asOf
      days
      gigs
      posters
      earningsConfirmedYuan
      reliability {
        grade
        label
        score
        reasons
      }
      entries {
        gigId
        title
        posterName
        dates
        paidYuan
        confirmed
      }
    }
  }
`;

/* ------------------------------------------------------------------------------------ posters */

/** Who the caller posts as: a seeker's individual registration (employers: their company's verification). */
export const GIG_POSTER_CONTEXT_QUERY: TypedDocumentNode<GigPosterContextQuery, GigPosterContextQueryVariables> = gql`
  query GigPosterContext($seeker: Boolean!) {
    myGigPoster @include(if: $seeker) {
      realName
      idNumberMasked
      regionCode
      trusted
    }
    myJobSeekerProfile @include(if: $seeker) {
      id
      fullName
      residenceRegion {
        code
      }
    }
    myEmployer @skip(if: $seeker) {
      id
      name
      verificationStatus
      region {
        code
      }
    }
  }
`;

export const REGISTER_GIG_POSTER_MUTATION: TypedDocumentNode<RegisterGigPosterMutation, RegisterGigPosterMutationVariables> = gql`
  mutation RegisterGigPoster($input: RegisterGigPosterInput!) {
    registerGigPoster(input: $input) {
      realName
      idNumberMasked
      regionCode
      trusted
    }
  }
`;

/** What the poster sees of their gig after saving it: the status and why it waits for review. */
const GIG_POSTER_FIELDS = gql`
  fragment GigPosterFields on Gig {
    ...GigCardFields
    belowMinimumWage
    effectiveHourlyYuan
    screeningFlags {
      code
      evidence
    }
    rejectionReason
    cancelReason
    publishedAt
    createdAt
  }
  ${GIG_CARD_FIELDS}
`;

export const CREATE_GIG_MUTATION: TypedDocumentNode<CreateGigMutation, CreateGigMutationVariables> = gql`
  mutation CreateGig($input: GigInput!, $idempotencyKey: String) {
    createGig(input: $input, idempotencyKey: $idempotencyKey) {
      ...GigPosterFields
    }
  }
  ${GIG_POSTER_FIELDS}
`;

export const UPDATE_GIG_MUTATION: TypedDocumentNode<UpdateGigMutation, UpdateGigMutationVariables> = gql`
  mutation UpdateGig($id: ID!, $input: GigInput!) {
    updateGig(id: $id, input: $input) {
      ...GigPosterFields
    }
  }
  ${GIG_POSTER_FIELDS}
`;

export type PostedGig = CreateGigMutation['createGig'];

export const POSTED_GIGS_QUERY: TypedDocumentNode<PostedGigsQuery, PostedGigsQueryVariables> = gql`
  query PostedGigs($first: Int!) {
    postedGigs(first: $first) {
      ...GigPosterFields
    }
  }
  ${GIG_POSTER_FIELDS}
`;

/** The poster's gig-day page: the gig, its QR secret and every worker with their days. */
export const GIG_MANAGE_QUERY: TypedDocumentNode<GigManageQuery, GigManageQueryVariables> = gql`
  query GigManage($id: ID!) {
    gig(id: $id) {
      ...GigPosterFields
      qrCode
      assignments {
        ...GigAssignmentFields
      }
    }
  }
  ${GIG_POSTER_FIELDS}
  ${GIG_ASSIGNMENT_FIELDS}
`;

export type ManagedGig = GigManageQuery['gig'];

export const CONFIRM_GIG_ATTENDANCE_MUTATION: TypedDocumentNode<ConfirmGigAttendanceMutation, ConfirmGigAttendanceMutationVariables> = gql`
  mutation ConfirmGigAttendance($input: ConfirmAttendanceInput!) {
    confirmAttendance(input: $input) {
      ...GigAttendanceFields
    }
  }
  ${GIG_ATTENDANCE_FIELDS}
`;

export const MARK_GIG_PAID_MUTATION: TypedDocumentNode<MarkGigPaidMutation, MarkGigPaidMutationVariables> = gql`
  mutation MarkGigPaid($input: MarkGigPaidInput!) {
    markGigPaid(input: $input) {
      ...GigAssignmentFields
    }
  }
  ${GIG_ASSIGNMENT_FIELDS}
`;

export const CANCEL_GIG_MUTATION: TypedDocumentNode<CancelGigMutation, CancelGigMutationVariables> = gql`
  mutation CancelGig($id: ID!, $reason: String!) {
    cancelGig(id: $id, reason: $reason) {
      id
      status
      cancelReason
      cancelledAt
      acceptedCount
      placesLeft
    }
  }
`;

/* ------------------------------------------------------------------------------------ officers */

export const GIG_REVIEW_QUEUE_QUERY: TypedDocumentNode<GigReviewQueueQuery, GigReviewQueueQueryVariables> = gql`
  query GigReviewQueue($first: Int!) {
    gigReviewQueue(first: $first) {
      ...GigPosterFields
    }
  }
  ${GIG_POSTER_FIELDS}
`;

export const REVIEW_GIG_MUTATION: TypedDocumentNode<ReviewGigMutation, ReviewGigMutationVariables> = gql`
  mutation ReviewGig($id: ID!, $approve: Boolean!, $reason: String) {
    reviewGig(id: $id, approve: $approve, reason: $reason) {
      id
      status
      rejectionReason
      publishedAt
    }
  }
`;

/** Pay overdue and disputed in the officer's region, with the worker's check-in record. */
export const GIG_ALERTS_QUERY: TypedDocumentNode<GigAlertsQuery, GigAlertsQueryVariables> = gql`
  query GigAlerts($openOnly: Boolean!, $first: Int!) {
    gigAlerts(openOnly: $openOnly, first: $first) {
      id
      kind
      regionCode
      createdAt
      resolvedAt
      gig {
        id
        title
        address
        regionCode
        startDate
        endDate
        dailyStart
        dailyEnd
        payText
        payTiming
        payMethod
        posterKind
        posterName
        posterGrade {
          grade
          label
        }
      }
      assignment {
        ...GigAssignmentFields
      }
    }
  }
  ${GIG_ASSIGNMENT_FIELDS}
`;

export type GigAlertItem = GigAlertsQuery['gigAlerts'][number];

export const RESOLVE_GIG_DISPUTE_MUTATION: TypedDocumentNode<ResolveGigDisputeMutation, ResolveGigDisputeMutationVariables> = gql`
  mutation ResolveGigDispute($input: ResolveGigDisputeInput!) {
    resolveGigDispute(input: $input) {
      ...GigAssignmentFields
    }
  }
  ${GIG_ASSIGNMENT_FIELDS}
`;

export const GIG_STATIONS_QUERY: TypedDocumentNode<GigStationsQuery, GigStationsQueryVariables> = gql`
  query GigStations($regionCode: String, $lat: Float, $lng: Float) {
    gigStations(regionCode: $regionCode, lat: $lat, lng: $lng) {
      ...GigStationFields
    }
  }
  ${GIG_STATION_FIELDS}
`;

export const GIG_STATION_QUERY: TypedDocumentNode<GigStationQuery, GigStationQueryVariables> = gql`
  query GigStation($id: ID!) {
    gigStation(id: $id) {
      ...GigStationFields
    }
  }
  ${GIG_STATION_FIELDS}
`;

export const CREATE_GIG_STATION_MUTATION: TypedDocumentNode<CreateGigStationMutation, CreateGigStationMutationVariables> = gql`
  mutation CreateGigStation($input: GigStationInput!) {
    createGigStation(input: $input) {
      ...GigStationFields
    }
  }
  ${GIG_STATION_FIELDS}
`;
