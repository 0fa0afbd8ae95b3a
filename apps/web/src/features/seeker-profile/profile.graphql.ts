import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  MyJobSeekerProfileQuery,
  MyJobSeekerProfileQueryVariables,
  MyProfileFieldsFragment,
  SaveJobSeekerProfileMutation,
  SaveJobSeekerProfileMutationVariables,
} from '../../graphql/generated/graphql';

export type ProfileData = MyProfileFieldsFragment;

const PROFILE_FIELDS: TypedDocumentNode<MyProfileFieldsFragment> = gql`
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

export const MY_PROFILE_QUERY: TypedDocumentNode<MyJobSeekerProfileQuery, MyJobSeekerProfileQueryVariables> = gql`
  query MyJobSeekerProfile {
    myJobSeekerProfile {
      ...MyProfileFields
    }
  }
  ${PROFILE_FIELDS}
`;

export const SAVE_PROFILE_MUTATION: TypedDocumentNode<SaveJobSeekerProfileMutation, SaveJobSeekerProfileMutationVariables> = gql`
  mutation SaveJobSeekerProfile($input: JobSeekerProfileInput!) {
    saveJobSeekerProfile(input: $input) {
      ...MyProfileFields
    }
  }
  ${PROFILE_FIELDS}
`;
