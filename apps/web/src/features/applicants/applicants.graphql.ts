import { gql, type TypedDocumentNode } from '@apollo/client';
import { CANDIDATE_MATCH_SCORE_FIELDS } from '../../shared/components/match-info.graphql';
import type {
  ApplicantsForJobQuery,
  ApplicantsForJobQueryVariables,
  MatchCandidatesQuery,
  MatchCandidatesQueryVariables,
  MoveApplicationMutation,
  MoveApplicationMutationVariables,
} from '../../graphql/generated/graphql';
// The document modules themselves, not the features' barrels: a document never pulls in components.
import { APPLICATION_HISTORY_FIELDS } from '../applications/applications.graphql';
import { HIRE_SUBSIDY_FIELDS } from '../subsidies/subsidies.graphql';

export type ApplicantApplication = ApplicantsForJobQuery['applicationsForJob']['edges'][number]['node'];

export type ApplicantProfile = ApplicantApplication['applicant'];

export const APPLICANTS_QUERY: TypedDocumentNode<ApplicantsForJobQuery, ApplicantsForJobQueryVariables> = gql`
  query ApplicantsForJob($jobPostingId: ID!, $status: ApplicationStatus, $first: Int, $after: String) {
    jobPosting(id: $jobPostingId) {
      id
      title
      status
      applicationCount
    }
    applicationsForJob(jobPostingId: $jobPostingId, status: $status, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          status
          source
          coverNote
          contactPhone
          contractMonths
          createdAt
          updatedAt
          ...ApplicationHistoryFields
          applicant {
            id
            fullName
            gender
            birthYear
            education
            major
            graduationDate
            skills
            certificates {
              name
              level
            }
            labourBrand
            desiredOccupations
            expectedPayMin
            expectedPayMax
            priorityGroups
            phoneMasked
            idNumberMasked
            hukouRegion {
              code
              fullName
            }
            residenceRegion {
              code
              fullName
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  ${APPLICATION_HISTORY_FIELDS}
`;

export const MOVE_APPLICATION_MUTATION: TypedDocumentNode<MoveApplicationMutation, MoveApplicationMutationVariables> = gql`
  mutation MoveApplication($input: MoveApplicationInput!) {
    moveApplication(input: $input) {
      id
      status
      contactPhone
      contractMonths
      updatedAt
      ...ApplicationHistoryFields
      # What the hire brings ("预计可享受 …"), for this one application: the list never selects it.
      subsidies {
        ...HireSubsidyFields
      }
    }
  }
  ${APPLICATION_HISTORY_FIELDS}
  ${HIRE_SUBSIDY_FIELDS}
`;

export type MovedApplication = MoveApplicationMutation['moveApplication'];

export type CandidateMatchData = MatchCandidatesQuery['matchCandidates'][number];

export type CandidateProfile = CandidateMatchData['candidate'];

/** Discoverable job seekers matched to one posting, best first (the owner, or an officer of the region). */
export const MATCH_CANDIDATES_QUERY: TypedDocumentNode<MatchCandidatesQuery, MatchCandidatesQueryVariables> = gql`
  query MatchCandidates($jobPostingId: ID!, $first: Int) {
    jobPosting(id: $jobPostingId) {
      id
      title
      status
    }
    matchCandidates(jobPostingId: $jobPostingId, first: $first) {
      ...CandidateMatchScoreFields
      candidate {
        id
        fullName
        gender
        birthYear
        education
        skills
        priorityGroups
        phoneMasked
        hukouRegion {
          code
          fullName
        }
        residenceRegion {
          code
          fullName
        }
      }
    }
  }
  ${CANDIDATE_MATCH_SCORE_FIELDS}
`;
