import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  DeleteSavedSearchMutation,
  DeleteSavedSearchMutationVariables,
  MarkSearchAlertsReadMutation,
  MarkSearchAlertsReadMutationVariables,
  MySavedSearchesQuery,
  MySavedSearchesQueryVariables,
  MySearchAlertsQuery,
  MySearchAlertsQueryVariables,
  SaveSearchMutation,
  SaveSearchMutationVariables,
  SavedSearchFieldsFragment,
  UnreadSearchAlertsQuery,
  UnreadSearchAlertsQueryVariables,
} from '../../graphql/generated/graphql';

export type SavedSearchData = SavedSearchFieldsFragment;

const SAVED_SEARCH_FIELDS: TypedDocumentNode<SavedSearchFieldsFragment> = gql`
  fragment SavedSearchFields on SavedSearch {
    id
    name
    criteriaJson
    createdAt
  }
`;

export const MY_SAVED_SEARCHES_QUERY: TypedDocumentNode<MySavedSearchesQuery, MySavedSearchesQueryVariables> = gql`
  query MySavedSearches {
    mySavedSearches {
      ...SavedSearchFields
    }
  }
  ${SAVED_SEARCH_FIELDS}
`;

export const SAVE_SEARCH_MUTATION: TypedDocumentNode<SaveSearchMutation, SaveSearchMutationVariables> = gql`
  mutation SaveSearch($input: SaveSearchInput!) {
    saveSearch(input: $input) {
      ...SavedSearchFields
    }
  }
  ${SAVED_SEARCH_FIELDS}
`;

export const DELETE_SAVED_SEARCH_MUTATION: TypedDocumentNode<DeleteSavedSearchMutation, DeleteSavedSearchMutationVariables> = gql`
  mutation DeleteSavedSearch($id: ID!) {
    deleteSavedSearch(id: $id)
  }
`;

export type SearchAlertData = MySearchAlertsQuery['mySearchAlerts'][number];

/** Page size of the alerts list (newest first); the API allows up to 100. */
export const ALERTS_PAGE_SIZE = 50;

// Region is normalised by `code` (graphql/client.ts): every selection of it (workRegion) must include the code.
export const MY_SEARCH_ALERTS_QUERY: TypedDocumentNode<MySearchAlertsQuery, MySearchAlertsQueryVariables> = gql`
  query MySearchAlerts($first: Int!, $unreadOnly: Boolean!) {
    mySearchAlerts(first: $first, unreadOnly: $unreadOnly) {
      id
      savedSearchName
      createdAt
      readAt
      jobPosting {
        id
        title
        payMin
        payMax
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
`;

/** The nav badge: ids of unread alerts (at most 100; the badge shows 99+ beyond). */
export const UNREAD_SEARCH_ALERTS_QUERY: TypedDocumentNode<UnreadSearchAlertsQuery, UnreadSearchAlertsQueryVariables> = gql`
  query UnreadSearchAlerts($first: Int!, $unreadOnly: Boolean!) {
    mySearchAlerts(first: $first, unreadOnly: $unreadOnly) {
      id
    }
  }
`;

export const MARK_SEARCH_ALERTS_READ_MUTATION: TypedDocumentNode<MarkSearchAlertsReadMutation, MarkSearchAlertsReadMutationVariables> = gql`
  mutation MarkSearchAlertsRead($ids: [ID!]!) {
    markSearchAlertsRead(ids: $ids)
  }
`;
