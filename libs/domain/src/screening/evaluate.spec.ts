import { SCREENING_FLAG_CODES, ScreeningFlagCode } from '../posting-screening';
import { evaluateScreening } from './evaluate';
import { LABELLED_POSTINGS } from './labelled-postings';

describe('the labelled posting set', () => {
  it('has at least 150 postings with unique ids, about half of them flagged', () => {
    expect(LABELLED_POSTINGS.length).toBeGreaterThanOrEqual(150);
    expect(new Set(LABELLED_POSTINGS.map((p) => p.id)).size).toBe(LABELLED_POSTINGS.length);
    const flagged = LABELLED_POSTINGS.filter((p) => p.expected.length > 0).length;
    expect(flagged / LABELLED_POSTINGS.length).toBeGreaterThan(0.4);
    expect(flagged / LABELLED_POSTINGS.length).toBeLessThan(0.6);
  });

  it.each(SCREENING_FLAG_CODES.map((c) => [c]))('has at least 10 positives and 4 near-misses of %s', (code: ScreeningFlagCode) => {
    expect(LABELLED_POSTINGS.filter((p) => p.expected.includes(code)).length).toBeGreaterThanOrEqual(10);
    expect(LABELLED_POSTINGS.filter((p) => p.nearMissOf === code && p.expected.length === 0).length).toBeGreaterThanOrEqual(4);
  });

  it('marks only lawful postings as near-misses, and writes every posting out (no copies)', () => {
    for (const p of LABELLED_POSTINGS) if (p.nearMissOf) expect(p.expected).toEqual([]);
    const texts = LABELLED_POSTINGS.map((p) => `${p.title}\n${p.description}`);
    expect(new Set(texts).size).toBe(texts.length);
  });
});

describe('evaluateScreening on the labelled set', () => {
  const result = evaluateScreening(LABELLED_POSTINGS);

  it('prints precision and recall per flag', () => {
    const rows = SCREENING_FLAG_CODES.map((code) => {
      const s = result.byCode[code];
      return `${code.padEnd(28)} TP ${String(s.truePositives).padStart(3)} FP ${s.falsePositives} FN ${s.falseNegatives}  P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}`;
    });
    const o = result.overall;
    rows.push(
      `${'OVERALL'.padEnd(28)} TP ${String(o.truePositives).padStart(3)} FP ${o.falsePositives} FN ${o.falseNegatives}  P ${o.precision.toFixed(3)}  R ${o.recall.toFixed(3)}`,
    );
    for (const m of result.misses) rows.push(`${m.kind} ${m.id} ${m.code} ${m.evidence.join(' / ')}`);
    console.log(`Screening on ${result.postings} labelled postings\n${rows.join('\n')}`);
    expect(result.postings).toBe(LABELLED_POSTINGS.length);
  });

  it('reaches precision ≥ 0.95 and recall ≥ 0.95 overall', () => {
    expect(result.overall.precision).toBeGreaterThanOrEqual(0.95);
    expect(result.overall.recall).toBeGreaterThanOrEqual(0.95);
  });

  it.each(SCREENING_FLAG_CODES.map((c) => [c]))('reaches precision and recall ≥ 0.9 on %s', (code: ScreeningFlagCode) => {
    expect(result.byCode[code].precision).toBeGreaterThanOrEqual(0.9);
    expect(result.byCode[code].recall).toBeGreaterThanOrEqual(0.9);
  });
});

describe('evaluateScreening', () => {
  const set = [
    { id: 'a', title: '普工', description: '限男性', expected: ['GENDER_RESTRICTION'] as ScreeningFlagCode[] },
    { id: 'b', title: '普工', description: '男女不限，押金200元', expected: [] as ScreeningFlagCode[] },
    { id: 'c', title: '普工', description: '身体健康', expected: ['AGE_RESTRICTION'] as ScreeningFlagCode[] },
  ];

  it('counts true and false positives and negatives per code and overall, over posting × code pairs', () => {
    const r = evaluateScreening(set);
    expect(r.byCode.GENDER_RESTRICTION).toMatchObject({ truePositives: 1, falsePositives: 0, falseNegatives: 0, trueNegatives: 2 });
    expect(r.byCode.FEE_CHARGED).toMatchObject({ truePositives: 0, falsePositives: 1, precision: 0, recall: 1 });
    expect(r.byCode.AGE_RESTRICTION).toMatchObject({ falseNegatives: 1, precision: 1, recall: 0 });
    expect(r.overall).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 1, precision: 0.5, recall: 0.5 });
    expect(r.overall.trueNegatives).toBe(3 * SCREENING_FLAG_CODES.length - 3);
    expect(r.misses).toEqual([
      { id: 'b', code: 'FEE_CHARGED', kind: 'FALSE_POSITIVE', evidence: ['押金200元'] },
      { id: 'c', code: 'AGE_RESTRICTION', kind: 'FALSE_NEGATIVE', evidence: [] },
    ]);
    expect(r).toMatchObject({ postings: 3, flaggedPostings: 2 });
  });

  it('scores caller-supplied rules, and an empty set as perfect', () => {
    const r = evaluateScreening(set, [{ code: 'GENDER_RESTRICTION', pattern: /限男性/ }]);
    expect(r.overall).toMatchObject({ truePositives: 1, falsePositives: 0, falseNegatives: 1 });
    expect(evaluateScreening([]).overall).toMatchObject({ precision: 1, recall: 1 });
  });
});
