import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Employer, EmployerProfileInput, Region } from '../../graphql/types';

export type MyEmployerData = Omit<Employer, 'region'> & { region: Pick<Region, 'code' | 'fullName'> };

const MY_EMPLOYER_FIELDS = gql`
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

export const MY_EMPLOYER_QUERY: TypedDocumentNode<{ myEmployer: MyEmployerData | null }, Record<string, never>> = gql`
  query MyEmployer {
    myEmployer {
      ...MyEmployerFields
    }
  }
  ${MY_EMPLOYER_FIELDS}
`;

export const SAVE_EMPLOYER_MUTATION: TypedDocumentNode<{ saveEmployerProfile: MyEmployerData }, { input: EmployerProfileInput }> = gql`
  mutation SaveEmployerProfile($input: EmployerProfileInput!) {
    saveEmployerProfile(input: $input) {
      ...MyEmployerFields
    }
  }
  ${MY_EMPLOYER_FIELDS}
`;
