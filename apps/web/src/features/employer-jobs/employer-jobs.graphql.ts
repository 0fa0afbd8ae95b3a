import { gql, type TypedDocumentNode } from '@apollo/client';
import type { JobPostingStatus } from '@jobbridge/contracts';
import type {
  AnswerJobFaqInput,
  Connection,
  JobFaq,
  JobPosting,
  JobPostingInput,
  PageArgs,
  Region,
  ScreeningFlag,
} from '../../graphql/types';

export type MyJobRow = Pick<
  JobPosting,
  'id' | 'title' | 'status' | 'kind' | 'payMin' | 'payMax' | 'rejectionReason' | 'applicationCount' | 'createdAt' | 'updatedAt'
> & { workRegion: Pick<Region, 'code' | 'name'>; screeningFlags: Pick<ScreeningFlag, 'code' | 'evidence'>[] };

const MY_JOB_ROW_FIELDS = gql`
  fragment MyJobRowFields on JobPosting {
    id
    title
    status
    kind
    payMin
    payMax
    rejectionReason
    applicationCount
    createdAt
    updatedAt
    workRegion {
      code
      name
    }
    screeningFlags {
      code
      evidence
    }
  }
`;

export const MY_JOB_POSTINGS_QUERY: TypedDocumentNode<{ myJobPostings: Connection<MyJobRow> }, { status?: JobPostingStatus } & PageArgs> =
  gql`
    query MyJobPostings($status: JobPostingStatus, $first: Int, $after: String) {
      myJobPostings(status: $status, first: $first, after: $after) {
        totalCount
        edges {
          cursor
          node {
            ...MyJobRowFields
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
    ${MY_JOB_ROW_FIELDS}
  `;

export type EditableJob = Pick<
  JobPosting,
  | 'id'
  | 'title'
  | 'description'
  | 'occupation'
  | 'headcount'
  | 'payMin'
  | 'payMax'
  | 'address'
  | 'lat'
  | 'lng'
  | 'kind'
  | 'projectId'
  | 'skills'
  | 'requirements'
  | 'truthCard'
  | 'status'
  | 'rejectionReason'
> & { workRegion: Pick<Region, 'code' | 'fullName'>; screeningFlags: Pick<ScreeningFlag, 'code' | 'evidence'>[] };

const EDITABLE_JOB_FIELDS = gql`
  fragment EditableJobFields on JobPosting {
    id
    title
    description
    occupation
    headcount
    payMin
    payMax
    address
    lat
    lng
    kind
    projectId
    skills
    status
    rejectionReason
    workRegion {
      code
      fullName
    }
    screeningFlags {
      code
      evidence
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
  }
`;

export const EDITABLE_JOB_QUERY: TypedDocumentNode<{ jobPosting: EditableJob | null }, { id: string }> = gql`
  query EditableJobPosting($id: ID!) {
    jobPosting(id: $id) {
      ...EditableJobFields
    }
  }
  ${EDITABLE_JOB_FIELDS}
`;

export const CREATE_JOB_MUTATION: TypedDocumentNode<{ createJobPosting: EditableJob }, { input: JobPostingInput }> = gql`
  mutation CreateJobPosting($input: JobPostingInput!) {
    createJobPosting(input: $input) {
      ...EditableJobFields
    }
  }
  ${EDITABLE_JOB_FIELDS}
`;

export const UPDATE_JOB_MUTATION: TypedDocumentNode<{ updateJobPosting: EditableJob }, { id: string; input: JobPostingInput }> = gql`
  mutation UpdateJobPosting($id: ID!, $input: JobPostingInput!) {
    updateJobPosting(id: $id, input: $input) {
      ...EditableJobFields
    }
  }
  ${EDITABLE_JOB_FIELDS}
`;

type StatusResult = Pick<JobPosting, 'id' | 'status' | 'rejectionReason' | 'updatedAt'>;

export const SUBMIT_JOB_MUTATION: TypedDocumentNode<{ submitJobPosting: StatusResult }, { id: string }> = gql`
  mutation SubmitJobPosting($id: ID!) {
    submitJobPosting(id: $id) {
      id
      status
      rejectionReason
      updatedAt
    }
  }
`;

export const CLOSE_JOB_MUTATION: TypedDocumentNode<{ closeJobPosting: StatusResult }, { id: string }> = gql`
  mutation CloseJobPosting($id: ID!) {
    closeJobPosting(id: $id) {
      id
      status
      rejectionReason
      updatedAt
    }
  }
`;

/** The owner takes a posting back from review to edit it (PENDING_REVIEW → DRAFT). */
export const WITHDRAW_JOB_MUTATION: TypedDocumentNode<{ withdrawJobPosting: StatusResult }, { id: string }> = gql`
  mutation WithdrawJobPosting($id: ID!) {
    withdrawJobPosting(id: $id) {
      id
      status
      rejectionReason
      updatedAt
    }
  }
`;

export type EmployerJobFaq = Pick<JobFaq, 'id' | 'question' | 'answer' | 'askedAt' | 'answeredAt'>;

const JOB_FAQ_FIELDS = gql`
  fragment EmployerJobFaqFields on JobFaq {
    id
    question
    answer
    askedAt
    answeredAt
  }
`;

/** Questions left from live rooms on one of the employer's postings (newest first). */
export const JOB_FAQS_QUERY: TypedDocumentNode<
  { jobPosting: (Pick<JobPosting, 'id' | 'title'> & { faqs: EmployerJobFaq[] }) | null },
  { id: string }
> = gql`
  query EmployerJobFaqs($id: ID!) {
    jobPosting(id: $id) {
      id
      title
      faqs {
        ...EmployerJobFaqFields
      }
    }
  }
  ${JOB_FAQ_FIELDS}
`;

export const ANSWER_JOB_FAQ_MUTATION: TypedDocumentNode<{ answerJobFaq: EmployerJobFaq }, { input: AnswerJobFaqInput }> = gql`
  mutation AnswerJobFaq($input: AnswerJobFaqInput!) {
    answerJobFaq(input: $input) {
      ...EmployerJobFaqFields
    }
  }
  ${JOB_FAQ_FIELDS}
`;
