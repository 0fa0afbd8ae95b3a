import { useApolloClient, useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { authToken } from '../../graphql/auth-token';
import { ME_QUERY, type AuthPayload, type User } from './auth.graphql';
import { AuthContext, type AuthContextValue } from './auth-context';

/** Holds the signed-in user (`me`), and resets the Apollo cache whenever the user changes. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const { data, loading, refetch } = useQuery(ME_QUERY, { fetchPolicy: 'cache-first', errorPolicy: 'all' });
  // The user just signed in, held in React state: set in the same batch as the navigation that follows, so a
  // role-guarded page never renders between the sign-in and the cache broadcast (which arrives asynchronously).
  const [signedIn, setSignedIn] = useState<User | null | undefined>(undefined);

  const clearSession = useCallback(async () => {
    setSignedIn(null);
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
      setSignedIn(user);
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
    // The cache wins once it has a user (it also reflects refreshes); the sign-in state bridges the gap before that.
    const user = data?.me ?? signedIn ?? null;
    return { user, role: user?.role ?? null, loading: loading && !data && signedIn === undefined, signIn, signOut, refresh };
  }, [data, loading, signedIn, signIn, signOut, refresh]);

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
