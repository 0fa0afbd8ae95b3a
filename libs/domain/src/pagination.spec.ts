import { DomainError } from './errors';
import { clampPageSize, decodeCursor, encodeCursor, MAX_CURSOR_LENGTH } from './pagination';

describe('encodeCursor / decodeCursor', () => {
  it.each<[string, (string | number)[]]>([
    ['a timestamp and a uuid', ['2024-06-30T08:00:00.000Z', '3f2b8c1e-9d4a-4b7e-8f00-1a2b3c4d5e6f']],
    ['numbers', [0, -1, 3.25, 1e21, Number.MAX_SAFE_INTEGER]],
    ['Chinese text', ['临夏县电焊工', '甘康电焊工']],
    ['emoji and escapes', ['😀', 'a"b\\c\n']],
    ['an empty string', ['']],
    ['no values', []],
    ['one byte of JSON padding', ['a']],
    ['two bytes of JSON padding', ['ab']],
    ['no padding', ['abc']],
  ])('round-trips %s', (_label, values) => {
    expect(decodeCursor(encodeCursor(values))).toEqual(values);
  });

  it('produces URL-safe text without padding', () => {
    for (let n = 0; n < 40; n++) {
      const cursor = encodeCursor(['?'.repeat(n), '>'.repeat(n), n]);
      expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    }
  });

  it('matches the standard base64url encoding of the JSON', () => {
    const values = ['2024-06-30', 42, '临夏'];
    expect(encodeCursor(values)).toBe(Buffer.from(JSON.stringify(values)).toString('base64url'));
  });

  it('refuses NaN and Infinity, which JSON cannot carry', () => {
    expect(() => encodeCursor([Number.NaN])).toThrow(RangeError);
    expect(() => encodeCursor([Number.POSITIVE_INFINITY])).toThrow(RangeError);
  });

  it('refuses to make a cursor longer than the decoder accepts', () => {
    expect(() => encodeCursor(['x'.repeat(MAX_CURSOR_LENGTH)])).toThrow(RangeError);
  });

  const b64 = (text: string) => Buffer.from(text).toString('base64url');

  it.each([
    ['an empty string', ''],
    ['characters outside base64url', 'abc$'],
    ['standard base64 with + and /', '+/+/'],
    ['padding', `${b64('[1]')}=`],
    ['an impossible length', 'WzFdW'],
    ['a second spelling of [] with non-zero leftover bits', 'W11'],
    ['not JSON', b64('hello')],
    ['JSON that is not an array', b64('{"a":1}')],
    ['a JSON string', b64('"a"')],
    ['null', b64('null')],
    ['an array holding an object', b64('[{"a":1}]')],
    ['an array holding null', b64('[null]')],
    ['an array holding a boolean', b64('[true]')],
    ['a nested array', b64('[[1]]')],
    ['invalid UTF-8', Buffer.from([0x5b, 0x22, 0xff, 0x22, 0x5d]).toString('base64url')],
    ['an oversized cursor', 'A'.repeat(MAX_CURSOR_LENGTH + 4)],
  ])('returns null for %s', (_label, cursor) => {
    expect(decodeCursor(cursor)).toBeNull();
  });

  it('decodes the canonical spelling of []', () => {
    expect(encodeCursor([])).toBe('W10');
    expect(decodeCursor('W10')).toEqual([]);
  });

  it('returns null for a non-string', () => {
    expect(decodeCursor(undefined as unknown as string)).toBeNull();
  });

  it('accepts a cursor of exactly the maximum length', () => {
    const filler = 'x'.repeat(Math.floor((MAX_CURSOR_LENGTH * 3) / 4) - 4);
    const cursor = encodeCursor([filler]);
    expect(cursor.length).toBeLessThanOrEqual(MAX_CURSOR_LENGTH);
    expect(decodeCursor(cursor)).toEqual([filler]);
  });
});

describe('clampPageSize', () => {
  const limits = { default: 20, max: 100 };

  it('uses the default when first is absent', () => {
    expect(clampPageSize(undefined, limits)).toBe(20);
    expect(clampPageSize(null, limits)).toBe(20);
  });

  it.each([1, 20, 99, 100])('returns first = %i within the limits', (first) => {
    expect(clampPageSize(first, limits)).toBe(first);
  });

  it('throws PAGE_SIZE_TOO_LARGE on field first just above the maximum', () => {
    let error: DomainError | undefined;
    try {
      clampPageSize(101, limits);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'PAGE_SIZE_TOO_LARGE', field: 'first' });
    expect(error?.message).toContain('100');
  });

  it.each([0, -1, -100])('throws VALIDATION_FAILED on field first for %i', (first) => {
    expect(() => clampPageSize(first, limits)).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED', field: 'first' }));
  });

  it.each([1.5, Number.NaN])('throws VALIDATION_FAILED for the non-integer %p', (first) => {
    expect(() => clampPageSize(first, limits)).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED', field: 'first' }));
  });

  it('rejects Infinity as not a whole number', () => {
    expect(() => clampPageSize(Number.POSITIVE_INFINITY, limits)).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
  });
});
