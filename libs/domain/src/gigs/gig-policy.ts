/**
 * The gig market's working figures. Platform defaults: none of the seeds sets them (庆阳 §24 asks only for a gig
 * market in every county), so a region may change them as data without touching code.
 */
export interface GigPolicy {
  /** A worker may withdraw free of record until this many hours before the first day starts. */
  freeWithdrawalHours: number;
  /** A poster's cancellation after this many hours before the start counts as a late cancellation. */
  lateCancellationHours: number;
  /** Check-in opens this many minutes before the day's start. */
  checkInOpensMinutesBefore: number;
  /** Check-in by location is accepted within this many metres of the site (the poster may set a gig's own). */
  checkInRadiusMeters: number;
  /** Pay not marked paid this many hours after the promised time raises an UNPAID alert to the county. */
  payGraceHours: number;
  /** The longest gig (days) and the most people one gig may take. */
  maxDays: number;
  maxHeadcount: number;
  /** How far ahead a gig may be posted (days). */
  maxDaysAhead: number;
  /** The farthest a worker may ask to be told about (km). */
  maxDistanceKm: number;
}

export const DEFAULT_GIG_POLICY: GigPolicy = Object.freeze({
  freeWithdrawalHours: 2,
  lateCancellationHours: 12,
  checkInOpensMinutesBefore: 60,
  checkInRadiusMeters: 500,
  payGraceHours: 24,
  maxDays: 31,
  maxHeadcount: 200,
  maxDaysAhead: 60,
  maxDistanceKm: 50,
});
