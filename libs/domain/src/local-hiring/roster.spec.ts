import { LocalHiringStatus } from '@jobbridge/contracts';
import { addDays, countActive, isActiveOn, localHiringHistory, MAX_HISTORY_DAYS, RosterTenure } from './roster';
import { parseShare } from './share';

const THIRTY = parseShare('0.3');
const w = (startDate: string, endDate: string | null, local: boolean): RosterTenure => ({ startDate, endDate, local });

describe('isActiveOn: started on or before the day and not yet left', () => {
  const t = w('2026-03-01', '2026-03-10', true);
  it.each([
    ['2026-02-28', false],
    ['2026-03-01', true],
    ['2026-03-09', true],
    ['2026-03-10', false], // the day they leave is not counted
    ['2026-03-11', false],
  ])('%s → %s', (date, active) => expect(isActiveOn(t, date)).toBe(active));

  it('an open tenure stays active', () => expect(isActiveOn(w('2026-03-01', null, false), '2030-01-01')).toBe(true));
  it('a tenure ending the day it starts is never active', () =>
    expect(isActiveOn(w('2026-03-01', '2026-03-01', false), '2026-03-01')).toBe(false));
});

describe('countActive', () => {
  it('counts the active and the local among them on a date', () => {
    const roster = [
      w('2026-01-01', null, true),
      w('2026-01-01', '2026-02-01', true),
      w('2026-01-15', null, false),
      w('2026-03-01', null, false),
    ];
    expect(countActive(roster, '2026-01-10')).toEqual({ total: 2, local: 2 });
    expect(countActive(roster, '2026-01-20')).toEqual({ total: 3, local: 2 });
    expect(countActive(roster, '2026-02-01')).toEqual({ total: 2, local: 1 });
    expect(countActive(roster, '2026-03-01')).toEqual({ total: 3, local: 1 });
  });
});

describe('localHiringHistory', () => {
  it('follows hires and tenure ends day by day', () => {
    const roster = [
      w('2026-05-01', null, true),
      w('2026-05-01', null, false),
      w('2026-05-03', '2026-05-05', true), // two days: 3rd and 4th
      w('2026-05-04', null, false),
      w('2026-05-04', null, false),
      w('2026-05-06', '2026-05-06', true), // never on site
    ];
    const days = localHiringHistory(roster, '2026-04-30', '2026-05-06', THIRTY);
    expect(days.map((d) => [d.date, d.localWorkers, d.totalWorkers, d.status])).toEqual([
      ['2026-04-30', 0, 0, LocalHiringStatus.NO_WORKERS],
      ['2026-05-01', 1, 2, LocalHiringStatus.COMPLIANT],
      ['2026-05-02', 1, 2, LocalHiringStatus.COMPLIANT],
      ['2026-05-03', 2, 3, LocalHiringStatus.COMPLIANT],
      ['2026-05-04', 2, 5, LocalHiringStatus.COMPLIANT], // 40%; one more non-local would be 33%
      ['2026-05-05', 1, 4, LocalHiringStatus.BREACH], // the local worker left on the 5th: 25%
      ['2026-05-06', 1, 4, LocalHiringStatus.BREACH],
    ]);
  });

  it('agrees with countActive on every day of a random roster', () => {
    let seed = 42;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const roster: RosterTenure[] = [];
    for (let i = 0; i < 300; i++) {
      const start = addDays('2026-01-01', rand(120));
      roster.push(w(start, rand(3) === 0 ? null : addDays(start, rand(60)), rand(3) === 0));
    }
    const days = localHiringHistory(roster, '2026-01-10', '2026-05-31', THIRTY);
    expect(days).toHaveLength(142);
    for (const d of days) {
      const c = countActive(roster, d.date);
      expect([d.date, d.totalWorkers, d.localWorkers]).toEqual([d.date, c.total, c.local]);
    }
  });

  it('crosses month and leap-year ends', () => {
    const days = localHiringHistory([w('2028-02-28', '2028-03-01', true)], '2028-02-27', '2028-03-02', THIRTY);
    expect(days.map((d) => [d.date, d.totalWorkers])).toEqual([
      ['2028-02-27', 0],
      ['2028-02-28', 1],
      ['2028-02-29', 1],
      ['2028-03-01', 0],
      ['2028-03-02', 0],
    ]);
  });

  it('refuses bad ranges', () => {
    expect(() => localHiringHistory([], '2026-05-02', '2026-05-01', THIRTY)).toThrow(RangeError);
    expect(() => localHiringHistory([], '2026-02-30', '2026-03-01', THIRTY)).toThrow(RangeError);
    expect(() => localHiringHistory([], '2020-01-01', addDays('2020-01-01', MAX_HISTORY_DAYS), THIRTY)).toThrow(RangeError);
    expect(localHiringHistory([], '2020-01-01', addDays('2020-01-01', MAX_HISTORY_DAYS - 1), THIRTY)).toHaveLength(MAX_HISTORY_DAYS);
  });
});

describe('addDays', () => {
  it('moves across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
  });
});
