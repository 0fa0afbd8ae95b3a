/** The gig market (零工市场, issue 15): quick jobs paid by the day, check-in at the site, settlement and ratings. */

/** A gig's own state. Whether it is over follows from its dates (see `Gig.phase`). */
export enum GigStatus {
  /** A new or individual poster's gig, or one the screen flagged: waits for an officer. */
  PENDING_REVIEW = 'PENDING_REVIEW',
  PUBLISHED = 'PUBLISHED',
  REJECTED = 'REJECTED',
  CANCELLED = 'CANCELLED',
}

/** Where a published gig stands in time (derived from its dates and hours, China time). */
export enum GigPhase {
  UPCOMING = 'UPCOMING',
  IN_PROGRESS = 'IN_PROGRESS',
  ENDED = 'ENDED',
}

export enum GigPayUnit {
  DAY = 'DAY',
  HOUR = 'HOUR',
  PIECE = 'PIECE',
}

/** When the poster promises to pay. */
export enum GigPayTiming {
  /** 日结: at the end of each day. */
  SAME_DAY = 'SAME_DAY',
  /** 完工结: when the whole gig is done. */
  ON_COMPLETION = 'ON_COMPLETION',
}

export enum GigPayMethod {
  CASH = 'CASH',
  WECHAT = 'WECHAT',
  ALIPAY = 'ALIPAY',
  BANK_TRANSFER = 'BANK_TRANSFER',
}

/** Who posted a gig: a registered employer, or a private person with a real-name check (个人雇主). */
export enum GigPosterKind {
  EMPLOYER = 'EMPLOYER',
  INDIVIDUAL = 'INDIVIDUAL',
}

/** A worker's place on a gig. */
export enum GigAssignmentStatus {
  /** Holds one of the headcount places. */
  ACCEPTED = 'ACCEPTED',
  /** Past headcount: moves up, first come first served, when a place frees. */
  WAITLISTED = 'WAITLISTED',
  /** Withdrew before the free-cancellation deadline. */
  WITHDRAWN = 'WITHDRAWN',
  /** Withdrew after the deadline: recorded against the worker's reliability. */
  LATE_WITHDRAWN = 'LATE_WITHDRAWN',
  /** The gig was cancelled by its poster (recorded against the poster when late). */
  GIG_CANCELLED = 'GIG_CANCELLED',
}

/** Settlement of one worker's pay on one gig. */
export enum GigPayStatus {
  UNPAID = 'UNPAID',
  /** The poster marked it paid; waits for the worker. */
  PAID = 'PAID',
  CONFIRMED = 'CONFIRMED',
  /** The worker disputes it: the county's officer decides, with the check-in record. */
  DISPUTED = 'DISPUTED',
  /** An officer settled the dispute. */
  RESOLVED = 'RESOLVED',
}

export enum GigCheckMethod {
  /** The gig's QR code, shown by the poster or printed at the site. */
  QR = 'QR',
  /** The phone's location, within the gig's radius. */
  LOCATION = 'LOCATION',
}

/** Which side gives a rating. */
export enum GigRatingSide {
  /** The worker rates the poster (paid on time, as described). */
  WORKER = 'WORKER',
  /** The poster rates the worker (arrived, worked). */
  POSTER = 'POSTER',
}

/** What a county officer is alerted to. */
export enum GigAlertKind {
  /** A worker's pay is not marked paid by the gig's pay deadline (欠薪苗头). */
  UNPAID = 'UNPAID',
  /** A worker disputes the pay marked as paid. */
  DISPUTE = 'DISPUTE',
}

/** How an officer settles a pay dispute. */
export enum GigDisputeOutcome {
  /** The worker was paid what was due: the payment stands. */
  PAID_IN_FULL = 'PAID_IN_FULL',
  /** The poster paid the rest after the officer stepped in. */
  PAID_AFTER_MEDIATION = 'PAID_AFTER_MEDIATION',
  /** Not paid: referred to labour inspection (劳动保障监察); counts against the poster's credit. */
  REFERRED_TO_INSPECTION = 'REFERRED_TO_INSPECTION',
}

/** How gigs near a point are ordered. */
export enum GigNearbySort {
  DISTANCE = 'DISTANCE',
  START_TIME = 'START_TIME',
}
