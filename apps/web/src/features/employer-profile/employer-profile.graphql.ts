import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  MyEmployerFieldsFragment,
  MyEmployerQuery,
  MyEmployerQueryVariables,
  SaveEmployerProfileMutation,
  SaveEmployerProfileMutationVariables,
} from '../../graphql/generated/graphql';

export type MyEmployerData = MyEmployerFieldsFragment;

const MY_EMPLOYER_FIELDS: TypedDocumentNode<MyEmployerFieldsFragment> = gql`
  fragment MyEmployerFields on Employer {
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
`;

export const MY_EMPLOYER_QUERY: TypedDocumentNode<MyEmployerQuery, MyEmployerQueryVariables> = gql`
  query MyEmployer {
    myEmployer {
      ...MyEmployerFields
    }
  }
  ${MY_EMPLOYER_FIELDS}
`;

export const SAVE_EMPLOYER_MUTATION: TypedDocumentNode<SaveEmployerProfileMutation, SaveEmployerProfileMutationVariables> = gql`
  mutation SaveEmployerProfile($input: EmployerProfileInput!) {
    saveEmployerProfile(input: $input) {
      ...MyEmployerFields
    }
  }
  ${MY_EMPLOYER_FIELDS}
`;
