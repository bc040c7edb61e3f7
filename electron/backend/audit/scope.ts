/**
 * The audit scope of one write through the contract (issue 11). `dispatch` runs a write
 * operation inside it; the transaction helper (db/transaction.ts) asks it, right after BEGIN and
 * right before COMMIT of each transaction on the audited database, to take the state before and
 * to append the record in the first one that wrote, so the record is in the same transaction as
 * the write: a write that fails leaves no record, a record never stands for a write that did not
 * happen.
 *
 * An operation that writes outside the database's transactions (a restore swaps the file, a new
 * key is a file) gets its record in a transaction of its own once it succeeded: in the database
 * open at that moment (after a restore, the restored one).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/** What the transaction helper calls around each transaction of the scope, until one carries the record. */
export interface AuditRecorder {
  /** Right after BEGIN, inside the transaction: takes what the summary compares with. */
  begin(trx: Kysely<Database>): Promise<void>;
  /**
   * Right before COMMIT, inside the transaction: appends the record when the transaction wrote
   * something (or `force`), and says whether it did. A transaction that only read (an export
   * reads its snapshot first) leaves the record to the next one.
   */
  append(trx: Kysely<Database>, force: boolean): Promise<boolean>;
  /**
   * When no transaction of the audited database carried the record, whether the operation wrote
   * elsewhere all the same and gets its record on its own once it succeeded: `always` (a key
   * file, a backup), `if-swapped` (a restore: only when the database was swapped), `never` (the
   * others: no transaction wrote, so nothing changed, and nothing is recorded, leaving the file
   * byte-identical).
   */
  readonly after: 'never' | 'always' | 'if-swapped' | 'if-wrote';
  /**
   * With `after: 'if-wrote'` (an import of many communes' bundles, written commune by commune):
   * whether a transaction of the operation wrote, the record then written once after all of them,
   * counting everything the operation added rather than what its first transaction did.
   */
  readonly wrote?: boolean;
}

interface AuditScope {
  /** The database the record goes to (the open one: it changes when a restore swaps it). */
  db: () => Kysely<Database>;
  readonly recorder: AuditRecorder;
  /** The first id made by `newId` in the scope: the id of what a create made. */
  createdId: string | null;
  written: boolean;
  /** The record's own transaction after the operation: appended though it wrote nothing. */
  force: boolean;
}

const storage = new AsyncLocalStorage<AuditScope>();

/**
 * Runs `work` (one write operation) in an audit scope. When it succeeds without any transaction
 * of the audited database having carried the record, the record is written on its own.
 */
export async function runAudited<T>(
  db: () => Kysely<Database>,
  recorder: AuditRecorder,
  work: () => Promise<T>,
  transact: (db: Kysely<Database>, work: (trx: Kysely<Database>) => Promise<void>) => Promise<void>,
): Promise<T> {
  const scope: AuditScope = { db, recorder, createdId: null, written: false, force: false };
  const dbBefore = db();
  return storage.run(scope, async () => {
    const result = await work();
    const changed =
      recorder.after === 'always' ||
      (recorder.after === 'if-swapped' && scope.db() !== dbBefore) ||
      (recorder.after === 'if-wrote' && recorder.wrote === true);
    if (!scope.written && changed) {
      scope.force = true;
      await transact(scope.db(), async () => undefined);
    }
    return result;
  });
}

/**
 * The recorder for a transaction about to begin on `db`: the current scope's when `db` is its
 * audited database and no transaction has carried the record yet; null otherwise (reads, the
 * receiving unit's per-commune files, a transaction after the one that carried the record).
 */
export function recorderFor(
  db: Kysely<Database>,
): { recorder: AuditRecorder; force: boolean; done: () => void } | null {
  const scope = storage.getStore();
  if (scope === undefined || scope.written || scope.db() !== db) return null;
  return {
    recorder: scope.recorder,
    force: scope.force,
    done: () => {
      scope.written = true;
    },
  };
}

/**
 * Writes the current scope's record into `db` now, in a transaction of its own (`transact`): a
 * restore's staged copy, which the swap then puts in place, so the restored database already
 * holds its record and a kill between the swap and a later write cannot leave it without one.
 */
export async function recordInto(
  db: Kysely<Database>,
  transact: (db: Kysely<Database>) => Promise<void>,
): Promise<void> {
  const scope = storage.getStore();
  if (scope === undefined || scope.written) return;
  const { db: audited, force } = scope;
  scope.db = () => db;
  scope.force = true;
  try {
    await transact(db);
  } finally {
    scope.db = audited;
    scope.force = force;
  }
}

/** Notes an id just made: the first one in a scope is what a create made (ids.ts calls it). */
export function noteNewId(id: string): void {
  const scope = storage.getStore();
  if (scope !== undefined && scope.createdId === null) scope.createdId = id;
}

/** The id the current scope's create made, if any. */
export function createdIdInScope(): string | null {
  return storage.getStore()?.createdId ?? null;
}
