import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import type { Me } from '../../shared/contracts/accounts.js';
import { api, ApiError, setCsrfToken } from './api.js';
import { ME_KEY } from './query-client.js';

interface AuthState {
  /** The signed-in person, or null when signed out. Undefined while the first check runs. */
  me: Me | null | undefined;
  /** Fetches /me again: after sign-in, sign-up or accepting an invitation the session and its CSRF token are new. */
  refresh(): Promise<Me | null>;
}

const AuthContext = createContext<AuthState | null>(null);

async function fetchMe(): Promise<Me | null> {
  try {
    const me = await api.get<Me>('/me');
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const { data, error } = useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 5 * 60_000 });
  if (error) throw error; // the root error boundary explains that Chorus cannot be reached

  const refresh = useCallback(() => client.fetchQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 0 }), [client]);
  const value = useMemo(() => ({ me: data, refresh }), [data, refresh]);
  return <AuthContext value={value}>{children}</AuthContext>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth must be used inside <AuthProvider>');
  return state;
}

/** The signed-in person; only for pages behind <RequireSignIn>, which guarantees one. */
export function useMe(): Me {
  const { me } = useAuth();
  if (!me) throw new Error('useMe must be used on a page that requires sign-in');
  return me;
}

/**
 * Signing out ends the session on the server, then loads a fresh page: nothing the previous
 * person could see stays in memory, and every cached answer and token is gone with it.
 */
export function useSignOut(then: string = '/sign-in?signed-out=1') {
  return useMutation({
    mutationFn: () => api.post('/auth/sign-out'),
    // Even if the request failed (the session had already expired), the person wants out.
    onSettled: () => window.location.assign(then),
  });
}
