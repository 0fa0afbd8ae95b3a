import type { Role } from '@jobbridge/contracts';
import { createContext, useContext } from 'react';
import type { AuthPayload, User } from './auth.graphql';

export interface AuthContextValue {
  user: User | null;
  role: Role | null;
  /** True until the first `me` answer (or failure) after a page load. */
  loading: boolean;
  /** Stores the token and the signed-in user; clears data cached for the previous user. */
  signIn: (payload: AuthPayload) => Promise<void>;
  signOut: () => Promise<void>;
  /** Re-reads `me` (e.g. after the seeker saves a profile: `hasJobSeekerProfile`). */
  refresh: () => Promise<void>;
}

export const AuthContext = createContext<AuthContextValue | null>(null);

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}
