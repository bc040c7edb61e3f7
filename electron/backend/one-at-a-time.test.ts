import { describe, expect, it } from 'vitest';
import { oneAtATime } from './one-at-a-time';

function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Lets every already-settled promise run its callbacks. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('oneAtATime', () => {
  it('starts a task only when the one before it has finished, in order', async () => {
    const queue = oneAtATime();
    const log: string[] = [];
    const first = deferred();
    const second = deferred();
    const a = queue.run(async () => {
      log.push('a starts');
      await first.promise;
      log.push('a ends');
      return 'a';
    });
    const b = queue.run(async () => {
      log.push('b starts');
      await second.promise;
      return 'b';
    });
    await settle();
    expect(log).toEqual(['a starts']);
    first.resolve();
    await settle();
    expect(log).toEqual(['a starts', 'a ends', 'b starts']);
    second.resolve();
    await expect(Promise.all([a, b])).resolves.toEqual(['a', 'b']);
  });

  it('goes on after a failed task, and the failure reaches only its own caller', async () => {
    const queue = oneAtATime();
    const first = deferred();
    const failed = queue.run(() => first.promise.then(() => Promise.reject(new Error('hỏng'))));
    let started = false;
    const next = queue.run(() => {
      started = true;
      return Promise.resolve(2);
    });
    await settle();
    expect(started).toBe(false);
    first.resolve();
    await expect(failed).rejects.toThrow('hỏng');
    await expect(next).resolves.toBe(2);
    expect(started).toBe(true);
  });
});
