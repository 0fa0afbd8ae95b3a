import { ApolloServerPlugin, GraphQLRequestContext, HeaderMap } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';
import { Kind, OperationDefinitionNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { GqlContext } from '../auth/gql-context';

/** What the response cache needs of the search answer cache: its lifetime and word when a write empties it. */
export interface SearchCacheSource {
  readonly ttlMs: number;
  onInvalidate(listener: () => void): void;
}

/** Root fields whose whole answer may be shared by signed-out visitors asking the same (public, viewer-independent). */
const SHAREABLE_ROOT_FIELDS = new Set(['searchJobs']);
const MAX_ENTRIES = 2000;

/** Whether the operation reads only shareable root fields (and __typename), with no fragments at its root. */
function shareable(operation: OperationDefinitionNode): boolean {
  if (operation.operation !== 'query') return false;
  let any = false;
  for (const s of operation.selectionSet.selections) {
    if (s.kind !== Kind.FIELD) return false;
    if (s.name.value === '__typename') continue;
    if (!SHAREABLE_ROOT_FIELDS.has(s.name.value)) return false;
    any = true;
  }
  return any;
}

/**
 * Whole answers of public searches for signed-out visitors, kept as long as the search answer cache keeps its answers
 * and emptied with it (ADR 0022). A fair or a live room sends thousands of signed-out people to the same searches in
 * the same minute; an answer repeated within SEARCH_CACHE_MS is then sent without running a resolver. Signed-in
 * requests always run (their results depend on the viewer's hukou). The request limits still apply first: they run
 * when the operation is resolved, before this plugin is asked.
 */
export function searchResponseCachePlugin(source: SearchCacheSource): ApolloServerPlugin<GqlContext> {
  // Kept no longer than the search answers (an answer at most ttlMs old); the least recently used go first.
  const entries = new LRUCache<string, FormattedExecutionResult>({
    max: MAX_ENTRIES,
    ttl: Math.max(source.ttlMs, 1),
    ttlResolution: 0,
    perf: { now: Date.now },
  });
  // Bumped by every write: an answer computed before a write is not stored after it (it would lack what was written).
  let generation = 0;
  source.onInvalidate(() => {
    generation++;
    entries.clear();
  });
  const keys = new WeakMap<GraphQLRequestContext<GqlContext>, { key: string; generation: number }>();
  return {
    async requestDidStart() {
      if (source.ttlMs <= 0) return;
      return {
        async responseForOperation(rc) {
          if (rc.contextValue.user || !rc.operation || !shareable(rc.operation)) return null;
          const key = `${rc.request.operationName ?? ''}\u0000${rc.request.query ?? rc.queryHash}\u0000${JSON.stringify(rc.request.variables ?? {})}`;
          const entry = entries.get(key);
          if (entry) {
            // x-cache says which answers came from here (as a CDN's would), for the operators and the benchmark.
            return {
              http: { status: undefined, headers: new HeaderMap([['x-cache', 'hit']]) },
              body: { kind: 'single', singleResult: entry },
            };
          }
          keys.set(rc, { key, generation });
          return null;
        },
        async willSendResponse(rc) {
          const asked = keys.get(rc);
          if (!asked || asked.generation !== generation || rc.response.body.kind !== 'single') return;
          const key = asked.key;
          const result = rc.response.body.singleResult;
          if (result.errors?.length || !result.data) return;
          entries.set(key, { data: result.data });
        },
      };
    },
  };
}
