import { checkGigMinimumWage } from '../gigs/gig-pay';
import { POLICY_PACKS } from './packs';
import { PolicyPack, policyPackProblems, resolvePolicy } from './policy-pack';

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
const wage = (hourlyYuan: string, monthlyYuan = 1800, source = 'wage source') => ({ hourlyYuan, monthlyYuan, source });

describe('the shipped minimum wage (Gansu, 17.4 元/h)', () => {
  const GANSU = '甘肃省 最低工资标准（平台暂定）';

  it.each([
    ['the province', '620000'],
    ['the province, written as 2 digits', '62'],
    ['临夏州, whose own pack sets no wage', '622900'],
    ['临夏州, written as 4 digits', '6229'],
    ['a county of 临夏州', '622921'],
    ['a township', '622921100'],
    ['a county elsewhere in Gansu', '621002'],
  ])('holds in %s (%s)', (_where, region) => {
    expect(resolvePolicy(region, POLICY_PACKS).minimumWage).toEqual({
      hourlyYuan: 17.4,
      monthlyYuan: 1670,
      packName: GANSU,
      source: expect.stringContaining('小时17.4元'),
    });
  });

  it('cites the minimum wage’s own source, not the pack’s', () => {
    const gansu = POLICY_PACKS.find((p) => p.regionCode === '620000')!;
    expect(resolvePolicy('622921', POLICY_PACKS).minimumWage?.source).toBe(gansu.minimumWage!.source);
    expect(gansu.minimumWage!.source).not.toBe(gansu.source);
  });

  it.each([
    ['杭州', '330102'],
    ['北京', '110101'],
    ['青海', '630000'],
    ['新疆', '654200'],
  ])('is null outside Gansu (%s)', (_where, region) => {
    expect(resolvePolicy(region, POLICY_PACKS).minimumWage).toBeNull();
  });

  it('is set only by the Gansu pack', () => {
    expect(POLICY_PACKS.filter((p) => p.minimumWage).map((p) => p.regionCode)).toEqual(['620000']);
  });

  it('judges a Gansu gig: 17.40 元/h passes, 17.39 is below, and a 156.60 元 day of 9 hours passes', () => {
    const hourly = resolvePolicy('622921', POLICY_PACKS).minimumWage!.hourlyYuan;
    expect(checkGigMinimumWage('HOUR', 1740, 540, hourly).below).toBe(false);
    expect(checkGigMinimumWage('HOUR', 1739, 540, hourly).below).toBe(true);
    expect(checkGigMinimumWage('DAY', 15660, 540, hourly).below).toBe(false);
    expect(checkGigMinimumWage('DAY', 15659, 540, hourly).below).toBe(true);
  });
});

describe('resolvePolicy(...).minimumWage', () => {
  const PROVINCE: PolicyPack = { regionCode: '620000', name: 'gansu', source: 'p', minimumWage: wage('17.4', 1670, 'gansu wage') };
  const PREFECTURE: PolicyPack = { regionCode: '622900', name: 'linxia', source: 'q', minimumWage: wage('18.5', 1720, 'linxia wage') };
  const COUNTY: PolicyPack = { regionCode: '622921', name: 'linxia county', source: 'r', minimumWage: wage('19.50', 1820, 'county wage') };
  const packs = [NATIONAL, PROVINCE, PREFECTURE, COUNTY];

  it('takes the most specific pack that sets it', () => {
    expect(resolvePolicy('622921', packs).minimumWage).toEqual({
      hourlyYuan: 19.5,
      monthlyYuan: 1820,
      packName: 'linxia county',
      source: 'county wage',
    });
    expect(resolvePolicy('622921100', packs).minimumWage?.packName).toBe('linxia county');
    expect(resolvePolicy('622922', packs).minimumWage).toMatchObject({ hourlyYuan: 18.5, packName: 'linxia' });
    expect(resolvePolicy('622900', packs).minimumWage).toMatchObject({ hourlyYuan: 18.5, packName: 'linxia' });
    expect(resolvePolicy('621002', packs).minimumWage).toMatchObject({ hourlyYuan: 17.4, packName: 'gansu' });
  });

  it('does not depend on the order of the packs', () => {
    expect(resolvePolicy('622921', [...packs].reverse()).minimumWage?.packName).toBe('linxia county');
    expect(resolvePolicy('622922', [COUNTY, NATIONAL, PREFECTURE, PROVINCE]).minimumWage?.packName).toBe('linxia');
  });

  it('keeps the wage from above when a more specific pack sets other figures only', () => {
    const countyHiring: PolicyPack = { regionCode: '622921', name: 'county hiring', source: 's', localHiring: { threshold: '0.4' } };
    const resolved = resolvePolicy('622921', [NATIONAL, PROVINCE, countyHiring]);
    expect(resolved.minimumWage).toMatchObject({ hourlyYuan: 17.4, packName: 'gansu' });
    expect(resolved.localHiringThreshold.packName).toBe('county hiring');
  });

  it('is null where no covering pack sets it', () => {
    expect(resolvePolicy('622921', [NATIONAL]).minimumWage).toBeNull();
    expect(resolvePolicy('630102', packs).minimumWage).toBeNull();
    // A sibling county's wage does not reach its neighbour, nor its parent.
    expect(resolvePolicy('622922', [NATIONAL, COUNTY]).minimumWage).toBeNull();
    expect(resolvePolicy('622900', [NATIONAL, COUNTY]).minimumWage).toBeNull();
  });

  it('applies a national minimum wage everywhere not overridden', () => {
    const national = { ...NATIONAL, minimumWage: wage('15', 1500, 'national wage') };
    expect(resolvePolicy('330102', [national, PROVINCE]).minimumWage).toMatchObject({ hourlyYuan: 15, packName: 'national' });
    expect(resolvePolicy('622921', [national, PROVINCE]).minimumWage).toMatchObject({ hourlyYuan: 17.4, packName: 'gansu' });
  });

  it('reads the hourly figure from its text', () => {
    const at = (hourlyYuan: string) =>
      resolvePolicy('620000', [NATIONAL, { ...PROVINCE, minimumWage: wage(hourlyYuan) }]).minimumWage!.hourlyYuan;
    expect(at('17.40')).toBe(17.4);
    expect(at('19')).toBe(19);
    expect(at('0.01')).toBe(0.01);
  });

  it('refuses packs with a malformed minimum wage', () => {
    expect(() => resolvePolicy('620000', [NATIONAL, { ...PROVINCE, minimumWage: wage('17.455') }])).toThrow(RangeError);
    expect(() => resolvePolicy('620000', [NATIONAL, { ...PROVINCE, minimumWage: wage('17.455') }])).toThrow(/minimumWage/);
  });
});

describe('policyPackProblems: the minimum wage', () => {
  const problemsWith = (minimumWage: unknown) =>
    policyPackProblems([NATIONAL, { regionCode: '620000', name: 'gansu', source: 's', minimumWage } as PolicyPack]);
  const PROBLEM = 'gansu: minimumWage needs hourlyYuan (yuan, two decimals at most), monthlyYuan and its source';

  it('accepts the shipped packs', () => {
    expect(policyPackProblems(POLICY_PACKS)).toEqual([]);
  });

  it.each(['17.4', '17.40', '19', '0.01', '100.5'])('accepts an hourly figure of %p', (hourlyYuan) => {
    expect(problemsWith(wage(hourlyYuan))).toEqual([]);
  });

  it.each(['17.455', '0', '0.00', '-1', '17.', '.5', '1e2', ' 17', '17 ', '', 'abc', '十七'])(
    'refuses an hourly figure of %p',
    (hourlyYuan) => {
      expect(problemsWith(wage(hourlyYuan))).toEqual([PROBLEM]);
    },
  );

  it.each([0, -1670, Number.NaN])('refuses a monthly figure of %p', (monthlyYuan) => {
    expect(problemsWith(wage('17.4', monthlyYuan))).toEqual([PROBLEM]);
  });

  it.each(['', '   '])('refuses a blank source %p', (source) => {
    expect(problemsWith(wage('17.4', 1670, source))).toEqual([PROBLEM]);
  });

  it('refuses a minimum wage with parts missing, or null, without throwing', () => {
    expect(problemsWith({ hourlyYuan: '17.4', monthlyYuan: 1670 })).toEqual([PROBLEM]);
    expect(problemsWith({ hourlyYuan: '17.4', source: 's' })).toEqual([PROBLEM]);
    expect(problemsWith({ monthlyYuan: 1670, source: 's' })).toEqual([PROBLEM]);
    expect(problemsWith(null)).toEqual([PROBLEM]);
  });

  it('accepts a pack without a minimum wage', () => {
    expect(problemsWith(undefined)).toEqual([]);
  });

  it('names each bad pack once, alongside its other problems', () => {
    expect(
      policyPackProblems([
        NATIONAL,
        { regionCode: '620000', name: 'gansu', source: 's', minimumWage: wage('0') },
        { regionCode: '630000', name: 'qinghai', source: 's', localHiring: { threshold: '1' }, minimumWage: wage('18', 0) },
      ]),
    ).toEqual([
      PROBLEM,
      'qinghai: localHiring.threshold must be below 100%',
      'qinghai: minimumWage needs hourlyYuan (yuan, two decimals at most), monthlyYuan and its source',
    ]);
  });
});
