import { DomainError } from './errors';
import { validateHeadcount, validatePayRange } from './job-posting-rules';

describe('validatePayRange', () => {
  it.each([
    [3000, 5000],
    [4000, 4000],
    [0, 0],
    [0, 3000],
    [999_999, 1_000_000],
    [1_000_000, 1_000_000],
  ])('accepts %i–%i', (min, max) => {
    expect(validatePayRange(min, max)).toBeNull();
  });

  it('rejects a minimum above the maximum on payMin', () => {
    const error = validatePayRange(5001, 5000);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'PAY_RANGE_INVALID', field: 'payMin' });
  });

  it('rejects a maximum above 1,000,000 on payMax', () => {
    expect(validatePayRange(3000, 1_000_001)).toMatchObject({ code: 'PAY_RANGE_INVALID', field: 'payMax' });
  });

  it('blames payMax, not payMin, when the maximum is too large and also below the minimum', () => {
    expect(validatePayRange(2_000_000, 1_500_000)).toMatchObject({ field: 'payMax' });
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, -0.1])('rejects the minimum %p on payMin', (min) => {
    expect(validatePayRange(min, 5000)).toMatchObject({ code: 'PAY_RANGE_INVALID', field: 'payMin' });
  });

  it.each([-1, 4999.99, Number.NaN, Number.POSITIVE_INFINITY])('rejects the maximum %p on payMax', (max) => {
    expect(validatePayRange(3000, max)).toMatchObject({ code: 'PAY_RANGE_INVALID', field: 'payMax' });
  });

  it('returns the error rather than throwing', () => {
    expect(() => validatePayRange(-5, -10)).not.toThrow();
  });
});

describe('validateHeadcount', () => {
  it.each([1, 2, 50, 9_999, 10_000])('accepts %i', (n) => {
    expect(validateHeadcount(n)).toBeNull();
  });

  it.each([0, -1, 10_001, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects %p on headcount', (n) => {
    const error = validateHeadcount(n);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'headcount' });
  });
});
