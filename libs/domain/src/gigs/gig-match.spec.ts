import { gigDates } from './gig-schedule';
import { gigSuitability, gigSuitsWorker, isoWeekday, normalizeSkill, WorkerGigPreferences } from './gig-match';

describe('isoWeekday', () => {
  it.each([
    ['2026-12-07', 1],
    ['2026-12-11', 5],
    ['2026-12-12', 6],
    ['2026-12-13', 7],
    ['2027-01-01', 5],
    ['2028-02-29', 2],
  ])('%s is ISO weekday %i', (date, weekday) => {
    expect(isoWeekday(date)).toBe(weekday);
  });

  it('refuses what is not a date', () => {
    expect(() => isoWeekday('2026-02-30')).toThrow(RangeError);
    expect(() => isoWeekday('tomorrow')).toThrow(RangeError);
  });
});

describe('normalizeSkill', () => {
  it('drops spaces, as people type them', () => {
    expect(normalizeSkill('叉车 证')).toBe('叉车证');
    expect(normalizeSkill(' 电\t焊\n')).toBe('电焊');
  });

  it('folds full-width letters, digits and spaces (NFKC) and case', () => {
    expect(normalizeSkill('Ｃ１驾照')).toBe('c1驾照');
    expect(normalizeSkill('Ｃ１\u3000驾照')).toBe(normalizeSkill('c1 驾照'));
    expect(normalizeSkill('CAD')).toBe('cad');
  });

  it('keeps different skills apart', () => {
    expect(normalizeSkill('电焊')).not.toBe(normalizeSkill('气焊'));
  });
});

describe('gigSuitsWorker', () => {
  const weekdays: WorkerGigPreferences = { weekdays: [1, 2, 3, 4, 5], maxDistanceKm: 10, skills: ['叉车 证', '电焊'] };
  const monTue = { dates: ['2026-12-07', '2026-12-08'], skills: ['叉车证'] };

  describe('distance', () => {
    it('suits a worker exactly at their distance limit, not a metre beyond', () => {
      expect(gigSuitsWorker(monTue, weekdays, 10_000)).toBe(true);
      expect(gigSuitsWorker(monTue, weekdays, 10_001)).toBe(false);
      expect(gigSuitsWorker(monTue, weekdays, 0)).toBe(true);
    });

    it('with a limit of 0 km, suits only the very spot', () => {
      expect(gigSuitsWorker(monTue, { ...weekdays, maxDistanceKm: 0 }, 0)).toBe(true);
      expect(gigSuitsWorker(monTue, { ...weekdays, maxDistanceKm: 0 }, 1)).toBe(false);
    });
  });

  describe('weekdays', () => {
    it('needs every date of the gig on a weekday the worker takes', () => {
      const monToSat = { ...monTue, dates: gigDates({ startDate: '2026-12-07', endDate: '2026-12-12' }) };
      expect(gigSuitsWorker(monToSat, weekdays, 100)).toBe(false); // the Saturday
      expect(gigSuitsWorker({ ...monToSat, dates: monToSat.dates.slice(0, 5) }, weekdays, 100)).toBe(true);
    });

    it('suits a weekend-only worker for a weekend gig only', () => {
      const weekends = { ...weekdays, weekdays: [6, 7] };
      expect(gigSuitsWorker({ ...monTue, dates: ['2026-12-12', '2026-12-13'] }, weekends, 100)).toBe(true);
      expect(gigSuitsWorker(monTue, weekends, 100)).toBe(false);
    });

    it('suits no one who takes no days', () => {
      expect(gigSuitsWorker(monTue, { ...weekdays, weekdays: [] }, 100)).toBe(false);
    });
  });

  describe('skills', () => {
    it('needs every skill the gig requires, compared as typed', () => {
      expect(gigSuitsWorker({ ...monTue, skills: ['叉车证', ' 电焊 '] }, weekdays, 100)).toBe(true);
      expect(gigSuitsWorker({ ...monTue, skills: ['叉车证', '瓦工'] }, weekdays, 100)).toBe(false);
    });

    it('matches full-width and cased skills', () => {
      const driver = { ...weekdays, skills: ['Ｃ１驾照'] };
      expect(gigSuitsWorker({ ...monTue, skills: ['c1 驾照'] }, driver, 100)).toBe(true);
    });

    it('suits anyone for general labour (no skills), and no one without the skill for a skilled gig', () => {
      expect(gigSuitsWorker({ ...monTue, skills: [] }, { ...weekdays, skills: [] }, 100)).toBe(true);
      expect(gigSuitsWorker(monTue, { ...weekdays, skills: [] }, 100)).toBe(false);
    });
  });
});

describe('gigSuitability', () => {
  it('gives up to 50 for nearness, linear to the worker’s limit', () => {
    expect(gigSuitability(0, 10, 'D')).toBe(50);
    expect(gigSuitability(5_000, 10, 'D')).toBe(25);
    expect(gigSuitability(10_000, 10, 'D')).toBe(0);
    expect(gigSuitability(20_000, 10, 'D')).toBe(0);
    expect(gigSuitability(0, 0, 'D')).toBe(0);
  });

  it('ranks by grade A 30, B 22, a newcomer 18, C 10, D 0', () => {
    expect([gigSuitability(10_000, 10, 'A'), gigSuitability(10_000, 10, 'B'), gigSuitability(10_000, 10, 'NEW')]).toEqual([30, 22, 18]);
    expect([gigSuitability(10_000, 10, 'C'), gigSuitability(10_000, 10, 'D')]).toEqual([10, 0]);
  });

  it('adds 10 for each extra skill the gig mentions, up to 20', () => {
    expect(gigSuitability(10_000, 10, 'D', 1)).toBe(10);
    expect(gigSuitability(10_000, 10, 'D', 2)).toBe(20);
    expect(gigSuitability(10_000, 10, 'D', 5)).toBe(20);
    expect(gigSuitability(0, 10, 'A', 5)).toBe(100);
  });
});
