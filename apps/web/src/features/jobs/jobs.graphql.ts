import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  Application,
  Employer,
  JobFaq,
  JobPosting,
  JobSearchInput,
  JobSearchResult,
  JobTruthCard,
  Region,
  SubmitApplicationInput,
} from '../../graphql/types';

type RegionRef = Pick<Region, 'code' | 'name' | 'fullName'>;

export const JOB_CARD_FIELDS = gql`
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

export type JobCardData = Pick<JobPosting, 'id' | 'title' | 'payMin' | 'payMax' | 'kind' | 'headcount' | 'publishedAt'> & {
  workRegion: RegionRef;
  employer: Pick<Employer, 'id' | 'name'>;
  truthCard: Pick<JobTruthCard, 'dormitory' | 'meals' | 'socialInsurance'> | null;
};

/** Everything a full posting view shows; shared by the public detail page and the bureau review drawer. */
export const JOB_DETAIL_FIELDS = gql`
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

export type EmployerSummary = Pick<Employer, 'id' | 'name' | 'industry' | 'size' | 'description' | 'verificationStatus'> & {
  region: RegionRef;
};

export type JobDetailData = Omit<JobPosting, 'workRegion' | 'employer' | 'lat' | 'lng' | 'myApplication' | 'faqs'> & {
  workRegion: RegionRef;
  employer: EmployerSummary;
};

export type MyApplicationRef = Pick<Application, 'id' | 'status'>;

export type JobFaqData = Pick<JobFaq, 'id' | 'question' | 'answer' | 'askedAt' | 'answeredAt'>;

export const JOB_DETAIL_QUERY: TypedDocumentNode<
  { jobPosting: (JobDetailData & { myApplication: MyApplicationRef | null; faqs: JobFaqData[] }) | null },
  { id: string }
> = gql`
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

export const SUBMIT_APPLICATION_MUTATION: TypedDocumentNode<
  { submitApplication: MyApplicationRef & { jobPosting: { id: string; myApplication: MyApplicationRef | null } } },
  { input: SubmitApplicationInput }
> = gql`
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

export type JobSearchData = JobSearchResult<JobCardData>;

/**
 * The job list: full-text search with filters, distance, facets and highlights, paged by offset. Identical postings
 * (one employer, title, county and pay) come as one hit with `duplicateCount` (collapseDuplicates is part of the
 * document, not a variable, so the first-screen prefetch and the page share one cache entry).
 */
export const SEARCH_JOBS_QUERY: TypedDocumentNode<
  { searchJobs: JobSearchData },
  { input?: JobSearchInput; first?: number; offset?: number }
> = gql`
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
