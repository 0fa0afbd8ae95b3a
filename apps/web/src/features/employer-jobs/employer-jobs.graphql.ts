import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  AnswerJobFaqMutation,
  AnswerJobFaqMutationVariables,
  CloseJobPostingMutation,
  CloseJobPostingMutationVariables,
  CreateJobPostingMutation,
  CreateJobPostingMutationVariables,
  EditableJobFieldsFragment,
  EditableJobPostingQuery,
  EditableJobPostingQueryVariables,
  EmployerJobFaqFieldsFragment,
  EmployerJobFaqsQuery,
  EmployerJobFaqsQueryVariables,
  MyJobPostingsQuery,
  MyJobPostingsQueryVariables,
  MyJobRowFieldsFragment,
  SubmitJobPostingMutation,
  SubmitJobPostingMutationVariables,
  UpdateJobPostingMutation,
  UpdateJobPostingMutationVariables,
  WithdrawJobPostingMutation,
  WithdrawJobPostingMutationVariables,
} from '../../graphql/generated/graphql';

export type MyJobRow = MyJobRowFieldsFragment;

const MY_JOB_ROW_FIELDS: TypedDocumentNode<MyJobRowFieldsFragment> = gql`
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

export const MY_JOB_POSTINGS_QUERY: TypedDocumentNode<MyJobPostingsQuery, MyJobPostingsQueryVariables> = gql`
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

export type EditableJob = EditableJobFieldsFragment;

const EDITABLE_JOB_FIELDS: TypedDocumentNode<EditableJobFieldsFragment> = gql`
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

export const EDITABLE_JOB_QUERY: TypedDocumentNode<EditableJobPostingQuery, EditableJobPostingQueryVariables> = gql`
  query EditableJobPosting($id: ID!) {
    jobPosting(id: $id) {
      ...EditableJobFields
    }
  }
  ${EDITABLE_JOB_FIELDS}
`;

export const CREATE_JOB_MUTATION: TypedDocumentNode<CreateJobPostingMutation, CreateJobPostingMutationVariables> = gql`
  mutation CreateJobPosting($input: JobPostingInput!) {
    createJobPosting(input: $input) {
      ...EditableJobFields
    }
  }
  ${EDITABLE_JOB_FIELDS}
`;

export const UPDATE_JOB_MUTATION: TypedDocumentNode<UpdateJobPostingMutation, UpdateJobPostingMutationVariables> = gql`
  mutation UpdateJobPosting($id: ID!, $input: JobPostingInput!) {
    updateJobPosting(id: $id, input: $input) {
      ...EditableJobFields
    }
  }
  ${EDITABLE_JOB_FIELDS}
`;

export const SUBMIT_JOB_MUTATION: TypedDocumentNode<SubmitJobPostingMutation, SubmitJobPostingMutationVariables> = gql`
  mutation SubmitJobPosting($id: ID!) {
    submitJobPosting(id: $id) {
      id
      status
      rejectionReason
      updatedAt
    }
  }
`;

export const CLOSE_JOB_MUTATION: TypedDocumentNode<CloseJobPostingMutation, CloseJobPostingMutationVariables> = gql`
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
export const WITHDRAW_JOB_MUTATION: TypedDocumentNode<WithdrawJobPostingMutation, WithdrawJobPostingMutationVariables> = gql`
  mutation WithdrawJobPosting($id: ID!) {
    withdrawJobPosting(id: $id) {
      id
      status
      rejectionReason
      updatedAt
    }
  }
`;

export type EmployerJobFaq = EmployerJobFaqFieldsFragment;

const JOB_FAQ_FIELDS: TypedDocumentNode<EmployerJobFaqFieldsFragment> = gql`
  fragment EmployerJobFaqFields on JobFaq {
    id
    question
    answer
    askedAt
    answeredAt
  }
`;

/** Questions left from live rooms on one of the employer's postings (newest first). */
export const JOB_FAQS_QUERY: TypedDocumentNode<EmployerJobFaqsQuery, EmployerJobFaqsQueryVariables> = gql`
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

export const ANSWER_JOB_FAQ_MUTATION: TypedDocumentNode<AnswerJobFaqMutation, AnswerJobFaqMutationVariables> = gql`
  mutation AnswerJobFaq($input: AnswerJobFaqInput!) {
    answerJobFaq(input: $input) {
      ...EmployerJobFaqFields
    }
  }
  ${JOB_FAQ_FIELDS}
`;
