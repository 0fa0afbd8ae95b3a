import { DEFAULT_TRUTH_CARD_CHECK_POLICY, TruthCardAnswers, TruthCardItem, verifiedTruthCardItems } from './truth-card-checks';
import { domainErrorOf as errorOf } from '../spec-support';

const ALL: TruthCardItem[] = ['WORKING_HOURS', 'DORMITORY', 'MEALS', 'SOCIAL_INSURANCE'];

const answers = (answered: number, yes: Partial<Record<TruthCardItem, number>> = {}): TruthCardAnswers => ({
  answered,
  yes: { WORKING_HOURS: answered, DORMITORY: answered, MEALS: answered, SOCIAL_INSURANCE: answered, ...yes },
});

describe('verifiedTruthCardItems ("核实" on the truth card)', () => {
  it('defaults to 3 answers and 80%', () => {
    expect(DEFAULT_TRUTH_CARD_CHECK_POLICY).toEqual({ minAnswers: 3, minShare: 0.8 });
  });

  it.each([0, 1, 2])('confirms nothing from %i answers, however they went', (n) => {
    expect(verifiedTruthCardItems(answers(n))).toEqual([]);
  });

  it('confirms every item from 3 answers all yes, in card order', () => {
    expect(verifiedTruthCardItems(answers(3))).toEqual(ALL);
  });

  it.each([
    // [answered, yes, confirmed]
    [3, 3, true],
    [3, 2, false], // 66.7%
    [4, 4, true],
    [4, 3, false], // 75%
    [5, 4, true], // exactly 80%
    [5, 3, false],
    [9, 7, false], // 77.8%
    [10, 8, true],
    [10, 7, false],
    [100, 80, true],
    [100, 79, false],
  ])('%i answers, %i yes → confirmed %s', (answered, yes, confirmed) => {
    expect(verifiedTruthCardItems(answers(answered, { DORMITORY: yes })).includes('DORMITORY')).toBe(confirmed);
  });

  it('judges each item on its own', () => {
    expect(verifiedTruthCardItems(answers(5, { WORKING_HOURS: 3, MEALS: 0 }))).toEqual(['DORMITORY', 'SOCIAL_INSURANCE']);
  });

  it('takes other figures, and holds "at least" exactly at a decimal share (7 of 10 at 70%)', () => {
    const policy = { minAnswers: 10, minShare: 0.7 };
    expect(verifiedTruthCardItems(answers(10, { MEALS: 7 }), policy)).toContain('MEALS');
    expect(verifiedTruthCardItems(answers(10, { MEALS: 6 }), policy)).not.toContain('MEALS');
    expect(verifiedTruthCardItems(answers(9), policy)).toEqual([]);
    expect(verifiedTruthCardItems(answers(1), { minAnswers: 1, minShare: 1 })).toEqual(ALL);
  });

  it.each([
    ['answered', { answered: -1, yes: answers(0).yes }],
    ['answered', { answered: 1.5, yes: answers(1).yes }],
    ['yes.MEALS', answers(5, { MEALS: 6 })],
    ['yes.DORMITORY', answers(5, { DORMITORY: -1 })],
    ['yes.SOCIAL_INSURANCE', { answered: 5, yes: { WORKING_HOURS: 5, DORMITORY: 5, MEALS: 5 } as Record<TruthCardItem, number> }],
  ])('refuses a bad %s in Chinese', (field, input) => {
    const error = errorOf(() => verifiedTruthCardItems(input as TruthCardAnswers));
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', field });
    expect(error.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('checks the counts even below the minimum', () => {
    expect(errorOf(() => verifiedTruthCardItems(answers(2, { MEALS: 3 })))).toMatchObject({ field: 'yes.MEALS' });
    expect(errorOf(() => verifiedTruthCardItems(answers(2, { MEALS: 3 }))).message).toBe('“伙食”相符的回答数（3）不能超过已答回访数（2）');
  });

  it.each([
    { minAnswers: 0, minShare: 0.8 },
    { minAnswers: 2.5, minShare: 0.8 },
    { minAnswers: 3, minShare: 0 },
    { minAnswers: 3, minShare: 1.2 },
  ])('refuses an unusable policy %o', (policy) => {
    expect(() => verifiedTruthCardItems(answers(5), policy)).toThrow(RangeError);
  });
});
