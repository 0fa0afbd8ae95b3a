import { DEFAULT_GIG_POLICY } from './gig-policy';

describe('DEFAULT_GIG_POLICY', () => {
  it('holds the platform’s working figures', () => {
    expect(DEFAULT_GIG_POLICY).toEqual({
      freeWithdrawalHours: 2,
      lateCancellationHours: 12,
      checkInOpensMinutesBefore: 60,
      checkInRadiusMeters: 500,
      payGraceHours: 24,
      maxDays: 31,
      maxHeadcount: 200,
      maxDaysAhead: 60,
      maxDistanceKm: 50,
    });
  });

  it('cannot be changed in place (a region passes its own policy instead)', () => {
    expect(Object.isFrozen(DEFAULT_GIG_POLICY)).toBe(true);
    expect(() => {
      (DEFAULT_GIG_POLICY as { maxDays: number }).maxDays = 90;
    }).toThrow(TypeError);
    expect(DEFAULT_GIG_POLICY.maxDays).toBe(31);
  });

  it('withdraws free earlier than a poster’s cancellation counts as late', () => {
    expect(DEFAULT_GIG_POLICY.freeWithdrawalHours).toBeLessThan(DEFAULT_GIG_POLICY.lateCancellationHours);
  });
});
