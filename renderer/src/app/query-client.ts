import { QueryClient } from '@tanstack/react-query';

/**
 * The backend is local: an error is an answer (shown to the user), not a network hiccup to
 * retry; and there is no other writer, so data stays fresh until we change it ourselves.
 * `networkMode: 'always'`: the backend is on this machine (IPC, or 127.0.0.1 for the web
 * preview), so the browser's online state does not matter. With the default ('online') an
 * `offline` event — the office network dropping, or Chromium's network watcher blinking on a busy
 * machine — paused every request before it was sent, and buttons spun for ever.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000, networkMode: 'always' },
      mutations: { retry: false, networkMode: 'always' },
    },
  });
}
