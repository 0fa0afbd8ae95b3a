import { formatShare } from '../local-hiring/share';
import { POLICY_PACKS } from './packs';
import { packsFor, PolicyPack, policyPackProblems, resolvePolicy } from './policy-pack';

const NATIONAL: PolicyPack = {
  regionCode: null,
  name: 'national',
  source: 'test',
  localHiring: { threshold: '0.3' },
  workRelief: { labourPayShare: '0.15' },
  unemploymentWatch: {
    peopleAffected: { watch: 100, warning: 300 },
    layoffFilings: { watch: 3, warning: 5 },
    postingsShrinking: { watch: 1.5, warning: 2, minClosed: 20 },
    applicationsPerPosting: { watch: 30, warning: 60, minOpen: 10 },
  },
};

describe('the shipped policy packs', () => {
  it('are usable', () => expect(policyPackProblems(POLICY_PACKS)).toEqual([]));

  it('give 临夏州 30% local hiring and 15% work-relief labour pay from its own plan (000 §1)', () => {
    const p = resolvePolicy('622921', POLICY_PACKS);
    expect(formatShare(p.localHiringThreshold.share)).toBe('0.3');
    expect(p.localHiringThreshold.source).toContain('000 §1');
    expect(formatShare(p.workReliefLabourPayShare.share)).toBe('0.15');
  });

  it('fall back to the national default elsewhere', () => {
    expect(resolvePolicy('621002', POLICY_PACKS).localHiringThreshold.packName).toBe('全国默认');
  });

  it('set the unemployment watch nationally (000 五(五) gives no figures, so no region overrides them)', () => {
    for (const region of ['622921', '621002', '350182', '654200']) {
      const watch = resolvePolicy(region, POLICY_PACKS).unemploymentWatch;
      expect(watch.packName).toBe('全国默认');
      expect(watch.thresholds.peopleAffected).toEqual({ watch: 100, warning: 300 });
    }
    expect(POLICY_PACKS.filter((p) => p.unemploymentWatch).map((p) => p.regionCode)).toEqual([null]);
  });
});

describe('resolvePolicy', () => {
  const packs: PolicyPack[] = [
    NATIONAL,
    { regionCode: '620000', name: 'gansu', source: 'test', localHiring: { threshold: '35%' } },
    { regionCode: '622900', name: 'linxia', source: 'test', workRelief: { labourPayShare: '0.2' } },
    { regionCode: '622921', name: 'linxia county', source: 'test', localHiring: { threshold: '0.4' } },
  ];

  it('takes each figure from the most specific pack that sets it', () => {
    const county = resolvePolicy('622921', packs);
    expect([formatShare(county.localHiringThreshold.share), county.localHiringThreshold.packName]).toEqual(['0.4', 'linxia county']);
    expect([formatShare(county.workReliefLabourPayShare.share), county.workReliefLabourPayShare.packName]).toEqual(['0.2', 'linxia']);
    const city = resolvePolicy('622901', packs);
    expect([formatShare(city.localHiringThreshold.share), city.localHiringThreshold.packName]).toEqual(['0.35', 'gansu']);
    const qinghai = resolvePolicy('630102', packs);
    expect(qinghai.localHiringThreshold.packName).toBe('national');
  });

  it('takes each watch threshold from the most specific pack that sets it', () => {
    const withWatch: PolicyPack[] = [
      ...packs,
      { regionCode: '622900', name: 'linxia watch', source: 'w', unemploymentWatch: { peopleAffected: { watch: 50, warning: 150 } } },
      { regionCode: '622921', name: 'county watch', source: 'cw', unemploymentWatch: { layoffFilings: { watch: 2, warning: 4 } } },
    ].filter((p) => !(p.name === 'linxia' || p.name === 'linxia county'));
    const county = resolvePolicy('622921', withWatch).unemploymentWatch;
    expect(county.thresholds).toEqual({
      ...NATIONAL.unemploymentWatch,
      peopleAffected: { watch: 50, warning: 150 },
      layoffFilings: { watch: 2, warning: 4 },
    });
    expect(county).toMatchObject({
      packName: 'county watch',
      source: 'cw',
      packNames: {
        peopleAffected: 'linxia watch',
        layoffFilings: 'county watch',
        postingsShrinking: 'national',
        applicationsPerPosting: 'national',
      },
    });
    expect(resolvePolicy('622901', withWatch).unemploymentWatch).toMatchObject({
      packName: 'linxia watch',
      thresholds: { layoffFilings: { watch: 3, warning: 5 } },
    });
    expect(resolvePolicy('630102', withWatch).unemploymentWatch.packName).toBe('national');
  });

  it('hands out copies of the thresholds', () => {
    const a = resolvePolicy('622921', packs).unemploymentWatch.thresholds;
    a.peopleAffected.watch = 1;
    expect(resolvePolicy('622921', packs).unemploymentWatch.thresholds.peopleAffected.watch).toBe(100);
  });

  it('orders covering packs national first', () => {
    expect(packsFor('622921101', packs).map((p) => p.name)).toEqual(['national', 'gansu', 'linxia', 'linxia county']);
  });

  it('refuses malformed regions and unusable packs', () => {
    expect(() => resolvePolicy('62x', packs)).toThrow(expect.objectContaining({ code: 'UNKNOWN_REGION' }));
    expect(() => resolvePolicy('622921', [])).toThrow(RangeError);
  });

  it('names every problem in a pack set', () => {
    expect(
      policyPackProblems([
        NATIONAL,
        { ...NATIONAL, name: 'again' },
        { regionCode: '62', name: 'bad share', source: 't', localHiring: { threshold: '130%' } },
        { regionCode: '9', name: 'bad region', source: 't' },
        { regionCode: '630000', name: 'full', source: 't', localHiring: { threshold: '1' } },
      ]),
    ).toEqual([
      'exactly one national pack (regionCode null) is required',
      'again: a second pack for national',
      'bad share: localHiring.threshold "130%" is not a share',
      'bad region: malformed region code 9',
      'full: localHiring.threshold must be below 100%',
    ]);
    expect(policyPackProblems([{ regionCode: null, name: 'n', source: 't' }])).toEqual(['the national pack must set every figure']);
    const partial = { ...NATIONAL, unemploymentWatch: { peopleAffected: { watch: 1, warning: 2 } } };
    expect(policyPackProblems([partial])).toEqual(['the national pack must set every figure']);
  });

  it('names bad watch thresholds', () => {
    expect(
      policyPackProblems([
        NATIONAL,
        { regionCode: '620000', name: 'gansu', source: 't', unemploymentWatch: { peopleAffected: { watch: 300, warning: 100 } } },
        {
          regionCode: '630000',
          name: 'qinghai',
          source: 't',
          unemploymentWatch: { postingsShrinking: { watch: -1, warning: 2, minClosed: 20 } },
        },
        { regionCode: '640000', name: 'ningxia', source: 't', unemploymentWatch: 7 as never },
      ]),
    ).toEqual([
      'gansu: unemploymentWatch.peopleAffected: watch must not exceed warning',
      'qinghai: unemploymentWatch.postingsShrinking.watch must be a number ≥ 0',
      'ningxia: unemploymentWatch must be an object',
    ]);
  });
});
