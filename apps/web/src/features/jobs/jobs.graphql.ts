import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  JobCardFieldsFragment,
  JobDetailFieldsFragment,
  JobPostingDetailQuery,
  JobPostingDetailQueryVariables,
  SearchJobsQuery,
  SearchJobsQueryVariables,
  SubmitApplicationMutation,
  SubmitApplicationMutationVariables,
} from '../../graphql/generated/graphql';

export const JOB_CARD_FIELDS: TypedDocumentNode<JobCardFieldsFragment> = gql`
  fragment JobCardFields on JobPosting {
    id
    title
    payMin
    payMax
    kind
    headcount
    publishedAt
    workRegion {
      code
      name
      fullName
    }
    employer {
      id
      name
    }
    truthCard {
      dormitory
      meals
      socialInsurance
    }
  }
`;

export type JobCardData = JobCardFieldsFragment;

/** Everything a full posting view shows; shared by the public detail page and the bureau review drawer. */
export const JOB_DETAIL_FIELDS: TypedDocumentNode<JobDetailFieldsFragment> = gql`
  fragment JobDetailFields on JobPosting {
    id
    title
    description
    occupation
    headcount
    payMin
    payMax
    address
    kind
    skills
    status
    rejectionReason
    screeningFlags {
      code
      evidence
    }
    submittedAt
    publishedAt
    closedAt
    createdAt
    updatedAt
    applicationCount
    workRegion {
      code
      name
      fullName
    }
    requirements {
      education
      minExperienceYears
      certificates {
        name
        level
      }
    }
    truthCard {
      workingHours
      shifts
      dormitory
      meals
      socialInsurance
      note
    }
    employer {
      id
      name
      industry
      size
      description
      verificationStatus
      region {
        code
        name
        fullName
      }
    }
  }
`;

export type JobDetailData = JobDetailFieldsFragment;

export type EmployerSummary = JobDetailData['employer'];

type JobPostingDetail = NonNullable<JobPostingDetailQuery['jobPosting']>;

export type MyApplicationRef = NonNullable<JobPostingDetail['myApplication']>;

export type JobFaqData = JobPostingDetail['faqs'][number];

export const JOB_DETAIL_QUERY: TypedDocumentNode<JobPostingDetailQuery, JobPostingDetailQueryVariables> = gql`
  query JobPostingDetail($id: ID!) {
    jobPosting(id: $id) {
      ...JobDetailFields
      myApplication {
        id
        status
      }
      faqs {
        id
        question
        answer
        askedAt
        answeredAt
      }
    }
  }
  ${JOB_DETAIL_FIELDS}
`;

export const SUBMIT_APPLICATION_MUTATION: TypedDocumentNode<SubmitApplicationMutation, SubmitApplicationMutationVariables> = gql`
  mutation SubmitApplication($input: SubmitApplicationInput!) {
    submitApplication(input: $input) {
      id
      status
      jobPosting {
        id
        myApplication {
          id
          status
        }
      }
    }
  }
`;

export type JobSearchData = SearchJobsQuery['searchJobs'];

/** A facet's value, label and count (`searchJobs.facets.kind`, `.region`). */
export type FacetCount = NonNullable<JobSearchData['facets']['kind']>[number];

/**
 * The job list: full-text search with filters, distance, facets and highlights, paged by offset. Identical postings
 * (one employer, title, county and pay) come as one hit with `duplicateCount` (collapseDuplicates is part of the
 * document, not a variable, so the first-screen prefetch and the page share one cache entry).
 */
export const SEARCH_JOBS_QUERY: TypedDocumentNode<SearchJobsQuery, SearchJobsQueryVariables> = gql`
  query SearchJobs($input: JobSearchInput, $first: Int, $offset: Int) {
    searchJobs(input: $input, first: $first, offset: $offset, collapseDuplicates: true) {
      totalCount
      totalCountCapped
      hasNextPage
      offset
      engine
      hits {
        distanceKm
        highlightedTitle
        highlightedDescription
        duplicateCount
        node {
          ...JobCardFields
        }
      }
      facets {
        kind {
          value
          label
          count
        }
        region {
          value
          label
          count
        }
      }
    }
  }
  ${JOB_CARD_FIELDS}
`;
