import { JobKind, PriorityGroup } from '@jobbridge/contracts';
import {
  assertValidMatchWeights,
  DEFAULT_MATCH_WEIGHTS,
  isProjectLikeJob,
  MATCH_PART_WEIGHT_KEYS,
  matchWeightsProblems,
  MatchWeights,
  mergeMatchWeights,
  priorityBoostsFor,
} from './match-weights';

describe('DEFAULT_MATCH_WEIGHTS', () => {
  it('is valid', () => {
    expect(matchWeightsProblems(DEFAULT_MATCH_WEIGHTS)).toEqual([]);
  });

  it('weighs every part', () => {
    for (const key of MATCH_PART_WEIGHT_KEYS) expect(DEFAULT_MATCH_WEIGHTS[key]).toBeGreaterThan(0);
  });

  it('is frozen, so no caller can change the default for everyone', () => {
    expect(Object.isFrozen(DEFAULT_MATCH_WEIGHTS)).toBe(true);
    expect(Object.isFrozen(DEFAULT_MATCH_WEIGHTS.priorityBoosts)).toBe(true);
  });

  it('boosts poverty-alleviated workers most on project jobs', () => {
    expect(DEFAULT_MATCH_WEIGHTS.projectPriorityBoosts?.[PriorityGroup.POVERTY_ALLEVIATED]).toBe(1);
    expect(DEFAULT_MATCH_WEIGHTS.priorityBoosts[PriorityGroup.POVERTY_ALLEVIATED]).toBeLessThan(1);
  });
});

describe('isProjectLikeJob / priorityBoostsFor', () => {
  it('treats project jobs and 以工代赈 jobs as project-like', () => {
    expect(isProjectLikeJob({ projectId: 'p1', kind: JobKind.FULL_TIME })).toBe(true);
    expect(isProjectLikeJob({ projectId: null, kind: JobKind.WORK_RELIEF })).toBe(true);
    expect(isProjectLikeJob({ projectId: null, kind: JobKind.FULL_TIME })).toBe(false);
    expect(isProjectLikeJob({ projectId: '', kind: JobKind.GIG })).toBe(false);
  });

  it('lays the project boosts over the general ones on project jobs only', () => {
    const weights: MatchWeights = {
      ...DEFAULT_MATCH_WEIGHTS,
      priorityBoosts: { [PriorityGroup.VETERAN]: 0.5, [PriorityGroup.POVERTY_ALLEVIATED]: 0.2 },
      projectPriorityBoosts: { [PriorityGroup.POVERTY_ALLEVIATED]: 1 },
    };
    expect(priorityBoostsFor(weights, { projectId: 'p1', kind: JobKind.FULL_TIME })).toEqual({
      [PriorityGroup.VETERAN]: 0.5,
      [PriorityGroup.POVERTY_ALLEVIATED]: 1,
    });
    expect(priorityBoostsFor(weights, { projectId: null, kind: JobKind.FULL_TIME })).toEqual({
      [PriorityGroup.VETERAN]: 0.5,
      [PriorityGroup.POVERTY_ALLEVIATED]: 0.2,
    });
  });

  it('works without project boosts', () => {
    const weights: MatchWeights = { ...DEFAULT_MATCH_WEIGHTS, projectPriorityBoosts: undefined };
    expect(priorityBoostsFor(weights, { projectId: 'p1', kind: JobKind.FULL_TIME })).toEqual(DEFAULT_MATCH_WEIGHTS.priorityBoosts);
  });
});

describe('matchWeightsProblems / assertValidMatchWeights', () => {
  it.each([
    [{ skills: -1 }, 'skills must be a finite number ≥ 0'],
    [{ pay: Number.NaN }, 'pay must be a finite number ≥ 0'],
    [{ distance: Number.POSITIVE_INFINITY }, 'distance must be a finite number ≥ 0'],
    [{ maxDistanceKm: 0 }, 'maxDistanceKm must be a finite number > 0'],
    [{ maxDistanceKm: -5 }, 'maxDistanceKm must be a finite number > 0'],
    [{ priorityBoosts: { [PriorityGroup.VETERAN]: 1.5 } }, 'priorityBoosts.VETERAN must be a number from 0 to 1'],
    [{ priorityBoosts: { [PriorityGroup.VETERAN]: -0.1 } }, 'priorityBoosts.VETERAN must be a number from 0 to 1'],
    [{ priorityBoosts: { NOBODY: 1 } as never }, 'priorityBoosts.NOBODY is not a priority group'],
    [{ projectPriorityBoosts: { [PriorityGroup.LAND_LOST]: 2 } }, 'projectPriorityBoosts.LAND_LOST must be a number from 0 to 1'],
    [{ priorityBoosts: undefined as never }, 'priorityBoosts is required'],
  ])('reports %j', (override, problem) => {
    const weights = { ...DEFAULT_MATCH_WEIGHTS, ...override } as MatchWeights;
    expect(matchWeightsProblems(weights)).toEqual([problem]);
    expect(() => assertValidMatchWeights(weights)).toThrow(RangeError);
  });

  it('accepts zero part weights', () => {
    expect(matchWeightsProblems({ ...DEFAULT_MATCH_WEIGHTS, certificates: 0, priorityBoost: 0 })).toEqual([]);
  });

  it('names every problem in one error', () => {
    expect(() => assertValidMatchWeights({ ...DEFAULT_MATCH_WEIGHTS, skills: -1, maxDistanceKm: 0 })).toThrow(
      'Invalid match weights: skills must be a finite number ≥ 0; maxDistanceKm must be a finite number > 0',
    );
  });
});

describe('mergeMatchWeights', () => {
  it('lays a pack over the default', () => {
    const merged = mergeMatchWeights({ distance: 5, maxDistanceKm: 30 });
    expect(merged.distance).toBe(5);
    expect(merged.maxDistanceKm).toBe(30);
    expect(merged.skills).toBe(DEFAULT_MATCH_WEIGHTS.skills);
    expect(merged.priorityBoosts).toEqual(DEFAULT_MATCH_WEIGHTS.priorityBoosts);
    expect(merged.projectPriorityBoosts).toEqual(DEFAULT_MATCH_WEIGHTS.projectPriorityBoosts);
  });

  it('replaces a boost table whole', () => {
    const merged = mergeMatchWeights({ priorityBoosts: { [PriorityGroup.VETERAN]: 1 } });
    expect(merged.priorityBoosts).toEqual({ [PriorityGroup.VETERAN]: 1 });
  });

  it('ignores undefined overrides', () => {
    expect(mergeMatchWeights({ skills: undefined }).skills).toBe(DEFAULT_MATCH_WEIGHTS.skills);
  });

  it('does not share the boost tables with its base', () => {
    const merged = mergeMatchWeights({});
    expect(merged.priorityBoosts).not.toBe(DEFAULT_MATCH_WEIGHTS.priorityBoosts);
    merged.priorityBoosts[PriorityGroup.VETERAN] = 0;
    expect(DEFAULT_MATCH_WEIGHTS.priorityBoosts[PriorityGroup.VETERAN]).toBeGreaterThan(0);
  });

  it('lays over another base', () => {
    const base = mergeMatchWeights({ skills: 10 });
    expect(mergeMatchWeights({ pay: 0 }, base)).toMatchObject({ skills: 10, pay: 0 });
  });

  it('rejects an invalid pack', () => {
    expect(() => mergeMatchWeights({ maxDistanceKm: 0 })).toThrow(RangeError);
  });
});
