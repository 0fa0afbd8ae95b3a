import {
  generateIdNumber,
  idNumberCheckChar,
  isValidIdNumber,
  maskIdNumber,
  maskPhone,
  normalizeIdNumber,
  validateIdNumber,
} from './id-number';

const TODAY = new Date('2024-06-30T12:00:00+08:00');
/** A valid number born on `yyyymmdd` with sequence `seq` (3 digits). */
const idBornOn = (yyyymmdd: string, seq = '123') => generateIdNumber(`622921${yyyymmdd}${seq}`);

describe('normalizeIdNumber', () => {
  it('trims and upper-cases a trailing x', () => {
    expect(normalizeIdNumber(' 11010519491231002x ')).toBe('11010519491231002X');
  });
});

describe('idNumberCheckChar', () => {
  it.each([
    ['11010519491231002', 'X'],
    ['44052418800101001', '4'],
    ['62292119900307123', '4'],
    ['62292119900307109', '0'],
  ])('computes the check character of %s as %s', (body, check) => {
    expect(idNumberCheckChar(body)).toBe(check);
  });

  it.each(['1101051949123100', '110105194912310021', '1101051949123100X', ''])('throws for %p', (body) => {
    expect(() => idNumberCheckChar(body)).toThrow(RangeError);
  });
});

describe('validateIdNumber', () => {
  it('accepts the GB 11643 example number ending in X and reads birth date and gender', () => {
    expect(validateIdNumber('11010519491231002X', TODAY)).toEqual({ ok: true, birthDate: '1949-12-31', gender: 'FEMALE' });
  });

  it('accepts a lower-case x and surrounding whitespace', () => {
    expect(validateIdNumber(' 11010519491231002x\t', TODAY).ok).toBe(true);
  });

  it('reads gender from position 17: odd is male, even is female', () => {
    expect(validateIdNumber('622921199003071234', TODAY)).toEqual({ ok: true, birthDate: '1990-03-07', gender: 'MALE' });
    for (const digit of '13579') expect(validateIdNumber(idBornOn('19900307', `12${digit}`), TODAY)).toMatchObject({ gender: 'MALE' });
    for (const digit of '02468') expect(validateIdNumber(idBornOn('19900307', `12${digit}`), TODAY)).toMatchObject({ gender: 'FEMALE' });
  });

  it.each(['', '62292119900307123', '6229211990030712344', '622921900307123'])('reports LENGTH for %p', (id) => {
    expect(validateIdNumber(id, TODAY)).toEqual({ ok: false, reason: 'LENGTH' });
  });

  it.each(['62292119900307123A', '6229211990030712X4', 'X22921199003071234', '622921 9900307123X', '６22921199003071234'])(
    'reports FORMAT for %p',
    (id) => {
      expect(validateIdNumber(id, TODAY)).toEqual({ ok: false, reason: 'FORMAT' });
    },
  );

  it('reports CHECK_DIGIT when only the check character is wrong', () => {
    expect(validateIdNumber('622921199003071235', TODAY)).toEqual({ ok: false, reason: 'CHECK_DIGIT' });
    expect(validateIdNumber('110105194912310021', TODAY)).toEqual({ ok: false, reason: 'CHECK_DIGIT' });
    expect(validateIdNumber('62292119900307104X'.slice(0, 17) + '0', TODAY)).toEqual({ ok: false, reason: 'CHECK_DIGIT' });
  });

  it('reports CHECK_DIGIT for swapped neighbouring digits', () => {
    expect(validateIdNumber('622921199003072134', TODAY)).toEqual({ ok: false, reason: 'CHECK_DIGIT' });
  });

  describe('birth date', () => {
    it('accepts 29 February in a leap year', () => {
      expect(validateIdNumber(idBornOn('20000229'), TODAY)).toMatchObject({ ok: true, birthDate: '2000-02-29' });
      expect(validateIdNumber(idBornOn('19960229'), TODAY)).toMatchObject({ ok: true, birthDate: '1996-02-29' });
    });

    it('rejects 29 February in a common year', () => {
      expect(validateIdNumber(idBornOn('20230229'), TODAY)).toEqual({ ok: false, reason: 'BIRTH_DATE' });
      expect(validateIdNumber(idBornOn('19990229'), TODAY)).toEqual({ ok: false, reason: 'BIRTH_DATE' });
    });

    it('rejects 29 February 1900 (a century that is not a leap year)', () => {
      expect(validateIdNumber(idBornOn('19000229'), TODAY)).toEqual({ ok: false, reason: 'BIRTH_DATE' });
    });

    it.each(['19901301', '19900001', '19900100', '19900431', '19900632', '19901232'])('rejects the impossible date %s', (date) => {
      expect(validateIdNumber(idBornOn(date), TODAY)).toEqual({ ok: false, reason: 'BIRTH_DATE' });
    });

    it('accepts 1 January 1900 and rejects 31 December 1899', () => {
      expect(validateIdNumber(idBornOn('19000101'), TODAY).ok).toBe(true);
      expect(validateIdNumber(idBornOn('18991231'), TODAY)).toEqual({ ok: false, reason: 'BIRTH_DATE' });
      expect(validateIdNumber('440524188001010014', TODAY)).toEqual({ ok: false, reason: 'BIRTH_DATE' });
    });

    it('accepts a birth date of today and rejects tomorrow', () => {
      expect(validateIdNumber(idBornOn('20240630'), TODAY).ok).toBe(true);
      expect(validateIdNumber(idBornOn('20240701'), TODAY)).toEqual({ ok: false, reason: 'BIRTH_DATE' });
    });

    it('judges "today" by the date in China, not UTC', () => {
      // 2024-06-30T17:00Z is already 1 July in China.
      expect(validateIdNumber(idBornOn('20240701'), new Date('2024-06-30T17:00:00Z')).ok).toBe(true);
      expect(validateIdNumber(idBornOn('20240701'), new Date('2024-06-30T15:59:59Z')).ok).toBe(false);
    });

    it('defaults today to now', () => {
      expect(validateIdNumber(idBornOn('20990101')).ok).toBe(false);
      expect(validateIdNumber(idBornOn('19900101')).ok).toBe(true);
    });

    it('reports BIRTH_DATE before CHECK_DIGIT when both are wrong', () => {
      const badDate = '622921199013011230';
      expect(validateIdNumber(badDate, TODAY)).toEqual({ ok: false, reason: 'BIRTH_DATE' });
    });
  });

  it('treats a non-string as a LENGTH failure instead of throwing', () => {
    expect(validateIdNumber(null as unknown as string, TODAY)).toEqual({ ok: false, reason: 'LENGTH' });
  });
});

describe('isValidIdNumber', () => {
  it('mirrors validateIdNumber', () => {
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
    expect(isValidIdNumber('110105194912310021')).toBe(false);
    expect(isValidIdNumber(idBornOn('20240701'), TODAY)).toBe(false);
  });
});

describe('generateIdNumber', () => {
  it('produces valid numbers for many sequence codes', () => {
    for (let seq = 0; seq < 1000; seq += 37) {
      expect(isValidIdNumber(idBornOn('19851120', String(seq).padStart(3, '0')), TODAY)).toBe(true);
    }
  });

  it('throws for a body that is not 17 digits', () => {
    expect(() => generateIdNumber('62292119900307')).toThrow(RangeError);
  });
});

describe('maskIdNumber', () => {
  it('keeps the first 6 and last 4 characters of an 18-character number', () => {
    expect(maskIdNumber('622921199003071234')).toBe('622921********1234');
    expect(maskIdNumber('11010519491231002x')).toBe('110105********002X');
  });

  it('uses eight stars regardless of the length of a 15-character legacy number', () => {
    expect(maskIdNumber('622921900307123')).toBe('622921********7123');
  });

  it('trims before masking', () => {
    expect(maskIdNumber('  622921199003071234 ')).toBe('622921********1234');
  });

  it('masks shorter strings entirely', () => {
    expect(maskIdNumber('12345678901234')).toBe('**************');
    expect(maskIdNumber('1234')).toBe('****');
    expect(maskIdNumber('')).toBe('');
  });
});

describe('maskPhone', () => {
  it('masks the middle four digits of an 11-digit mobile number', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('19912345678')).toBe('199****5678');
  });

  it('recognises a mobile number written with +86, spaces or hyphens', () => {
    expect(maskPhone('+86 138 1234 5678')).toBe('138****5678');
    expect(maskPhone('138-1234-5678')).toBe('138****5678');
    expect(maskPhone('008613812345678')).toBe('138****5678');
    expect(maskPhone(' 13812345678 ')).toBe('138****5678');
  });

  it('keeps the first 3 and last 2 characters of other numbers', () => {
    expect(maskPhone('0930-6212345')).toBe('093*******45');
    expect(maskPhone('09306212345')).toBe('093******45');
    expect(maskPhone('12345678')).toBe('123***78');
    expect(maskPhone('138123456789')).toBe('138*******89');
    expect(maskPhone('+852 9123 4567')).toBe('+85*********67');
  });

  it('masks numbers shorter than 8 characters entirely', () => {
    expect(maskPhone('1234567')).toBe('*******');
    expect(maskPhone('12345')).toBe('*****');
    expect(maskPhone('')).toBe('');
  });
});
