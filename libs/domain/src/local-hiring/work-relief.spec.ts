import { formatYuan, labourPayFigures, parseYuan } from './work-relief';
import { parseShare } from './share';

const FIFTEEN = parseShare('0.15');

describe('parseYuan / formatYuan', () => {
  it.each([
    ['100', 10000n, '100.00'],
    ['100.5', 10050n, '100.50'],
    ['0.01', 1n, '0.01'],
    ['12345678.90', 1234567890n, '12345678.90'],
    [' 7 ', 700n, '7.00'],
  ])('%s yuan is %s fen', (text, fen, shown) => {
    expect(parseYuan(text)).toBe(fen);
    expect(formatYuan(fen)).toBe(shown);
  });

  it.each(['', '-1', '1.234', 'abc', '1e5', '12345678901234'])('refuses %p', (text) => {
    expect(() => parseYuan(text, 'investment')).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED', field: 'investment' }));
  });
});

describe('labourPayFigures (以工代赈: labour pay ≥ 15% of investment, 000 §1)', () => {
  it('exactly 15% complies', () => {
    expect(labourPayFigures(parseYuan('1000000'), parseYuan('150000'), FIFTEEN)).toEqual({
      investment: '1000000.00',
      labourPaid: '150000.00',
      threshold: '0.15',
      share: 0.15,
      compliant: true,
      shortfall: '0.00',
    });
  });

  it('one fen short is not compliant, and says so', () => {
    expect(labourPayFigures(parseYuan('1000000'), parseYuan('149999.99'), FIFTEEN)).toMatchObject({ compliant: false, shortfall: '0.01' });
  });

  it('rounds the amount owed up to the fen', () => {
    // 15% of 0.10 yuan is 1.5 fen: 2 fen are owed.
    expect(labourPayFigures(10n, 0n, FIFTEEN)).toMatchObject({ compliant: false, shortfall: '0.02' });
  });

  it('the old 10% share no longer suffices', () => {
    expect(labourPayFigures(parseYuan('2000000'), parseYuan('200000'), FIFTEEN)).toMatchObject({
      compliant: false,
      shortfall: '100000.00',
    });
  });

  it('without an investment there is no share', () => {
    expect(labourPayFigures(0n, 0n, FIFTEEN)).toMatchObject({ share: null, compliant: true, shortfall: '0.00' });
  });
});
