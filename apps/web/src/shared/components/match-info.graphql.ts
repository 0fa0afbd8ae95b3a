import { gql, type TypedDocumentNode } from '@apollo/client';
import type { CandidateMatchScoreFieldsFragment, JobMatchScoreFieldsFragment } from '../../graphql/generated/graphql';

/**
 * A match's score and reasons, as MatchScore and MatchDetails show them: the same selection on JobMatch
 * (recommendedJobs) and CandidateMatch (matchCandidates).
 */
export const JOB_MATCH_SCORE_FIELDS: TypedDocumentNode<JobMatchScoreFieldsFragment> = gql`
  fragment JobMatchScoreFields on JobMatch {
    score
    eligible
    ineligibleReason
    reasons
    reasonDetails {
      kind
      distanceKm
    }
    skillsMet
    skillsMissing
    distanceKm
  }
`;

export const CANDIDATE_MATCH_SCORE_FIELDS: TypedDocumentNode<CandidateMatchScoreFieldsFragment> = gql`
  fragment CandidateMatchScoreFields on CandidateMatch {
    score
    eligible
    ineligibleReason
    reasons
    reasonDetails {
      kind
      distanceKm
    }
    skillsMet
    skillsMissing
    distanceKm
  }
`;

export type MatchScoreFields = JobMatchScoreFieldsFragment | CandidateMatchScoreFieldsFragment;
