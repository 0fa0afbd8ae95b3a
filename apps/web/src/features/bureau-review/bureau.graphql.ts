import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  EmployersForReviewQuery,
  EmployersForReviewQueryVariables,
  ReviewJobPostingMutation,
  ReviewJobPostingMutationVariables,
  ReviewQueueOrder,
  ReviewQueueQuery,
  ReviewQueueQueryVariables,
  VerifyEmployerMutation,
  VerifyEmployerMutationVariables,
} from '../../graphql/generated/graphql';
// The document module itself, not the feature's barrel: a document never pulls in components.
import { JOB_DETAIL_FIELDS } from '../jobs/jobs.graphql';

/** ReviewQueueOrder in the API: oldest submission first (the default), newest first, or flagged postings first. */
export type { ReviewQueueOrder };

/** The queue's filters: flagged or clean postings, one flag code, and the order. */
export type ReviewQueueFilters = Pick<ReviewQueueQueryVariables, 'flagged' | 'flagCode' | 'order'>;

export const REVIEW_QUEUE_QUERY: TypedDocumentNode<ReviewQueueQuery, ReviewQueueQueryVariables> = gql`
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

export const REVIEW_JOB_MUTATION: TypedDocumentNode<ReviewJobPostingMutation, ReviewJobPostingMutationVariables> = gql`
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

export type EmployerForReview = EmployersForReviewQuery['employersForReview'][number];

export const EMPLOYERS_FOR_REVIEW_QUERY: TypedDocumentNode<EmployersForReviewQuery, EmployersForReviewQueryVariables> = gql`
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

export const VERIFY_EMPLOYER_MUTATION: TypedDocumentNode<VerifyEmployerMutation, VerifyEmployerMutationVariables> = gql`
  mutation VerifyEmployer($employerId: ID!, $status: VerificationStatus!, $note: String) {
    verifyEmployer(employerId: $employerId, status: $status, note: $note) {
      id
      verificationStatus
      verificationNote
    }
  }
`;
