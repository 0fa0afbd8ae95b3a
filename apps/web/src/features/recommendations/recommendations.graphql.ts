import { gql, type TypedDocumentNode } from '@apollo/client';
import type { RecommendedJobsQuery, RecommendedJobsQueryVariables } from '../../graphql/generated/graphql';
import { JOB_MATCH_SCORE_FIELDS } from '../../shared/components/match-info.graphql';
import { JOB_CARD_FIELDS } from '../jobs/jobs.graphql';

export type JobMatchData = RecommendedJobsQuery['recommendedJobs'][number];

export const RECOMMENDED_JOBS_QUERY: TypedDocumentNode<RecommendedJobsQuery, RecommendedJobsQueryVariables> = gql`
  query RecommendedJobs($first: Int) {
    recommendedJobs(first: $first) {
      ...JobMatchScoreFields
      job {
        ...JobCardFields
        myApplication {
          id
          status
        }
      }
    }
  }
  ${JOB_MATCH_SCORE_FIELDS}
  ${JOB_CARD_FIELDS}
`;
