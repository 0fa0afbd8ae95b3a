import { formatShare } from '../local-hiring/share';
import { POLICY_PACKS } from './packs';
import { packsFor, PolicyPack, policyPackProblems, resolvePolicy } from './policy-pack';

const NATIONAL: PolicyPack = {
  regionCode: null,
  name: 'national',
  source: 'test',
  localHiring: { threshold: '0.3' },
  workRelief: { labourPayShare: '0.15' },
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
  });
});
