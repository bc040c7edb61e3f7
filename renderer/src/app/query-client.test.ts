/**
 * The backend is on this machine (IPC, or the web preview on 127.0.0.1): whether the browser
 * thinks it is online must not matter. With TanStack Query's default network mode, an `offline`
 * event (a commune office's network dropping, or Chromium's network watcher blinking on a busy
 * machine) paused every mutation before it was sent: the button spun for ever.
 */
import { onlineManager } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { createQueryClient } from './query-client';

/** The promise's value, or 'still waiting' when it has not settled within `ms`. */
function within<T>(promise: Promise<T>, ms: number): Promise<T | 'still waiting'> {
  return Promise.race([
    promise,
    new Promise<'still waiting'>((r) => setTimeout(() => r('still waiting'), ms)),
  ]);
}

afterEach(() => onlineManager.setOnline(true));

describe('the query client, while the browser says it is offline', () => {
  it('still sends a mutation to the local backend', async () => {
    onlineManager.setOnline(false);
    const client = createQueryClient();
    const mutation = client.getMutationCache().build(client, { mutationFn: async (n: number) => n + 1 });
    await expect(within(mutation.execute(1), 1000)).resolves.toBe(2);
  });

  it('still reads from the local backend', async () => {
    onlineManager.setOnline(false);
    const client = createQueryClient();
    await expect(
      within(client.fetchQuery({ queryKey: ['x'], queryFn: async () => 'đã đọc' }), 1000),
    ).resolves.toBe('đã đọc');
  });
});
