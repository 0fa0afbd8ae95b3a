import { JobKind, PriorityGroup } from '@jobbridge/contracts';
import { checkEligibility, isInternshipGraduate, isInternshipYouth, PUBLIC_WELFARE_ELIGIBLE_GROUPS } from './match-eligibility';
import { blankCandidate, chinaDay, context, TODAY } from './match-test-fixtures';

const PUBLIC_WELFARE_REASON = '公益性岗位仅面向就业困难人员、残疾人、失地农民、脱贫劳动力';
const INTERNSHIP_REASON = '就业见习岗位仅面向毕业年度或离校2年内未就业高校毕业生、16-24岁登记失业青年';

describe('checkEligibility: public-welfare posts (公益性岗位)', () => {
  const post = { kind: JobKind.PUBLIC_WELFARE };

  it.each([PriorityGroup.EMPLOYMENT_DIFFICULTY, PriorityGroup.DISABLED, PriorityGroup.LAND_LOST, PriorityGroup.POVERTY_ALLEVIATED])(
    'accepts %s',
    (group) => {
      expect(checkEligibility(post, blankCandidate({ priorityGroups: [group] }), context())).toEqual({ eligible: true });
    },
  );

  it.each([
    PriorityGroup.REGISTERED_UNEMPLOYED,
    PriorityGroup.GRADUATE,
    PriorityGroup.YOUTH,
    PriorityGroup.VETERAN,
    PriorityGroup.MIGRANT_WORKER,
    PriorityGroup.TWO_AFTER,
    PriorityGroup.RELOCATED,
  ])('does not accept %s alone', (group) => {
    expect(checkEligibility(post, blankCandidate({ priorityGroups: [group] }), context())).toEqual({
      eligible: false,
      reason: PUBLIC_WELFARE_REASON,
    });
  });

  it('does not accept a person without priority groups', () => {
    expect(checkEligibility(post, blankCandidate(), context())).toEqual({ eligible: false, reason: PUBLIC_WELFARE_REASON });
  });

  it('accepts a person with one eligible group among others', () => {
    const person = blankCandidate({ priorityGroups: [PriorityGroup.VETERAN, PriorityGroup.DISABLED] });
    expect(checkEligibility(post, person, context()).eligible).toBe(true);
  });

  it('follows a region’s own list', () => {
    const strict = context({ publicWelfareGroups: [PriorityGroup.EMPLOYMENT_DIFFICULTY] });
    expect(checkEligibility(post, blankCandidate({ priorityGroups: [PriorityGroup.POVERTY_ALLEVIATED] }), strict)).toEqual({
      eligible: false,
      reason: '公益性岗位仅面向就业困难人员',
    });
    expect(checkEligibility(post, blankCandidate({ priorityGroups: [PriorityGroup.EMPLOYMENT_DIFFICULTY] }), strict).eligible).toBe(true);
  });

  it('accepts nobody with an empty list', () => {
    expect(
      checkEligibility(
        post,
        blankCandidate({ priorityGroups: [PriorityGroup.EMPLOYMENT_DIFFICULTY] }),
        context({ publicWelfareGroups: [] }),
      ),
    ).toEqual({
      eligible: false,
      reason: '公益性岗位暂无可安置人员范围',
    });
  });

  it('lists the groups in the documented order', () => {
    expect(PUBLIC_WELFARE_ELIGIBLE_GROUPS).toEqual([
      PriorityGroup.EMPLOYMENT_DIFFICULTY,
      PriorityGroup.DISABLED,
      PriorityGroup.LAND_LOST,
      PriorityGroup.POVERTY_ALLEVIATED,
    ]);
  });
});

describe('checkEligibility: internships (就业见习)', () => {
  const internship = { kind: JobKind.INTERNSHIP };

  describe('graduates', () => {
    const graduate = blankCandidate({ graduationDate: '2023-06-30' });

    it('accepts on the day exactly two years after graduation', () => {
      expect(checkEligibility(internship, graduate, context({ today: chinaDay('2025-06-30') }))).toEqual({ eligible: true });
    });

    it('refuses one day more', () => {
      expect(checkEligibility(internship, graduate, context({ today: chinaDay('2025-07-01') }))).toEqual({
        eligible: false,
        reason: INTERNSHIP_REASON,
      });
    });

    it('judges the day in China, not UTC', () => {
      expect(checkEligibility(internship, graduate, context({ today: new Date('2025-06-30T15:59:59Z') })).eligible).toBe(true);
      expect(checkEligibility(internship, graduate, context({ today: new Date('2025-06-30T16:00:00Z') })).eligible).toBe(false);
    });

    it('accepts a student graduating later this year', () => {
      expect(checkEligibility(internship, blankCandidate({ graduationDate: '2025-07-01' }), context()).eligible).toBe(true);
    });

    it('refuses a student graduating next year', () => {
      expect(checkEligibility(internship, blankCandidate({ graduationDate: '2026-06-30' }), context()).eligible).toBe(false);
    });

    it('goes by the date over a stale GRADUATE tag', () => {
      const stale = blankCandidate({ graduationDate: '2020-06-30', priorityGroups: [PriorityGroup.GRADUATE] });
      expect(checkEligibility(internship, stale, context()).eligible).toBe(false);
    });

    it('falls back to the GRADUATE tag without a valid date', () => {
      expect(checkEligibility(internship, blankCandidate({ priorityGroups: [PriorityGroup.GRADUATE] }), context()).eligible).toBe(true);
      expect(
        checkEligibility(internship, blankCandidate({ graduationDate: '2024-02-30', priorityGroups: [PriorityGroup.GRADUATE] }), context())
          .eligible,
      ).toBe(true);
      expect(checkEligibility(internship, blankCandidate({ graduationDate: 'June 2024' }), context()).eligible).toBe(false);
    });
  });

  describe('registered unemployed youth', () => {
    // TODAY is 2025-03-15: born 2001 reaches 24 this year, born 2000 reaches 25.
    const youth = (birthYear: number | null, groups: PriorityGroup[] = [PriorityGroup.REGISTERED_UNEMPLOYED]) =>
      blankCandidate({ birthYear, priorityGroups: groups });

    it('accepts age 24', () => {
      expect(checkEligibility(internship, youth(2001), context()).eligible).toBe(true);
    });

    it('refuses age 25', () => {
      expect(checkEligibility(internship, youth(2000), context())).toEqual({ eligible: false, reason: INTERNSHIP_REASON });
    });

    it('accepts age 16 and refuses age 15', () => {
      expect(checkEligibility(internship, youth(2009), context()).eligible).toBe(true);
      expect(checkEligibility(internship, youth(2010), context()).eligible).toBe(false);
    });

    it('refuses a young person who is not registered unemployed', () => {
      expect(checkEligibility(internship, youth(2003, []), context()).eligible).toBe(false);
      expect(checkEligibility(internship, youth(2003, [PriorityGroup.MIGRANT_WORKER]), context()).eligible).toBe(false);
    });

    it('goes by the birth year over a stale YOUTH tag', () => {
      expect(
        checkEligibility(internship, youth(1995, [PriorityGroup.YOUTH, PriorityGroup.REGISTERED_UNEMPLOYED]), context()).eligible,
      ).toBe(false);
    });

    it('falls back to the YOUTH tag without a usable birth year', () => {
      expect(checkEligibility(internship, youth(null, [PriorityGroup.YOUTH]), context()).eligible).toBe(true);
      expect(checkEligibility(internship, youth(2030, [PriorityGroup.YOUTH]), context()).eligible).toBe(true);
      expect(checkEligibility(internship, youth(2003.5, [PriorityGroup.YOUTH]), context()).eligible).toBe(true);
      expect(checkEligibility(internship, youth(null), context()).eligible).toBe(false);
    });
  });

  it('refuses someone who is neither', () => {
    expect(checkEligibility(internship, blankCandidate({ birthYear: 1980, graduationDate: '2005-07-01' }), context())).toEqual({
      eligible: false,
      reason: INTERNSHIP_REASON,
    });
  });
});

describe('checkEligibility: other kinds of job', () => {
  it.each([JobKind.FULL_TIME, JobKind.PART_TIME, JobKind.GIG, JobKind.WORK_RELIEF])('accepts everyone for %s', (kind) => {
    expect(checkEligibility({ kind }, blankCandidate(), context())).toEqual({ eligible: true });
  });
});

describe('isInternshipGraduate / isInternshipYouth', () => {
  it('read the facts on the given day', () => {
    expect(isInternshipGraduate({ graduationDate: '2023-06-30', priorityGroups: [] }, TODAY)).toBe(true);
    expect(isInternshipYouth({ birthYear: 2001, priorityGroups: [PriorityGroup.REGISTERED_UNEMPLOYED] }, TODAY)).toBe(true);
    expect(isInternshipYouth({ birthYear: 2001, priorityGroups: [PriorityGroup.REGISTERED_UNEMPLOYED] }, chinaDay('2026-01-01'))).toBe(
      false,
    );
  });
});
