import { gql, type TypedDocumentNode } from '@apollo/client';
import type { AuthPayload, LoginInput, RegisterInput, User } from '../../graphql/types';

const USER_FIELDS = gql`
  fragment UserFields on User {
    id
    role
    displayName
    phoneMasked
    email
    regionCode
    employerId
    hasJobSeekerProfile
  }
`;

export const ME_QUERY: TypedDocumentNode<{ me: User | null }, Record<string, never>> = gql`
  query Me {
    me {
      ...UserFields
    }
  }
  ${USER_FIELDS}
`;

export const LOGIN_MUTATION: TypedDocumentNode<{ login: AuthPayload }, { input: LoginInput }> = gql`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      token
      user {
        ...UserFields
      }
    }
  }
  ${USER_FIELDS}
`;

export const REGISTER_MUTATION: TypedDocumentNode<{ register: AuthPayload }, { input: RegisterInput }> = gql`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      token
      user {
        ...UserFields
      }
    }
  }
  ${USER_FIELDS}
`;
