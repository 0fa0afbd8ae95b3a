import { ApplicationStatus } from '@jobbridge/contracts';
import { canMoveApplication } from '@jobbridge/domain';

const A = ApplicationStatus;

/** The statuses an employer can move an application to; the buttons, in this order. */
export type EmployerMove =
  ApplicationStatus.VIEWED | ApplicationStatus.INTERVIEW | ApplicationStatus.OFFER | ApplicationStatus.HIRED | ApplicationStatus.REJECTED;
export const EMPLOYER_MOVES: readonly EmployerMove[] = [A.VIEWED, A.INTERVIEW, A.OFFER, A.HIRED, A.REJECTED];

/** The same rule the API enforces (libs/domain), so only moves it will accept are offered. */
export const employerCanMove = (from: ApplicationStatus, to: EmployerMove): boolean => canMoveApplication(from, to, 'EMPLOYER');
