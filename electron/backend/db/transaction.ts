import { sql, type Kysely } from 'kysely';
import type { Database } from './schema';
import { recorderFor } from '../audit/scope';

/**
 * Runs `work` in a transaction, or in the caller's when there is one already, so services
 * compose (the demo loader calls the profile and village services inside its own transaction).
 */
export async function inTransaction<T>(
  db: Kysely<Database>,
  work: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  // Every write transaction takes the write lock at its start: in WAL mode a deferred
  // transaction that read before another process wrote cannot upgrade (SQLITE_BUSY_SNAPSHOT),
  // while BEGIN IMMEDIATE simply waits for the busy timeout.
  return inImmediateTransaction(db, work);
}

/**
 * After some failures (a full disk, an I/O error) SQLite has already rolled the transaction
 * back; a second ROLLBACK would then fail and hide the failure that matters.
 */
async function rollbackIfActive(conn: Kysely<Database>): Promise<void> {
  try {
    await sql`rollback`.execute(conn);
  } catch (error) {
    if (!(error instanceof Error && /no transaction is active/u.test(error.message))) throw error;
  }
}

/** Connections inside `inImmediateTransaction`, so services called there join it. */
const inImmediate = new WeakSet<Kysely<Database>>();

/**
 * A transaction that takes SQLite's write lock at its start (BEGIN IMMEDIATE), for work that
 * reads then writes a value other processes may write too (the next document number): a second
 * process waits for the lock (busy timeout) instead of reading the same value.
 */
export async function inImmediateTransaction<T>(
  db: Kysely<Database>,
  work: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  if (db.isTransaction || inImmediate.has(db)) return work(db);
  // A write through the contract appends its audit record in its first transaction that wrote (audit/scope.ts).
  const audit = recorderFor(db);
  return db.connection().execute(async (conn) => {
    await sql`begin immediate`.execute(conn);
    inImmediate.add(conn);
    try {
      await audit?.recorder.begin(conn);
      const result = await work(conn);
      const appended = (await audit?.recorder.append(conn, audit.force)) === true;
      await sql`commit`.execute(conn);
      if (appended) audit?.done();
      return result;
    } catch (error) {
      await rollbackIfActive(conn);
      throw error;
    } finally {
      inImmediate.delete(conn);
    }
  });
}
