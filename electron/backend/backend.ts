/** Opens everything the backend needs and gives back the one dispatch every face uses. */
import fs from 'node:fs';
import type { StartupState } from '../../shared/contract/backup-types';
import { AppError, type Envelope } from '../../shared/contract/errors';
import { jobIdSchema, type JobProgress } from '../../shared/contract/jobs';
import { parseInput } from '../../shared/contract/validation';
import { damagedHandlers, closedDatabase, moveAside } from './backups/damaged';
import { sweepStagingLeftovers } from './backups/restore';
import type { DatabaseRoom } from './backups/room';
import { backupFolderOf, listFolder, takeBackup } from './backups/store';
import { localStamp } from './backups/naming';
import { openDatabase, type OpenedDatabase, type OpenOptions } from './db/database';
import { latestSchemaVersion } from './db/migrations';
import { fileErrorToAppError } from './db/sqlite-errors';
import type { BackendContext } from './context';
import { createDispatch, toAppError, type CallOptions, type Dispatch } from './dispatch';
import { RunningJob, runAsJob } from './jobs/job';
import { JobRegistry } from './jobs/registry';
import { createHandlers, type Handlers } from './handlers';
import type { Host } from './host';
import { sweepTempLeftovers } from './temp-files';
import { ensureCommuneKey } from './bundle/key-service';
import { readBundle } from './bundle/verify';

/** What the shell and the web preview hold: the backend here, or in a worker (worker/parent.ts). */
export interface BackendService {
  dispatch: Dispatch;
  /** Calls `listener` with the progress of every job; returns the function that stops it. */
  onProgress(listener: (progress: JobProgress) => void): () => void;
  /**
   * Whether an operation is running now (or a database swap is under way): the updater installs
   * only when it is not. Every operation counts, reads too: an install held a moment longer for a
   * read costs nothing.
   */
  busy(): boolean;
  close(): Promise<void>;
}

export interface Backend extends BackendService {
  ctx: BackendContext;
  /** The current handler table (a new one after a restore reopens the database). */
  readonly handlers: Handlers;
  dispatch: Dispatch;
  /** Ready, or started with a damaged database moved aside. */
  readonly startup: StartupState;
}

export interface BackendOptions extends OpenOptions {
  databasePath: string;
  host: Host;
  appVersion: string;
  log?: (error: unknown) => void;
  /**
   * The application's own start (shell, web preview): a damaged database is moved aside and the
   * backend starts offering the newest backup; the first start of a day takes a backup. The CLI
   * and the tests leave it off: a damaged file is refused with its message, nothing is copied.
   */
  application?: boolean;
  /** Called when the officer chooses to quit from the damaged-database screen. */
  onQuit?: () => void;
}

/** Holds new calls while the database is swapped, and waits for those already running. */
function createGate() {
  let active = 0;
  let closed: Promise<void> | null = null;
  const waiting: (() => void)[] = [];
  const settle = () => {
    if (active > 1) return;
    for (const wake of waiting.splice(0)) wake();
  };
  return {
    /** Operations running now, and whether a swap holds the database. */
    busy: () => active > 0 || closed !== null,
    async enter(): Promise<void> {
      while (closed !== null) await closed;
      active += 1;
    },
    leave(): void {
      active -= 1;
      settle();
    },
    /** Whether a call runs alone now (inside `alone`, its work started). */
    isAlone(): boolean {
      return closed !== null && active <= 1;
    },
    /** Runs `work` alone (the calling operation itself counted as one of those running). */
    async alone<T>(work: () => Promise<T>): Promise<T> {
      // Another swap first; this call does not count as running while it waits for it.
      while (closed !== null) {
        active -= 1;
        settle();
        await closed;
        active += 1;
      }
      let open = () => undefined as void;
      closed = new Promise<void>((resolve) => (open = resolve));
      try {
        if (active > 1) await new Promise<void>((resolve) => waiting.push(resolve));
        return await work();
      } finally {
        closed = null;
        open();
      }
    },
  };
}

/** The first start of a day takes a verified copy; a failure is logged, never stops the start. */
async function dailyBackup(opened: OpenedDatabase, log: (error: unknown) => void): Promise<void> {
  if (opened.created) return;
  const today = localStamp(new Date()).slice(0, 10);
  const taken = listFolder(backupFolderOf(opened.file), opened.file, 'local');
  if (taken.some((b) => b.takenAt.startsWith(today))) return;
  try {
    await takeBackup(opened.sqlite, opened.file, 'daily');
  } catch (error) {
    log(error);
  }
}

export async function createBackend(options: BackendOptions): Promise<Backend> {
  // A run killed mid-import never reached its clean-up: what it left goes now.
  sweepTempLeftovers();
  // So does the staging copy of a restore killed before its rename.
  sweepStagingLeftovers(options.databasePath);
  const log = options.log ?? ((error: unknown) => console.error(error));
  let opened: OpenedDatabase | null = null;
  let startup: StartupState = { kind: 'ready' };
  try {
    opened = await openDatabase(options.databasePath, options);
  } catch (error) {
    if (!(options.application === true && error instanceof AppError && error.code === 'db_corrupt'))
      throw error;
    log(error);
    const movedTo = moveAside(options.databasePath);
    const newest = listFolder(backupFolderOf(options.databasePath), options.databasePath, 'local')[0] ?? null;
    startup = { kind: 'damaged', movedTo, newestBackup: newest };
  }
  if (opened !== null && options.application === true) await dailyBackup(opened, log);

  const gate = createGate();
  const room: DatabaseRoom = {
    latest: options.migrations
      ? options.migrations.reduce((max, m) => Math.max(max, m.version), 0)
      : latestSchemaVersion,
    sqlite: () => opened?.sqlite ?? null,
    startup: () => startup,
    quit: () => options.onQuit?.(),
    alone: (work) => gate.alone(work),
    replaceWith: async (replacement) => {
      if (!gate.isAlone()) throw new Error('replaceWith outside room.alone');
      const file = options.databasePath;
      if (opened !== null) await opened.close();
      opened = null;
      // A clean close leaves no journal; one still there would be replayed into the new file.
      for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(`${file}${suffix}`, { force: true });
      try {
        fs.renameSync(replacement, file);
      } catch (error) {
        // The file in use is still there, unchanged (another program holds it, the folder
        // refuses writes): open it again and say why nothing changed.
        if (startup.kind === 'ready') adopt(await openDatabase(file, options));
        throw fileErrorToAppError(error, file) ?? error;
      }
      adopt(await openDatabase(file, options));
    },
  };
  const ctx: BackendContext = {
    db: opened?.db ?? closedDatabase(),
    host: options.host,
    appVersion: options.appVersion,
    databasePath: opened?.file ?? options.databasePath,
    schemaVersion: opened?.schemaVersion ?? 0,
    room,
    readBundle,
    jobs: new JobRegistry(),
  };
  // A commune set up before bundles existed gets its signing key at its first start (issue 10).
  // A key that cannot be written is not a reason to refuse the data: exporting will say it.
  if (startup.kind === 'ready') {
    try {
      await ensureCommuneKey(ctx);
    } catch (error) {
      // A folder that cannot be written is said when the key is needed (exporting, Settings).
      if (!(error instanceof AppError)) log(error);
    }
  }
  let handlers: Handlers =
    startup.kind === 'ready' ? createHandlers(ctx) : damagedHandlers(createHandlers(ctx));
  /** The database (re)opened after a swap: the context and the handlers follow it. */
  const adopt = (reopened: OpenedDatabase) => {
    opened = reopened;
    ctx.db = reopened.db;
    ctx.schemaVersion = reopened.schemaVersion;
    startup = { kind: 'ready' };
    handlers = createHandlers(ctx);
  };
  const site = { file: ctx.databasePath, busyTimeoutMs: options.busyTimeoutMs };
  const inner = createDispatch(() => handlers, options.log, site, {
    db: () => ctx.db,
    appVersion: options.appVersion,
  });
  const listeners = new Set<(progress: JobProgress) => void>();
  const emit = (progress: JobProgress) => {
    for (const listener of listeners) listener(progress);
  };
  const jobs = ctx.jobs ?? new JobRegistry();
  /** A call the page watches: its progress is sent, `cancelJob` reaches it. */
  const asJob = async (name: string, input: unknown, call: CallOptions): Promise<Envelope<unknown>> => {
    try {
      const jobId = parseInput(jobIdSchema, call.jobId);
      const flag = jobs.open(jobId, call.cancelFlag);
      try {
        return await runAsJob(new RunningJob(jobId, name, flag, emit), () => inner(name, input));
      } finally {
        jobs.close(jobId);
      }
    } catch (error) {
      return { ok: false, error: toAppError(error, options.log, site).toPayload() };
    }
  };
  return {
    ctx,
    get handlers() {
      return handlers;
    },
    get startup() {
      return startup;
    },
    busy: gate.busy,
    dispatch: async (name, input, call = {}) => {
      await gate.enter();
      try {
        return call.jobId === undefined ? await inner(name, input) : await asJob(name, input, call);
      } finally {
        gate.leave();
      }
    },
    onProgress: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: async () => {
      if (opened !== null) await opened.close();
      opened = null;
    },
  };
}
