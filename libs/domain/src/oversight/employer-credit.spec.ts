import {
  CreditPolicy,
  creditGrade,
  creditPolicyProblems,
  DEFAULT_CREDIT_POLICY,
  EmployerCredit,
  employerCredit,
  EmployerCreditInput,
} from './employer-credit';
import { domainErrorOf as errorOf } from '../spec-support';

const HAN = /[\u4e00-\u9fff]/;

const NOTHING: EmployerCreditInput = {
  checkIns: { answered: 0, stillWorking: 0, paidAsPromised: 0, conditionsAsStated: 0 },
  upheldFlags: 0,
  upheldReports: 0,
  localHiringBreaches: 0,
  brokenOffers: 0,
};

/** `answered` check-ins, all yes unless told how many said no to each question. */
const answers = (answered: number, no: { unpaid?: number; conditions?: number; left?: number } = {}): EmployerCreditInput['checkIns'] => ({
  answered,
  stillWorking: answered - (no.left ?? 0),
  paidAsPromised: answered - (no.unpaid ?? 0),
  conditionsAsStated: answered - (no.conditions ?? 0),
});

const credit = (over: Partial<EmployerCreditInput> = {}, policy?: CreditPolicy) => employerCredit({ ...NOTHING, ...over }, policy);
const kinds = (c: EmployerCredit) => c.reasons.map((r) => r.kind);
const pointsOf = (c: EmployerCredit, kind: string) => c.reasons.find((r) => r.kind === kind)?.points;

describe('employerCredit', () => {
  describe('an employer nobody has said anything about', () => {
    it('starts at the base, 80 (B), with no reasons, and is not shown to seekers', () => {
      expect(credit()).toEqual({ score: 80, grade: 'B', reasons: [], shownToSeekers: false, answersToShow: 5 });
    });
  });

  describe('check-ins count only from 5 answers', () => {
    it('4 answers, all good: no bonus, not shown, one more answer needed', () => {
      expect(credit({ checkIns: answers(4) })).toEqual({ score: 80, grade: 'B', reasons: [], shownToSeekers: false, answersToShow: 1 });
    });

    it('4 answers, all unpaid: not applied either way', () => {
      const c = credit({ checkIns: answers(4, { unpaid: 4, conditions: 4, left: 4 }) });
      expect(c).toMatchObject({ score: 80, reasons: [], shownToSeekers: false });
    });

    it('5 answers, all good: +8 and A, shown to seekers', () => {
      expect(credit({ checkIns: answers(5) })).toEqual({
        score: 88,
        grade: 'A',
        reasons: [
          {
            kind: 'GOOD_CHECK_INS',
            count: 5,
            points: 8,
            text: '入职回访5份，仍在岗、按约定发薪、条件与承诺相符的比例均不低于90%，加8分',
          },
        ],
        shownToSeekers: true,
        answersToShow: 0,
      });
    });

    it('5 answers with one unpaid (the API journey): UNPAID −8, no bonus (80% < 90%), B', () => {
      const c = credit({ checkIns: answers(5, { unpaid: 1 }) });
      expect(c).toMatchObject({ score: 72, grade: 'B', shownToSeekers: true });
      expect(c.reasons).toEqual([{ kind: 'UNPAID', count: 1, points: -8, text: '入职回访5份中1份反映未按约定发放工资，扣8分' }]);
    });

    it('counts from a policy’s own minimum', () => {
      const policy = { ...DEFAULT_CREDIT_POLICY, minAnswers: 3 };
      expect(credit({ checkIns: answers(3) }, policy)).toMatchObject({ score: 88, shownToSeekers: true, answersToShow: 0 });
      expect(credit({ checkIns: answers(2) }, policy)).toMatchObject({ score: 80, shownToSeekers: false, answersToShow: 1 });
    });
  });

  describe('the good-check-ins bonus at 90% on every question', () => {
    it.each([
      // [answered, unpaid, bonus?, UNPAID points, score]
      [10, 1, true, -4, 84], // 90% paid: bonus, −ceil(40 × 1/10)
      [10, 2, false, -8, 72], // 80% paid
      [20, 2, true, -4, 84],
      [20, 1, true, -2, 86],
      [20, 3, false, -6, 74], // 85%
      [1000, 1, true, -1, 87], // any unpaid answer costs at least a point
    ])('%i answers, %i unpaid → bonus %s, UNPAID %i, score %i', (answered, unpaid, bonus, off, score) => {
      const c = credit({ checkIns: answers(answered, { unpaid }) });
      expect(kinds(c).includes('GOOD_CHECK_INS')).toBe(bonus);
      expect(pointsOf(c, 'UNPAID')).toBe(off);
      expect(c.score).toBe(score);
    });

    it('is judged on the weakest question', () => {
      expect(kinds(credit({ checkIns: answers(10, { left: 1 }) }))).toContain('GOOD_CHECK_INS');
      expect(kinds(credit({ checkIns: answers(10, { left: 2 }) }))).not.toContain('GOOD_CHECK_INS');
      expect(kinds(credit({ checkIns: answers(10, { conditions: 2 }) }))).not.toContain('GOOD_CHECK_INS');
    });
  });

  describe('check-in deductions scale with the share that said no, and stop at their caps', () => {
    it.each([
      // [question, no of 5, points]
      ['UNPAID', 1, -8],
      ['UNPAID', 3, -24],
      ['UNPAID', 4, -30], // 32 capped at 30
      ['UNPAID', 5, -30],
      ['CONDITIONS', 1, -5],
      ['CONDITIONS', 4, -20],
      ['CONDITIONS', 5, -20], // 25 capped at 20
      ['LEFT_EARLY', 1, -3],
      ['LEFT_EARLY', 3, -9],
      ['LEFT_EARLY', 4, -10], // 12 capped at 10
    ])('%s, %i of 5 → %i', (kind, no, points) => {
      const key = kind === 'UNPAID' ? 'unpaid' : kind === 'CONDITIONS' ? 'conditions' : 'left';
      const c = credit({ checkIns: answers(5, { [key]: no }) });
      expect(pointsOf(c, kind)).toBe(points);
      expect(c.reasons.find((r) => r.kind === kind)?.count).toBe(no);
    });

    it('says when a cap was reached', () => {
      expect(credit({ checkIns: answers(5, { unpaid: 5 }) }).reasons[0].text).toBe(
        '入职回访5份中5份反映未按约定发放工资，扣30分（已达该项上限）',
      );
      expect(credit({ checkIns: answers(5, { unpaid: 3 }) }).reasons[0].text).not.toContain('上限');
    });
  });

  describe('counted signals', () => {
    it.each([
      ['upheldFlags', 'UPHELD_FLAGS', 1, -5, 75, 'B'],
      ['upheldFlags', 'UPHELD_FLAGS', 2, -10, 70, 'B'],
      ['upheldFlags', 'UPHELD_FLAGS', 3, -15, 65, 'C'],
      ['upheldFlags', 'UPHELD_FLAGS', 4, -20, 60, 'C'],
      ['upheldFlags', 'UPHELD_FLAGS', 40, -20, 60, 'C'],
      ['upheldReports', 'UPHELD_REPORTS', 1, -8, 72, 'B'],
      ['upheldReports', 'UPHELD_REPORTS', 2, -16, 64, 'C'],
      ['upheldReports', 'UPHELD_REPORTS', 3, -24, 56, 'C'],
      ['upheldReports', 'UPHELD_REPORTS', 4, -24, 56, 'C'],
      ['localHiringBreaches', 'LOCAL_HIRING_BREACH', 1, -10, 70, 'B'],
      ['localHiringBreaches', 'LOCAL_HIRING_BREACH', 2, -20, 60, 'C'],
      ['localHiringBreaches', 'LOCAL_HIRING_BREACH', 3, -20, 60, 'C'],
      ['brokenOffers', 'BROKEN_OFFERS', 1, -6, 74, 'B'],
      ['brokenOffers', 'BROKEN_OFFERS', 4, -24, 56, 'C'],
      ['brokenOffers', 'BROKEN_OFFERS', 5, -24, 56, 'C'],
      ['gigArrears', 'GIG_ARREARS', 1, -8, 72, 'B'],
      ['gigArrears', 'GIG_ARREARS', 3, -24, 56, 'C'],
      ['gigArrears', 'GIG_ARREARS', 10, -24, 56, 'C'],
    ] as const)('%s %i → %s %i, score %i (%s)', (field, kind, n, points, score, grade) => {
      const c = credit({ [field]: n });
      expect(c.reasons).toEqual([expect.objectContaining({ kind, count: n, points })]);
      expect(c).toMatchObject({ score, grade });
    });

    it('count gig arrears as absent when the input has none (inputs from before the gig market)', () => {
      expect(credit({ gigArrears: undefined }).reasons).toEqual([]);
      expect(credit({ gigArrears: 2 }).reasons[0].text).toBe('零工工钱逾期未付或经调处认定拖欠2人次，扣16分');
    });

    it('apply whether or not check-ins count', () => {
      expect(credit({ upheldFlags: 1, checkIns: answers(2) })).toMatchObject({ score: 75, shownToSeekers: false });
    });

    it('word each reason for officers', () => {
      expect(credit({ upheldFlags: 2 }).reasons[0].text).toBe('2条岗位筛查提示经审核确认（歧视、违规收费或虚假招聘等），扣10分');
      expect(credit({ upheldReports: 1 }).reasons[0].text).toBe('1起求职者举报经核实并处理（警告或暂停），扣8分');
      expect(credit({ localHiringBreaches: 1 }).reasons[0].text).toBe('1个重大项目本地用工比例低于规定，扣10分');
      expect(credit({ brokenOffers: 5 }).reasons[0].text).toBe('5次发出录用后随意毁约（003 §7：企业不得随意毁约），扣24分（已达该项上限）');
    });
  });

  describe('no one kind dominates', () => {
    it.each([
      ['upheldFlags', { upheldFlags: 1000 }, 'C'],
      ['upheldReports', { upheldReports: 1000 }, 'C'],
      ['localHiringBreaches', { localHiringBreaches: 1000 }, 'C'],
      ['brokenOffers', { brokenOffers: 1000 }, 'C'],
      ['every worker says conditions differ', { checkIns: answers(50, { conditions: 50 }) }, 'C'],
      ['every worker left', { checkIns: answers(50, { left: 50 }) }, 'B'],
      ['no worker was paid', { checkIns: answers(50, { unpaid: 50 }) }, 'D'],
    ] as const)('%s alone → %s', (_name, over, grade) => {
      expect(credit(over as Partial<EmployerCreditInput>).grade).toBe(grade);
    });
  });

  describe('the score', () => {
    it('is the base plus the reasons’ points', () => {
      const c = credit({ checkIns: answers(20, { unpaid: 1, conditions: 1 }), upheldFlags: 1, brokenOffers: 1 });
      // −2 unpaid, −2 conditions, +8 good (95%), −5 flag, −6 offer
      expect(c.score).toBe(80 + c.reasons.reduce((s, r) => s + r.points, 0));
      expect(c.score).toBe(73);
    });

    it('never falls below 0', () => {
      const c = credit({
        checkIns: answers(10, { unpaid: 10, conditions: 10, left: 10 }),
        upheldFlags: 9,
        upheldReports: 9,
        localHiringBreaches: 9,
        brokenOffers: 9,
      });
      expect(c).toMatchObject({ score: 0, grade: 'D' });
      expect(c.reasons).toHaveLength(7);
    });

    it('never rises above 100', () => {
      const policy: CreditPolicy = { ...DEFAULT_CREDIT_POLICY, base: 95, goodCheckIns: { minShare: 0.9, points: 10 } };
      expect(credit({ checkIns: answers(5) }, policy)).toMatchObject({ score: 100, grade: 'A' });
    });

    it.each([
      [100, 'A'],
      [85, 'A'],
      [84, 'B'],
      [70, 'B'],
      [69, 'C'],
      [55, 'C'],
      [54, 'D'],
      [0, 'D'],
    ] as const)('grades %i as %s', (score, grade) => {
      expect(creditGrade(score)).toBe(grade);
    });
  });

  describe('reasons', () => {
    it('come biggest first, a penalty before a bonus of the same size, then in a fixed order', () => {
      const c = credit({ checkIns: answers(20, { left: 1 }), upheldFlags: 1, upheldReports: 1, localHiringBreaches: 1, brokenOffers: 2 });
      expect(c.reasons.map((r) => [r.kind, r.points])).toEqual([
        ['BROKEN_OFFERS', -12],
        ['LOCAL_HIRING_BREACH', -10],
        ['UPHELD_REPORTS', -8],
        ['GOOD_CHECK_INS', 8],
        ['UPHELD_FLAGS', -5],
        ['LEFT_EARLY', -1],
      ]);
    });

    it('one for each non-zero signal, each in Chinese', () => {
      const c = credit({
        checkIns: answers(5, { unpaid: 1, conditions: 1, left: 1 }),
        upheldFlags: 1,
        upheldReports: 1,
        localHiringBreaches: 1,
        brokenOffers: 1,
      });
      expect(kinds(c).sort()).toEqual([
        'BROKEN_OFFERS',
        'CONDITIONS',
        'LEFT_EARLY',
        'LOCAL_HIRING_BREACH',
        'UNPAID',
        'UPHELD_FLAGS',
        'UPHELD_REPORTS',
      ]);
      for (const r of c.reasons) expect(r.text).toMatch(HAN);
    });
  });

  describe('bad input', () => {
    it.each([
      ['checkIns.answered', { checkIns: { ...answers(5), answered: -1 } }],
      ['checkIns.answered', { checkIns: { ...answers(5), answered: 2.5 } }],
      ['checkIns.answered', { checkIns: { ...answers(5), answered: Number.NaN } }],
      ['checkIns.stillWorking', { checkIns: { ...answers(5), stillWorking: 6 } }],
      ['checkIns.paidAsPromised', { checkIns: { ...answers(5), paidAsPromised: 6 } }],
      ['checkIns.conditionsAsStated', { checkIns: { ...answers(5), conditionsAsStated: -1 } }],
      ['upheldFlags', { upheldFlags: -1 }],
      ['upheldReports', { upheldReports: 0.5 }],
      ['localHiringBreaches', { localHiringBreaches: Number.POSITIVE_INFINITY }],
      ['brokenOffers', { brokenOffers: -3 }],
    ] as const)('refuses a bad %s in Chinese', (field, over) => {
      const error = errorOf(() => credit(over as Partial<EmployerCreditInput>));
      expect(error).toMatchObject({ code: 'VALIDATION_FAILED', field });
      expect(error.message).toMatch(HAN);
    });

    it('names the numbers when yes exceeds the answers', () => {
      expect(errorOf(() => credit({ checkIns: { ...answers(5), paidAsPromised: 6 } })).message).toBe(
        '回答按约定发薪的回访数（6）不能超过已答回访数（5）',
      );
    });

    it('refuses missing check-ins', () => {
      expect(errorOf(() => employerCredit({ ...NOTHING, checkIns: undefined as never }))).toMatchObject({ field: 'checkIns' });
    });
  });

  describe('the policy', () => {
    it('the default is usable and frozen', () => {
      expect(creditPolicyProblems(DEFAULT_CREDIT_POLICY)).toEqual([]);
      expect(Object.isFrozen(DEFAULT_CREDIT_POLICY.counts.UPHELD_FLAGS)).toBe(true);
    });

    it('names what is wrong with a bad one, and employerCredit refuses it', () => {
      const bad: CreditPolicy = {
        ...DEFAULT_CREDIT_POLICY,
        base: 120,
        minAnswers: 0,
        counts: { ...DEFAULT_CREDIT_POLICY.counts, UPHELD_FLAGS: { each: -5, cap: 20 } },
        goodCheckIns: { minShare: 1.5, points: 8 },
        grades: { A: 60, B: 70, C: 55 },
      };
      expect(creditPolicyProblems(bad)).toEqual([
        'base must be a whole number from 0 to 100',
        'minAnswers must be a whole number of at least 1',
        'counts.UPHELD_FLAGS.each must be a whole number from 0 to 100',
        'goodCheckIns.minShare must be above 0 and at most 1',
        'grades must run A ≥ B ≥ C',
      ]);
      expect(() => credit({}, bad)).toThrow(RangeError);
    });

    it('takes other weights as data', () => {
      const policy: CreditPolicy = {
        ...DEFAULT_CREDIT_POLICY,
        counts: { ...DEFAULT_CREDIT_POLICY.counts, UPHELD_FLAGS: { each: 10, cap: 30 } },
      };
      expect(credit({ upheldFlags: 4 }, policy)).toMatchObject({ score: 50, grade: 'D' });
    });
  });
});
