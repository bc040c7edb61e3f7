/**
 * What the backend's worker thread runs (worker-main.ts starts it): opens the very backend the in-process faces open (createBackend,
 * the same dispatch, the same restore gate and damaged-database start) and answers the parent's
 * calls, so that a long import never holds the window's thread. Host methods (dialogs, the OS)
 * are asked of the parent; job progress is posted to it as it comes.
 *
 */
import { parentPort, workerData } from 'node:worker_threads';
import { AppError, type Envelope } from '../../../shared/contract/errors';
import { createBackend, type Backend } from '../backend';
import { toAppError } from '../dispatch';
import type { JobProgress } from '../../../shared/contract/jobs';
import type { FromWorker, ToWorker, WorkerStart } from './protocol';
import { ProxyHost } from './proxy-host';

export interface WorkerSeams {
  /** Test seam: called in the job's own step, right after its progress is posted. */
  afterProgress?: (progress: JobProgress, cancelFlag: Int32Array | undefined) => void;
}

/** Serves the parent until it sends `close`. */
export async function serveBackend(seams: WorkerSeams = {}): Promise<void> {
  const port = parentPort;
  if (port === null) throw new Error('worker-main.ts chạy trong một luồng worker (worker_threads).');
  const start = workerData as WorkerStart;
  let portClosed = false;
  // After `close`, answers of calls still running have nobody to go to.
  const post = (message: FromWorker) => {
    if (!portClosed) port.postMessage(message);
  };
  const log = (error: unknown) => console.error(error);

  let nextHostCall = 1;
  const hostAnswers = new Map<number, (envelope: Envelope<unknown>) => void>();
  const host = new ProxyHost(
    start.host.dataDir,
    start.host.asksWhereToSave,
    start.host.choosesFolders,
    (method, args) =>
      new Promise((resolve) => {
        const id = nextHostCall;
        nextHostCall += 1;
        hostAnswers.set(id, resolve);
        post({ type: 'host-call', id, method, args });
      }),
  );

  let backend: Backend | null = null;
  /** The cancel flags of the jobs running here, for the test seam. */
  const flags = new Map<string, Int32Array>();
  // Calls are answered once the backend is open; the parent sends none before `ready`.
  port.on('message', (message: ToWorker) => {
    if (message.type === 'host-answer') {
      hostAnswers.get(message.id)?.(message.envelope);
      hostAnswers.delete(message.id);
      return;
    }
    if (message.type === 'close') {
      const closing = backend;
      backend = null;
      void (closing?.close() ?? Promise.resolve()).catch(log).finally(() => {
        post({ type: 'closed' });
        portClosed = true;
        port.close();
      });
      return;
    }
    const opened = backend;
    if (opened === null) return;
    if (message.jobId !== undefined && message.cancelFlag !== undefined) {
      flags.set(message.jobId, message.cancelFlag);
    }
    void opened
      .dispatch(message.name, message.input, {
        ...(message.jobId === undefined ? {} : { jobId: message.jobId }),
        ...(message.cancelFlag === undefined ? {} : { cancelFlag: message.cancelFlag }),
      })
      .then((envelope) => {
        if (message.jobId !== undefined) flags.delete(message.jobId);
        try {
          post({ type: 'result', id: message.id, envelope });
        } catch (error) {
          // An answer that cannot cross to the window (a bug: every output is plain data).
          post({
            type: 'result',
            id: message.id,
            envelope: { ok: false, error: toAppError(error, log).toPayload() },
          });
        }
      });
  });

  try {
    backend = await createBackend({
      databasePath: start.databasePath,
      appVersion: start.appVersion,
      host,
      log,
      ...(start.application === undefined ? {} : { application: start.application }),
      ...(start.nativeBinding === undefined ? {} : { nativeBinding: start.nativeBinding }),
      ...(start.busyTimeoutMs === undefined ? {} : { busyTimeoutMs: start.busyTimeoutMs }),
      ...(start.backupDir === undefined ? {} : { backupDir: start.backupDir }),
      onQuit: () => post({ type: 'quit' }),
    });
  } catch (error) {
    post({
      type: 'failed',
      error:
        error instanceof AppError
          ? error.toPayload()
          : { message: error instanceof Error ? error.message : String(error) },
    });
    portClosed = true;
    port.close();
    return;
  }
  backend.onProgress((progress) => {
    post({ type: 'progress', progress });
    seams.afterProgress?.(progress, flags.get(progress.jobId));
  });
  post({ type: 'ready' });
}
