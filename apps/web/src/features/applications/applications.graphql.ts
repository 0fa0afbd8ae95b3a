import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  ApplicationHistoryFieldsFragment,
  MyApplicationsQuery,
  MyApplicationsQueryVariables,
  WithdrawApplicationMutation,
  WithdrawApplicationMutationVariables,
} from '../../graphql/generated/graphql';

export const APPLICATION_HISTORY_FIELDS: TypedDocumentNode<ApplicationHistoryFieldsFragment> = gql`
  fragment ApplicationHistoryFields on Application {
    history {
      id
      fromStatus
      toStatus
      actorRole
      actorName
      note
      createdAt
    }
  }
`;

/** One event of an application's status history. */
export type ApplicationEvent = ApplicationHistoryFieldsFragment['history'][number];

export type MyApplicationData = MyApplicationsQuery['myApplications']['edges'][number]['node'];

export const MY_APPLICATIONS_QUERY: TypedDocumentNode<MyApplicationsQuery, MyApplicationsQueryVariables> = gql`
  query MyApplications($status: ApplicationStatus, $first: Int, $after: String) {
    myApplications(status: $status, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          status
          source
          coverNote
          createdAt
          updatedAt
          ...ApplicationHistoryFields
          jobPosting {
            id
            title
            payMin
            payMax
            kind
            status
            workRegion {
              code
              name
            }
            employer {
              id
              name
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

export const WITHDRAW_APPLICATION_MUTATION: TypedDocumentNode<WithdrawApplicationMutation, WithdrawApplicationMutationVariables> = gql`
  mutation WithdrawApplication($id: ID!, $note: String) {
    withdrawApplication(id: $id, note: $note) {
      id
      status
      updatedAt
      ...ApplicationHistoryFields
    }
  }
  ${APPLICATION_HISTORY_FIELDS}
`;
