import { EmployerSize, JobKind, PriorityGroup } from '@jobbridge/contracts';
import { proposeSubsidies, subsidyPackFor, wholeMonthsBetween, type SubsidyEvent, type SubsidyHistoryEntry } from './subsidy-engine';
import { estimateSubsidies } from './subsidy-estimate';
import { loadSubsidyPacks, subsidyPackProblems } from './subsidy-pack-check';
import { describeCondition, questionsFor } from './subsidy-describe';
import type { SubsidyPack, SubsidyRule } from './subsidy-pack';
import { SUBSIDY_VOCABULARY } from './subsidy-vocabulary';

const cite = (clause: string) => ({ doc: '001', clause, quote: '测试条文' });
const rule = (r: Partial<SubsidyRule> & Pick<SubsidyRule, 'id' | 'trigger' | 'conditions' | 'amount'>): SubsidyRule => ({
  name: r.id,
  summary: '测试',
  citation: cite('§8'),
  beneficiary: 'EMPLOYER',
  regionBasis: 'WORKPLACE',
  period: 'ONCE',
  ...r,
});

// A pack shaped like 庆阳 (001) with the thresholds the documents use.
const CITY: SubsidyPack = {
  id: 'city-2023',
  regionCode: '621000',
  regionName: '庆阳市',
  document: '测试文件',
  doc: '001',
  validFrom: '2023-01-01',
  validTo: null,
  minimumWage: { monthlyYuan: 1820, source: 'test' },
  rules: [
    rule({
      id: 'city.absorb',
      name: '一次性吸纳就业补贴',
      trigger: 'HIRE',
      exclusiveGroup: 'absorb',
      conditions: [
        { kind: 'graduatedWithinYears', years: 2 },
        { kind: 'contractMonthsAtLeast', months: 12 },
      ],
      amount: { kind: 'fixed', yuan: 1000 },
    }),
    rule({
      id: 'city.expand',
      name: '一次性扩岗补助',
      trigger: 'HIRE',
      exclusiveGroup: 'absorb',
      conditions: [
        { kind: 'graduatedWithinYears', years: 2 },
        { kind: 'socialInsuranceMonthsAtLeast', months: 1 },
      ],
      amount: { kind: 'fixed', yuan: 1500 },
    }),
    rule({
      id: 'city.youth',
      name: '吸纳失业青年',
      trigger: 'HIRE',
      exclusiveGroup: 'absorb',
      conditions: [
        { kind: 'ageBetween', min: 16, max: 24 },
        { kind: 'registeredUnemployedMonthsAtLeast', months: 0 },
        { kind: 'contractMonthsAtLeast', months: 12 },
      ],
      amount: { kind: 'fixed', yuan: 1000 },
    }),
    rule({
      id: 'city.long-unemployed',
      name: '吸纳登记失业半年以上人员',
      trigger: 'HIRE',
      conditions: [
        { kind: 'registeredUnemployedMonthsAtLeast', months: 6 },
        { kind: 'contractMonthsAtLeast', months: 12 },
      ],
      amount: { kind: 'minimumWageShare', share: '1' },
    }),
    rule({
      id: 'city.poverty-6',
      name: '吸纳脱贫劳动力（半年）',
      trigger: 'TENURE',
      exclusiveGroup: 'poverty',
      exclusiveMode: 'TOP_UP',
      conditions: [
        { kind: 'workerInGroups', groups: [PriorityGroup.POVERTY_ALLEVIATED] },
        { kind: 'tenureMonthsAtLeast', months: 6 },
        { kind: 'workerLocal', scope: 'PACK_REGION' },
      ],
      amount: { kind: 'fixed', yuan: 3000 },
    }),
    rule({
      id: 'city.poverty-12',
      name: '吸纳脱贫劳动力（1年）',
      trigger: 'TENURE',
      exclusiveGroup: 'poverty',
      exclusiveMode: 'TOP_UP',
      conditions: [
        { kind: 'workerInGroups', groups: [PriorityGroup.POVERTY_ALLEVIATED] },
        { kind: 'tenureMonthsAtLeast', months: 12 },
        { kind: 'workerLocal', scope: 'PACK_REGION' },
      ],
      amount: { kind: 'fixed', yuan: 5000 },
    }),
    rule({
      id: 'city.intern',
      name: '就业见习补贴',
      trigger: 'INTERNSHIP_MONTH',
      period: 'MONTH',
      conditions: [{ kind: 'jobKindIn', kinds: [JobKind.INTERNSHIP] }],
      amount: {
        kind: 'byRetentionRate',
        base: 1000,
        steps: [
          { from: '0.5', yuan: 1200 },
          { from: '0.6', yuan: 1350 },
          { from: '0.7', yuan: 1500 },
        ],
      },
    }),
    rule({
      id: 'city.skill',
      name: '技能提升补贴',
      trigger: 'CERTIFICATE',
      beneficiary: 'WORKER',
      conditions: [
        { kind: 'insuredMonthsAtLeast', months: 12 },
        { kind: 'certificateLevelIn', levels: ['初级', '中级', '高级'] },
      ],
      amount: { kind: 'byCertificateLevel', yuan: { 初级: 1000, 中级: 1500, 高级: 2000 } },
      caps: { perYearCount: 3, distinctTradeAndLevel: true },
    }),
    rule({
      id: 'city.transport',
      name: '交通补贴',
      trigger: 'HIRE',
      beneficiary: 'WORKER',
      regionBasis: 'HUKOU',
      conditions: [{ kind: 'workerInGroups', groups: [PriorityGroup.POVERTY_ALLEVIATED] }, { kind: 'organizedTransfer' }],
      amount: { kind: 'byWorkplace', inProvince: 300, outOfProvince: 600 },
    }),
    rule({
      id: 'city.agency',
      name: '劳务中介有组织输转',
      trigger: 'HIRE',
      beneficiary: 'INTERMEDIARY',
      regionBasis: 'HUKOU',
      conditions: [
        { kind: 'workerInGroups', groups: [PriorityGroup.POVERTY_ALLEVIATED] },
        { kind: 'organizedTransfer' },
        { kind: 'contractMonthsAtLeast', months: 6 },
      ],
      amount: { kind: 'fixed', yuan: 200 },
    }),
    rule({
      id: 'city.retention',
      name: '稳岗返还',
      trigger: 'LAYOFF_FILING',
      period: 'YEAR',
      conditions: [{ kind: 'layoffRateAtMost', rate: '0.055', smallEmployerRate: '0.2', smallEmployerInsuredMax: 30 }],
      amount: { kind: 'premiumShare', large: '0.3', sme: '0.6' },
    }),
    rule({
      id: 'city.sme-local',
      name: '中小微企业吸纳本地劳动力',
      trigger: 'TENURE',
      validFrom: '2023-01-01',
      validTo: '2023-12-31',
      conditions: [
        { kind: 'employerSizeIn', sizes: [EmployerSize.SME] },
        { kind: 'workerLocal', scope: 'WORKPLACE_COUNTY' },
        { kind: 'tenureMonthsAtLeast', months: 6 },
      ],
      amount: { kind: 'fixed', yuan: 1000 },
    }),
  ],
};
const PROVINCE: SubsidyPack = {
  ...CITY,
  id: 'province-2022',
  regionCode: '620000',
  regionName: '甘肃省',
  validFrom: '2022-01-01',
  rules: [
    rule({
      id: 'province.absorb',
      trigger: 'HIRE',
      conditions: [{ kind: 'graduatedWithinYears', years: 2 }],
      amount: { kind: 'fixed', yuan: 800 },
    }),
  ],
};
const PACKS = loadSubsidyPacks([CITY, PROVINCE], SUBSIDY_VOCABULARY);

const hire = (over: Partial<SubsidyEvent> = {}, worker: Partial<NonNullable<SubsidyEvent['worker']>> = {}): SubsidyEvent => ({
  trigger: 'HIRE',
  date: '2024-07-01',
  evidence: { kind: 'APPLICATION', id: 'a1', label: '录用' },
  workplaceRegionCode: '621002',
  employer: { id: 'E1', size: EmployerSize.SME },
  worker: {
    personKey: 'P1',
    priorityGroups: [PriorityGroup.GRADUATE],
    graduationDate: '2024-06-30',
    hukouRegionCode: '621002',
    birthYear: 2001,
    ...worker,
  },
  jobKind: JobKind.FULL_TIME,
  contractMonths: 12,
  ...over,
});
const ids = (o: ReturnType<typeof proposeSubsidies>) => o.proposals.map((p) => p.ruleId).sort();
const history = (o: ReturnType<typeof proposeSubsidies>): SubsidyHistoryEntry[] =>
  o.proposals.map((p) => ({
    ruleId: p.ruleId,
    subjectKey: p.subjectKey,
    periodKey: p.periodKey,
    exclusiveGroup: p.exclusiveGroup,
    year: p.year,
    amountFen: p.amountFen,
    rejected: false,
  }));

describe('subsidyPackFor: the pack in force for a region on a day', () => {
  it('takes the most specific pack covering the region', () => {
    expect(subsidyPackFor('621002', '2024-01-01', PACKS)?.id).toBe('city-2023');
  });
  it('falls back to the province when the region has none, then to none', () => {
    expect(subsidyPackFor('620102', '2024-01-01', PACKS)?.id).toBe('province-2022');
    expect(subsidyPackFor('110101', '2024-01-01', PACKS)).toBeNull();
  });
  it('judges by the day: before the city pack, the province pack rules', () => {
    expect(subsidyPackFor('621002', '2022-12-31', PACKS)?.id).toBe('province-2022');
    expect(subsidyPackFor('621002', '2023-01-01', PACKS)?.id).toBe('city-2023');
    expect(subsidyPackFor('621002', '2021-12-31', PACKS)).toBeNull();
  });
});

describe('proposeSubsidies: a hire', () => {
  it('proposes 一次性吸纳就业补贴 for a graduate with a 1-year contract, citing the clause and each condition', () => {
    const o = proposeSubsidies(hire(), PACKS, []);
    expect(ids(o)).toEqual(['city.absorb']);
    const p = o.proposals[0];
    expect(p).toMatchObject({
      beneficiary: 'EMPLOYER',
      beneficiaryKey: 'E1',
      personKey: 'P1',
      amountFen: 100_000,
      periodKey: 'ONCE',
      missing: [],
    });
    expect(p.citation.clause).toBe('§8');
    expect(p.conditions.map((c) => c.status)).toEqual(['MET', 'MET']);
    expect(p.conditions[1].text).toContain('12个月');
    // 扩岗 lost to 吸纳: both in one group, and 吸纳 had every condition met.
    expect(o.passedOver.find((x) => x.ruleId === 'city.expand')?.reason).toBe('EXCLUSIVE');
  });
  it('contract of 11 months: not met; 12 is met', () => {
    expect(ids(proposeSubsidies(hire({ contractMonths: 11 }), PACKS, []))).toEqual(['city.expand']);
    expect(ids(proposeSubsidies(hire({ contractMonths: 12 }), PACKS, []))).toEqual(['city.absorb']);
  });
  it('with social insurance known, the larger 扩岗 wins and 吸纳 is never added', () => {
    const o = proposeSubsidies(hire({ socialInsuranceMonths: 1 }), PACKS, []);
    expect(ids(o)).toEqual(['city.expand']);
    expect(o.proposals[0].amountFen).toBe(150_000);
  });
  it('an unknown fact makes a proposal that names the missing item', () => {
    const o = proposeSubsidies(hire({ contractMonths: null }), PACKS, []);
    // Both unknown-bearing: the larger sum is proposed, with what to ask for.
    expect(ids(o)).toEqual(['city.expand']);
    expect(o.proposals[0].missing).toEqual(['社会保险缴费记录']);
  });
  it('graduates: the graduation year and up to 2 years after count; the day after 2 years does not', () => {
    expect(ids(proposeSubsidies(hire({ date: '2026-06-30' }, { graduationDate: '2024-06-30' }), PACKS, []))).toEqual(['city.absorb']);
    expect(ids(proposeSubsidies(hire({ date: '2026-07-01' }, { graduationDate: '2024-06-30' }), PACKS, []))).toEqual([]);
    expect(ids(proposeSubsidies(hire({ date: '2024-01-02' }, { graduationDate: '2024-06-30' }), PACKS, []))).toEqual(['city.absorb']);
  });
  it('youth 16–24 registered unemployed: 24 qualifies, 25 does not', () => {
    const youth = { priorityGroups: [PriorityGroup.REGISTERED_UNEMPLOYED], graduationDate: null, registeredUnemployedSince: '2024-06-01' };
    expect(ids(proposeSubsidies(hire({}, { ...youth, birthYear: 2000 }), PACKS, []))).toEqual(['city.youth']);
    expect(ids(proposeSubsidies(hire({}, { ...youth, birthYear: 1999 }), PACKS, []))).toEqual([]);
    expect(ids(proposeSubsidies(hire({}, { ...youth, birthYear: 2008 }), PACKS, []))).toEqual(['city.youth']);
    expect(ids(proposeSubsidies(hire({}, { ...youth, birthYear: 2009 }), PACKS, []))).toEqual([]);
  });
  it('registered unemployed 6 months: the day before is not enough, the day is; the sum is a month of minimum wage', () => {
    const worker = { priorityGroups: [PriorityGroup.REGISTERED_UNEMPLOYED], graduationDate: null, birthYear: 1980 };
    const o = proposeSubsidies(hire({ date: '2024-07-01' }, { ...worker, registeredUnemployedSince: '2024-01-01' }), PACKS, []);
    expect(ids(o)).toEqual(['city.long-unemployed']);
    expect(o.proposals[0].amountFen).toBe(182_000);
    expect(ids(proposeSubsidies(hire({ date: '2024-06-30' }, { ...worker, registeredUnemployedSince: '2024-01-01' }), PACKS, []))).toEqual(
      [],
    );
  });
  it('never proposes the same rule twice for one person, even with another employer or after a rejection', () => {
    const first = proposeSubsidies(hire(), PACKS, []);
    const again = proposeSubsidies(hire({ employer: { id: 'E2', size: EmployerSize.SME } }), PACKS, history(first));
    expect(ids(again)).toEqual([]);
    const rejected = history(first).map((h) => ({ ...h, rejected: true }));
    const afterRejection = proposeSubsidies(hire(), PACKS, rejected);
    expect(afterRejection.passedOver.find((x) => x.ruleId === 'city.absorb')?.reason).toBe('DUPLICATE');
    // …but a rejected one does not exclude its partner.
    expect(ids(proposeSubsidies(hire({ socialInsuranceMonths: 1 }), PACKS, rejected))).toEqual(['city.expand']);
  });
  it('exclusive: 扩岗 later is refused when 吸纳 was proposed', () => {
    const first = proposeSubsidies(hire(), PACKS, []);
    const later = proposeSubsidies(
      hire({ socialInsuranceMonths: 1, evidence: { kind: 'CHECK_IN', id: 'c1', label: '' } }),
      PACKS,
      history(first),
    );
    expect(ids(later)).toEqual([]);
    expect(later.passedOver.find((x) => x.ruleId === 'city.expand')?.reason).toBe('EXCLUSIVE');
  });
  it('organised transfer pays the worker by where they work and the agency 200 元, under the hukou pack', () => {
    const poor = { priorityGroups: [PriorityGroup.POVERTY_ALLEVIATED], graduationDate: null, hukouRegionCode: '621022' };
    const out = proposeSubsidies(
      hire({ workplaceRegionCode: '330102', contractMonths: 6, organizedTransfer: { intermediaryKey: 'AG1' } }, poor),
      PACKS,
      [],
    );
    expect(ids(out)).toEqual(['city.agency', 'city.transport']);
    expect(out.proposals.find((p) => p.ruleId === 'city.transport')).toMatchObject({ amountFen: 60_000, beneficiaryKey: 'P1' });
    expect(out.proposals.find((p) => p.ruleId === 'city.agency')).toMatchObject({ amountFen: 20_000, beneficiaryKey: 'AG1' });
    const inProvince = proposeSubsidies(
      hire({ workplaceRegionCode: '620102', contractMonths: 6, organizedTransfer: { intermediaryKey: 'AG1' } }, poor),
      PACKS,
      [],
    );
    expect(inProvince.proposals.find((p) => p.ruleId === 'city.transport')?.amountFen).toBe(30_000);
    expect(
      ids(
        proposeSubsidies(
          hire({ workplaceRegionCode: '330102', contractMonths: 5, organizedTransfer: { intermediaryKey: 'AG1' } }, poor),
          PACKS,
          [],
        ),
      ),
    ).toEqual(['city.transport']);
  });
  it('reports the packs used and none outside any pack', () => {
    const o = proposeSubsidies(hire({ workplaceRegionCode: '110101' }, { hukouRegionCode: '110101' }), PACKS, []);
    expect(o.proposals).toEqual([]);
    expect(o.packs).toEqual([
      { basis: 'WORKPLACE', packId: null },
      { basis: 'HUKOU', packId: null },
    ]);
  });
});

describe('proposeSubsidies: tenure, internships, certificates, layoffs', () => {
  const poor = { priorityGroups: [PriorityGroup.POVERTY_ALLEVIATED], graduationDate: null, hukouRegionCode: '621002' };
  it('poverty-alleviated local worker: 5 months nothing, 6 months 3000, 12 months tops the award up to 5000', () => {
    expect(ids(proposeSubsidies(hire({ trigger: 'TENURE', tenureMonths: 5 }, poor), PACKS, []))).toEqual([]);
    const six = proposeSubsidies(hire({ trigger: 'TENURE', tenureMonths: 6 }, poor), PACKS, []);
    expect(ids(six)).toEqual(['city.poverty-6']);
    expect(six.proposals[0].amountFen).toBe(300_000);
    const twelve = proposeSubsidies(hire({ trigger: 'TENURE', tenureMonths: 12 }, poor), PACKS, history(six));
    expect(ids(twelve)).toEqual(['city.poverty-12']);
    expect(twelve.proposals[0]).toMatchObject({ amountFen: 200_000, exclusiveGroup: 'city-2023:poverty+city.poverty-12' });
    expect(twelve.proposals[0].amountNote).toContain('补差2000元');
    // Never a second top-up, and the 6-month tier is not proposed again.
    const again = proposeSubsidies(hire({ trigger: 'TENURE', tenureMonths: 12 }, poor), PACKS, [...history(six), ...history(twelve)]);
    expect(ids(again)).toEqual([]);
    // Found only at 12 months (a roster entered late): the higher tier alone.
    expect(
      proposeSubsidies(hire({ trigger: 'TENURE', tenureMonths: 12 }, poor), PACKS, []).proposals.map((p) => [p.ruleId, p.amountFen]),
    ).toEqual([['city.poverty-12', 500_000]]);
  });
  it('a worker from elsewhere is not local', () => {
    expect(ids(proposeSubsidies(hire({ trigger: 'TENURE', tenureMonths: 6 }, { ...poor, hukouRegionCode: '622921' }), PACKS, []))).toEqual(
      [],
    );
  });
  it('a rule outside its own validity is passed over with the reason', () => {
    const sme = proposeSubsidies(
      hire({ trigger: 'TENURE', tenureMonths: 6, date: '2023-12-31' }, { ...poor, priorityGroups: [] }),
      PACKS,
      [],
    );
    expect(ids(sme)).toEqual(['city.sme-local']);
    const late = proposeSubsidies(
      hire({ trigger: 'TENURE', tenureMonths: 6, date: '2024-01-01' }, { ...poor, priorityGroups: [] }),
      PACKS,
      [],
    );
    expect(late.passedOver.find((x) => x.ruleId === 'city.sme-local')?.reason).toBe('NOT_IN_FORCE');
  });
  it('internship months pay by retention: 49.9% base, 50% 1200, 60% 1350, 70% 1500; one per month', () => {
    const month = (rate: number | null, m = '2024-07') =>
      proposeSubsidies(
        hire({ trigger: 'INTERNSHIP_MONTH', jobKind: JobKind.INTERNSHIP, internship: { month: m, retentionRate: rate } }),
        PACKS,
        [],
      );
    expect(month(0.499).proposals[0].amountFen).toBe(100_000);
    expect(month(0.5).proposals[0].amountFen).toBe(120_000);
    expect(month(0.6).proposals[0].amountFen).toBe(135_000);
    expect(month(0.7).proposals[0].amountFen).toBe(150_000);
    expect(month(null).proposals[0].amountFen).toBe(100_000);
    const july = month(0.5);
    const again = proposeSubsidies(
      hire({ trigger: 'INTERNSHIP_MONTH', jobKind: JobKind.INTERNSHIP, internship: { month: '2024-07' } }),
      PACKS,
      history(july),
    );
    expect(ids(again)).toEqual([]);
    const august = proposeSubsidies(
      hire({ trigger: 'INTERNSHIP_MONTH', jobKind: JobKind.INTERNSHIP, internship: { month: '2024-08' } }),
      PACKS,
      history(july),
    );
    expect(august.proposals[0].periodKey).toBe('2024-08');
  });
  it('skills: insured 11 months is not enough; at most 3 a year; never the same trade and level twice', () => {
    const cert = (trade: string, level: '初级' | '中级' | '高级', insured = 12, date = '2024-03-01') =>
      hire({ trigger: 'CERTIFICATE', date, certificate: { trade, level } }, { insuredMonths: insured });
    expect(ids(proposeSubsidies(cert('电工', '初级', 11), PACKS, []))).toEqual([]);
    let h: SubsidyHistoryEntry[] = [];
    for (const [trade, level] of [
      ['电工', '初级'],
      ['焊工', '初级'],
      ['电工', '中级'],
    ] as const) {
      const o = proposeSubsidies(cert(trade, level), PACKS, h);
      expect(ids(o)).toEqual(['city.skill']);
      h = [...h, ...history(o)];
    }
    expect(h.map((x) => x.amountFen)).toEqual([100_000, 100_000, 150_000]);
    const fourth = proposeSubsidies(cert('钳工', '高级'), PACKS, h);
    expect(fourth.passedOver.find((x) => x.ruleId === 'city.skill')?.reason).toBe('CAP_COUNT');
    const nextYearSame = proposeSubsidies(cert('电工', '初级', 24, '2025-03-01'), PACKS, h);
    expect(nextYearSame.passedOver.find((x) => x.ruleId === 'city.skill')?.reason).toBe('DUPLICATE');
    expect(ids(proposeSubsidies(cert('钳工', '高级', 24, '2025-03-01'), PACKS, h))).toEqual(['city.skill']);
  });
  it('稳岗返还: 5.5% exactly qualifies, above does not; ≤ 30 insured may lay off 20%; SME gets 60%', () => {
    const filing = (insuredCount: number, laidOff: number, size = EmployerSize.LARGE) =>
      proposeSubsidies(
        {
          trigger: 'LAYOFF_FILING',
          date: '2024-05-01',
          evidence: { kind: 'LAYOFF_PLAN', id: 'L1', label: '' },
          workplaceRegionCode: '621002',
          employer: { id: 'E1', size, lastYearPremiumsYuan: 100_000 },
          layoff: { insuredCount, laidOff },
        },
        PACKS,
        [],
      );
    expect(filing(1000, 55).proposals[0]).toMatchObject({ amountFen: 3_000_000, subjectKey: 'E:E1', periodKey: '2024', personKey: null });
    expect(filing(1000, 56).proposals).toEqual([]);
    expect(filing(30, 6).proposals[0].amountFen).toBe(3_000_000);
    expect(filing(30, 7).proposals).toEqual([]);
    expect(filing(31, 2).proposals).toEqual([]);
    expect(filing(1000, 10, EmployerSize.SME).proposals[0].amountFen).toBe(6_000_000);
  });
});

describe('subsidyPackProblems: a bad pack stops the start with a clear message', () => {
  const problems = (pack: unknown, more: unknown[] = []) => subsidyPackProblems([pack, ...more], SUBSIDY_VOCABULARY);
  it('accepts the fixtures', () => expect(subsidyPackProblems([CITY, PROVINCE], SUBSIDY_VOCABULARY)).toEqual([]));
  it('names an unknown condition', () => {
    const bad = { ...CITY, rules: [{ ...CITY.rules[0], conditions: [{ kind: 'isNice' }] }] };
    expect(problems(bad)).toEqual([expect.stringContaining('city.absorb: unknown condition "isNice"')]);
  });
  it('names a missing citation', () => {
    const bad = { ...CITY, rules: [{ ...CITY.rules[0], citation: { doc: '001', clause: '', quote: 'x' } }] };
    expect(problems(bad)).toEqual([expect.stringContaining('missing citation')]);
  });
  it('names overlapping validity periods for one region', () => {
    const other = { ...CITY, id: 'city-2024', validFrom: '2024-01-01', rules: [{ ...CITY.rules[0], id: 'x.1' }] };
    expect(problems(CITY, [other])).toEqual(['city-2023 and city-2024: overlapping validity periods for region 621000']);
    expect(problems({ ...CITY, validTo: '2023-12-31' }, [other])).toEqual([]);
  });
  it('a renewal that supersedes the old pack ends it the day before, without editing its file', () => {
    const renewal = {
      ...CITY,
      id: 'city-2025',
      validFrom: '2025-01-01',
      supersedes: 'city-2023',
      rules: [{ ...CITY.rules[0], id: 'renewal.1' }],
    };
    expect(problems(CITY, [renewal])).toEqual([]);
    const loaded = loadSubsidyPacks([CITY, renewal], SUBSIDY_VOCABULARY);
    expect(loaded.find((p) => p.id === 'city-2023')?.validTo).toBe('2024-12-31');
    expect(CITY.validTo).toBeNull(); // the input is not changed
    expect(subsidyPackFor('621002', '2024-12-31', loaded)?.id).toBe('city-2023');
    expect(subsidyPackFor('621002', '2025-01-01', loaded)?.id).toBe('city-2025');
    expect(problems(CITY, [{ ...renewal, supersedes: 'nope-2020' }])).toEqual(
      expect.arrayContaining([expect.stringContaining('supersedes "nope-2020", which is not a loaded pack')]),
    );
    expect(problems(CITY, [{ ...renewal, validFrom: '2022-01-01' }])).toEqual(
      expect.arrayContaining([expect.stringContaining('does not start after it')]),
    );
  });
  it('names unknown groups, sizes, amounts, caps and malformed figures', () => {
    const bad = {
      ...CITY,
      rules: [
        { ...CITY.rules[0], conditions: [{ kind: 'workerInGroups', groups: ['ALIENS'] }], amount: { kind: 'fixed', yuan: -1 } },
        { ...CITY.rules[1], conditions: [{ kind: 'employerSizeIn', sizes: ['MICRO'] }], caps: { perYear: 3 } },
        { ...CITY.rules[2], amount: { kind: 'lottery' } },
      ],
    };
    const out = problems(bad);
    expect(out).toEqual(
      expect.arrayContaining([
        expect.stringContaining('names unknown values: ALIENS'),
        expect.stringContaining('positive sum'),
        expect.stringContaining('names unknown values: MICRO'),
        expect.stringContaining('unknown cap "perYear"'),
        expect.stringContaining('unknown amount kind "lottery"'),
      ]),
    );
  });
  it('loadSubsidyPacks throws one error listing every problem', () => {
    expect(() => loadSubsidyPacks([{ id: 'x' }], SUBSIDY_VOCABULARY)).toThrow(/Invalid subsidy policy packs:\n- x: regionCode/);
  });
});

describe('the policy page', () => {
  it('asks each question once, in the order the rules need them', () => {
    const keys = questionsFor(CITY).map((q) => q.key);
    expect(keys.slice(0, 4)).toEqual(['graduationDate', 'contractMonths', 'socialInsuranceMonths', 'birthYear']);
    expect(new Set(keys).size).toBe(keys.length);
  });
  it('estimates what a graduate hired on a 1-year contract brings the employer, and what is ruled out', () => {
    const e = estimateSubsidies(
      '621002',
      '2024-07-01',
      { groups: [PriorityGroup.GRADUATE], graduationDate: '2024-06-30', contractMonths: 12 },
      PACKS,
    );
    expect(e.packId).toBe('city-2023');
    expect(e.lines.find((l) => l.ruleId === 'city.absorb')).toMatchObject({ verdict: 'LIKELY', amountFen: 100_000 });
    // Both of the "不能重复享受" pair are shown, so the person can weigh them; the one fully met first.
    expect(e.lines.filter((l) => ['city.absorb', 'city.expand'].includes(l.ruleId)).map((l) => [l.ruleId, l.verdict])).toEqual([
      ['city.absorb', 'LIKELY'],
      ['city.expand', 'POSSIBLE'],
    ]);
    expect(e.notEligible.some((n) => n.ruleId === 'city.poverty-6')).toBe(true);
  });
  it('an unanswered question is unknown, not "no": with no answers the graduate subsidy is possible, naming what to show', () => {
    const e = estimateSubsidies('621002', '2024-07-01', {}, PACKS);
    expect(e.lines.find((l) => l.ruleId === 'city.absorb')).toMatchObject({
      verdict: 'POSSIBLE',
      missing: ['毕业证书（毕业时间）', '劳动合同'],
    });
    expect(e.notEligible.some((n) => n.ruleId === 'city.absorb')).toBe(false);
  });
  it('refuses a malformed region or date in Chinese', () => {
    expect(() => estimateSubsidies('12ab', '2024-01-01', {}, PACKS)).toThrow('地区代码无效');
    expect(() => estimateSubsidies('621002', '2024-01-01', { graduationDate: '2024/06/30' }, PACKS)).toThrow('日期格式');
  });
});

describe('wholeMonthsBetween', () => {
  it.each([
    ['2024-01-01', '2024-07-01', 6],
    ['2024-01-01', '2024-06-30', 5],
    ['2024-01-31', '2024-02-29', 1],
    ['2024-01-31', '2024-02-28', 0],
    ['2023-08-31', '2024-02-29', 6],
    ['2024-07-01', '2024-01-01', 0],
  ])('%s → %s is %i', (a, b, n) => expect(wholeMonthsBetween(a, b)).toBe(n));
});

describe('anyOf: "毕业年度或离校2年内未就业高校毕业生、登记失业的16—24周岁青年"', () => {
  const EITHER: SubsidyPack = {
    ...CITY,
    id: 'either-2026',
    regionCode: '621021',
    validFrom: '2024-01-01',
    rules: [
      rule({
        id: 'either.absorb',
        trigger: 'HIRE',
        conditions: [
          {
            kind: 'anyOf',
            of: [
              [{ kind: 'graduatedWithinYears', years: 2 }],
              [
                { kind: 'ageBetween', min: 16, max: 24 },
                { kind: 'registeredUnemployedMonthsAtLeast', months: 0 },
              ],
            ],
          },
        ],
        amount: { kind: 'fixed', yuan: 1000 },
      }),
    ],
  };
  const packs = loadSubsidyPacks([EITHER], SUBSIDY_VOCABULARY);
  const judge = (worker: Partial<NonNullable<SubsidyEvent['worker']>>) =>
    proposeSubsidies(hire({ workplaceRegionCode: '621021' }, { priorityGroups: [], graduationDate: null, ...worker }), packs, []);

  it('a recent graduate meets the first alternative', () => {
    const o = judge({ graduationDate: '2024-06-30' });
    expect(o.proposals[0].conditions[0]).toMatchObject({ kind: 'anyOf', status: 'MET' });
  });
  it('a registered 24-year-old meets the second; at 25, or unregistered, neither holds', () => {
    expect(judge({ birthYear: 2000, registeredUnemployedSince: '2024-03-01' }).proposals).toHaveLength(1);
    expect(judge({ birthYear: 1999, registeredUnemployedSince: '2024-03-01' }).proposals).toHaveLength(0);
    expect(judge({ birthYear: 2000 }).proposals).toHaveLength(0);
  });
  it('undecided when an alternative could still hold: the missing items of that alternative', () => {
    const o = judge({ birthYear: 2001, priorityGroups: [PriorityGroup.REGISTERED_UNEMPLOYED] });
    expect(o.proposals[0]).toMatchObject({ missing: ['失业登记证明'] });
    expect(o.proposals[0].conditions[0].status).toBe('UNKNOWN');
  });
  it('the check refuses a nested anyOf and a single alternative', () => {
    const bad = (of: unknown) => ({ ...EITHER, rules: [{ ...EITHER.rules[0], conditions: [{ kind: 'anyOf', of }] }] });
    expect(subsidyPackProblems([bad([[{ kind: 'anyOf', of: [[], []] }], [{ kind: 'organizedTransfer' }]])], SUBSIDY_VOCABULARY)).toEqual([
      expect.stringContaining('cannot nest another anyOf'),
    ]);
    expect(subsidyPackProblems([bad([[{ kind: 'organizedTransfer' }]])], SUBSIDY_VOCABULARY)).toEqual([
      expect.stringContaining('at least two alternatives'),
    ]);
  });
  it('describes itself in plain Chinese and asks each question once', () => {
    expect(describeCondition(EITHER.rules[0].conditions[0])).toBe(
      '符合以下之一：毕业年度或离校2年内的高校毕业生；或年龄16—24周岁且已做失业登记',
    );
    expect(questionsFor(EITHER).map((q) => q.key)).toEqual(['graduationDate', 'birthYear', 'registeredUnemployedSince']);
  });
});
