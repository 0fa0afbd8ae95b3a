import { ErrorCode } from '@jobbridge/contracts';
import { DomainError, isDomainError } from './errors';

describe('DomainError', () => {
  it('carries the error code, message and offending field', () => {
    const error = new DomainError(ErrorCode.PAY_RANGE_INVALID, 'min above max', 'payMin');
    expect(error.code).toBe('PAY_RANGE_INVALID');
    expect(error.message).toBe('min above max');
    expect(error.field).toBe('payMin');
  });

  it('leaves the field undefined when no single field is at fault', () => {
    expect(new DomainError(ErrorCode.INVALID_STATUS_TRANSITION, 'no').field).toBeUndefined();
  });

  it('is an Error named DomainError with a stack', () => {
    const error = new DomainError(ErrorCode.VALIDATION_FAILED, 'bad');
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(DomainError);
    expect(error.name).toBe('DomainError');
    expect(error.stack).toContain('DomainError');
    expect(String(error)).toBe('DomainError: bad');
  });

  it('is recognised by isDomainError and other errors are not', () => {
    expect(isDomainError(new DomainError(ErrorCode.FORBIDDEN, 'x'))).toBe(true);
    expect(isDomainError(new Error('x'))).toBe(false);
    expect(isDomainError({ code: 'FORBIDDEN', message: 'x' })).toBe(false);
    expect(isDomainError(undefined)).toBe(false);
  });
});
