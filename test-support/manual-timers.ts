/**
 * Timers the test moves by hand: nothing runs until the test fires it, so a wait is seen (its
 * length asserted) without waiting, and nothing can loop faster than the test allows.
 */
export interface ManualTimers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** The lengths of the waits not yet fired, in the order they were set. */
  pending(): number[];
  /** Every wait ever set, fired or not, in order. */
  readonly history: number[];
  /** Runs the oldest pending wait; throws when there is none (the test expected one). */
  fireNext(): void;
}

export function manualTimers(): ManualTimers {
  let next = 1;
  const waiting = new Map<number, { run: () => void; ms: number }>();
  const history: number[] = [];
  return {
    setTimeout(run, ms) {
      const handle = next++;
      waiting.set(handle, { run, ms });
      history.push(ms);
      return handle;
    },
    clearTimeout(handle) {
      waiting.delete(handle as number);
    },
    pending: () => [...waiting.values()].map((wait) => wait.ms),
    history,
    fireNext() {
      const first = waiting.entries().next();
      if (first.done) throw new Error('No wait is pending.');
      const [handle, wait] = first.value;
      waiting.delete(handle);
      wait.run();
    },
  };
}
