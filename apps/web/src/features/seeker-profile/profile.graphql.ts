import { gql, type TypedDocumentNode } from '@apollo/client';
import type { JobSeekerProfile, JobSeekerProfileInput, Region } from '../../graphql/types';

export type ProfileData = Omit<JobSeekerProfile, 'hukouRegion' | 'residenceRegion'> & {
  hukouRegion: Pick<Region, 'code' | 'fullName'> | null;
  residenceRegion: Pick<Region, 'code' | 'fullName'> | null;
};

const PROFILE_FIELDS = gql`
  fragment MyProfileFields on JobSeekerProfile {
    id
    fullName
    gender
    birthYear
    hukouRegion {
      code
      fullName
    }
    residenceRegion {
      code
      fullName
    }
    residenceLat
    residenceLng
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
    desiredPlaces
    expectedPayMin
    expectedPayMax
    priorityGroups
    discoverable
    idNumberMasked
    phoneMasked
    updatedAt
  }
`;

export const MY_PROFILE_QUERY: TypedDocumentNode<{ myJobSeekerProfile: ProfileData | null }, Record<string, never>> = gql`
  query MyJobSeekerProfile {
    myJobSeekerProfile {
      ...MyProfileFields
    }
  }
  ${PROFILE_FIELDS}
`;

export const SAVE_PROFILE_MUTATION: TypedDocumentNode<{ saveJobSeekerProfile: ProfileData }, { input: JobSeekerProfileInput }> = gql`
  mutation SaveJobSeekerProfile($input: JobSeekerProfileInput!) {
    saveJobSeekerProfile(input: $input) {
      ...MyProfileFields
    }
  }
  ${PROFILE_FIELDS}
`;
