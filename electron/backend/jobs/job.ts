/**
 * The job a call runs as, reached by the services through `currentJob()` (AsyncLocalStorage), so
 * a long operation reports its progress and stops when cancelled without every function between
 * the handler and its loop carrying it. Outside a job, `currentJob()` is a job nobody watches.
 *
 * The cancel flag is an Int32Array (on a SharedArrayBuffer when the backend runs in a worker):
 * the parent sets it with Atomics while the worker is busy in synchronous SQLite work, and the
 * job reads it between batches.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { AppError } from '../../../shared/contract/errors';
import { cancelledMessage, type JobProgress } from '../../../shared/contract/jobs';

export interface Job {
  /** Starts counting `total` units of `label` (a new stage starts again from 0). */
  begin(total: number, label: string): void;
  /** `n` more units done; stops (throws the cancelled error) when the officer has cancelled. */
  advance(n?: number): void;
  /** `n` more units done, without stopping (the work counted is already committed). */
  count(n?: number): void;
  /** Stops (throws the cancelled error) when the officer has cancelled. */
  checkpoint(): void;
  readonly cancelled: boolean;
}

/** A fresh cancel flag (shared memory, so that it can be handed to a worker). */
export function newCancelFlag(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
}

export function setCancelled(flag: Int32Array): void {
  Atomics.store(flag, 0, 1);
  // Wakes a thread waiting on the flag (the tests' worker that waits for the cancel).
  Atomics.notify(flag, 0);
}

/**
 * Every step is sent: the services count batches (500 rows, one document, 100 pages), never
 * single rows, so a job sends tens of messages, not thousands.
 */
export class RunningJob implements Job {
  private done = 0;
  private total = 0;
  private label = '';

  constructor(
    readonly id: string,
    readonly operation: string,
    private readonly flag: Int32Array,
    private readonly emit: (progress: JobProgress) => void,
  ) {}

  get cancelled(): boolean {
    return Atomics.load(this.flag, 0) === 1;
  }

  begin(total: number, label: string): void {
    this.checkpoint();
    this.done = 0;
    this.total = Math.max(0, Math.round(total));
    this.label = label;
    this.send();
  }

  advance(n = 1): void {
    this.count(n);
    this.checkpoint();
  }

  count(n = 1): void {
    this.done = Math.min(this.total, this.done + n);
    this.send();
  }

  checkpoint(): void {
    if (this.cancelled) throw new AppError('cancelled', cancelledMessage(this.operation));
  }

  private send(): void {
    this.emit({
      jobId: this.id,
      operation: this.operation,
      done: this.done,
      total: this.total,
      label: this.label,
    });
  }
}

/** Outside a job: nothing is reported, nothing cancels. */
const unwatched: Job = {
  begin: () => undefined,
  advance: () => undefined,
  count: () => undefined,
  checkpoint: () => undefined,
  cancelled: false,
};

const storage = new AsyncLocalStorage<RunningJob>();

/** The job the current call runs as (one nobody watches outside a job). */
export function currentJob(): Job {
  return storage.getStore() ?? unwatched;
}

export function runAsJob<T>(job: RunningJob, work: () => Promise<T>): Promise<T> {
  return storage.run(job, work);
}
