import { POLICY_PACKS } from '../policy-packs/packs';
import { resolvePolicy } from '../policy-packs/policy-pack';
import { CountyMonthFigures, UnemploymentWatchThresholds, unemploymentWatchProblems, watchLevel } from './unemployment-watch';
import { domainErrorOf as errorOf } from '../spec-support';

/** The national defaults, as a county resolves them. */
const T: UnemploymentWatchThresholds = resolvePolicy('622921', POLICY_PACKS).unemploymentWatch.thresholds;

const QUIET: CountyMonthFigures = {
  layoffsFiled: 0,
  peopleAffected: 0,
  postingsOpened: 40,
  postingsClosed: 30,
  applications: 200,
  postingsOpen: 60,
};
const month = (over: Partial<CountyMonthFigures>) => watchLevel({ ...QUIET, ...over }, T);

describe('watchLevel (000 五(五) mass-unemployment watch)', () => {
  it('uses the national defaults', () => {
    expect(T).toEqual({
      peopleAffected: { watch: 100, warning: 300 },
      layoffFilings: { watch: 3, warning: 5 },
      postingsShrinking: { watch: 1.5, warning: 2, minClosed: 20 },
      applicationsPerPosting: { watch: 30, warning: 60, minOpen: 10 },
    });
  });

  it('a quiet county is NORMAL with no reasons', () => {
    expect(month({})).toEqual({ level: 'NORMAL', reasons: [] });
    expect(month({ postingsOpened: 0, postingsClosed: 0, applications: 0, postingsOpen: 0 })).toEqual({ level: 'NORMAL', reasons: [] });
  });

  it.each([
    [99, 'NORMAL', null],
    [100, 'WATCH', 100],
    [299, 'WATCH', 100],
    [300, 'WARNING', 300],
    [600, 'WARNING', 300],
  ] as const)('%i people affected → %s', (people, level, threshold) => {
    const r = month({ peopleAffected: people });
    expect(r.level).toBe(level);
    if (threshold === null) expect(r.reasons).toEqual([]);
    else expect(r.reasons).toEqual([expect.objectContaining({ kind: 'PEOPLE_AFFECTED', value: people, threshold, level })]);
  });

  it.each([
    [2, 'NORMAL'],
    [3, 'WATCH'],
    [4, 'WATCH'],
    [5, 'WARNING'],
  ] as const)('%i layoff filings → %s', (filed, level) => {
    expect(month({ layoffsFiled: filed }).level).toBe(level);
  });

  describe('postings shrinking: closed ÷ opened', () => {
    it.each([
      [29, 20, 'NORMAL'], // 1.45
      [30, 20, 'WATCH'], // 1.5
      [39, 20, 'WATCH'], // 1.95
      [40, 20, 'WARNING'], // 2
      [20, 10, 'WARNING'],
      [19, 1, 'NORMAL'], // fewer than 20 closed: not judged
      [20, 0, 'WARNING'], // none opened counts as one
      [0, 0, 'NORMAL'],
    ] as const)('%i closed, %i opened → %s', (closed, opened, level) => {
      expect(month({ postingsClosed: closed, postingsOpened: opened }).level).toBe(level);
    });

    it('shows the ratio floored to 2 decimals, with the bound it reached', () => {
      expect(month({ postingsClosed: 47, postingsOpened: 30 }).reasons).toEqual([
        {
          kind: 'POSTINGS_SHRINKING',
          value: 1.56,
          threshold: 1.5,
          level: 'WATCH',
          text: '本月关闭岗位47个、新开30个，关闭数为新开数的1.56倍，达到关注线（1.5倍）',
        },
      ]);
      // 1999/1000 = 1.999: not yet a warning, and never shown as 2
      expect(month({ postingsClosed: 1999, postingsOpened: 1000 }).reasons[0]).toMatchObject({ value: 1.99, level: 'WATCH' });
    });
  });

  describe('applications per open posting', () => {
    it.each([
      [299, 10, 'NORMAL'], // 29.9
      [300, 10, 'WATCH'], // 30
      [599, 10, 'WATCH'],
      [600, 10, 'WARNING'],
      [10_000, 9, 'NORMAL'], // fewer than 10 open: not judged
      [0, 0, 'NORMAL'],
    ] as const)('%i applications over %i open postings → %s', (applications, open, level) => {
      expect(month({ applications, postingsOpen: open }).level).toBe(level);
    });

    it('words the reason', () => {
      expect(month({ applications: 1000, postingsOpen: 12 }).reasons[0]).toEqual({
        kind: 'APPLICATIONS_PER_POSTING',
        value: 83.33,
        threshold: 60,
        level: 'WARNING',
        text: '本月12个在招岗位共收到1000份申请，平均每岗83.33份，达到预警线（60份）',
      });
    });
  });

  it('takes the highest level and lists warnings first, then in a fixed order', () => {
    const r = month({ peopleAffected: 150, layoffsFiled: 5, postingsClosed: 90, postingsOpened: 30 });
    expect(r.level).toBe('WARNING');
    expect(r.reasons.map((x) => [x.kind, x.level])).toEqual([
      ['LAYOFF_FILINGS', 'WARNING'],
      ['POSTINGS_SHRINKING', 'WARNING'],
      ['PEOPLE_AFFECTED', 'WATCH'],
    ]);
    expect(r.reasons[2].text).toBe('本月裁员方案涉及150人，达到关注线（100人）');
    expect(r.reasons[0].text).toBe('本月裁员报告5份，达到预警线（5份）');
  });

  it('raises the county of the API journey (4 plans of 150) to WARNING', () => {
    expect(month({ layoffsFiled: 4, peopleAffected: 600 }).level).toBe('WARNING');
  });

  it('a WATCH bound equal to the WARNING bound goes straight to WARNING', () => {
    const t = { ...T, peopleAffected: { watch: 200, warning: 200 } };
    expect(watchLevel({ ...QUIET, peopleAffected: 200 }, t).reasons[0]).toMatchObject({ level: 'WARNING', threshold: 200 });
  });

  it.each(['layoffsFiled', 'peopleAffected', 'postingsOpened', 'postingsClosed', 'applications', 'postingsOpen'] as const)(
    'refuses a negative or fractional %s in Chinese',
    (field) => {
      for (const bad of [-1, 0.5, Number.NaN]) {
        const error = errorOf(() => month({ [field]: bad }));
        expect(error).toMatchObject({ code: 'VALIDATION_FAILED', field });
        expect(error.message).toMatch(/[\u4e00-\u9fff]/);
      }
    },
  );

  it('refuses unusable thresholds', () => {
    expect(() => watchLevel(QUIET, { ...T, layoffFilings: { watch: 6, warning: 5 } })).toThrow(RangeError);
    expect(() => watchLevel(QUIET, { ...T, applicationsPerPosting: undefined } as unknown as UnemploymentWatchThresholds)).toThrow(
      RangeError,
    );
  });
});

describe('unemploymentWatchProblems', () => {
  it('accepts the defaults and a partial set', () => {
    expect(unemploymentWatchProblems(T)).toEqual([]);
    expect(unemploymentWatchProblems({ peopleAffected: { watch: 0, warning: 0 } })).toEqual([]);
  });

  it('names each problem', () => {
    expect(
      unemploymentWatchProblems(
        {
          peopleAffected: { watch: 300, warning: 100 },
          layoffFilings: { watch: -1, warning: Number.NaN },
          postingsShrinking: { watch: 1.5, warning: 2, minClosed: 2.5 },
          applicationsPerPosting: { watch: 30, warning: 60 } as UnemploymentWatchThresholds['applicationsPerPosting'],
        },
        'p',
      ),
    ).toEqual([
      'p.peopleAffected: watch must not exceed warning',
      'p.layoffFilings.watch must be a number ≥ 0',
      'p.layoffFilings.warning must be a number ≥ 0',
      'p.postingsShrinking.minClosed must be a whole number ≥ 0',
      'p.applicationsPerPosting.minOpen must be a whole number ≥ 0',
    ]);
  });
});
