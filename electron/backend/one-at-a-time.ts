/**
 * A queue that runs its tasks one at a time, in the order they were given; a failed task does not
 * stop the ones behind it. Used for LibreOffice: several soffice processes started together (a
 * report and its appendix, a preview while a sheet is read) each take a few hundred megabytes on
 * an office PC, and LibreOffice's start-up is not made for many at once.
 */
export interface OneAtATime {
  run<T>(task: () => Promise<T>): Promise<T>;
}

export function oneAtATime(): OneAtATime {
  let last: Promise<unknown> = Promise.resolve();
  return {
    run<T>(task: () => Promise<T>): Promise<T> {
      const result = last.then(task, task);
      // The next task waits for this one to settle, whatever its outcome.
      last = result.catch(() => undefined);
      return result;
    },
  };
}
