import { JobKind, PriorityGroup } from '@jobbridge/contracts';
import { MatchJob } from './match-types';

type Boosts = Partial<Record<PriorityGroup, number>>;

/**
 * How much each part of a match counts. Weights are policy DATA: a region's policy pack may replace
 * them (see mergeMatchWeights). Part weights need not sum to 1; the score normalises them over the
 * parts that apply.
 */
export interface MatchWeights {
  skills: number;
  certificates: number;
  distance: number;
  pay: number;
  education: number;
  occupation: number;
  /** Project jobs only (domain.md §5, 000 §1 属地化原则). */
  localPreference: number;
  priorityBoost: number;
  /** Distance at which the distance part reaches 0, in km (> 0). */
  maxDistanceKm: number;
  /** Boost per priority group (0..1) on every job. */
  priorityBoosts: Boosts;
  /**
   * Boost per priority group (0..1) on project jobs and 以工代赈 work-relief jobs, taking precedence
   * over `priorityBoosts` for the groups it names ("优先使用贫困劳动力", 000 §1; 003 §6, 004 §13).
   */
  projectPriorityBoosts?: Boosts;
}

export type MatchPartWeightKey = Exclude<keyof MatchWeights, 'maxDistanceKm' | 'priorityBoosts' | 'projectPriorityBoosts'>;

export const MATCH_PART_WEIGHT_KEYS: readonly MatchPartWeightKey[] = Object.freeze([
  'skills',
  'certificates',
  'distance',
  'pay',
  'education',
  'occupation',
  'localPreference',
  'priorityBoost',
] as MatchPartWeightKey[]);

/**
 * The national default. Skills, occupation and distance lead (a county public employment service
 * matches mostly 就近就地, 000 §10); priority groups lift people the documents name for help
 * (就业困难人员, 残疾人 first; 脱贫劳动力 and 失地农民 first on projects, 000 §1 §6 §14, 001 §21 §22).
 */
export const DEFAULT_MATCH_WEIGHTS: Readonly<MatchWeights> = Object.freeze({
  skills: 3,
  certificates: 1.5,
  distance: 2,
  pay: 1.5,
  education: 1,
  occupation: 2,
  localPreference: 2,
  priorityBoost: 1,
  maxDistanceKm: 100,
  priorityBoosts: Object.freeze({
    [PriorityGroup.EMPLOYMENT_DIFFICULTY]: 1,
    [PriorityGroup.DISABLED]: 1,
    [PriorityGroup.POVERTY_ALLEVIATED]: 0.8,
    [PriorityGroup.LAND_LOST]: 0.8,
    [PriorityGroup.RELOCATED]: 0.8,
    [PriorityGroup.GRADUATE]: 0.6,
    [PriorityGroup.YOUTH]: 0.6,
    [PriorityGroup.VETERAN]: 0.6,
    [PriorityGroup.TWO_AFTER]: 0.6,
    [PriorityGroup.REGISTERED_UNEMPLOYED]: 0.5,
    [PriorityGroup.MIGRANT_WORKER]: 0.4,
  }),
  projectPriorityBoosts: Object.freeze({
    [PriorityGroup.POVERTY_ALLEVIATED]: 1,
    // 土地征用与就业联动机制: people whose land the project took come first (000 §1).
    [PriorityGroup.LAND_LOST]: 1,
    [PriorityGroup.RELOCATED]: 0.9,
    // 优先使用本地农民工 (000 §1); whether they are local is the localPreference part.
    [PriorityGroup.MIGRANT_WORKER]: 0.8,
  }),
}) as Readonly<MatchWeights>;

/** Project jobs and 以工代赈 jobs use the project boosts. */
export function isProjectLikeJob(job: Pick<MatchJob, 'projectId' | 'kind'>): boolean {
  return Boolean(job.projectId) || job.kind === JobKind.WORK_RELIEF;
}

/** The boost table for a job: `priorityBoosts`, overridden group by group by `projectPriorityBoosts` on project-like jobs. */
export function priorityBoostsFor(weights: MatchWeights, job: Pick<MatchJob, 'projectId' | 'kind'>): Boosts {
  return isProjectLikeJob(job) ? { ...weights.priorityBoosts, ...(weights.projectPriorityBoosts ?? {}) } : { ...weights.priorityBoosts };
}

const isFiniteNumber = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);

/** Problems with a weight set, in English for logs and admin screens; [] when valid. */
export function matchWeightsProblems(weights: MatchWeights): string[] {
  const problems: string[] = [];
  for (const key of MATCH_PART_WEIGHT_KEYS) {
    const value = weights[key];
    if (!isFiniteNumber(value) || value < 0) problems.push(`${key} must be a finite number ≥ 0`);
  }
  if (!isFiniteNumber(weights.maxDistanceKm) || weights.maxDistanceKm <= 0) problems.push('maxDistanceKm must be a finite number > 0');
  const checkBoosts = (name: string, boosts: Boosts | undefined) => {
    if (boosts === undefined || boosts === null) return;
    for (const [group, value] of Object.entries(boosts)) {
      if (!(Object.values(PriorityGroup) as string[]).includes(group)) problems.push(`${name}.${group} is not a priority group`);
      else if (!isFiniteNumber(value) || value < 0 || value > 1) problems.push(`${name}.${group} must be a number from 0 to 1`);
    }
  };
  if (weights.priorityBoosts === undefined || weights.priorityBoosts === null) problems.push('priorityBoosts is required');
  checkBoosts('priorityBoosts', weights.priorityBoosts);
  checkBoosts('projectPriorityBoosts', weights.projectPriorityBoosts);
  return problems;
}

/** Throws a RangeError naming every problem when the weight set is not usable. */
export function assertValidMatchWeights(weights: MatchWeights): void {
  const problems = matchWeightsProblems(weights);
  if (problems.length > 0) throw new RangeError(`Invalid match weights: ${problems.join('; ')}`);
}

/**
 * A policy pack's weights laid over a base (the default unless given). Boost tables replace the
 * base's tables whole when given, so a pack can drop a group's boost. Validated.
 */
export function mergeMatchWeights(overrides: Partial<MatchWeights>, base: MatchWeights = DEFAULT_MATCH_WEIGHTS): MatchWeights {
  const merged: MatchWeights = {
    ...base,
    ...Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)),
    priorityBoosts: { ...(overrides.priorityBoosts ?? base.priorityBoosts) },
  };
  const project = overrides.projectPriorityBoosts ?? base.projectPriorityBoosts;
  if (project !== undefined) merged.projectPriorityBoosts = { ...project };
  assertValidMatchWeights(merged);
  return merged;
}
