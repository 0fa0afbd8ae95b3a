import {
  addYears,
  chinaCalendarDate,
  compareCalendarDates,
  daysInMonth,
  formatIsoDate,
  isLeapYear,
  isValidCalendarDate,
  parseIsoDate,
} from './calendar-date';

describe('isLeapYear', () => {
  it.each([
    [2024, true],
    [2023, false],
    [2000, true],
    [1900, false],
    [2100, false],
    [1996, true],
  ])('%i → %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
  });
});

describe('daysInMonth', () => {
  it('gives February 29 days in a leap year and 28 otherwise', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
  });

  it('gives 30-day and 31-day months', () => {
    expect([1, 3, 5, 7, 8, 10, 12].map((m) => daysInMonth(2023, m))).toEqual([31, 31, 31, 31, 31, 31, 31]);
    expect([4, 6, 9, 11].map((m) => daysInMonth(2023, m))).toEqual([30, 30, 30, 30]);
  });
});

describe('isValidCalendarDate', () => {
  it('accepts real dates', () => {
    expect(isValidCalendarDate(2024, 2, 29)).toBe(true);
    expect(isValidCalendarDate(2023, 12, 31)).toBe(true);
    expect(isValidCalendarDate(2023, 1, 1)).toBe(true);
  });

  it('rejects days and months that do not exist', () => {
    expect(isValidCalendarDate(2023, 2, 29)).toBe(false);
    expect(isValidCalendarDate(2023, 4, 31)).toBe(false);
    expect(isValidCalendarDate(2023, 13, 1)).toBe(false);
    expect(isValidCalendarDate(2023, 0, 1)).toBe(false);
    expect(isValidCalendarDate(2023, 1, 0)).toBe(false);
    expect(isValidCalendarDate(2023, 1.5, 1)).toBe(false);
  });
});

describe('parseIsoDate / formatIsoDate', () => {
  it('parses a strict YYYY-MM-DD date', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it.each(['2023-02-29', '2024-2-29', '20240229', '2024-02-29T00:00:00Z', ' 2024-02-29', '', 'abcd-ef-gh'])('rejects %p', (value) => {
    expect(parseIsoDate(value)).toBeNull();
  });

  it('formats with zero padding and round-trips', () => {
    expect(formatIsoDate({ year: 987, month: 3, day: 4 })).toBe('0987-03-04');
    expect(formatIsoDate(parseIsoDate('2001-10-09')!)).toBe('2001-10-09');
  });
});

describe('chinaCalendarDate', () => {
  it('uses the date in UTC+8, not the server zone', () => {
    expect(chinaCalendarDate(new Date('2024-06-30T15:59:59Z'))).toEqual({ year: 2024, month: 6, day: 30 });
    expect(chinaCalendarDate(new Date('2024-06-30T16:00:00Z'))).toEqual({ year: 2024, month: 7, day: 1 });
  });

  it('keeps the date of a UTC-midnight Date built from a YYYY-MM-DD string', () => {
    expect(chinaCalendarDate(new Date('2024-01-01'))).toEqual({ year: 2024, month: 1, day: 1 });
  });

  it('rolls the year over at China midnight on New Year', () => {
    expect(chinaCalendarDate(new Date('2023-12-31T16:00:00Z'))).toEqual({ year: 2024, month: 1, day: 1 });
  });

  it('throws on an invalid Date', () => {
    expect(() => chinaCalendarDate(new Date('nope'))).toThrow(RangeError);
  });
});

describe('compareCalendarDates', () => {
  it('orders by year, then month, then day', () => {
    const d = (year: number, month: number, day: number) => ({ year, month, day });
    expect(compareCalendarDates(d(2024, 1, 1), d(2023, 12, 31))).toBeGreaterThan(0);
    expect(compareCalendarDates(d(2024, 1, 31), d(2024, 2, 1))).toBeLessThan(0);
    expect(compareCalendarDates(d(2024, 2, 1), d(2024, 2, 2))).toBeLessThan(0);
    expect(compareCalendarDates(d(2024, 2, 2), d(2024, 2, 2))).toBe(0);
  });
});

describe('addYears', () => {
  it('keeps month and day', () => {
    expect(addYears({ year: 2022, month: 6, day: 30 }, 2)).toEqual({ year: 2024, month: 6, day: 30 });
    expect(addYears({ year: 2022, month: 6, day: 30 }, -2)).toEqual({ year: 2020, month: 6, day: 30 });
  });

  it('moves 29 February to 28 February in a common year', () => {
    expect(addYears({ year: 2024, month: 2, day: 29 }, 2)).toEqual({ year: 2026, month: 2, day: 28 });
  });

  it('keeps 29 February when the target year is a leap year', () => {
    expect(addYears({ year: 2024, month: 2, day: 29 }, 4)).toEqual({ year: 2028, month: 2, day: 29 });
  });
});
