/**
 * Stable error codes carried in GraphQL `extensions.code` (with `extensions.field` when one input field is at fault).
 * Clients switch on these; never rename one.
 */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  VALIDATION_FAILED: 'VALIDATION_FAILED',
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  ACCOUNT_EXISTS: 'ACCOUNT_EXISTS',
  DUPLICATE_ID_NUMBER: 'DUPLICATE_ID_NUMBER',
  TRUTH_CARD_REQUIRED: 'TRUTH_CARD_REQUIRED',
  RATE_LIMITED: 'RATE_LIMITED',
  INVALID_CREDIT_CODE: 'INVALID_CREDIT_CODE',
  INVALID_ID_NUMBER: 'INVALID_ID_NUMBER',
  PAY_RANGE_INVALID: 'PAY_RANGE_INVALID',
  UNKNOWN_REGION: 'UNKNOWN_REGION',
  EMPLOYER_PROFILE_REQUIRED: 'EMPLOYER_PROFILE_REQUIRED',
  JOB_SEEKER_PROFILE_REQUIRED: 'JOB_SEEKER_PROFILE_REQUIRED',
  INVALID_STATUS_TRANSITION: 'INVALID_STATUS_TRANSITION',
  JOB_NOT_PUBLISHED: 'JOB_NOT_PUBLISHED',
  ALREADY_APPLIED: 'ALREADY_APPLIED',
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  /** Selection sets nested deeper than the API allows. */
  QUERY_TOO_DEEP: 'QUERY_TOO_DEEP',
  /** The request itself is malformed (no operation, unreadable body, unknown operationName …). */
  BAD_REQUEST: 'BAD_REQUEST',
  /** A variable or argument does not fit its declared type (a text for an Int, 2147483648, an unknown enum value). */
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  /** An operation type the API does not serve over HTTP (subscriptions: realtime goes over socket.io). */
  UNSUPPORTED_OPERATION: 'UNSUPPORTED_OPERATION',
  /** A write conflicted with another at the same moment; the same request can be sent again. */
  CONFLICT: 'CONFLICT',
  SEARCH_UNAVAILABLE: 'SEARCH_UNAVAILABLE',
  PAGE_SIZE_TOO_LARGE: 'PAGE_SIZE_TOO_LARGE',
  /** A roster change would take a project below its local-hiring threshold and the project's rule is BLOCK. */
  LOCAL_HIRING_BREACH: 'LOCAL_HIRING_BREACH',
  /** The same under the WARN rule, without an acknowledgement (a reason); send it again with one. */
  LOCAL_HIRING_ACK_REQUIRED: 'LOCAL_HIRING_ACK_REQUIRED',
  /** The person already has an open tenure on the project. */
  DUPLICATE_WORKER: 'DUPLICATE_WORKER',
  /** A project job in its local-first window: only seekers with a local hukou may apply yet. */
  LOCAL_FIRST_WINDOW: 'LOCAL_FIRST_WINDOW',
  /** Job fairs: the fair is not open for this (not live, outside its hours, booth applications closed …). */
  FAIR_NOT_OPEN: 'FAIR_NOT_OPEN',
  /** The fair's priority window: only its target groups may queue yet. */
  FAIR_PRIORITY_WINDOW: 'FAIR_PRIORITY_WINDOW',
  /** The seeker already holds the most queue places the fair allows. */
  QUEUE_LIMIT_REACHED: 'QUEUE_LIMIT_REACHED',
  /** The seeker already holds a place at this booth. */
  ALREADY_QUEUED: 'ALREADY_QUEUED',
  /** The phone belongs to a member of another company's team. */
  TEAM_MEMBER_TAKEN: 'TEAM_MEMBER_TAKEN',
  /** Subsidies: the proposal was already decided otherwise (approve after reject, …). */
  SUBSIDY_ALREADY_DECIDED: 'SUBSIDY_ALREADY_DECIDED',
  /** Subsidies: the proposal is paid; no decision can change it. */
  SUBSIDY_ALREADY_PAID: 'SUBSIDY_ALREADY_PAID',
  /** Employment support: the person already has an ACTIVE unemployment registration. */
  UNEMPLOYMENT_ALREADY_REGISTERED: 'UNEMPLOYMENT_ALREADY_REGISTERED',
  /** The identity number given differs from the one on the person's labour profile. */
  ID_NUMBER_MISMATCH: 'ID_NUMBER_MISMATCH',
  /** Gigs: the gig is not open for this now (not published, cancelled, started, outside the check-in window …). */
  GIG_NOT_OPEN: 'GIG_NOT_OPEN',
  /** Gigs: a poster cannot take their own gig. */
  GIG_OWN_GIG: 'GIG_OWN_GIG',
  /** Gigs: a location check-in farther from the site than the gig's radius. */
  GIG_CHECK_IN_TOO_FAR: 'GIG_CHECK_IN_TOO_FAR',
  /** Gigs: already checked in (or out) for that day. */
  GIG_ALREADY_CHECKED_IN: 'GIG_ALREADY_CHECKED_IN',
  /** Gigs: the caller was not a worker on (or the poster of) the gig. */
  GIG_NOT_PARTICIPANT: 'GIG_NOT_PARTICIPANT',
  /** Gigs: the worker's age bars the gig (under 16; under 18 for heavy work or work at height). */
  GIG_AGE_RESTRICTED: 'GIG_AGE_RESTRICTED',
  /** Gigs: the pay was already confirmed or settled; it cannot change. */
  GIG_PAY_SETTLED: 'GIG_PAY_SETTLED',
  INTERNAL: 'INTERNAL',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
