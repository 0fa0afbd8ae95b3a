import {
  CREDIT_CODE_CHARSET,
  creditCodeCheckChar,
  generateCreditCode,
  isValidCreditCode,
  normalizeCreditCode,
  validateCreditCode,
} from './credit-code';

// Real, published codes (company registrations), checked against the GB 32100 algorithm.
const REAL_CODES = [
  '91350100M000100Y43',
  '91110000802100433B',
  '91440300708461136T',
  '914403001922038216',
  '91330100716105852F',
  '91110000710931141J',
];

describe('normalizeCreditCode', () => {
  it('trims and upper-cases', () => {
    expect(normalizeCreditCode('  91350100m000100y43\n')).toBe('91350100M000100Y43');
  });

  it('leaves inner characters alone', () => {
    expect(normalizeCreditCode('9135 0100')).toBe('9135 0100');
  });
});

describe('isValidCreditCode', () => {
  it.each(REAL_CODES)('accepts the real code %s', (code) => {
    expect(isValidCreditCode(code)).toBe(true);
  });

  it('accepts lower case and surrounding whitespace', () => {
    expect(isValidCreditCode(' 91350100m000100y43 ')).toBe(true);
  });

  it('rejects a code with one character changed', () => {
    expect(isValidCreditCode('91350100M000100Y44')).toBe(false);
    expect(isValidCreditCode('92350100M000100Y43')).toBe(false);
  });

  it('rejects two swapped neighbouring characters', () => {
    expect(isValidCreditCode('91110000802100343B')).toBe(false);
  });

  it('rejects the empty string', () => {
    expect(isValidCreditCode('')).toBe(false);
  });
});

describe('validateCreditCode', () => {
  it('reports ok for a valid code', () => {
    expect(validateCreditCode('91350100M000100Y43')).toEqual({ ok: true });
  });

  it.each(['', '91350100M000100Y4', '91350100M000100Y433', '91350100M000100Y43X'])('reports LENGTH for %p', (code) => {
    expect(validateCreditCode(code)).toEqual({ ok: false, reason: 'LENGTH' });
  });

  it('counts length after trimming', () => {
    expect(validateCreditCode('  91350100M000100Y4  ')).toEqual({ ok: false, reason: 'LENGTH' });
  });

  it.each(['I', 'O', 'Z', 'S', 'V'])('reports CHARSET for the excluded letter %s', (letter) => {
    expect(validateCreditCode(`91350100M000100Y4${letter}`)).toEqual({ ok: false, reason: 'CHARSET' });
    expect(validateCreditCode(`${letter}1350100M000100Y43`)).toEqual({ ok: false, reason: 'CHARSET' });
  });

  it('reports CHARSET for punctuation, spaces and full-width characters inside', () => {
    expect(validateCreditCode('91350100M000100-43')).toEqual({ ok: false, reason: 'CHARSET' });
    expect(validateCreditCode('91350100M000 00Y43')).toEqual({ ok: false, reason: 'CHARSET' });
    expect(validateCreditCode('９1350100M000100Y43')).toEqual({ ok: false, reason: 'CHARSET' });
  });

  it('reports CHARSET when the region code (positions 3–8) is not all digits', () => {
    expect(validateCreditCode('9135A100M000100Y43')).toEqual({ ok: false, reason: 'CHARSET' });
    expect(validateCreditCode('91B50100M000100Y43')).toEqual({ ok: false, reason: 'CHARSET' });
    expect(validateCreditCode('9135010AM000100Y43')).toEqual({ ok: false, reason: 'CHARSET' });
  });

  it('reports CHECK_CHAR when only the check character is wrong', () => {
    expect(validateCreditCode('91350100M000100Y40')).toEqual({ ok: false, reason: 'CHECK_CHAR' });
    expect(validateCreditCode('91110000802100433A')).toEqual({ ok: false, reason: 'CHECK_CHAR' });
  });

  it('treats a non-string as a LENGTH failure instead of throwing', () => {
    expect(validateCreditCode(undefined as unknown as string)).toEqual({ ok: false, reason: 'LENGTH' });
  });
});

describe('creditCodeCheckChar', () => {
  it('computes the check character of the real codes', () => {
    for (const code of REAL_CODES) expect(creditCodeCheckChar(code.slice(0, 17))).toBe(code[17]);
  });

  it('maps a remainder of 0 to the check character 0 (31 → 0)', () => {
    // 17 zeros: sum 0, 31 - 0 = 31, which wraps to 0.
    expect(creditCodeCheckChar('00000000000000000')).toBe('0');
  });

  it('maps a remainder of 1 to the last symbol Y (value 30)', () => {
    // Only position 1 is 1 (weight 1): sum 1, 31 - 1 = 30 → 'Y'.
    expect(creditCodeCheckChar('10000000000000000')).toBe('Y');
  });

  it('always yields a symbol from the alphabet', () => {
    for (let i = 0; i < 31; i++) {
      const body = `9${CREDIT_CODE_CHARSET[i]}350100${CREDIT_CODE_CHARSET[30 - i]}00000000`;
      expect(CREDIT_CODE_CHARSET).toContain(creditCodeCheckChar(body));
    }
  });

  it.each(['9135010', '91350100M000100Y43', '91350100M000100YI', '9135A100M000100Y4'])(
    'throws for a body that is not 17 valid characters: %p',
    (body) => {
      expect(() => creditCodeCheckChar(body)).toThrow(RangeError);
    },
  );
});

describe('generateCreditCode', () => {
  it('appends the check character so the result is valid', () => {
    expect(generateCreditCode('91350100M000100Y4')).toBe('91350100M000100Y43');
    expect(isValidCreditCode(generateCreditCode('91622921MA7XY0123'))).toBe(true);
  });

  it('normalises the body first', () => {
    expect(generateCreditCode(' 91110000802100433 ')).toBe('91110000802100433B');
    expect(generateCreditCode('91350100m000100y4')).toBe('91350100M000100Y43');
  });

  it('produces valid codes for every organisation-type symbol', () => {
    for (const type of CREDIT_CODE_CHARSET) {
      expect(isValidCreditCode(generateCreditCode(`9${type}622921000000001`))).toBe(true);
    }
  });

  it('throws on a malformed body', () => {
    expect(() => generateCreditCode('91350100')).toThrow(RangeError);
  });
});
