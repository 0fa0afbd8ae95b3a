import {
  GIG_GRADE_LABELS_ZH,
  MIN_GIGS_FOR_GRADE,
  PosterGigRecord,
  posterGigCredit,
  WorkerGigRecord,
  workerReliability,
} from './gig-grades';

describe('gig grades: labels', () => {
  it('names every grade in Chinese', () => {
    expect(GIG_GRADE_LABELS_ZH).toEqual({ A: '优', B: '良', C: '中', D: '差', NEW: '新人' });
    expect(Object.isFrozen(GIG_GRADE_LABELS_ZH)).toBe(true);
  });
});

describe('workerReliability', () => {
  const SPOTLESS: WorkerGigRecord = { gigs: 10, attended: 10, noShows: 0, lateWithdrawals: 0, ratings: 10, arrivedYes: 10, workedYes: 10 };
  /** 60 gigs: each no-show costs exactly one point (60 × 1/60), so the score is 100 − no-shows. */
  const sixty = (noShows: number): WorkerGigRecord => ({ ...SPOTLESS, gigs: 60, attended: 60 - noShows, noShows, ratings: 0 });

  describe('NEW below three gigs', () => {
    it('gives a newcomer no grade, however the first gigs went', () => {
      expect(MIN_GIGS_FOR_GRADE).toBe(3);
      for (const gigs of [0, 1, 2])
        expect(workerReliability({ ...SPOTLESS, gigs, attended: 0, noShows: gigs, ratings: gigs, arrivedYes: 0 })).toEqual({
          grade: 'NEW',
          score: null,
          reasons: [],
        });
    });

    it('grades from the third gig', () => {
      expect(workerReliability({ ...SPOTLESS, gigs: 3 })).toEqual({ grade: 'A', score: 100, reasons: [] });
      expect(workerReliability({ ...SPOTLESS, gigs: 3, noShows: 3 }).grade).toBe('D');
    });
  });

  it.each([
    [10, 90, 'A'],
    [11, 89, 'B'],
    [25, 75, 'B'],
    [26, 74, 'C'],
    [40, 60, 'C'],
    [41, 59, 'D'],
  ])('with %i no-shows in 60 gigs scores %i: %s', (noShows, score, grade) => {
    expect(workerReliability(sixty(noShows))).toEqual({ grade, score, reasons: [`未到岗${noShows}次`] });
  });

  it('weighs a no-show most (60), then a late withdrawal (30), then each rating (20)', () => {
    expect(workerReliability({ ...SPOTLESS, noShows: 1 }).score).toBe(94);
    expect(workerReliability({ ...SPOTLESS, lateWithdrawals: 1 }).score).toBe(97);
    expect(workerReliability({ ...SPOTLESS, arrivedYes: 9 }).score).toBe(98);
    expect(workerReliability({ ...SPOTLESS, workedYes: 9 }).score).toBe(98);
  });

  it('gives every deduction its reason, in Chinese', () => {
    expect(workerReliability({ ...SPOTLESS, noShows: 1, lateWithdrawals: 2, arrivedYes: 7, workedYes: 6 })).toEqual({
      grade: 'C',
      score: 100 - 6 - 6 - 6 - 8,
      reasons: ['未到岗1次', '临时取消2次', '雇主评价迟到3次', '雇主评价未按要求干活4次'],
    });
  });

  it('does not count ratings when there are none', () => {
    expect(workerReliability({ ...SPOTLESS, ratings: 0, arrivedYes: 0, workedYes: 0 })).toEqual({ grade: 'A', score: 100, reasons: [] });
  });

  it('forgives one slip too rare to cost a point, and gives no reason for it', () => {
    expect(workerReliability({ ...SPOTLESS, gigs: 200, noShows: 1 })).toEqual({ grade: 'A', score: 100, reasons: [] });
  });

  it('never scores below 0', () => {
    expect(
      workerReliability({ gigs: 5, attended: 0, noShows: 5, lateWithdrawals: 5, ratings: 5, arrivedYes: 0, workedYes: 0 }),
    ).toMatchObject({
      grade: 'D',
      score: 0,
    });
  });
});

describe('posterGigCredit', () => {
  const SPOTLESS: PosterGigRecord = {
    settlements: 40,
    paidConfirmed: 40,
    unpaidAlerts: 0,
    disputesReferred: 0,
    lateCancellations: 0,
    ratings: 20,
    paidOnTimeYes: 20,
    asDescribedYes: 20,
  };

  describe('NEW below three settlements', () => {
    it('gives a new poster no grade, even after arrears', () => {
      for (const settlements of [0, 1, 2])
        expect(posterGigCredit({ ...SPOTLESS, settlements, unpaidAlerts: settlements, disputesReferred: 1 })).toEqual({
          grade: 'NEW',
          score: null,
          reasons: [],
        });
    });

    it('grades from the third settlement', () => {
      expect(posterGigCredit({ ...SPOTLESS, settlements: 3 })).toEqual({ grade: 'A', score: 100, reasons: [] });
    });
  });

  it.each<[string, Partial<PosterGigRecord>, number, string]>([
    ['10 unpaid alerts in 40', { unpaidAlerts: 10 }, 90, 'A'],
    ['11 unpaid alerts in 40', { unpaidAlerts: 11 }, 89, 'B'],
    ['25 unpaid alerts in 40', { unpaidAlerts: 25 }, 75, 'B'],
    ['26 unpaid alerts in 40', { unpaidAlerts: 26 }, 74, 'C'],
    ['two disputes referred', { disputesReferred: 2 }, 60, 'C'],
    ['two disputes referred and one unpaid alert', { disputesReferred: 2, unpaidAlerts: 1 }, 59, 'D'],
    ['two late cancellations', { lateCancellations: 2 }, 90, 'A'],
    ['two late cancellations and one rating of late pay', { lateCancellations: 2, paidOnTimeYes: 19 }, 89, 'B'],
  ])('with %s scores %i: %s', (_what, change, score, grade) => {
    expect(posterGigCredit({ ...SPOTLESS, ...change })).toMatchObject({ grade, score });
  });

  it('weighs arrears most: 20 a dispute referred to inspection plus up to 40 for unpaid alerts, 60 at most', () => {
    expect(posterGigCredit({ ...SPOTLESS, disputesReferred: 1 }).score).toBe(80);
    expect(posterGigCredit({ ...SPOTLESS, unpaidAlerts: 40 }).score).toBe(60);
    expect(posterGigCredit({ ...SPOTLESS, disputesReferred: 5, unpaidAlerts: 40 }).score).toBe(40);
  });

  it('takes 5 a late cancellation, 20 at most', () => {
    expect(posterGigCredit({ ...SPOTLESS, lateCancellations: 1 }).score).toBe(95);
    expect(posterGigCredit({ ...SPOTLESS, lateCancellations: 4 }).score).toBe(80);
    expect(posterGigCredit({ ...SPOTLESS, lateCancellations: 10 }).score).toBe(80);
  });

  it('weighs ratings of late pay (20) over work not as described (15)', () => {
    expect(posterGigCredit({ ...SPOTLESS, paidOnTimeYes: 0 }).score).toBe(80);
    expect(posterGigCredit({ ...SPOTLESS, asDescribedYes: 0 }).score).toBe(85);
    expect(posterGigCredit({ ...SPOTLESS, ratings: 0, paidOnTimeYes: 0, asDescribedYes: 0 }).score).toBe(100);
  });

  it('gives every deduction its reason, in Chinese', () => {
    expect(
      posterGigCredit({ ...SPOTLESS, unpaidAlerts: 2, disputesReferred: 1, lateCancellations: 1, paidOnTimeYes: 18, asDescribedYes: 16 })
        .reasons,
    ).toEqual(['逾期未付工钱2人次', '欠薪移送劳动监察1次', '临时取消零工1次', '工人评价未按时付款2次', '工人评价与描述不符4次']);
  });

  it('names every unpaid alert, even one too rare to cost a point', () => {
    expect(posterGigCredit({ ...SPOTLESS, settlements: 200, unpaidAlerts: 1 })).toEqual({
      grade: 'A',
      score: 100,
      reasons: ['逾期未付工钱1人次'],
    });
  });

  it('never scores below 0', () => {
    expect(
      posterGigCredit({ ...SPOTLESS, unpaidAlerts: 40, disputesReferred: 9, lateCancellations: 9, paidOnTimeYes: 0, asDescribedYes: 0 }),
    ).toMatchObject({ grade: 'D', score: 0 }); // 60 + 20 + 20 + 15 = 115 taken
  });
});
