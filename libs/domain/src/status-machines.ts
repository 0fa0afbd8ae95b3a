import { ApplicationStatus, JobPostingStatus } from '@jobbridge/contracts';
import { DomainError } from './errors';
import { APPLICATION_STATUS_LABELS_ZH, JOB_POSTING_STATUS_LABELS_ZH, statusLabelZh } from './status-labels';

// ---------------------------------------------------------------------------------------------
// Job postings
// ---------------------------------------------------------------------------------------------

const P = JobPostingStatus;

/**
 * Allowed job-posting moves. DRAFT → PENDING_REVIEW (submit); PENDING_REVIEW → PUBLISHED (approve)
 * or REJECTED (reject, with a reason) or DRAFT (the employer withdraws it to edit); REJECTED → DRAFT (edited) or
 * PENDING_REVIEW (resubmit);
 * DRAFT, PENDING_REVIEW and PUBLISHED → CLOSED; CLOSED is final.
 */
export const JOB_POSTING_TRANSITIONS: Readonly<Record<JobPostingStatus, readonly JobPostingStatus[]>> = Object.freeze({
  [P.DRAFT]: Object.freeze([P.PENDING_REVIEW, P.CLOSED]),
  [P.PENDING_REVIEW]: Object.freeze([P.PUBLISHED, P.REJECTED, P.DRAFT, P.CLOSED]),
  [P.REJECTED]: Object.freeze([P.DRAFT, P.PENDING_REVIEW]),
  [P.PUBLISHED]: Object.freeze([P.CLOSED]),
  [P.CLOSED]: Object.freeze([]),
});

const EDITABLE_POSTING_STATUSES: readonly JobPostingStatus[] = [P.DRAFT, P.REJECTED];

export function canTransitionJobPosting(from: JobPostingStatus, to: JobPostingStatus): boolean {
  return JOB_POSTING_TRANSITIONS[from]?.includes(to) ?? false;
}

/** Throws INVALID_STATUS_TRANSITION unless `from → to` is allowed. */
export function assertJobPostingTransition(from: JobPostingStatus, to: JobPostingStatus): void {
  if (!canTransitionJobPosting(from, to)) {
    const [was, wanted] = [statusLabelZh(JOB_POSTING_STATUS_LABELS_ZH, from), statusLabelZh(JOB_POSTING_STATUS_LABELS_ZH, to)];
    throw new DomainError(
      'INVALID_STATUS_TRANSITION',
      from === to ? `岗位已是「${was}」状态` : `岗位已是「${was}」状态，不能改为「${wanted}」`,
    );
  }
}

/**
 * A rejection (PENDING_REVIEW → REJECTED) needs a reason for the employer: returns null for a
 * non-blank reason, else a VALIDATION_FAILED error on field `reason`. Kept apart from
 * assertJobPostingTransition so that one stays a pure check of the lifecycle graph.
 */
export function validateRejectionReason(reason: string | null | undefined): DomainError | null {
  return reason?.trim() ? null : new DomainError('VALIDATION_FAILED', '驳回岗位时请填写驳回原因', 'reason');
}

/**
 * An employer withdraws (撤回) only a posting under review, to edit it: PENDING_REVIEW → DRAFT. A rejected posting is
 * already editable, a published one must be closed. Throws INVALID_STATUS_TRANSITION naming the status otherwise.
 */
export function assertJobPostingWithdrawal(from: JobPostingStatus): void {
  if (from !== P.PENDING_REVIEW) {
    throw new DomainError(
      'INVALID_STATUS_TRANSITION',
      `岗位已是「${statusLabelZh(JOB_POSTING_STATUS_LABELS_ZH, from)}」状态，只有审核中的岗位可以撤回`,
    );
  }
  assertJobPostingTransition(from, P.DRAFT);
}

/** Only drafts and rejected postings may be edited. */
export function isJobPostingEditable(status: JobPostingStatus): boolean {
  return EDITABLE_POSTING_STATUSES.includes(status);
}

// ---------------------------------------------------------------------------------------------
// Applications
// ---------------------------------------------------------------------------------------------

const A = ApplicationStatus;

/** Who makes a move, as a message names them. */
const ACTOR_LABELS_ZH: Readonly<Record<ApplicationActor, string>> = Object.freeze({
  JOB_SEEKER: '求职者本人',
  EMPLOYER: '用人单位',
  OFFICER: '人社部门工作人员',
});

export type ApplicationActor = 'JOB_SEEKER' | 'EMPLOYER' | 'OFFICER';

/** The forward pipeline, in order. The employer may skip ahead but never go back. */
export const APPLICATION_PIPELINE: readonly ApplicationStatus[] = Object.freeze([A.SUBMITTED, A.VIEWED, A.INTERVIEW, A.OFFER, A.HIRED]);

const FINAL_APPLICATION_STATUSES: readonly ApplicationStatus[] = [A.HIRED, A.REJECTED, A.WITHDRAWN];

export function isFinalApplicationStatus(status: ApplicationStatus): boolean {
  return FINAL_APPLICATION_STATUSES.includes(status);
}

/** Who, if anyone, may make the move: undefined when no actor may. */
function moverOf(from: ApplicationStatus, to: ApplicationStatus): ApplicationActor | undefined {
  if (isFinalApplicationStatus(from) || !APPLICATION_PIPELINE.includes(from)) return undefined;
  if (to === A.WITHDRAWN) return 'JOB_SEEKER';
  if (to === A.REJECTED) return 'EMPLOYER';
  const step = APPLICATION_PIPELINE.indexOf(to) - APPLICATION_PIPELINE.indexOf(from);
  return APPLICATION_PIPELINE.includes(to) && step > 0 ? 'EMPLOYER' : undefined;
}

/**
 * Seekers may only withdraw; employers make every other forward move (skipping allowed) and
 * reject; officers only read. Nothing leaves HIRED, REJECTED or WITHDRAWN.
 */
export function canMoveApplication(from: ApplicationStatus, to: ApplicationStatus, actor: ApplicationActor): boolean {
  return moverOf(from, to) === actor;
}

/**
 * Throws INVALID_STATUS_TRANSITION when nobody may move an application from `from` to `to`, and
 * FORBIDDEN when the move exists but belongs to another actor.
 */
export function assertApplicationMove(from: ApplicationStatus, to: ApplicationStatus, actor: ApplicationActor): void {
  const mover = moverOf(from, to);
  const [was, wanted] = [statusLabelZh(APPLICATION_STATUS_LABELS_ZH, from), statusLabelZh(APPLICATION_STATUS_LABELS_ZH, to)];
  if (mover === undefined) {
    throw new DomainError(
      'INVALID_STATUS_TRANSITION',
      from === to ? `申请已是「${was}」状态` : `申请已是「${was}」状态，不能改为「${wanted}」`,
    );
  }
  if (mover !== actor) {
    throw new DomainError('FORBIDDEN', `只有${ACTOR_LABELS_ZH[mover]}可以把申请从「${was}」改为「${wanted}」`);
  }
}
