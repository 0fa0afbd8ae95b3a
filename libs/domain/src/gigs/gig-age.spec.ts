import { gigAgeProblem, gigBirthYearLimits } from './gig-match';

const LIGHT = { heavyLoads: false, worksAtHeight: false };
const HEAVY = { heavyLoads: true, worksAtHeight: false };
const HEIGHT = { heavyLoads: false, worksAtHeight: true };

describe('who may take a gig by age (未成年工特殊保护)', () => {
  it('keeps anyone who may be under 16 off every gig', () => {
    expect(gigAgeProblem(2010, 2026, LIGHT)).toMatch(/未满16周岁/); // turns 16 this year: may still be 15
    expect(gigAgeProblem(2012, 2026, LIGHT)).toMatch(/未满16周岁/);
    expect(gigAgeProblem(2009, 2026, LIGHT)).toBeNull(); // 17 by year's end, at least 16 now
  });

  it('keeps anyone who may be under 18 off heavy work and work at height', () => {
    expect(gigAgeProblem(2008, 2026, HEAVY)).toMatch(/未满18周岁/); // turns 18 this year
    expect(gigAgeProblem(2009, 2026, HEIGHT)).toMatch(/未满18周岁/);
    expect(gigAgeProblem(2007, 2026, HEAVY)).toBeNull();
    expect(gigAgeProblem(2007, 2026, HEIGHT)).toBeNull();
    expect(gigAgeProblem(2008, 2026, LIGHT)).toBeNull();
  });

  it('does not judge an unknown birth year', () => {
    expect(gigAgeProblem(null, 2026, HEAVY)).toBeNull();
    expect(gigAgeProblem(undefined, 2026, HEAVY)).toBeNull();
  });

  it('gives the database the same limits', () => {
    const { any, heavyOrHeight } = gigBirthYearLimits(2026);
    for (let year = 2000; year <= 2015; year++) {
      expect(year > any).toBe(gigAgeProblem(year, 2026, LIGHT) !== null);
      expect(year > heavyOrHeight).toBe(gigAgeProblem(year, 2026, HEAVY) !== null);
    }
  });
});
