import { DEFAULT_LAYOFF_POLICY, LayoffPolicy } from './layoff-policy';
import { assessLayoffPlan, assessStableJobsRefund, LayoffPlanInput } from './layoff-rules';
import { domainErrorOf as errorOf } from '../spec-support';

const plan = (staffCount: number, peopleToCut: number, layoffDate = '2026-07-31', filedOn = '2026-06-01'): LayoffPlanInput => ({
  staffCount,
  peopleToCut,
  layoffDate,
  filedOn,
});

describe('assessLayoffPlan (004 §5, 003 §12)', () => {
  describe('reportable: 20 or more at once, or fewer but 10% or more of the staff', () => {
    it.each([
      [1000, 20, true],
      [1000, 19, false],
      [5000, 21, true],
      [100, 10, true],
      [100, 9, false],
      [190, 19, true],
      [191, 19, false],
      [10, 1, true],
      [11, 1, false],
      [25, 3, true],
      [30, 2, false],
      [20, 20, true],
    ])('staff %i, cutting %i → %s', (staff, cut, reportable) => {
      expect(assessLayoffPlan(plan(staff, cut)).reportable).toBe(reportable);
    });

    it('says which limb made it reportable', () => {
      expect(assessLayoffPlan(plan(1000, 25)).reasons[0]).toContain('达到20人以上');
      expect(assessLayoffPlan(plan(100, 12)).reasons[0]).toContain('占职工总数100人的12%');
      expect(assessLayoffPlan(plan(1000, 5)).reasons).toEqual([
        '裁减5人，不足20人且占职工总数1000人的0.5%，低于10%，无须按经济性裁员程序报告',
      ]);
    });
  });

  describe('on time: filed at least 30 days before the date', () => {
    it.each([
      ['2026-07-01', '2026-06-01', 30, true],
      ['2026-07-01', '2026-06-02', 29, false],
      ['2026-07-01', '2026-05-01', 61, true],
      ['2026-06-01', '2026-06-01', 0, false],
      ['2027-01-30', '2026-12-31', 30, true],
      ['2028-03-01', '2028-01-31', 30, true],
    ])('layoff %s filed %s: %i days before, on time %s', (layoffDate, filedOn, days, onTime) => {
      const result = assessLayoffPlan(plan(200, 40, layoffDate, filedOn));
      expect(result.daysBefore).toBe(days);
      expect(result.onTime).toBe(onTime);
    });

    it('names the last day to file when late', () => {
      const result = assessLayoffPlan(plan(200, 40, '2026-07-01', '2026-06-20'));
      expect(result).toMatchObject({ reportable: true, onTime: false, daysBefore: 11, fileBy: '2026-06-01' });
      expect(result.reasons[1]).toBe('仅提前11日报告，不足30日（应不晚于 2026-06-01 报告），属逾期报告');
    });

    it('has no deadline for a plan that need not be reported', () => {
      expect(assessLayoffPlan(plan(1000, 3, '2026-06-05', '2026-06-01'))).toMatchObject({ reportable: false, onTime: true, daysBefore: 4 });
    });

    it('reads instants as Chinese civil dates', () => {
      const result = assessLayoffPlan({
        staffCount: 100,
        peopleToCut: 30,
        layoffDate: '2026-07-01',
        filedOn: new Date('2026-05-31T16:30:00Z'), // 2026-06-01 00:30 in Beijing
      });
      expect(result.daysBefore).toBe(30);
    });
  });

  describe('bad input: clear Chinese errors', () => {
    it.each([
      ['more people than staff', plan(50, 51), 'peopleToCut', '不能超过在职职工人数'],
      ['no staff', plan(0, 0), 'staffCount', '在职职工人数'],
      ['negative staff', plan(-5, 1), 'staffCount', '正整数'],
      ['fractional staff', plan(10.5, 1), 'staffCount', '正整数'],
      ['nobody to cut', plan(10, 0), 'peopleToCut', '拟裁减人数'],
      ['a date in the past', plan(100, 30, '2026-05-31', '2026-06-01'), 'layoffDate', '已过去'],
      ['a malformed date', plan(100, 30, '2026-02-30'), 'layoffDate', 'YYYY-MM-DD'],
      ['a malformed filing date', plan(100, 30, '2026-07-01', 'soon'), 'filedOn', '报告日期'],
    ])('%s', (_name, input, field, words) => {
      const error = errorOf(() => assessLayoffPlan(input));
      expect(error.code).toBe('VALIDATION_FAILED');
      expect(error.field).toBe(field);
      expect(error.message).toContain(words);
      expect(error.message).toMatch(/[\u4e00-\u9fff]/);
    });

    it('rejects an invalid instant', () => {
      expect(errorOf(() => assessLayoffPlan({ ...plan(100, 30), filedOn: new Date('x') })).field).toBe('filedOn');
    });
  });

  it('takes its figures from the policy', () => {
    const stricter: LayoffPolicy = { ...DEFAULT_LAYOFF_POLICY, reporting: { headcount: 10, share: '0.05', noticeDays: 45 } };
    expect(assessLayoffPlan(plan(1000, 10), stricter).reportable).toBe(true);
    expect(assessLayoffPlan(plan(100, 5), stricter).reportable).toBe(true);
    expect(assessLayoffPlan(plan(100, 40, '2026-07-01', '2026-05-20'), stricter)).toMatchObject({ daysBefore: 42, onTime: false });
  });
});

describe('assessStableJobsRefund (001 §1)', () => {
  const refund = (insuredStaff: number, layoffs: { layoffDate: string; peopleCut: number }[], asOf = '2026-06-30') =>
    assessStableJobsRefund({ insuredStaff, layoffs, asOf });

  it('passes an employer that laid nobody off', () => {
    expect(refund(500, [])).toMatchObject({ eligible: true, laidOff: 0, layoffRate: '0%', threshold: '5.5%', smallEmployer: false });
  });

  it('draws the line at 5.5% for more than 30 insured, inclusive', () => {
    expect(refund(200, [{ layoffDate: '2026-03-01', peopleCut: 11 }])).toMatchObject({ eligible: true, layoffRate: '5.5%' });
    expect(refund(200, [{ layoffDate: '2026-03-01', peopleCut: 12 }])).toMatchObject({ eligible: false, layoffRate: '6%' });
    expect(refund(1000, [{ layoffDate: '2026-03-01', peopleCut: 56 }]).eligible).toBe(false);
    expect(refund(1000, [{ layoffDate: '2026-03-01', peopleCut: 55 }]).eligible).toBe(true);
  });

  it('draws the line at 20% for 30 or fewer insured, inclusive', () => {
    expect(refund(30, [{ layoffDate: '2026-03-01', peopleCut: 6 }])).toMatchObject({
      eligible: true,
      smallEmployer: true,
      threshold: '20%',
    });
    expect(refund(30, [{ layoffDate: '2026-03-01', peopleCut: 7 }]).eligible).toBe(false);
    expect(refund(31, [{ layoffDate: '2026-03-01', peopleCut: 2 }])).toMatchObject({
      eligible: false,
      smallEmployer: false,
      threshold: '5.5%',
    });
    expect(refund(10, [{ layoffDate: '2026-03-01', peopleCut: 2 }]).eligible).toBe(true);
  });

  it('counts the layoffs of the last 12 months only, adding them up', () => {
    const layoffs = [
      { layoffDate: '2025-06-30', peopleCut: 50 }, // exactly a year before: outside
      { layoffDate: '2025-07-01', peopleCut: 3 }, // first day inside
      { layoffDate: '2026-01-15', peopleCut: 4 },
      { layoffDate: '2026-06-30', peopleCut: 2 }, // the day itself: inside
      { layoffDate: '2026-07-01', peopleCut: 40 }, // planned, not yet: outside
    ];
    const result = refund(200, layoffs);
    expect(result).toMatchObject({ laidOff: 9, windowStart: '2025-07-01', eligible: true, layoffRate: '4.5%' });
    expect(result.reasons).toEqual([
      '参保职工200人，裁员率上限5.5%',
      '2025-07-01 至 2026-06-30 裁减9人，裁员率4.5%',
      '符合稳岗返还的裁员率条件',
    ]);
  });

  it('rejects bad input with Chinese messages', () => {
    expect(errorOf(() => refund(0, [])).field).toBe('insuredStaff');
    expect(errorOf(() => refund(10, [{ layoffDate: '2026-01-01', peopleCut: -1 }])).field).toBe('layoffs.0.peopleCut');
    expect(errorOf(() => refund(10, [{ layoffDate: '2026-13-01', peopleCut: 1 }])).field).toBe('layoffs.0.layoffDate');
    expect(errorOf(() => refund(10, [], 'today')).message).toMatch(/核定日期/);
  });

  it('takes its thresholds from the policy', () => {
    const policy: LayoffPolicy = {
      ...DEFAULT_LAYOFF_POLICY,
      stableJobsRefund: { maxLayoffRate: '0.1', smallEmployerMaxLayoffRate: '0.25', smallEmployerMaxInsured: 50 },
    };
    expect(
      assessStableJobsRefund({ insuredStaff: 200, layoffs: [{ layoffDate: '2026-03-01', peopleCut: 20 }], asOf: '2026-06-30' }, policy)
        .eligible,
    ).toBe(true);
    expect(
      assessStableJobsRefund({ insuredStaff: 40, layoffs: [{ layoffDate: '2026-03-01', peopleCut: 10 }], asOf: '2026-06-30' }, policy),
    ).toMatchObject({
      eligible: true,
      smallEmployer: true,
    });
  });
});

describe('DEFAULT_LAYOFF_POLICY', () => {
  it('holds the seed figures and cannot be changed', () => {
    expect(DEFAULT_LAYOFF_POLICY.reporting).toEqual({ headcount: 20, share: '0.1', noticeDays: 30 });
    expect(DEFAULT_LAYOFF_POLICY.stableJobsRefund).toEqual({
      maxLayoffRate: '0.055',
      smallEmployerMaxLayoffRate: '0.2',
      smallEmployerMaxInsured: 30,
    });
    expect(Object.isFrozen(DEFAULT_LAYOFF_POLICY)).toBe(true);
    expect(Object.isFrozen(DEFAULT_LAYOFF_POLICY.reporting)).toBe(true);
  });
});
