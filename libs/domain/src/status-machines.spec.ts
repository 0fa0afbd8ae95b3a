import { ApplicationStatus as A, JobPostingStatus as P } from '@jobbridge/contracts';
import { DomainError } from './errors';
import {
  APPLICATION_PIPELINE,
  ApplicationActor,
  assertApplicationMove,
  assertJobPostingTransition,
  assertJobPostingWithdrawal,
  canMoveApplication,
  canTransitionJobPosting,
  isFinalApplicationStatus,
  isJobPostingEditable,
  JOB_POSTING_TRANSITIONS,
  validateRejectionReason,
} from './status-machines';

const ALL_POSTING = Object.values(P);
const ALL_APPLICATION = Object.values(A);
const ACTORS: ApplicationActor[] = ['JOB_SEEKER', 'EMPLOYER', 'OFFICER'];

function thrown(fn: () => void): DomainError | undefined {
  try {
    fn();
  } catch (error) {
    return error as DomainError;
  }
  return undefined;
}

describe('job posting lifecycle', () => {
  const ALLOWED: [P, P][] = [
    [P.DRAFT, P.PENDING_REVIEW],
    [P.DRAFT, P.CLOSED],
    [P.PENDING_REVIEW, P.PUBLISHED],
    [P.PENDING_REVIEW, P.REJECTED],
    [P.PENDING_REVIEW, P.DRAFT], // withdrawn by its employer to edit
    [P.PENDING_REVIEW, P.CLOSED],
    [P.REJECTED, P.DRAFT],
    [P.REJECTED, P.PENDING_REVIEW],
    [P.PUBLISHED, P.CLOSED],
  ];
  const isAllowed = (from: P, to: P) => ALLOWED.some(([f, t]) => f === from && t === to);

  it('allows exactly the documented moves, checked over every pair', () => {
    for (const from of ALL_POSTING) {
      for (const to of ALL_POSTING) {
        expect([from, to, canTransitionJobPosting(from, to)]).toEqual([from, to, isAllowed(from, to)]);
      }
    }
  });

  it('lists a transition entry for every status', () => {
    expect(Object.keys(JOB_POSTING_TRANSITIONS).sort()).toEqual([...ALL_POSTING].sort());
  });

  it('freezes the transition map so callers cannot change the rules', () => {
    expect(Object.isFrozen(JOB_POSTING_TRANSITIONS)).toBe(true);
    expect(Object.isFrozen(JOB_POSTING_TRANSITIONS[P.DRAFT])).toBe(true);
  });

  it('lets an employer submit a draft for review', () => {
    expect(canTransitionJobPosting(P.DRAFT, P.PENDING_REVIEW)).toBe(true);
  });

  it('never publishes without review', () => {
    expect(canTransitionJobPosting(P.DRAFT, P.PUBLISHED)).toBe(false);
    expect(canTransitionJobPosting(P.REJECTED, P.PUBLISHED)).toBe(false);
  });

  it('lets a rejected posting be edited back to draft or resubmitted', () => {
    expect(canTransitionJobPosting(P.REJECTED, P.DRAFT)).toBe(true);
    expect(canTransitionJobPosting(P.REJECTED, P.PENDING_REVIEW)).toBe(true);
  });

  it('lets an employer withdraw a draft or a posting under review', () => {
    expect(canTransitionJobPosting(P.DRAFT, P.CLOSED)).toBe(true);
    expect(canTransitionJobPosting(P.PENDING_REVIEW, P.CLOSED)).toBe(true);
  });

  it('does not close a rejected posting directly', () => {
    expect(canTransitionJobPosting(P.REJECTED, P.CLOSED)).toBe(false);
  });

  it('does not send a published posting back to review or draft', () => {
    expect(canTransitionJobPosting(P.PUBLISHED, P.PENDING_REVIEW)).toBe(false);
    expect(canTransitionJobPosting(P.PUBLISHED, P.DRAFT)).toBe(false);
    expect(canTransitionJobPosting(P.PUBLISHED, P.REJECTED)).toBe(false);
  });

  it('keeps CLOSED final', () => {
    for (const to of ALL_POSTING) expect(canTransitionJobPosting(P.CLOSED, to)).toBe(false);
  });

  it('does not count staying in the same status as a transition', () => {
    for (const status of ALL_POSTING) expect(canTransitionJobPosting(status, status)).toBe(false);
  });

  it('answers false for an unknown status instead of throwing', () => {
    expect(canTransitionJobPosting('ARCHIVED' as P, P.CLOSED)).toBe(false);
  });

  describe('assertJobPostingTransition', () => {
    it('passes an allowed move', () => {
      expect(() => assertJobPostingTransition(P.DRAFT, P.PENDING_REVIEW)).not.toThrow();
      expect(() => assertJobPostingTransition(P.PUBLISHED, P.CLOSED)).not.toThrow();
    });

    it('throws INVALID_STATUS_TRANSITION for a forbidden move', () => {
      const error = thrown(() => assertJobPostingTransition(P.CLOSED, P.PUBLISHED));
      expect(error).toBeInstanceOf(DomainError);
      expect(error?.code).toBe('INVALID_STATUS_TRANSITION');
      expect(error?.message).toBe('岗位已是「已关闭」状态，不能改为「已发布」');
    });

    it('says in Chinese when a posting is already in the status asked for', () => {
      expect(thrown(() => assertJobPostingTransition(P.PUBLISHED, P.PUBLISHED))?.message).toBe('岗位已是「已发布」状态');
    });

    it('checks only the lifecycle, so a rejection passes without a reason', () => {
      expect(() => assertJobPostingTransition(P.PENDING_REVIEW, P.REJECTED)).not.toThrow();
    });
  });

  describe('validateRejectionReason', () => {
    it('accepts a non-blank reason', () => {
      expect(validateRejectionReason('含性别限制：限男性')).toBeNull();
      expect(validateRejectionReason(' x ')).toBeNull();
    });

    it.each([undefined, null, '', '   ', '\n\t'])('rejects the blank reason %p on field reason', (reason) => {
      const error = validateRejectionReason(reason);
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'reason' });
    });
  });

  describe('assertJobPostingWithdrawal', () => {
    it('lets an employer take a posting under review back to a draft', () => {
      expect(() => assertJobPostingWithdrawal(P.PENDING_REVIEW)).not.toThrow();
      expect(canTransitionJobPosting(P.PENDING_REVIEW, P.DRAFT)).toBe(true);
    });

    it.each([
      [P.DRAFT, '草稿'],
      [P.REJECTED, '已驳回'],
      [P.PUBLISHED, '已发布'],
      [P.CLOSED, '已关闭'],
    ])('refuses to withdraw a %s posting, naming its status', (status, label) => {
      const error = thrown(() => assertJobPostingWithdrawal(status));
      expect(error).toMatchObject({ code: 'INVALID_STATUS_TRANSITION' });
      expect(error?.message).toBe(`岗位已是「${label}」状态，只有审核中的岗位可以撤回`);
    });
  });

  describe('isJobPostingEditable', () => {
    it.each([
      [P.DRAFT, true],
      [P.REJECTED, true],
      [P.PENDING_REVIEW, false],
      [P.PUBLISHED, false],
      [P.CLOSED, false],
    ])('%s editable: %s', (status, editable) => {
      expect(isJobPostingEditable(status)).toBe(editable);
    });
  });
});

describe('application lifecycle', () => {
  const PIPELINE = [A.SUBMITTED, A.VIEWED, A.INTERVIEW, A.OFFER, A.HIRED];
  const OPEN = [A.SUBMITTED, A.VIEWED, A.INTERVIEW, A.OFFER];

  /** The rules restated independently: who may move from → to. */
  function expectedMover(from: A, to: A): ApplicationActor | undefined {
    if (!OPEN.includes(from)) return undefined;
    if (to === A.WITHDRAWN) return 'JOB_SEEKER';
    if (to === A.REJECTED) return 'EMPLOYER';
    if (PIPELINE.indexOf(to) > PIPELINE.indexOf(from)) return 'EMPLOYER';
    return undefined;
  }

  it('allows exactly the documented moves, checked over every pair and actor', () => {
    for (const from of ALL_APPLICATION) {
      for (const to of ALL_APPLICATION) {
        for (const actor of ACTORS) {
          expect([from, to, actor, canMoveApplication(from, to, actor)]).toEqual([from, to, actor, expectedMover(from, to) === actor]);
        }
      }
    }
  });

  it('orders the pipeline SUBMITTED → VIEWED → INTERVIEW → OFFER → HIRED', () => {
    expect(APPLICATION_PIPELINE).toEqual(PIPELINE);
    expect(Object.isFrozen(APPLICATION_PIPELINE)).toBe(true);
  });

  it('lets the employer take each next step', () => {
    for (let i = 0; i < PIPELINE.length - 1; i++) {
      expect(canMoveApplication(PIPELINE[i], PIPELINE[i + 1], 'EMPLOYER')).toBe(true);
    }
  });

  it('lets the employer skip forward', () => {
    expect(canMoveApplication(A.SUBMITTED, A.INTERVIEW, 'EMPLOYER')).toBe(true);
    expect(canMoveApplication(A.VIEWED, A.OFFER, 'EMPLOYER')).toBe(true);
    expect(canMoveApplication(A.SUBMITTED, A.HIRED, 'EMPLOYER')).toBe(true);
  });

  it('never lets anyone move an application backwards', () => {
    for (const actor of ACTORS) {
      expect(canMoveApplication(A.OFFER, A.INTERVIEW, actor)).toBe(false);
      expect(canMoveApplication(A.VIEWED, A.SUBMITTED, actor)).toBe(false);
      expect(canMoveApplication(A.INTERVIEW, A.VIEWED, actor)).toBe(false);
    }
  });

  it('lets the employer reject from any open status', () => {
    for (const from of OPEN) expect(canMoveApplication(from, A.REJECTED, 'EMPLOYER')).toBe(true);
  });

  it('lets the seeker withdraw from any open status', () => {
    for (const from of OPEN) expect(canMoveApplication(from, A.WITHDRAWN, 'JOB_SEEKER')).toBe(true);
  });

  it('lets the seeker do nothing but withdraw', () => {
    for (const from of ALL_APPLICATION) {
      for (const to of ALL_APPLICATION) {
        if (to !== A.WITHDRAWN) expect(canMoveApplication(from, to, 'JOB_SEEKER')).toBe(false);
      }
    }
  });

  it('does not let the employer withdraw on the seeker’s behalf', () => {
    for (const from of OPEN) expect(canMoveApplication(from, A.WITHDRAWN, 'EMPLOYER')).toBe(false);
  });

  it('keeps officers read-only', () => {
    for (const from of ALL_APPLICATION) {
      for (const to of ALL_APPLICATION) expect(canMoveApplication(from, to, 'OFFICER')).toBe(false);
    }
  });

  it('keeps HIRED, REJECTED and WITHDRAWN final for everyone', () => {
    for (const from of [A.HIRED, A.REJECTED, A.WITHDRAWN]) {
      for (const to of ALL_APPLICATION) {
        for (const actor of ACTORS) expect(canMoveApplication(from, to, actor)).toBe(false);
      }
    }
  });

  it('does not withdraw or reject a hired application', () => {
    expect(canMoveApplication(A.HIRED, A.WITHDRAWN, 'JOB_SEEKER')).toBe(false);
    expect(canMoveApplication(A.HIRED, A.REJECTED, 'EMPLOYER')).toBe(false);
  });

  it('does not count staying in the same status as a move', () => {
    for (const status of ALL_APPLICATION) {
      for (const actor of ACTORS) expect(canMoveApplication(status, status, actor)).toBe(false);
    }
  });

  it('answers false for an unknown actor', () => {
    expect(canMoveApplication(A.SUBMITTED, A.VIEWED, 'ADMIN' as ApplicationActor)).toBe(false);
  });

  describe('isFinalApplicationStatus', () => {
    it.each([
      [A.SUBMITTED, false],
      [A.VIEWED, false],
      [A.INTERVIEW, false],
      [A.OFFER, false],
      [A.HIRED, true],
      [A.REJECTED, true],
      [A.WITHDRAWN, true],
    ])('%s final: %s', (status, final) => {
      expect(isFinalApplicationStatus(status)).toBe(final);
    });
  });

  describe('assertApplicationMove', () => {
    it('passes an allowed move by the right actor', () => {
      expect(() => assertApplicationMove(A.SUBMITTED, A.VIEWED, 'EMPLOYER')).not.toThrow();
      expect(() => assertApplicationMove(A.OFFER, A.WITHDRAWN, 'JOB_SEEKER')).not.toThrow();
    });

    it('throws INVALID_STATUS_TRANSITION for a move nobody may make', () => {
      expect(thrown(() => assertApplicationMove(A.HIRED, A.OFFER, 'EMPLOYER'))?.code).toBe('INVALID_STATUS_TRANSITION');
      expect(thrown(() => assertApplicationMove(A.OFFER, A.VIEWED, 'EMPLOYER'))?.code).toBe('INVALID_STATUS_TRANSITION');
      expect(thrown(() => assertApplicationMove(A.WITHDRAWN, A.WITHDRAWN, 'JOB_SEEKER'))?.code).toBe('INVALID_STATUS_TRANSITION');
    });

    it('names both statuses in Chinese, as the web app labels them', () => {
      expect(thrown(() => assertApplicationMove(A.HIRED, A.INTERVIEW, 'EMPLOYER'))?.message).toBe(
        '申请已是「已入职」状态，不能改为「面试」',
      );
      expect(thrown(() => assertApplicationMove(A.WITHDRAWN, A.WITHDRAWN, 'JOB_SEEKER'))?.message).toBe('申请已是「已撤回」状态');
    });

    it('throws FORBIDDEN when the move exists but belongs to someone else', () => {
      const seekerHires = thrown(() => assertApplicationMove(A.OFFER, A.HIRED, 'JOB_SEEKER'));
      expect(seekerHires).toBeInstanceOf(DomainError);
      expect(seekerHires?.code).toBe('FORBIDDEN');
      expect(seekerHires?.message).toBe('只有用人单位可以把申请从「录用意向」改为「已入职」');
      expect(thrown(() => assertApplicationMove(A.SUBMITTED, A.WITHDRAWN, 'EMPLOYER'))?.message).toBe(
        '只有求职者本人可以把申请从「已投递」改为「已撤回」',
      );
      expect(thrown(() => assertApplicationMove(A.SUBMITTED, A.REJECTED, 'OFFICER'))?.code).toBe('FORBIDDEN');
    });
  });
});
