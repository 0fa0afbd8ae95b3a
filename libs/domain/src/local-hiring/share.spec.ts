import { formatShare, formatSharePercent, meetsShare, parseShare, shareToNumber } from './share';

describe('parseShare', () => {
  it.each([
    ['0.3', 3n, 10n],
    ['0.30', 3n, 10n],
    ['30%', 3n, 10n],
    ['12.5%', 1n, 8n],
    ['0.15', 3n, 20n],
    ['0', 0n, 1n],
    ['1', 1n, 1n],
    ['100%', 1n, 1n],
    [' 0.25 ', 1n, 4n],
    ['0.333333', 333333n, 1000000n],
  ])('reads %s as %s/%s', (text, n, d) => {
    expect(parseShare(text)).toEqual({ numerator: n, denominator: d });
  });

  it.each(['', 'abc', '-0.3', '0.3.1', '1.5', '130%', '0.1234567', '.3', '30 %', '3e-1'])(
    'refuses %p with VALIDATION_FAILED on the field',
    (text) => {
      expect(() => parseShare(text, 'thresholdPercent')).toThrow(
        expect.objectContaining({ code: 'VALIDATION_FAILED', field: 'thresholdPercent' }),
      );
    },
  );
});

describe('formatting shares', () => {
  it.each([
    ['0.3', '0.3', '30%'],
    ['12.5%', '0.125', '12.5%'],
    ['0.15', '0.15', '15%'],
    ['0', '0', '0%'],
    ['0.333333', '0.3333', '33.3%'],
    ['0.35', '0.35', '35%'],
  ])('%s → %s and %s', (text, decimal, percent) => {
    expect(formatShare(parseShare(text))).toBe(decimal);
    expect(formatSharePercent(parseShare(text))).toBe(percent);
  });

  it('converts to a number for display only', () => {
    expect(shareToNumber(parseShare('30%'))).toBeCloseTo(0.3, 12);
  });
});

describe('meetsShare (exact: no floating-point drift at the boundary)', () => {
  const t = parseShare('0.3');
  it.each([
    [3, 10, true],
    [2, 10, false],
    [30, 100, true],
    [29, 100, false],
    [300000, 1000000, true],
    [299999, 1000000, false],
    [0, 0, true],
  ])('%i of %i meets 30%%: %s', (value, of, expected) => {
    expect(meetsShare(value, of, t)).toBe(expected);
  });

  it('decides 0.1 + 0.2 style boundaries that floating point gets wrong', () => {
    // 0.07 * 100 === 7.000000000000001 in floating point, which would wrongly refuse 7 of 100 at 7%.
    expect(7 >= 0.07 * 100).toBe(false);
    expect(meetsShare(7, 100, parseShare('0.07'))).toBe(true);
    // 0.57 * 100 === 56.99999999999999, which would wrongly accept 56.99… of 100 style roundings.
    expect(meetsShare(57, 100, parseShare('0.57'))).toBe(true);
    expect(meetsShare(56, 100, parseShare('0.57'))).toBe(false);
    expect(meetsShare(3, 10, t)).toBe(true);
  });

  it('handles workforces beyond safe-integer products with bigint', () => {
    expect(meetsShare(3_000_000_000_000n, 10_000_000_000_000n, t)).toBe(true);
    expect(meetsShare(2_999_999_999_999n, 10_000_000_000_000n, t)).toBe(false);
  });
});
