/** Subsidies found from events (issue 14, 免申即享). */
export enum SubsidyStatus {
  /** Found by the engine from an event; waits for an officer. */
  PROPOSED = 'PROPOSED',
  /** The officer asked the beneficiary for one missing item. */
  INFO_REQUESTED = 'INFO_REQUESTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  /** In a payment batch: final. */
  PAID = 'PAID',
}

/** What an officer decides on a proposal. */
export enum SubsidyDecision {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
  REQUEST_INFO = 'REQUEST_INFO',
}

/** Who is paid. INTERMEDIARY is the labour agency (劳务中介) that placed the worker. */
export enum SubsidyBeneficiary {
  EMPLOYER = 'EMPLOYER',
  WORKER = 'WORKER',
  INTERMEDIARY = 'INTERMEDIARY',
}

/** Whether a condition was met by the facts, or could not be settled (the officer may ask for the item). */
export enum SubsidyConditionStatus {
  MET = 'MET',
  UNKNOWN = 'UNKNOWN',
}
