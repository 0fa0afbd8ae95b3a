import { gql, type TypedDocumentNode } from '@apollo/client';
import type { VerificationStatus } from '@jobbridge/contracts';
import type { Connection, Employer, JobPosting, PageArgs, Region } from '../../graphql/types';
// The document module itself, not the feature's barrel: a document never pulls in components.
import { JOB_DETAIL_FIELDS, type JobDetailData } from '../jobs/jobs.graphql';

/** ReviewQueueOrder in the API: oldest submission first (the default), newest first, or flagged postings first. */
export type ReviewQueueOrder = 'OLDEST_FIRST' | 'NEWEST_FIRST' | 'FLAGGED_FIRST';

/** The queue's filters: flagged or clean postings, one flag code, and the order. */
export interface ReviewQueueFilters {
  flagged?: boolean | null;
  flagCode?: string | null;
  order?: ReviewQueueOrder;
}

export const REVIEW_QUEUE_QUERY: TypedDocumentNode<{ reviewQueue: Connection<JobDetailData> }, PageArgs & ReviewQueueFilters> = gql`
  query ReviewQueue($first: Int, $after: String, $flagged: Boolean, $flagCode: String, $order: ReviewQueueOrder) {
    reviewQueue(first: $first, after: $after, flagged: $flagged, flagCode: $flagCode, order: $order) {
      totalCount
      edges {
        cursor
        node {
          ...JobDetailFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  ${JOB_DETAIL_FIELDS}
`;

export const REVIEW_JOB_MUTATION: TypedDocumentNode<
  { reviewJobPosting: Pick<JobPosting, 'id' | 'status' | 'rejectionReason' | 'publishedAt' | 'updatedAt'> },
  { id: string; approve: boolean; reason?: string }
> = gql`
  mutation ReviewJobPosting($id: ID!, $approve: Boolean!, $reason: String) {
    reviewJobPosting(id: $id, approve: $approve, reason: $reason) {
      id
      status
      rejectionReason
      publishedAt
      updatedAt
    }
  }
`;

export type EmployerForReview = Omit<Employer, 'region'> & { region: Pick<Region, 'code' | 'fullName'> };

export const EMPLOYERS_FOR_REVIEW_QUERY: TypedDocumentNode<{ employersForReview: EmployerForReview[] }, { first?: number }> = gql`
  query EmployersForReview($first: Int) {
    employersForReview(first: $first) {
      id
      name
      creditCode
      region {
        code
        fullName
      }
      industry
      size
      contactName
      contactPhone
      contactPhoneMasked
      description
      verificationStatus
      verificationNote
      createdAt
    }
  }
`;

export const VERIFY_EMPLOYER_MUTATION: TypedDocumentNode<
  { verifyEmployer: Pick<Employer, 'id' | 'verificationStatus' | 'verificationNote'> },
  { employerId: string; status: VerificationStatus; note?: string }
> = gql`
  mutation VerifyEmployer($employerId: ID!, $status: VerificationStatus!, $note: String) {
    verifyEmployer(employerId: $employerId, status: $status, note: $note) {
      id
      verificationStatus
      verificationNote
    }
  }
`;
