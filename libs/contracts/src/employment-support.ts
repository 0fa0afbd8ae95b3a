// Unemployment registration (失业登记) and tracked help (帮扶台账), issue 14. Values are stable identifiers; Chinese
// labels live in the web app's i18n resources.

/** Why the person is out of work, as the registration form asks (000 §23, 004 §18). */
export enum UnemploymentReason {
  /** 毕业未就业 */
  GRADUATE_NOT_EMPLOYED = 'GRADUATE_NOT_EMPLOYED',
  /** 劳动合同到期 */
  CONTRACT_ENDED = 'CONTRACT_ENDED',
  /** 被裁减 / 单位辞退 */
  LAID_OFF = 'LAID_OFF',
  /** 个体经营停业 */
  BUSINESS_CLOSED = 'BUSINESS_CLOSED',
  /** 其他 */
  OTHER = 'OTHER',
}

/** A registration is ACTIVE until the person is employed (or it is closed otherwise); at most one ACTIVE per person. */
export enum UnemploymentRegistrationStatus {
  ACTIVE = 'ACTIVE',
  CLOSED = 'CLOSED',
}

/** Why a registration closed. */
export enum RegistrationCloseReason {
  /** A hire on the platform, or an officer's follow-up recording employment. */
  EMPLOYED = 'EMPLOYED',
}

/** Why someone is on the caseload: a registration, or a difficulty group without a hire (the sweep). */
export enum SupportCaseKind {
  UNEMPLOYED = 'UNEMPLOYED',
  DIFFICULTY = 'DIFFICULTY',
}

export enum SupportCaseStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

/** How the officer reached the person. */
export enum FollowUpChannel {
  PHONE = 'PHONE',
  VISIT = 'VISIT',
  WECHAT = 'WECHAT',
  SMS = 'SMS',
}

/**
 * What a follow-up found. EMPLOYED closes the case; NOT_REACHED does not count as the month's contact (the due date
 * stays); the others move the next due date a month after the contact.
 */
export enum FollowUpOutcome {
  CONTINUING = 'CONTINUING',
  NOT_REACHED = 'NOT_REACHED',
  DECLINED_HELP = 'DECLINED_HELP',
  TRAINING = 'TRAINING',
  EMPLOYED = 'EMPLOYED',
}

/** The caseload's views: due (overdue, due within a week, or never contacted), every open case, closed cases. */
export enum CaseloadFilter {
  DUE = 'DUE',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
