import { gql, type TypedDocumentNode } from '@apollo/client';
import type { MatchScoreFields } from '../../graphql/types';
import { JOB_CARD_FIELDS, type JobCardData, type MyApplicationRef } from '../jobs/jobs.graphql';

export type JobMatchData = MatchScoreFields & { job: JobCardData & { myApplication: MyApplicationRef | null } };

export const RECOMMENDED_JOBS_QUERY: TypedDocumentNode<{ recommendedJobs: JobMatchData[] }, { first?: number }> = gql`
  query RecommendedJobs($first: Int) {
    recommendedJobs(first: $first) {
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
      job {
        ...JobCardFields
        myApplication {
          id
          status
        }
      }
    }
  }
  ${JOB_CARD_FIELDS}
`;
