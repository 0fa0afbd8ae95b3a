import { useQuery } from '@apollo/client/react';
import { POSTING_OVERSIGHT_QUERY } from './oversight.graphql';

/** A posting's credit grade (null until shown to seekers) and the truth-card items check-ins confirmed. */
export function usePostingOversight(jobId: string | null | undefined): { grade: string | null; verified: readonly string[] } {
  const { data } = useQuery(POSTING_OVERSIGHT_QUERY, { variables: { id: jobId ?? '' }, skip: !jobId, fetchPolicy: 'cache-and-network' });
  const posting = jobId && data?.jobPosting.id === jobId ? data.jobPosting : null;
  return { grade: posting?.employerCreditGrade ?? null, verified: posting?.truthCardVerified ?? [] };
}
