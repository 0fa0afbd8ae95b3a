import { gql, type TypedDocumentNode } from '@apollo/client';
import type { ApplicationStatus } from '@jobbridge/contracts';
import type {
  Application,
  ApplicationEvent,
  Connection,
  JobPosting,
  JobSeekerProfile,
  MatchScoreFields,
  MoveApplicationInput,
  PageArgs,
  Region,
} from '../../graphql/types';
// The document module itself, not the feature's barrel: a document never pulls in components.
import { APPLICATION_HISTORY_FIELDS } from '../applications/applications.graphql';

export type ApplicantProfile = Pick<
  JobSeekerProfile,
  | 'id'
  | 'fullName'
  | 'gender'
  | 'birthYear'
  | 'education'
  | 'major'
  | 'graduationDate'
  | 'skills'
  | 'certificates'
  | 'labourBrand'
  | 'desiredOccupations'
  | 'expectedPayMin'
  | 'expectedPayMax'
  | 'priorityGroups'
  | 'phoneMasked'
  | 'idNumberMasked'
> & {
  hukouRegion: Pick<Region, 'code' | 'fullName'> | null;
  residenceRegion: Pick<Region, 'code' | 'fullName'> | null;
};

export type ApplicantApplication = Pick<
  Application,
  'id' | 'status' | 'source' | 'coverNote' | 'contactPhone' | 'createdAt' | 'updatedAt'
> & {
  applicant: ApplicantProfile;
  history: ApplicationEvent[];
};

export const APPLICANTS_QUERY: TypedDocumentNode<
  {
    jobPosting: Pick<JobPosting, 'id' | 'title' | 'status' | 'applicationCount'> | null;
    applicationsForJob: Connection<ApplicantApplication>;
  },
  { jobPostingId: string; status?: ApplicationStatus } & PageArgs
> = gql`
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

export const MOVE_APPLICATION_MUTATION: TypedDocumentNode<
  { moveApplication: Pick<Application, 'id' | 'status' | 'contactPhone' | 'updatedAt'> & { history: ApplicationEvent[] } },
  { input: MoveApplicationInput }
> = gql`
  mutation MoveApplication($input: MoveApplicationInput!) {
    moveApplication(input: $input) {
      id
      status
      contactPhone
      updatedAt
      ...ApplicationHistoryFields
    }
  }
  ${APPLICATION_HISTORY_FIELDS}
`;

export type CandidateProfile = Pick<
  JobSeekerProfile,
  'id' | 'fullName' | 'gender' | 'birthYear' | 'education' | 'skills' | 'priorityGroups' | 'phoneMasked'
> & {
  hukouRegion: Pick<Region, 'code' | 'fullName'> | null;
  residenceRegion: Pick<Region, 'code' | 'fullName'> | null;
};

export type CandidateMatchData = MatchScoreFields & { candidate: CandidateProfile };

/** Discoverable job seekers matched to one posting, best first (the owner, or an officer of the region). */
export const MATCH_CANDIDATES_QUERY: TypedDocumentNode<
  { jobPosting: Pick<JobPosting, 'id' | 'title' | 'status'> | null; matchCandidates: CandidateMatchData[] },
  { jobPostingId: string; first?: number }
> = gql`
  query MatchCandidates($jobPostingId: ID!, $first: Int) {
    jobPosting(id: $jobPostingId) {
      id
      title
      status
    }
    matchCandidates(jobPostingId: $jobPostingId, first: $first) {
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
`;
