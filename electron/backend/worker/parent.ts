/**
 * The window's side of the backend's worker: starts the worker (worker-main.ts), sends it every
 * call and answers with its envelope, answers its Host calls with the real Host (Electron's
 * dialogs and shell exist only here), relays job progress, and cancels jobs itself, through the
 * job's shared flag, because the worker may be busy in synchronous SQLite work when "Hủy" is
 * pressed. Used by the shell and by the web preview alike; the CLI keeps the backend in-process.
 */
import { Worker } from 'node:worker_threads';
import { AppError, isErrorPayload, type Envelope } from '../../../shared/contract/errors';
import { jobIdSchema, type JobProgress } from '../../../shared/contract/jobs';
import { operations } from '../../../shared/contract/operations';
import { parseInput } from '../../../shared/contract/validation';
import type { BackendService } from '../backend';
import { toAppError, type Dispatch } from '../dispatch';
import type { Host } from '../host';
import { JobRegistry } from '../jobs/registry';
import type { FromWorker, HostMethod, ToWorker, WorkerStart } from './protocol';

/** The worker's script, and the Node options it needs (tsx where it is not built). */
export interface WorkerEntry {
  file: string;
  execArgv?: string[];
}

export interface WorkerBackendOptions extends Omit<WorkerStart, 'host'> {
  entry: WorkerEntry;
  host: Host;
  /** Called when the officer chooses to quit from the damaged-database screen. */
  onQuit?: () => void;
  log?: (error: unknown) => void;
}

/** How long closing waits for the worker to close the database before stopping it. */
const CLOSE_WAIT_MS = 10_000;

function stopped(): AppError {
  return new AppError(
    'unavailable',
    'Phần xử lý dữ liệu của ứng dụng đã dừng nên thao tác chưa được thực hiện. ' +
      'Hãy đóng rồi mở lại ứng dụng; dữ liệu đã lưu trước đó vẫn còn nguyên.',
  );
}

/** Starts the worker and resolves once its backend is open (rejects as createBackend would). */
export async function startBackendWorker(options: WorkerBackendOptions): Promise<BackendService> {
  const { entry, host, onQuit, log = (error: unknown) => console.error(error), ...rest } = options;
  const start: WorkerStart = {
    ...rest,
    host: {
      dataDir: host.dataDir,
      asksWhereToSave: host.asksWhereToSave,
      choosesFolders: host.chooseFolder !== undefined,
    },
  };
  const worker = new Worker(entry.file, {
    workerData: start,
    ...(entry.execArgv === undefined ? {} : { execArgv: entry.execArgv }),
  });
  const send = (message: ToWorker) => worker.postMessage(message);
  const pending = new Map<number, (envelope: Envelope<unknown>) => void>();
  const listeners = new Set<(progress: JobProgress) => void>();
  const jobs = new JobRegistry();
  let nextCall = 1;
  let gone: AppError | null = null;
  let closed: (() => void) | null = null;

  const answerHost = async (method: HostMethod, args: unknown[]): Promise<Envelope<unknown>> => {
    try {
      const fn = host[method] as ((...a: unknown[]) => Promise<unknown>) | undefined;
      if (fn === undefined) throw new Error(`Host has no ${method}`);
      return { ok: true, value: await fn.apply(host, args) };
    } catch (error) {
      return { ok: false, error: toAppError(error, log).toPayload() };
    }
  };

  /** Every call still waiting is answered: the worker will not answer it any more. */
  const fail = (error: AppError) => {
    gone = error;
    for (const answer of pending.values()) answer({ ok: false, error: error.toPayload() });
    pending.clear();
  };

  await new Promise<void>((resolve, reject) => {
    worker.on('message', (message: FromWorker) => {
      switch (message.type) {
        case 'ready':
          resolve();
          return;
        case 'failed':
          reject(
            isErrorPayload(message.error)
              ? AppError.fromPayload(message.error)
              : new Error(message.error.message),
          );
          return;
        case 'result':
          pending.get(message.id)?.(message.envelope);
          pending.delete(message.id);
          return;
        case 'progress':
          for (const listener of listeners) listener(message.progress);
          return;
        case 'host-call':
          void answerHost(message.method, message.args).then((envelope) =>
            send({ type: 'host-answer', id: message.id, envelope }),
          );
          return;
        case 'quit':
          onQuit?.();
          return;
        case 'closed':
          closed?.();
          return;
      }
    });
    worker.on('error', (error) => {
      log(error);
      reject(error);
      fail(stopped());
    });
    worker.on('exit', (code) => {
      reject(new Error(`Luồng xử lý dữ liệu dừng khi khởi động (mã ${code}).`));
      fail(stopped());
      closed?.();
    });
  });

  const dispatch: Dispatch = async (name, input, call = {}) => {
    if (name === 'cancelJob') {
      // Answered here: the worker may be busy in the very job to cancel.
      try {
        const { jobId } = parseInput(operations.cancelJob.input, input);
        return { ok: true, value: { cancelled: jobs.cancel(jobId) } };
      } catch (error) {
        return { ok: false, error: toAppError(error, log).toPayload() };
      }
    }
    if (gone !== null) return { ok: false, error: gone.toPayload() };
    let jobId: string | undefined;
    let cancelFlag: Int32Array | undefined;
    try {
      if (call.jobId !== undefined) {
        jobId = parseInput(jobIdSchema, call.jobId);
        cancelFlag = jobs.open(jobId);
      }
    } catch (error) {
      return { ok: false, error: toAppError(error, log).toPayload() };
    }
    const id = nextCall;
    nextCall += 1;
    try {
      return await new Promise<Envelope<unknown>>((resolve) => {
        // An input that cannot be copied to the worker throws here, answered below.
        pending.set(id, resolve);
        send({
          type: 'call',
          id,
          name,
          input,
          ...(jobId === undefined ? {} : { jobId }),
          ...(cancelFlag === undefined ? {} : { cancelFlag }),
        });
      });
    } catch (error) {
      pending.delete(id);
      return { ok: false, error: toAppError(error, log).toPayload() };
    } finally {
      if (jobId !== undefined) jobs.close(jobId);
    }
  };

  return {
    dispatch,
    // A call still waiting for its answer (a database swap is one too): the updater waits for it.
    busy: () => pending.size > 0,
    onProgress: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: async () => {
      if (gone !== null) return;
      // The worker closes the database cleanly (WAL checkpoint); one that does not answer (stuck
      // in a job) is stopped anyway: SQLite's journal keeps the file whole.
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        new Promise<void>((resolve) => {
          closed = resolve;
          send({ type: 'close' });
        }),
        new Promise<void>((resolve) => {
          timer = setTimeout(resolve, CLOSE_WAIT_MS);
        }),
      ]);
      clearTimeout(timer);
      fail(stopped());
      await worker.terminate();
    },
  };
}
