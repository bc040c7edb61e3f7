/**
 * The messages between the window's thread and the backend's worker (worker_threads). Only
 * structured-clonable data crosses: envelopes, progress, host calls and their answers.
 */
import type { Envelope, ErrorPayload } from '../../../shared/contract/errors';
import type { JobProgress } from '../../../shared/contract/jobs';

/** What the worker needs to open the backend (BackendOptions without functions). */
export interface WorkerStart {
  databasePath: string;
  appVersion: string;
  /** The parent's Host, as far as it is data; its methods are asked back (HostCall). */
  host: { dataDir: string; asksWhereToSave: boolean; choosesFolders: boolean };
  application?: boolean;
  nativeBinding?: string;
  busyTimeoutMs?: number;
  backupDir?: string;
}

/** The Host methods the worker asks the parent (they need the shell: dialogs, the OS). */
export type HostMethod = 'chooseSavePath' | 'chooseFolder' | 'printAvailability' | 'openPath' | 'printFile';

export type ToWorker =
  | { type: 'call'; id: number; name: string; input: unknown; jobId?: string; cancelFlag?: Int32Array }
  | { type: 'host-answer'; id: number; envelope: Envelope<unknown> }
  | { type: 'close' };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'failed'; error: ErrorPayload | { message: string } }
  | { type: 'result'; id: number; envelope: Envelope<unknown> }
  | { type: 'progress'; progress: JobProgress }
  | { type: 'host-call'; id: number; method: HostMethod; args: unknown[] }
  | { type: 'quit' }
  | { type: 'closed' };
