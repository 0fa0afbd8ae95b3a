import { parseRosterCsv, ROSTER_CSV_TEMPLATE } from './roster-csv';

describe('parseRosterCsv', () => {
  it.each([
    ['an unclosed quote', `${ROSTER_CSV_TEMPLATE}"甲,622921199001011234,622921,木工,2026-01-01,,否\n`],
    ['a stray quote', `${ROSTER_CSV_TEMPLATE}甲"乙,622921199001011234,622921,木工,2026-01-01,,否\n`],
    ['text after a closing quote', `${ROSTER_CSV_TEMPLATE}"甲"乙,622921199001011234,622921,木工,2026-01-01,,否\n`],
  ])('explains %s in Chinese, without the parser’s English', (_what, csv) => {
    const result = parseRosterCsv(csv);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(/^CSV 格式错误：[\u4e00-\u9fff]/);
    expect(result.message).not.toMatch(/[A-Za-z]{4,}/);
  });
});
