import { PriorityGroup } from '@jobbridge/contracts';
import { ageOn, isGraduateEligible, isYouth16to24, PRIORITY_GROUP_LABELS_ZH } from './priority-groups';

/** Noon in China on a given date. */
const chinaDay = (iso: string) => new Date(`${iso}T12:00:00+08:00`);

describe('isGraduateEligible', () => {
  describe('in the year of graduation', () => {
    it('counts a graduate in the graduation year even when employed', () => {
      expect(isGraduateEligible({ graduationDate: '2024-06-30', employed: true }, chinaDay('2024-09-01'))).toBe(true);
    });

    it('counts a student due to graduate later in the same year', () => {
      expect(isGraduateEligible({ graduationDate: '2024-07-01' }, chinaDay('2024-01-01'))).toBe(true);
    });

    it('counts the whole calendar year, up to 31 December', () => {
      expect(isGraduateEligible({ graduationDate: '2024-06-30', employed: true }, chinaDay('2024-12-31'))).toBe(true);
      expect(isGraduateEligible({ graduationDate: '2024-06-30', employed: true }, chinaDay('2025-01-01'))).toBe(false);
    });

    it('does not count a graduation in a later year', () => {
      expect(isGraduateEligible({ graduationDate: '2025-06-30' }, chinaDay('2024-12-31'))).toBe(false);
    });
  });

  describe('within two years of leaving school', () => {
    const facts = { graduationDate: '2022-06-30', employed: false };

    it('counts an unemployed graduate one year on', () => {
      expect(isGraduateEligible(facts, chinaDay('2023-06-30'))).toBe(true);
    });

    it('counts an unemployed graduate on the day exactly two years on', () => {
      expect(isGraduateEligible(facts, chinaDay('2024-06-30'))).toBe(true);
    });

    it('stops counting one day past two years', () => {
      expect(isGraduateEligible(facts, chinaDay('2024-07-01'))).toBe(false);
    });

    it('does not count an employed graduate after the graduation year', () => {
      expect(isGraduateEligible({ ...facts, employed: true }, chinaDay('2023-01-01'))).toBe(false);
    });

    it('treats missing employment as not employed', () => {
      expect(isGraduateEligible({ graduationDate: '2022-06-30' }, chinaDay('2024-06-30'))).toBe(true);
    });

    it('judges the day in China, not UTC', () => {
      // 2024-06-30T16:30Z is already 1 July in China.
      expect(isGraduateEligible(facts, new Date('2024-06-30T15:59:59Z'))).toBe(true);
      expect(isGraduateEligible(facts, new Date('2024-06-30T16:30:00Z'))).toBe(false);
    });

    it('ends a 29 February graduation on 28 February two years on', () => {
      const leap = { graduationDate: '2024-02-29' };
      expect(isGraduateEligible(leap, chinaDay('2026-02-28'))).toBe(true);
      expect(isGraduateEligible(leap, chinaDay('2026-03-01'))).toBe(false);
    });
  });

  describe('custom window', () => {
    it('honours withinYears = 1', () => {
      const facts = { graduationDate: '2022-06-30' };
      expect(isGraduateEligible(facts, chinaDay('2023-06-30'), 1)).toBe(true);
      expect(isGraduateEligible(facts, chinaDay('2023-07-01'), 1)).toBe(false);
    });

    it('honours withinYears = 3', () => {
      expect(isGraduateEligible({ graduationDate: '2021-06-30' }, chinaDay('2024-06-30'), 3)).toBe(true);
      expect(isGraduateEligible({ graduationDate: '2021-06-30' }, chinaDay('2024-06-30'))).toBe(false);
    });

    it('with withinYears = 0 counts only the graduation year', () => {
      expect(isGraduateEligible({ graduationDate: '2023-06-30' }, chinaDay('2023-12-31'), 0)).toBe(true);
      expect(isGraduateEligible({ graduationDate: '2023-06-30' }, chinaDay('2024-01-01'), 0)).toBe(false);
    });

    it('rejects a negative or fractional window', () => {
      expect(() => isGraduateEligible({ graduationDate: '2023-06-30' }, chinaDay('2024-01-01'), -1)).toThrow(RangeError);
      expect(() => isGraduateEligible({ graduationDate: '2023-06-30' }, chinaDay('2024-01-01'), 1.5)).toThrow(RangeError);
    });
  });

  it.each([undefined, '', '2023-13-01', '2023-02-29', '2023/06/30', 'June 2023'])(
    'is false without a valid graduation date (%p)',
    (graduationDate) => {
      expect(isGraduateEligible({ graduationDate }, chinaDay('2023-07-01'))).toBe(false);
    },
  );
});

describe('ageOn', () => {
  it('goes up on the birthday, not the day before', () => {
    expect(ageOn('2000-06-30', chinaDay('2024-06-29'))).toBe(23);
    expect(ageOn('2000-06-30', chinaDay('2024-06-30'))).toBe(24);
    expect(ageOn('2000-06-30', chinaDay('2024-07-01'))).toBe(24);
  });

  it('is zero on the day of birth', () => {
    expect(ageOn('2024-06-30', chinaDay('2024-06-30'))).toBe(0);
  });

  it('turns a 29 February birth a year older on 28 February in a common year', () => {
    expect(ageOn('2000-02-29', chinaDay('2023-02-27'))).toBe(22);
    expect(ageOn('2000-02-29', chinaDay('2023-02-28'))).toBe(23);
    expect(ageOn('2000-02-29', chinaDay('2024-02-28'))).toBe(23);
    expect(ageOn('2000-02-29', chinaDay('2024-02-29'))).toBe(24);
  });

  it('handles birthdays at the turn of the year', () => {
    expect(ageOn('2000-12-31', chinaDay('2024-12-30'))).toBe(23);
    expect(ageOn('2000-12-31', chinaDay('2024-12-31'))).toBe(24);
    expect(ageOn('2000-01-01', chinaDay('2023-12-31'))).toBe(23);
  });

  it('gives the age reached this calendar year from a birth year alone', () => {
    expect(ageOn(2000, chinaDay('2024-01-01'))).toBe(24);
    expect(ageOn(2000, chinaDay('2024-12-31'))).toBe(24);
    expect(ageOn(2024, chinaDay('2024-06-30'))).toBe(0);
  });

  it('accepts a Date and reads it as a China date', () => {
    // 2000-06-29T16:30Z is 30 June 2000 in China.
    expect(ageOn(new Date('2000-06-29T16:30:00Z'), chinaDay('2024-06-30'))).toBe(24);
  });

  it('judges the birthday by the China date of today', () => {
    expect(ageOn('2000-07-01', new Date('2024-06-30T16:30:00Z'))).toBe(24);
    expect(ageOn('2000-07-01', new Date('2024-06-30T15:30:00Z'))).toBe(23);
  });

  it.each(['', '2000-02-30', '2000/01/01', 'yesterday'])('throws for the malformed birth date %p', (birth) => {
    expect(() => ageOn(birth, chinaDay('2024-06-30'))).toThrow(RangeError);
  });

  it('throws for a birth after today', () => {
    expect(() => ageOn('2024-07-01', chinaDay('2024-06-30'))).toThrow(RangeError);
    expect(() => ageOn(2025, chinaDay('2024-06-30'))).toThrow(RangeError);
    expect(() => ageOn(1999.5, chinaDay('2024-06-30'))).toThrow(RangeError);
  });
});

describe('isYouth16to24', () => {
  it.each([
    [15, false],
    [16, true],
    [20, true],
    [24, true],
    [25, false],
  ])('a registered unemployed person aged %i: %s', (age, eligible) => {
    expect(isYouth16to24({ age, registeredUnemployed: true })).toBe(eligible);
  });

  it('requires registration as unemployed', () => {
    expect(isYouth16to24({ age: 20, registeredUnemployed: false })).toBe(false);
  });

  it('counts someone the day before their 25th birthday, not on it', () => {
    const registeredUnemployed = true;
    expect(isYouth16to24({ age: ageOn('1999-07-01', chinaDay('2024-06-30')), registeredUnemployed })).toBe(true);
    expect(isYouth16to24({ age: ageOn('1999-07-01', chinaDay('2024-07-01')), registeredUnemployed })).toBe(false);
  });

  it('counts someone from their 16th birthday', () => {
    const registeredUnemployed = true;
    expect(isYouth16to24({ age: ageOn('2008-07-01', chinaDay('2024-06-30')), registeredUnemployed })).toBe(false);
    expect(isYouth16to24({ age: ageOn('2008-07-01', chinaDay('2024-07-01')), registeredUnemployed })).toBe(true);
  });
});

describe('PRIORITY_GROUP_LABELS_ZH', () => {
  it('names every priority group', () => {
    expect(Object.keys(PRIORITY_GROUP_LABELS_ZH).sort()).toEqual(Object.values(PriorityGroup).sort());
    for (const label of Object.values(PRIORITY_GROUP_LABELS_ZH)) expect(label.length).toBeGreaterThan(0);
  });

  it('uses the names from the policy documents', () => {
    expect(PRIORITY_GROUP_LABELS_ZH).toEqual({
      GRADUATE: '高校毕业生',
      YOUTH: '16-24岁青年',
      REGISTERED_UNEMPLOYED: '登记失业人员',
      EMPLOYMENT_DIFFICULTY: '就业困难人员',
      POVERTY_ALLEVIATED: '脱贫劳动力',
      VETERAN: '退役军人',
      MIGRANT_WORKER: '农民工',
      TWO_AFTER: '两后生',
      RELOCATED: '易地搬迁群众',
      LAND_LOST: '失地农民',
      DISABLED: '残疾人',
    });
  });

  it('is frozen', () => {
    expect(Object.isFrozen(PRIORITY_GROUP_LABELS_ZH)).toBe(true);
  });
});
