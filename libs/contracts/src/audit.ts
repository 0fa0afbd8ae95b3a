/**
 * The audit trail (issue 9): privileged actions, each written once to the append-only `audit_log` table in the same
 * transaction as the action. Values are stable identifiers; Chinese labels live in the API's CSV export and the web app.
 */
export enum AuditAction {
  JOB_POSTING_APPROVED = 'JOB_POSTING_APPROVED',
  JOB_POSTING_REJECTED = 'JOB_POSTING_REJECTED',
  /** An officer closed an employer's posting (an owner closing its own is not audited). */
  JOB_POSTING_CLOSED_BY_OFFICER = 'JOB_POSTING_CLOSED_BY_OFFICER',
  EMPLOYER_VERIFIED = 'EMPLOYER_VERIFIED',
  EMPLOYER_REJECTED = 'EMPLOYER_REJECTED',
  /** An officer set an employer back to PENDING (verification withdrawn). */
  EMPLOYER_VERIFICATION_RESET = 'EMPLOYER_VERIFICATION_RESET',
  OFFICER_CREATED = 'OFFICER_CREATED',
  PROJECT_POLICY_CHANGED = 'PROJECT_POLICY_CHANGED',
  LOCAL_HIRING_BREACH_ACKNOWLEDGED = 'LOCAL_HIRING_BREACH_ACKNOWLEDGED',
  LIVE_MESSAGE_REMOVED = 'LIVE_MESSAGE_REMOVED',
  LIVE_USER_MUTED = 'LIVE_USER_MUTED',
  LIVE_USER_UNMUTED = 'LIVE_USER_UNMUTED',
  /** An admin suspended or reactivated an account. */
  USER_STATUS_CHANGED = 'USER_STATUS_CHANGED',
  /** An admin moved an officer to another region. */
  OFFICER_REGION_CHANGED = 'OFFICER_REGION_CHANGED',
  /** A user signed out of every device (all their tokens retired). */
  USER_SIGNED_OUT_EVERYWHERE = 'USER_SIGNED_OUT_EVERYWHERE',
  /** An employer's owner invited a recruiter to the team, or removed one. */
  TEAM_MEMBER_INVITED = 'TEAM_MEMBER_INVITED',
  TEAM_MEMBER_REMOVED = 'TEAM_MEMBER_REMOVED',
  /** A bureau officer published, started or ended a job fair. */
  JOB_FAIR_STATUS_CHANGED = 'JOB_FAIR_STATUS_CHANGED',
  FAIR_BOOTH_APPROVED = 'FAIR_BOOTH_APPROVED',
  FAIR_BOOTH_REJECTED = 'FAIR_BOOTH_REJECTED',
  /** An officer upheld or dismissed a screening flag of a posting. */
  SCREENING_FLAG_DECIDED = 'SCREENING_FLAG_DECIDED',
  /** An officer acted on a seeker's report (warned, suspended a posting or the employer, or dismissed it). */
  REPORT_RESOLVED = 'REPORT_RESOLVED',
  /** An officer suspended an employer's hiring (its postings closed, no new ones reviewed). */
  EMPLOYER_SUSPENDED = 'EMPLOYER_SUSPENDED',
  /** An officer approved, rejected or asked for an item on subsidy proposals (免申即享). */
  SUBSIDY_DECIDED = 'SUBSIDY_DECIDED',
  /** An officer put approved subsidies into a payment batch. */
  SUBSIDY_PAID = 'SUBSIDY_PAID',
  /** A seeker registered as unemployed online (失业登记); a support case opened with it. */
  UNEMPLOYMENT_REGISTERED = 'UNEMPLOYMENT_REGISTERED',
  /** An officer logged a follow-up on a support case (帮扶跟进). */
  SUPPORT_FOLLOW_UP_LOGGED = 'SUPPORT_FOLLOW_UP_LOGGED',
  /** A support case closed as employed: an officer's follow-up, or (by the system) a hire on the platform. */
  SUPPORT_CASE_CLOSED = 'SUPPORT_CASE_CLOSED',
  /** An officer approved or rejected a gig in review. */
  GIG_REVIEWED = 'GIG_REVIEWED',
  /** An officer settled a worker's pay dispute on a gig. */
  GIG_DISPUTE_RESOLVED = 'GIG_DISPUTE_RESOLVED',
  /** An officer registered a gig station (零工驿站). */
  GIG_STATION_CREATED = 'GIG_STATION_CREATED',
}

/** What an audit entry is about. */
export enum AuditTargetType {
  JOB_POSTING = 'JOB_POSTING',
  EMPLOYER = 'EMPLOYER',
  USER = 'USER',
  PROJECT = 'PROJECT',
  LIVE_ROOM = 'LIVE_ROOM',
  JOB_FAIR = 'JOB_FAIR',
  FAIR_BOOTH = 'FAIR_BOOTH',
  REPORT = 'REPORT',
  SUBSIDY = 'SUBSIDY',
  UNEMPLOYED_REGISTRATION = 'UNEMPLOYED_REGISTRATION',
  SUPPORT_CASE = 'SUPPORT_CASE',
  GIG = 'GIG',
  GIG_STATION = 'GIG_STATION',
}
