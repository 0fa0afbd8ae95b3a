import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  AnswerCheckInMutation,
  AnswerCheckInMutationVariables,
  CheckInsDueQuery,
  CheckInsDueQueryVariables,
  ContentReportFieldsFragment,
  CountyWatchFieldsFragment,
  DismissedScreeningPatternsQuery,
  DismissedScreeningPatternsQueryVariables,
  EmployerCreditQuery,
  EmployerCreditQueryVariables,
  EmployerNameQuery,
  EmployerNameQueryVariables,
  FileLayoffPlanMutation,
  FileLayoffPlanMutationVariables,
  LayoffPlanFieldsFragment,
  LayoffPlansQuery,
  LayoffPlansQueryVariables,
  PostingFlagsForReviewQuery,
  PostingFlagsForReviewQueryVariables,
  PostingOversightQuery,
  PostingOversightQueryVariables,
  ReportContentMutation,
  ReportContentMutationVariables,
  ReportPostingQuery,
  ReportPostingQueryVariables,
  ReportsQuery,
  ReportsQueryVariables,
  ResolveReportMutation,
  ResolveReportMutationVariables,
  ScreeningDecisionMutation,
  ScreeningDecisionMutationVariables,
  StableJobsRefundQuery,
  StableJobsRefundQueryVariables,
  UnemploymentWatchQuery,
  UnemploymentWatchQueryVariables,
  UnfiledLayoffSignalsQuery,
  UnfiledLayoffSignalsQueryVariables,
} from '../../graphql/generated/graphql';

/* ------------------------------------------------------------------------------------ screening decisions */

/**
 * A posting's flags with the clause each breaks and the officers' decisions, for the review drawer. Read apart from
 * the queue's `JobDetailFields` (and not cached: `no-cache` at the call) so the two selections of `screeningFlags`, a
 * list without ids, never overwrite each other in the cache.
 */
export const POSTING_FLAGS_FOR_REVIEW_QUERY: TypedDocumentNode<PostingFlagsForReviewQuery, PostingFlagsForReviewQueryVariables> = gql`
  query PostingFlagsForReview($id: ID!) {
    jobPosting(id: $id) {
      id
      employer {
        id
        name
      }
      screeningFlags {
        code
        evidence
        clause
        clauseSource
      }
      screeningDecisions {
        id
        code
        evidence
        decision
        reason
        decidedAt
      }
    }
  }
`;

export type PostingFlags = PostingFlagsForReviewQuery['jobPosting'];
export type ScreeningDecisionData = PostingFlags['screeningDecisions'][number];

export const SCREENING_DECISION_MUTATION: TypedDocumentNode<ScreeningDecisionMutation, ScreeningDecisionMutationVariables> = gql`
  mutation ScreeningDecision($input: ScreeningDecisionInput!) {
    screeningDecision(input: $input) {
      id
      jobPostingId
      code
      evidence
      decision
      reason
      decidedAt
    }
  }
`;

export const DISMISSED_PATTERNS_QUERY: TypedDocumentNode<DismissedScreeningPatternsQuery, DismissedScreeningPatternsQueryVariables> = gql`
  query DismissedScreeningPatterns($regionCode: String) {
    dismissedScreeningPatterns(regionCode: $regionCode) {
      code
      evidence
      dismissed
      upheld
      lastReason
    }
  }
`;

export type DismissedPattern = DismissedScreeningPatternsQuery['dismissedScreeningPatterns'][number];

/* ------------------------------------------------------------------------------------ postings seen by seekers */

/** What oversight adds to a posting page: the employer's credit grade (once shown) and the truth-card items checked. */
export const POSTING_OVERSIGHT_QUERY: TypedDocumentNode<PostingOversightQuery, PostingOversightQueryVariables> = gql`
  query PostingOversight($id: ID!) {
    jobPosting(id: $id) {
      id
      employerCreditGrade
      truthCardVerified
    }
  }
`;

/* ------------------------------------------------------------------------------------ reports */

export const CONTENT_REPORT_FIELDS: TypedDocumentNode<ContentReportFieldsFragment> = gql`
  fragment ContentReportFields on ContentReport {
    id
    targetType
    targetId
    jobPostingId
    employerId
    regionCode
    category
    text
    photos
    status
    action
    resolutionNote
    resolvedAt
    createdAt
  }
`;

export type ContentReportData = ContentReportFieldsFragment;

export const REPORT_CONTENT_MUTATION: TypedDocumentNode<ReportContentMutation, ReportContentMutationVariables> = gql`
  mutation ReportContent($input: ReportContentInput!) {
    reportContent(input: $input) {
      ...ContentReportFields
    }
  }
  ${CONTENT_REPORT_FIELDS}
`;

/** Officers: the region's queue (open first); seekers: their own reports; employers: the decisions about them. */
export const REPORTS_QUERY: TypedDocumentNode<ReportsQuery, ReportsQueryVariables> = gql`
  query Reports($status: ReportStatus, $regionCode: String) {
    reports(status: $status, regionCode: $regionCode) {
      ...ContentReportFields
    }
  }
  ${CONTENT_REPORT_FIELDS}
`;

export const RESOLVE_REPORT_MUTATION: TypedDocumentNode<ResolveReportMutation, ResolveReportMutationVariables> = gql`
  mutation ResolveReport($input: ResolveReportInput!) {
    resolveReport(input: $input) {
      ...ContentReportFields
    }
  }
  ${CONTENT_REPORT_FIELDS}
`;

/** The posting a report is about, as the officer handling it sees it: title, state, employer, flags. */
export const REPORT_POSTING_QUERY: TypedDocumentNode<ReportPostingQuery, ReportPostingQueryVariables> = gql`
  query ReportPosting($id: ID!) {
    jobPosting(id: $id) {
      id
      title
      status
      publishedAt
      closedAt
      employer {
        id
        name
      }
    }
  }
`;

/** An employer's name (an oversight list carries only the id); cached per employer. */
export const EMPLOYER_NAME_QUERY: TypedDocumentNode<EmployerNameQuery, EmployerNameQueryVariables> = gql`
  query EmployerName($id: ID!) {
    employer(id: $id) {
      id
      name
    }
  }
`;

/* ------------------------------------------------------------------------------------ check-ins */

export const CHECK_INS_DUE_QUERY: TypedDocumentNode<CheckInsDueQuery, CheckInsDueQueryVariables> = gql`
  query CheckInsDue {
    checkInsDue {
      id
      day
      hiredAt
      dueAt
      answeredAt
      jobTitle
      employerName
      workingHours
      dormitory
      meals
      socialInsurance
    }
  }
`;

export type CheckInData = CheckInsDueQuery['checkInsDue'][number];

export const ANSWER_CHECK_IN_MUTATION: TypedDocumentNode<AnswerCheckInMutation, AnswerCheckInMutationVariables> = gql`
  mutation AnswerCheckIn($input: AnswerCheckInInput!) {
    answerCheckIn(input: $input)
  }
`;

/* ------------------------------------------------------------------------------------ credit */

export const EMPLOYER_CREDIT_QUERY: TypedDocumentNode<EmployerCreditQuery, EmployerCreditQueryVariables> = gql`
  query EmployerCredit($employerId: ID!) {
    employer(id: $employerId) {
      id
      name
      verificationStatus
      region {
        code
        fullName
      }
    }
    employerCredit(employerId: $employerId) {
      employerId
      score
      grade
      shownToSeekers
      reasons {
        kind
        count
        points
        text
      }
    }
  }
`;

export type CreditReasonData = EmployerCreditQuery['employerCredit']['reasons'][number];

export const STABLE_JOBS_REFUND_QUERY: TypedDocumentNode<StableJobsRefundQuery, StableJobsRefundQueryVariables> = gql`
  query StableJobsRefund($employerId: ID!, $insuredStaff: Int!) {
    stableJobsRefund(employerId: $employerId, insuredStaff: $insuredStaff) {
      eligible
      laidOff
      layoffRate
      threshold
      smallEmployer
      windowStart
      reasons
    }
  }
`;

/* ------------------------------------------------------------------------------------ layoffs */

export const LAYOFF_PLAN_FIELDS: TypedDocumentNode<LayoffPlanFieldsFragment> = gql`
  fragment LayoffPlanFields on LayoffPlan {
    id
    employerId
    regionCode
    staffNow
    peopleToCut
    layoffDate
    reasons
    consulted
    consultationNote
    reportable
    onTime
    daysBefore
    verdictReasons
    filedAt
  }
`;

export type LayoffPlanData = LayoffPlanFieldsFragment;

export const FILE_LAYOFF_PLAN_MUTATION: TypedDocumentNode<FileLayoffPlanMutation, FileLayoffPlanMutationVariables> = gql`
  mutation FileLayoffPlan($input: LayoffPlanInput!) {
    fileLayoffPlan(input: $input) {
      ...LayoffPlanFields
    }
  }
  ${LAYOFF_PLAN_FIELDS}
`;

/** Officers: the region's filings (their own by default); employers: their own. */
export const LAYOFF_PLANS_QUERY: TypedDocumentNode<LayoffPlansQuery, LayoffPlansQueryVariables> = gql`
  query LayoffPlans($regionCode: String) {
    layoffPlans(regionCode: $regionCode) {
      ...LayoffPlanFields
    }
  }
  ${LAYOFF_PLAN_FIELDS}
`;

export const UNFILED_LAYOFF_SIGNALS_QUERY: TypedDocumentNode<UnfiledLayoffSignalsQuery, UnfiledLayoffSignalsQueryVariables> = gql`
  query UnfiledLayoffSignals($regionCode: String) {
    unfiledLayoffSignals(regionCode: $regionCode) {
      employerId
      employerName
      regionCode
      rosterLeft
      rosterSize
      postingsClosed
    }
  }
`;

export type UnfiledSignal = UnfiledLayoffSignalsQuery['unfiledLayoffSignals'][number];

/* ------------------------------------------------------------------------------------ the watch */

export const COUNTY_WATCH_FIELDS: TypedDocumentNode<CountyWatchFieldsFragment> = gql`
  fragment CountyWatchFields on CountyWatch {
    regionCode
    regionName
    month
    level
    packName
    figures {
      layoffsFiled
      peopleAffected
      postingsOpened
      postingsClosed
      postingsOpen
      applications
    }
    reasons {
      kind
      value
      threshold
      level
      text
    }
  }
`;

export type CountyWatchData = CountyWatchFieldsFragment;

export const UNEMPLOYMENT_WATCH_QUERY: TypedDocumentNode<UnemploymentWatchQuery, UnemploymentWatchQueryVariables> = gql`
  query UnemploymentWatch($month: String!, $regionCode: String) {
    unemploymentWatch(month: $month, regionCode: $regionCode) {
      ...CountyWatchFields
    }
  }
  ${COUNTY_WATCH_FIELDS}
`;
