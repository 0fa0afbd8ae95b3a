import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Employer, JobPosting, Region, SavedSearch, SaveSearchInput, SearchAlert } from '../../graphql/types';

export type SavedSearchData = Pick<SavedSearch, 'id' | 'name' | 'criteriaJson' | 'createdAt'>;

const SAVED_SEARCH_FIELDS = gql`
  fragment SavedSearchFields on SavedSearch {
    id
    name
    criteriaJson
    createdAt
  }
`;

export const MY_SAVED_SEARCHES_QUERY: TypedDocumentNode<{ mySavedSearches: SavedSearchData[] }, Record<string, never>> = gql`
  query MySavedSearches {
    mySavedSearches {
      ...SavedSearchFields
    }
  }
  ${SAVED_SEARCH_FIELDS}
`;

export const SAVE_SEARCH_MUTATION: TypedDocumentNode<{ saveSearch: SavedSearchData }, { input: SaveSearchInput }> = gql`
  mutation SaveSearch($input: SaveSearchInput!) {
    saveSearch(input: $input) {
      ...SavedSearchFields
    }
  }
  ${SAVED_SEARCH_FIELDS}
`;

export const DELETE_SAVED_SEARCH_MUTATION: TypedDocumentNode<{ deleteSavedSearch: boolean }, { id: string }> = gql`
  mutation DeleteSavedSearch($id: ID!) {
    deleteSavedSearch(id: $id)
  }
`;

export type SearchAlertData = Pick<SearchAlert, 'id' | 'savedSearchName' | 'createdAt' | 'readAt'> & {
  jobPosting: Pick<JobPosting, 'id' | 'title' | 'payMin' | 'payMax'> & {
    // Region is normalised by `code` (graphql/client.ts): every selection of it must include the code.
    workRegion: Pick<Region, 'code' | 'name'>;
    employer: Pick<Employer, 'id' | 'name'>;
  };
};

/** Page size of the alerts list (newest first); the API allows up to 100. */
export const ALERTS_PAGE_SIZE = 50;

export const MY_SEARCH_ALERTS_QUERY: TypedDocumentNode<{ mySearchAlerts: SearchAlertData[] }, { first: number; unreadOnly: boolean }> = gql`
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
export const UNREAD_SEARCH_ALERTS_QUERY: TypedDocumentNode<
  { mySearchAlerts: Pick<SearchAlert, 'id'>[] },
  { first: number; unreadOnly: boolean }
> = gql`
  query UnreadSearchAlerts($first: Int!, $unreadOnly: Boolean!) {
    mySearchAlerts(first: $first, unreadOnly: $unreadOnly) {
      id
    }
  }
`;

export const MARK_SEARCH_ALERTS_READ_MUTATION: TypedDocumentNode<{ markSearchAlertsRead: number }, { ids: string[] }> = gql`
  mutation MarkSearchAlertsRead($ids: [ID!]!) {
    markSearchAlertsRead(ids: $ids)
  }
`;
