/**
 * The page's side of job progress, whatever carries it (IPC events, Server-Sent Events): every
 * message is checked with the contract's schema before a listener sees it.
 */
import { jobProgressSchema, type JobEvents, type JobProgress } from './jobs';

/** Listeners for progress messages; `receive` takes a raw message from the transport. */
export function jobEventHub(start: () => void): JobEvents & { receive(raw: unknown): void } {
  const listeners = new Set<(progress: JobProgress) => void>();
  let started = false;
  return {
    subscribe(listener) {
      if (!started) {
        started = true;
        start();
      }
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    receive(raw) {
      const parsed = jobProgressSchema.safeParse(raw);
      if (!parsed.success) return;
      for (const listener of listeners) listener(parsed.data);
    },
  };
}
