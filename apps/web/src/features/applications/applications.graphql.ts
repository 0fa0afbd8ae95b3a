import { gql, type TypedDocumentNode } from '@apollo/client';
import type { ApplicationStatus } from '@jobbridge/contracts';
import type { Application, ApplicationEvent, Connection, Employer, JobPosting, PageArgs, Region } from '../../graphql/types';

export const APPLICATION_HISTORY_FIELDS = gql`
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

export type MyApplicationData = Pick<Application, 'id' | 'status' | 'source' | 'coverNote' | 'createdAt' | 'updatedAt'> & {
  history: ApplicationEvent[];
  jobPosting: Pick<JobPosting, 'id' | 'title' | 'payMin' | 'payMax' | 'kind' | 'status'> & {
    workRegion: Pick<Region, 'code' | 'name'>;
    employer: Pick<Employer, 'id' | 'name'>;
  };
};

export const MY_APPLICATIONS_QUERY: TypedDocumentNode<
  { myApplications: Connection<MyApplicationData> },
  { status?: ApplicationStatus } & PageArgs
> = gql`
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

export const WITHDRAW_APPLICATION_MUTATION: TypedDocumentNode<
  { withdrawApplication: Pick<Application, 'id' | 'status' | 'updatedAt'> & { history: ApplicationEvent[] } },
  { id: string; note?: string }
> = gql`
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
