import { checkEligibility } from './match-eligibility';
import {
  PartScore,
  scoreCertificates,
  scoreDistance,
  scoreEducation,
  scoreLocalPreference,
  scoreOccupation,
  scorePay,
  scorePriorityBoost,
  scoreSkills,
} from './match-parts';
import { certificateSynonymIndexFor, synonymIndexFor } from './match-text';
import { MATCH_PART_KEYS, MatchCandidate, MatchContext, MatchJob, MatchPart, MatchReason, MatchResult } from './match-types';
import { assertValidMatchWeights, DEFAULT_MATCH_WEIGHTS, MatchWeights } from './match-weights';

/**
 * Explainable two-way match of one job and one job seeker; pure and deterministic (the only clock is
 * `context.today`). Used for one seeker against many jobs (recommendedJobs) and one job against many
 * seekers (matchCandidates).
 *
 * score = 100 × Σ(weight × score) ÷ Σ(weight) over the parts that apply (localPreference on project jobs
 * only; priorityBoost when the job's boost table boosts anyone), rounded. An ineligible pair keeps its
 * score, with `eligible: false` and the reason.
 * reasons: the reasons of the parts that judged something and weigh more than 0, by contribution
 * (weight × score), best first, ties in part order; then the missing-skills reason.
 * Throws a RangeError for invalid weights.
 */
export function matchJobToCandidate(
  job: MatchJob,
  candidate: MatchCandidate,
  context: MatchContext,
  weights: MatchWeights = DEFAULT_MATCH_WEIGHTS,
): MatchResult {
  assertValidMatchWeights(weights);
  const terms = synonymIndexFor(context.synonyms);

  const skills = scoreSkills(job.skills, candidate.skills, terms);
  const distance = scoreDistance(job, candidate, weights.maxDistanceKm);
  const scored: PartScore[] = [
    skills,
    scoreCertificates(job.certificates, candidate.certificates, certificateSynonymIndexFor(context.synonyms)),
    distance,
    scorePay(job, candidate),
    scoreEducation(job.education, candidate.education),
    scoreOccupation(job, candidate.desiredOccupations, terms),
  ];
  const local = scoreLocalPreference(job, candidate);
  if (local) scored.push(local);
  const boost = scorePriorityBoost(job, candidate.priorityGroups, weights);
  if (boost) scored.push(boost);

  const totalWeight = scored.reduce((sum, p) => sum + weights[p.key], 0);
  const parts: MatchPart[] = scored.map((p) => {
    const part: MatchPart = { key: p.key, score: p.score, weight: totalWeight > 0 ? weights[p.key] / totalWeight : 0, reason: p.reason };
    if (p.neutral) part.neutral = true;
    return part;
  });
  const raw = parts.reduce((sum, p) => sum + p.weight * p.score, 0);
  const score = Math.min(100, Math.max(0, Math.round(raw * 100)));

  const order = (p: MatchPart) => MATCH_PART_KEYS.indexOf(p.key);
  const reasonDetails: MatchReason[] = parts
    .filter((p) => !p.neutral && p.weight > 0 && p.reason !== '')
    .sort((a, b) => b.weight * b.score - a.weight * a.score || order(a) - order(b))
    .map((p): MatchReason => {
      if (p.key === 'distance') return { kind: 'distance', text: p.reason, distanceKm: distance.distanceKm };
      if (p.key === 'skills') {
        return {
          kind: 'skills',
          text: p.reason,
          met: skills.met.length,
          total: skills.met.length + skills.missing.length,
          items: skills.met,
        };
      }
      return { kind: p.key, text: p.reason };
    });
  if (skills.missingReason && weights.skills > 0)
    reasonDetails.push({ kind: 'missingSkills', text: skills.missingReason, items: skills.missing });
  const reasons = reasonDetails.map((r) => r.text);

  const eligibility = checkEligibility(job, candidate, context);
  const result: MatchResult = {
    score,
    eligible: eligibility.eligible,
    parts,
    reasons,
    reasonDetails,
    skillsMet: skills.met,
    skillsMissing: skills.missing,
    distanceKm: distance.distanceKm,
  };
  if (!eligibility.eligible) result.ineligibleReason = eligibility.reason;
  return result;
}

export interface RankMatchesOptions {
  /** Keep ineligible pairs (after every eligible one). Default false: drop them. */
  includeIneligible?: boolean;
}

/**
 * Each item with its match, best first: by score, descending; equal scores keep the input order
 * (stable). Ineligible items are dropped, or with `includeIneligible` listed after all eligible ones,
 * by score. `result` is called once per item.
 */
export function rankMatches<T>(
  items: readonly T[],
  result: (item: T) => MatchResult,
  options: RankMatchesOptions = {},
): (T & { match: MatchResult })[] {
  const scored = items.map((item, index) => ({ item, index, match: result(item) }));
  return scored
    .filter((s) => options.includeIneligible || s.match.eligible)
    .sort((a, b) => Number(b.match.eligible) - Number(a.match.eligible) || b.match.score - a.match.score || a.index - b.index)
    .map((s) => ({ ...s.item, match: s.match }));
}
