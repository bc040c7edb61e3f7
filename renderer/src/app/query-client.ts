import { QueryClient } from '@tanstack/react-query';

/**
 * The backend is local: an error is an answer (shown to the user), not a network hiccup to
 * retry; and there is no other writer, so data stays fresh until we change it ourselves.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
}
