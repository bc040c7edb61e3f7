/**
 * What a file is, found without changing a byte of it: the header read directly, then a
 * read-only connection for the integrity check and the ledger. Only a file that passes is opened
 * for writing (and only then are pragmas set), so a refused file stays byte-identical.
 */
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../../../shared/contract/errors';
import { ledgerVersion, readLedger } from './ledger';
import {
  cannotOpenError,
  corruptError,
  notDatabaseError,
  readOnlyError,
  sqliteCode,
  sqliteErrorToAppError,
} from './sqlite-errors';

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export type Inspection =
  /** No file, or an empty one: a new database is made there. */
  | { kind: 'new' }
  /** A database of this application at schema `version`. */
  | { kind: 'ours'; version: number };

export interface InspectOptions {
  /** Highest schema version this build understands. */
  latest: number;
  nativeBinding?: string;
  busyTimeoutMs: number;
}

/** A database made by a newer version of the application: refused, left as it is. */
export function tooNewError(version: number, latest: number): AppError {
  return new AppError(
    'db_too_new',
    `Dữ liệu này do một phiên bản mới hơn của Tổ CNSCĐ ghi (phiên bản dữ liệu ${version}; ` +
      `bản đang chạy chỉ đọc được đến ${latest}). Hãy cài phiên bản mới nhất của ứng dụng rồi mở lại; ` +
      'dữ liệu không bị thay đổi.',
    { databaseVersion: version, supportedVersion: latest },
  );
}

/** Another program's SQLite database (no ledger of ours). */
export function foreignDatabaseError(file: string): AppError {
  return new AppError(
    'db_unreadable',
    `Tệp "${file}" là một cơ sở dữ liệu SQLite khác, không phải của Tổ CNSCĐ. ` +
      'Hãy chọn đúng tệp dữ liệu; tệp này không bị thay đổi.',
  );
}

/** Whether this process may write there (access(2): honours permissions, immutable files, read-only disks). */
export function writable(target: string): boolean {
  try {
    fs.accessSync(target, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function readHeader(file: string): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const header = Buffer.alloc(SQLITE_HEADER.length);
    const read = fs.readSync(fd, header, 0, header.length, 0);
    return header.subarray(0, read);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * A read-only connection to a WAL database makes `-wal` and `-shm` beside it and cannot remove
 * them. When the file is refused, take away the ones this inspection made (an empty `-wal` only:
 * one with content belongs to another program's unfinished work).
 */
export function removeSidecarsWeMade(file: string, existedBefore: { wal: boolean; shm: boolean }): void {
  const wal = `${file}-wal`;
  if (existedBefore.wal || !fs.existsSync(wal) || fs.statSync(wal).size !== 0) return;
  fs.rmSync(wal, { force: true });
  if (!existedBefore.shm) fs.rmSync(`${file}-shm`, { force: true });
}

/**
 * Throws the AppError that says why the file cannot be used; never writes to it. A file that
 * cannot be written is refused before it is opened at all: opening it would leave `-wal` and
 * `-shm` files behind, and SQLite would quietly open it read-only.
 */
export function inspectDatabase(file: string, options: InspectOptions): Inspection {
  const folder = path.dirname(path.resolve(file));
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    if (!writable(folder)) throw readOnlyError(file, 'folder');
    return { kind: 'new' };
  }
  if (stat.isDirectory()) {
    throw new AppError(
      'db_cannot_open',
      `Không mở được tệp dữ liệu "${file}": đây là một thư mục, không phải tệp. ` +
        'Hãy ghi tên tệp dữ liệu (ví dụ …/to-cnscd.sqlite3).',
    );
  }
  if (stat.size > 0 && !readHeader(file).equals(SQLITE_HEADER)) throw notDatabaseError(file);
  if (!writable(file)) throw readOnlyError(file, 'file');
  const existedBefore = { wal: fs.existsSync(`${file}-wal`), shm: fs.existsSync(`${file}-shm`) };
  // The journal files are made beside the database: the folder must take them.
  if (!(existedBefore.wal && existedBefore.shm) && !writable(folder)) throw readOnlyError(file, 'folder');
  if (stat.size === 0) return { kind: 'new' };

  let sqlite: BetterSqlite3.Database | undefined;
  try {
    sqlite = new BetterSqlite3(file, {
      readonly: true,
      fileMustExist: true,
      timeout: options.busyTimeoutMs,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
    const check = sqlite.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw corruptError(file, String(check));
    const tables = sqlite.prepare("select count(*) as n from sqlite_master where type = 'table'").get() as {
      n: number;
    };
    const ledger = readLedger(sqlite);
    if (ledger.length === 0 && tables.n > 0) {
      throw foreignDatabaseError(file);
    }
    const version = ledgerVersion(ledger);
    if (version > options.latest) {
      throw tooNewError(version, options.latest);
    }
    sqlite.close();
    return ledger.length === 0 ? { kind: 'new' } : { kind: 'ours', version };
  } catch (error) {
    if (sqlite?.open) sqlite.close();
    removeSidecarsWeMade(file, existedBefore);
    if (error instanceof AppError) throw error;
    const cause = error instanceof Error ? error.message : String(error);
    const known = sqliteErrorToAppError(error, { file, busyTimeoutMs: options.busyTimeoutMs });
    if (known !== null) throw known;
    // Another SQLite complaint about the file means it is not a database we can read; anything
    // else (SQLite itself failing to load) is not the file's fault.
    throw sqliteCode(error) !== null
      ? notDatabaseError(file, cause)
      : cannotOpenError(file, 'SQLite không chạy được trên máy này. Hãy cài lại ứng dụng.', cause);
  }
}
