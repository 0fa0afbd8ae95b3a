import { domainErrorOf } from '../spec-support';
import { checkGigMinimumWage, describeGigPay, fenOf, gigPayDueFen, minutesWorked } from './gig-pay';
import { dailyMinutes } from './gig-schedule';

/** An instant in China time (UTC+8): "2026-12-10T08:00" or "2026-12-10T08:00:30". */
const cn = (local: string) => new Date(`${local.length === 16 ? `${local}:00` : local}+08:00`);

describe('fenOf', () => {
  it.each([
    [0, 0],
    [0.01, 1],
    [17.4, 1740],
    [19.5, 1950],
    [150, 15000],
    [0.1 + 0.2, 30], // 0.30000000000000004 is still 3 角
    [99999.99, 9999999],
  ])('%p yuan is %i fen', (yuan, fen) => {
    expect(fenOf(yuan)).toBe(fen);
  });

  it('refuses more than two decimals, on the field named', () => {
    const error = domainErrorOf(() => fenOf(150.555));
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'payYuan' });
    expect(error.message).toContain('两位小数');
    expect(domainErrorOf(() => fenOf(0.001, 'amountYuan')).field).toBe('amountYuan');
  });

  it.each([-0.01, -1, Number.NaN, Number.POSITIVE_INFINITY])('refuses %p', (yuan) => {
    const error = domainErrorOf(() => fenOf(yuan, 'amountYuan'));
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'amountYuan' });
    expect(error.message).toBe('金额须为不小于 0 的数字');
  });
});

describe('gigPayDueFen', () => {
  describe('DAY', () => {
    it('pays the day rate for each day with any work, whole', () => {
      expect(gigPayDueFen('DAY', 20000, [{ minutes: 480 }, { minutes: 0 }, { minutes: 30 }])).toBe(40000);
      expect(gigPayDueFen('DAY', 20000, [{ minutes: 1 }])).toBe(20000);
    });

    it('counts a day with pieces but no minutes', () => {
      expect(gigPayDueFen('DAY', 15000, [{ minutes: 0, pieces: 3 }])).toBe(15000);
    });

    it('pays nothing for no days, or days without work', () => {
      expect(gigPayDueFen('DAY', 20000, [])).toBe(0);
      expect(gigPayDueFen('DAY', 20000, [{ minutes: 0 }, { minutes: 0, pieces: null }, { minutes: -5 }])).toBe(0);
    });
  });

  describe('HOUR', () => {
    it('pays each minute at the hourly rate', () => {
      expect(gigPayDueFen('HOUR', 2500, [{ minutes: 165 }])).toBe(6875); // 2 h 45 min × 25 元
      expect(gigPayDueFen('HOUR', 1740, [{ minutes: 1 }])).toBe(29); // 17.40 / 60 = 0.29
    });

    it('rounds to the fen once, at the end, not day by day', () => {
      // 20 元/h: one minute is 33⅓ fen. Three one-minute days are 100 fen, not 3 × 33.
      expect(gigPayDueFen('HOUR', 2000, [{ minutes: 1 }, { minutes: 1 }, { minutes: 1 }])).toBe(100);
      expect(gigPayDueFen('HOUR', 2000, [{ minutes: 1 }, { minutes: 1 }])).toBe(67); // 66⅔
      expect(gigPayDueFen('HOUR', 2000, [{ minutes: 1 }])).toBe(33); // 33⅓
    });

    it('rounds half a fen up', () => {
      expect(gigPayDueFen('HOUR', 30, [{ minutes: 1 }])).toBe(1); // 0.5 fen
      expect(gigPayDueFen('HOUR', 90, [{ minutes: 1 }])).toBe(2); // 1.5 fen
    });

    it('counts whole minutes only and ignores negative ones', () => {
      expect(gigPayDueFen('HOUR', 1740, [{ minutes: 59.9 }])).toBe(1711); // 59 minutes
      expect(gigPayDueFen('HOUR', 6000, [{ minutes: 60 }, { minutes: -30 }])).toBe(6000);
    });
  });

  describe('PIECE', () => {
    it('pays each piece over all days, whole pieces only', () => {
      expect(
        gigPayDueFen('PIECE', 50, [
          { minutes: 0, pieces: 120 },
          { minutes: 300, pieces: 80 },
          { minutes: 60, pieces: null },
          { minutes: 60, pieces: 2.7 },
        ]),
      ).toBe(50 * 202);
    });
  });

  it.each([-1, 1.5, Number.NaN])('refuses a rate of %p fen', (rate) => {
    expect(() => gigPayDueFen('DAY', rate, [{ minutes: 60 }])).toThrow(RangeError);
  });
});

describe('minutesWorked', () => {
  const start = cn('2026-12-10T08:00');
  const end = cn('2026-12-10T12:00');

  it('counts the minutes between check-in and check-out', () => {
    expect(minutesWorked(cn('2026-12-10T08:15'), cn('2026-12-10T11:00'), start, end)).toBe(165);
  });

  it('counts only the scheduled hours: arriving early and staying late are not paid', () => {
    expect(minutesWorked(cn('2026-12-10T07:00'), cn('2026-12-10T13:00'), start, end)).toBe(240);
  });

  it('counts nothing without a check-out, or outside the hours', () => {
    expect(minutesWorked(cn('2026-12-10T08:15'), null, start, end)).toBe(0);
    expect(minutesWorked(cn('2026-12-10T12:30'), cn('2026-12-10T13:00'), start, end)).toBe(0);
    expect(minutesWorked(cn('2026-12-10T06:00'), cn('2026-12-10T07:59'), start, end)).toBe(0);
    expect(minutesWorked(cn('2026-12-10T10:00'), cn('2026-12-10T09:00'), start, end)).toBe(0);
  });

  it('drops a part minute', () => {
    expect(minutesWorked(start, cn('2026-12-10T08:00:59'), start, end)).toBe(0);
    expect(minutesWorked(start, cn('2026-12-10T09:00:59'), start, end)).toBe(60);
  });
});

describe('checkGigMinimumWage (Gansu 17.40 元/h)', () => {
  const NINE_HOURS = dailyMinutes({ dailyStart: '08:00', dailyEnd: '17:00' });
  const EIGHT_HOURS = 480;

  describe('HOUR compares the rate', () => {
    it('passes pay exactly at the minimum wage', () => {
      expect(checkGigMinimumWage('HOUR', 1740, NINE_HOURS, 17.4)).toEqual({
        below: false,
        effectiveHourlyYuan: 17.4,
        hourlyMinimumYuan: 17.4,
      });
    });

    it('flags pay one fen below', () => {
      expect(checkGigMinimumWage('HOUR', 1739, NINE_HOURS, 17.4)).toEqual({
        below: true,
        effectiveHourlyYuan: 17.39,
        hourlyMinimumYuan: 17.4,
      });
    });

    it('does not depend on the day’s hours', () => {
      expect(checkGigMinimumWage('HOUR', 1740, 60, 17.4).below).toBe(false);
      expect(checkGigMinimumWage('HOUR', 1739, 1440, 17.4).below).toBe(true);
    });
  });

  describe('DAY divides the day rate by the scheduled hours', () => {
    it('passes a day rate that works out exactly at the minimum', () => {
      // 139.20 元 for 8 hours and 156.60 元 for 9 hours are both 17.40 元 an hour.
      expect(checkGigMinimumWage('DAY', 13920, EIGHT_HOURS, 17.4)).toEqual({
        below: false,
        effectiveHourlyYuan: 17.4,
        hourlyMinimumYuan: 17.4,
      });
      expect(checkGigMinimumWage('DAY', 15660, NINE_HOURS, 17.4).below).toBe(false);
    });

    it('flags a day rate one fen short', () => {
      expect(checkGigMinimumWage('DAY', 13919, EIGHT_HOURS, 17.4)).toEqual({
        below: true,
        effectiveHourlyYuan: 17.39, // 17.39875 shown down to the fen
        hourlyMinimumYuan: 17.4,
      });
      expect(checkGigMinimumWage('DAY', 15659, NINE_HOURS, 17.4).below).toBe(true);
    });

    it('flags the same day rate for a longer day', () => {
      expect(checkGigMinimumWage('DAY', 15000, EIGHT_HOURS, 17.4)).toMatchObject({ below: false, effectiveHourlyYuan: 18.75 });
      expect(checkGigMinimumWage('DAY', 15000, 600, 17.4)).toMatchObject({ below: true, effectiveHourlyYuan: 15 });
    });

    it('shows the hourly figure down to the fen', () => {
      expect(checkGigMinimumWage('DAY', 10000, NINE_HOURS, 17.4).effectiveHourlyYuan).toBe(11.11); // 11.111…
      expect(checkGigMinimumWage('DAY', 20000, NINE_HOURS, 17.4).effectiveHourlyYuan).toBe(22.22); // 22.222…
    });

    it('does not judge a day of no scheduled hours', () => {
      expect(checkGigMinimumWage('DAY', 100, 0, 17.4)).toEqual({ below: false, effectiveHourlyYuan: null, hourlyMinimumYuan: 17.4 });
    });
  });

  it('does not judge PIECE pay, however low', () => {
    expect(checkGigMinimumWage('PIECE', 1, NINE_HOURS, 17.4)).toEqual({ below: false, effectiveHourlyYuan: null, hourlyMinimumYuan: 17.4 });
  });

  it('judges nothing where the region has no minimum wage, but still works out the hourly figure', () => {
    expect(checkGigMinimumWage('HOUR', 100, NINE_HOURS, null)).toEqual({ below: false, effectiveHourlyYuan: 1, hourlyMinimumYuan: null });
    expect(checkGigMinimumWage('DAY', 5400, NINE_HOURS, null)).toEqual({ below: false, effectiveHourlyYuan: 6, hourlyMinimumYuan: null });
  });

  it('works with another region’s figure (19.5 元/h)', () => {
    expect(checkGigMinimumWage('HOUR', 1950, NINE_HOURS, 19.5).below).toBe(false);
    expect(checkGigMinimumWage('HOUR', 1949, NINE_HOURS, 19.5).below).toBe(true);
  });
});

describe('describeGigPay', () => {
  it.each([
    ['DAY', 15000, undefined, '150元/天'],
    ['DAY', 1, undefined, '0.01元/天'],
    ['DAY', 10, undefined, '0.1元/天'],
    ['DAY', 100000, undefined, '1000元/天'],
    ['HOUR', 2000, undefined, '20元/小时'],
    ['HOUR', 2050, undefined, '20.5元/小时'],
    ['HOUR', 1005, undefined, '10.05元/小时'],
    ['PIECE', 50, '箱', '0.5元/箱'],
    ['PIECE', 12000, ' 亩 ', '120元/亩'],
    ['PIECE', 125, ' ', '1.25元/件'],
    ['PIECE', 125, null, '1.25元/件'],
  ] as const)('%s at %i fen per %p reads %s', (unit, fen, pieceUnit, text) => {
    expect(describeGigPay(unit, fen, pieceUnit)).toBe(text);
  });
});
