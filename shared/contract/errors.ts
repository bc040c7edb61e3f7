/**
 * The one error type that crosses every boundary (IPC, HTTP, CLI). Its message is always
 * Vietnamese and says what went wrong and what to do; `code` is stable for programs.
 */
export const errorCodes = [
  'validation',
  'not_found',
  'conflict',
  'in_use',
  'not_set_up',
  'already_set_up',
  'db_too_new',
  'db_unreadable',
  /** The database file or its folder cannot be written (read-only file, folder, disk). */
  'db_read_only',
  /** Another program holds the database's write lock longer than the busy timeout. */
  'db_locked',
  /** SQLite's integrity check finds the file damaged; nothing is written to it. */
  'db_corrupt',
  /** The database file cannot be opened or created at that path (a file in the way, permissions). */
  'db_cannot_open',
  /** The disk holding the database is full. */
  'db_disk_full',
  /** A request body larger than the transport accepts. */
  'too_large',
  'unauthorized',
  'forbidden',
  'unknown_operation',
  'unavailable',
  'internal',
  /** The officer cancelled a long job; nothing was written. */
  'cancelled',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface FieldProblem {
  /** Path of the field in the input, e.g. `viceChairmen.0.name`. */
  path: string;
  message: string;
}

export interface ErrorPayload {
  code: ErrorCode;
  message: string;
  details?: { fields?: FieldProblem[]; [key: string]: unknown };
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: ErrorPayload['details'];

  constructor(code: ErrorCode, message: string, details?: ErrorPayload['details']) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    if (details !== undefined) this.details = details;
  }

  toPayload(): ErrorPayload {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }

  static fromPayload(payload: ErrorPayload): AppError {
    return new AppError(payload.code, payload.message, payload.details);
  }
}

export function isErrorPayload(value: unknown): value is ErrorPayload {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.code === 'string' &&
    (errorCodes as readonly string[]).includes(v.code) &&
    typeof v.message === 'string'
  );
}

/** What every transport carries: a value, or the error payload. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorPayload };
