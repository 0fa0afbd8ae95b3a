import { ApplicationStatus } from '@jobbridge/contracts';

const A = ApplicationStatus;

/** The employer's forward pipeline; they may skip ahead, never go back. */
const PIPELINE: readonly ApplicationStatus[] = [A.SUBMITTED, A.VIEWED, A.INTERVIEW, A.OFFER, A.HIRED];
const FINAL: readonly ApplicationStatus[] = [A.HIRED, A.REJECTED, A.WITHDRAWN];

/** The statuses an employer can move an application to; the buttons, in this order. */
export type EmployerMove = ApplicationStatus.VIEWED | ApplicationStatus.INTERVIEW | ApplicationStatus.OFFER | ApplicationStatus.HIRED | ApplicationStatus.REJECTED;
export const EMPLOYER_MOVES: readonly EmployerMove[] = [A.VIEWED, A.INTERVIEW, A.OFFER, A.HIRED, A.REJECTED];

/**
 * Mirrors `canMoveApplication(from, to, 'EMPLOYER')` in libs/domain/src/status-machines.ts, to offer only moves the
 * API will accept (it enforces the rule and answers INVALID_STATUS_TRANSITION otherwise).
 */
export function employerCanMove(from: ApplicationStatus, to: EmployerMove): boolean {
  if (FINAL.includes(from) || !PIPELINE.includes(from)) return false;
  if (to === A.REJECTED) return true;
  return PIPELINE.indexOf(to) > PIPELINE.indexOf(from);
}
