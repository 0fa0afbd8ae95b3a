import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  LoginMutation,
  LoginMutationVariables,
  MeQuery,
  MeQueryVariables,
  RegisterMutation,
  RegisterMutationVariables,
  UserFieldsFragment,
} from '../../graphql/generated/graphql';

/** The signed-in user, as `me`, `login` and `register` return it. */
export type User = UserFieldsFragment;
/** What `login` and `register` return. */
export type AuthPayload = LoginMutation['login'];

const USER_FIELDS: TypedDocumentNode<UserFieldsFragment> = gql`
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

export const ME_QUERY: TypedDocumentNode<MeQuery, MeQueryVariables> = gql`
  query Me {
    me {
      ...UserFields
    }
  }
  ${USER_FIELDS}
`;

export const LOGIN_MUTATION: TypedDocumentNode<LoginMutation, LoginMutationVariables> = gql`
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

export const REGISTER_MUTATION: TypedDocumentNode<RegisterMutation, RegisterMutationVariables> = gql`
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
