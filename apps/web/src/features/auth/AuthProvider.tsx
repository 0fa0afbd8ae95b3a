import { useApolloClient, useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useMemo, type ReactNode } from 'react';
import { authToken } from '../../graphql/auth-token';
import type { AuthPayload } from '../../graphql/types';
import { ME_QUERY } from './auth.graphql';
import { AuthContext, type AuthContextValue } from './auth-context';

/** Holds the signed-in user (`me`), and resets the Apollo cache whenever the user changes. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const { data, loading, refetch } = useQuery(ME_QUERY, { fetchPolicy: 'cache-first', errorPolicy: 'all' });

  const clearSession = useCallback(async () => {
    await client.clearStore();
    client.writeQuery({ query: ME_QUERY, data: { me: null } });
  }, [client]);

  // A token dropped elsewhere (expired: see graphql/client.ts) signs the user out here.
  useEffect(() => authToken.subscribe((token) => void (token ? undefined : clearSession())), [clearSession]);

  const signIn = useCallback(
    async ({ token, user }: AuthPayload) => {
      authToken.set(token);
      await client.clearStore();
      client.writeQuery({ query: ME_QUERY, data: { me: user } });
    },
    [client],
  );

  const signOut = useCallback(async () => {
    authToken.set(null); // the subscription above clears the cache
  }, []);

  const refresh = useCallback(async () => {
    await refetch();
  }, [refetch]);

  const value = useMemo<AuthContextValue>(() => {
    const user = data?.me ?? null;
    return { user, role: user?.role ?? null, loading: loading && !data, signIn, signOut, refresh };
  }, [data, loading, signIn, signOut, refresh]);

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
