import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { relayStylePagination } from '@apollo/client/utilities';
import { ErrorCode } from '@jobbridge/contracts';
import { authToken } from './auth-token';

const authLink = new SetContextLink((prevContext) => {
  const token = authToken.get();
  return {
    headers: {
      ...prevContext.headers,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
  };
});

/** A token the API no longer accepts (expired, user removed) is dropped, so the app falls back to signed out. */
const expiredTokenLink = new ErrorLink(({ error, operation }) => {
  if (!CombinedGraphQLErrors.is(error)) return;
  const sentToken = Boolean(operation.getContext().headers?.authorization);
  if (sentToken && error.errors.some((e) => e.extensions?.code === ErrorCode.UNAUTHENTICATED)) {
    authToken.set(null);
  }
});

const httpLink = new HttpLink({ uri: '/graphql' });

const cache = new InMemoryCache({
  typePolicies: {
    Query: {
      fields: {
        // Relay connections: pages appended by "加载更多" merge into one list per filter.
        jobPostings: relayStylePagination(['filter']),
        myJobPostings: relayStylePagination(['status']),
        reviewQueue: relayStylePagination(['flagged', 'flagCode', 'order']),
        myApplications: relayStylePagination(['status']),
        applicationsForJob: relayStylePagination(['jobPostingId', 'status']),
        projects: relayStylePagination(['status', 'localHiringStatus', 'regionCode', 'kind', 'sort']),
        liveRooms: relayStylePagination(['regionCode', 'statuses']),
        caseload: relayStylePagination(['filter', 'regionCode']),
        // Offset pages from "加载更多" append to the hits already loaded for the same input.
        searchJobs: {
          keyArgs: ['input'],
          merge(existing: { hits: unknown[] } | undefined, incoming: { hits: unknown[] }, { args }) {
            const offset = typeof args?.offset === 'number' ? args.offset : 0;
            if (!existing || offset === 0) return incoming;
            return { ...incoming, hits: [...existing.hits.slice(0, offset), ...incoming.hits] };
          },
        },
      },
    },
    Project: {
      fields: {
        // The roster: "加载更多" appends within the on-site-only filter.
        workers: relayStylePagination(['activeOnly']),
      },
    },
    // Value objects without ids: stored inside their parent.
    JobTruthCard: { keyFields: false },
    JobRequirements: { keyFields: false },
    Certificate: { keyFields: false },
    PageInfo: { keyFields: false },
    JobSearchFacets: { keyFields: false },
    // Live pushes replace a project's figures in place (merge: the same fields whoever wrote them).
    LocalHiring: { keyFields: false, merge: true },
    LocalHiringDay: { keyFields: false },
    LabourPay: { keyFields: false, merge: true },
    RosterPreview: { keyFields: false },
    // A case's person: the list and the case page select different fields of the same person.
    SupportPerson: { keyFields: false, merge: true },
    Region: { keyFields: ['code'] },
    // Live rooms: the lineup and the report's figures belong to their room (stats are keyed by it).
    LiveRoomJob: { keyFields: false },
    LiveRoomStats: { keyFields: ['roomId'] },
    LiveFunnel: { keyFields: false },
    LiveFunnelRow: { keyFields: false },
    LiveJobFunnel: { keyFields: false },
  },
});

export const apolloClient = new ApolloClient({
  link: ApolloLink.from([expiredTokenLink, authLink, httpLink]),
  cache,
  clientAwareness: { name: 'jobbridge-web', version: '0.1.0' },
});
