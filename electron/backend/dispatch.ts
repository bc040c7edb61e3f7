import { AppError, type Envelope } from '../../shared/contract/errors';
import { isOperationName, operations, type OperationName } from '../../shared/contract/operations';
import { parseInput } from '../../shared/contract/validation';
import { operationAudit } from '../../shared/contract/audit-operations';
import type { Kysely } from 'kysely';
import { createRecorder } from './audit/recorder';
import { runAudited } from './audit/scope';
import type { Database } from './db/schema';
import { sqliteErrorToAppError } from './db/sqlite-errors';
import { inImmediateTransaction } from './db/transaction';
import type { Handlers } from './handlers';

/** How a call runs: as a job the page watches and can cancel (shared/contract/jobs.ts), or not. */
export interface CallOptions {
  jobId?: string;
  /** The job's cancel flag, when the caller keeps it (the parent side of the worker). */
  cancelFlag?: Int32Array;
}

export type Dispatch = (name: string, rawInput: unknown, call?: CallOptions) => Promise<Envelope<unknown>>;

/** Where the database is, for the messages of the failures it can meet (locked, read-only…). */
export interface DatabaseSite {
  file?: string;
  busyTimeoutMs?: number;
}

/** Where the audit log of the writes goes (issue 11). */
export interface AuditSite {
  /** The open database (it changes when a restore swaps it). */
  db: () => Kysely<Database>;
  appVersion: string;
}

/**
 * A SQLite failure the user meets (locked, read-only, damaged, full) becomes its message; anything
 * else that is not an AppError is a bug: log it, answer a plain Vietnamese message.
 */
export function toAppError(
  error: unknown,
  log: (e: unknown) => void = console.error,
  site: DatabaseSite = {},
): AppError {
  if (error instanceof AppError) return error;
  const known = sqliteErrorToAppError(error, site);
  if (known !== null) return known;
  log(error);
  return new AppError(
    'internal',
    'Đã có lỗi không mong muốn trong ứng dụng; dữ liệu không bị thay đổi. ' +
      'Hãy thử lại; nếu vẫn lỗi, hãy khởi động lại ứng dụng và báo cho người hỗ trợ.',
  );
}

/**
 * The one path every call takes: known operation → input validated by its schema → handler →
 * envelope. Used by IPC, by HTTP and by the CLI alike.
 */
export function createDispatch(
  /** The table, or a function giving the current one (it changes when a restore reopens the database). */
  handlers: Handlers | (() => Handlers),
  log?: (e: unknown) => void,
  site: DatabaseSite = {},
  audit: AuditSite | null = null,
): Dispatch {
  return async (name, rawInput) => {
    try {
      if (!isOperationName(name)) {
        throw new AppError('unknown_operation', `Thao tác "${name}" không tồn tại. Hãy cập nhật ứng dụng.`);
      }
      return {
        ok: true,
        value: await call(typeof handlers === 'function' ? handlers() : handlers, name, rawInput, audit),
      };
    } catch (error) {
      return { ok: false, error: toAppError(error, log, site).toPayload() };
    }
  };
}

async function call<K extends OperationName>(
  handlers: Handlers,
  name: K,
  rawInput: unknown,
  audit: AuditSite | null,
) {
  const input = parseInput(operations[name].input, rawInput);
  const handler = handlers[name] as (input: unknown) => Promise<unknown>;
  const kind = operationAudit[name];
  if (audit === null || typeof kind !== 'object') return handler(input);
  // A write: its record goes in its own transaction (audit/scope.ts); a preview writes none.
  const recorder = createRecorder(name, kind, input, audit.appVersion);
  if (recorder.plan.skip) return handler(input);
  return runAudited(audit.db, recorder, () => handler(input), inImmediateTransaction);
}
