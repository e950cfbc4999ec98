import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './api.js';

export const ME_KEY = ['me'] as const;

/**
 * One client for the workspace. Requests that failed because of what was asked (4xx) are
 * not retried: asking again gives the same answer. When any request finds the session gone
 * (401 unauthenticated, not a wrong password), /me is checked again, which sends the person
 * to sign in and back.
 */
export function createQueryClient(): QueryClient {
  const sessionEnded = (error: unknown) => error instanceof ApiError && error.code === 'unauthenticated';
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError(error, query) {
        if (sessionEnded(error) && query.queryKey[0] !== ME_KEY[0]) void client.invalidateQueries({ queryKey: ME_KEY });
      },
    }),
    mutationCache: new MutationCache({
      onError(error) {
        if (sessionEnded(error)) void client.invalidateQueries({ queryKey: ME_KEY });
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failures, error) => {
          if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
          return failures < 2;
        },
      },
      mutations: { retry: false },
    },
  });
  return client;
}
