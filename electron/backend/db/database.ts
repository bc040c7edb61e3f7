/**
 * The database room: opening with the pragmas we rely on, refusing files we cannot read,
 * migrating after a verified backup. Nothing else opens the SQLite file.
 */
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, type SqliteDatabase } from 'kysely';
import { AppError } from '../../../shared/contract/errors';
import { backupFileName } from '../backups/naming';
import { backupDatabase } from './backup';
import { inspectDatabase, writable, type Inspection } from './inspect';
import { latestSchemaVersion, migrations as allMigrations, type Migration } from './migrations';
import type { Database } from './schema';
import {
  BUSY_TIMEOUT_MS,
  cannotOpenError,
  fileErrorToAppError,
  sqliteErrorToAppError,
} from './sqlite-errors';

export interface OpenOptions {
  /** Path of a better-sqlite3 native build to load instead of the default (Electron's ABI). */
  nativeBinding?: string;
  /** Where backups before a migration go; default: `backups/` beside the database. */
  backupDir?: string;
  /** Migrations to know about (tests pass a longer list to simulate a newer version). */
  migrations?: readonly Migration[];
  /** Called with the path of the verified backup taken before migrating. */
  onBackup?: (backupPath: string) => void;
  /** How long a write waits for another program's lock (default BUSY_TIMEOUT_MS). */
  busyTimeoutMs?: number;
}

export interface OpenedDatabase {
  db: Kysely<Database>;
  sqlite: BetterSqlite3.Database;
  file: string;
  schemaVersion: number;
  /** The file was new (no database of ours was there before). */
  created: boolean;
  close(): Promise<void>;
}

/** How many prepared statements the connection keeps for reuse. */
export const STATEMENT_CACHE_SIZE = 200;

/**
 * better-sqlite3 as Kysely sees it, with prepared statements reused by their SQL text (a small
 * LRU). Kysely prepares every query it runs; reusing the statement removes SQLite's parse and
 * plan step for repeated shapes (every chunk of a bulk insert, the same lookup in a loop).
 * A statement still busy (an open iterator) is never handed out twice: a fresh one is prepared.
 */
export function withStatementCache(
  sqlite: BetterSqlite3.Database,
  capacity: number = STATEMENT_CACHE_SIZE,
): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement<unknown[]>>();
  return {
    close: () => sqlite.close(),
    prepare(sqlText: string) {
      const hit = cache.get(sqlText);
      if (hit !== undefined) {
        if (hit.busy) return sqlite.prepare<unknown[]>(sqlText);
        cache.delete(sqlText);
        cache.set(sqlText, hit);
        return hit;
      }
      const statement = sqlite.prepare<unknown[]>(sqlText);
      cache.set(sqlText, statement);
      if (cache.size > capacity) {
        const oldest = cache.keys().next().value;
        if (oldest !== undefined) cache.delete(oldest);
      }
      return statement;
    },
  };
}

export function applyPragmas(sqlite: BetterSqlite3.Database, busyTimeoutMs = BUSY_TIMEOUT_MS): void {
  sqlite.pragma(`busy_timeout = ${busyTimeoutMs}`);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
}

/** Makes the folder the database lives in; a file in the way or a locked parent is a message. */
function ensureFolder(file: string): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
  } catch (error) {
    throw fileErrorToAppError(error, file) ?? error;
  }
}

/** A file the inspection accepted, opened for writing, with the pragmas we rely on. */
function openForWriting(file: string, options: OpenOptions, busyTimeoutMs: number): BetterSqlite3.Database {
  const sqlite = new BetterSqlite3(file, {
    timeout: busyTimeoutMs,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    applyPragmas(sqlite, busyTimeoutMs);
    return sqlite;
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

export async function openDatabase(file: string, options: OpenOptions = {}): Promise<OpenedDatabase> {
  const known = options.migrations ?? allMigrations;
  const latest = options.migrations
    ? known.reduce((max, m) => Math.max(max, m.version), 0)
    : latestSchemaVersion;
  const busyTimeoutMs = options.busyTimeoutMs ?? BUSY_TIMEOUT_MS;
  const absolute = path.resolve(file);
  ensureFolder(absolute);
  let found: Inspection;
  try {
    found = inspectDatabase(file, { latest, busyTimeoutMs, nativeBinding: options.nativeBinding });
  } catch (error) {
    throw fileErrorToAppError(error, file) ?? error;
  }
  const current = found.kind === 'ours' ? found.version : 0;

  let sqlite: BetterSqlite3.Database | undefined;
  try {
    sqlite = openForWriting(file, options, busyTimeoutMs);
    const pending = known.filter((m) => m.version > current).sort((a, b) => a.version - b.version);
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });

    if (pending.length > 0) {
      if (current > 0) {
        const backupDir = options.backupDir ?? path.join(path.dirname(path.resolve(file)), 'backups');
        const target = path.join(
          backupDir,
          backupFileName(path.basename(file, path.extname(file)), new Date(), 'before_migration'),
        );
        await backupDatabase(sqlite, target);
        options.onBackup?.(target);
      }
      // All pending migrations in one transaction: either all succeed or the file stays as it was.
      await db.transaction().execute(async (trx) => {
        await trx.schema
          .createTable('schema_migrations')
          .ifNotExists()
          .addColumn('version', 'integer', (c) => c.primaryKey())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('applied_at', 'text', (c) => c.notNull())
          .modifyEnd(sqlStrict)
          .execute();
        for (const migration of pending) {
          await migration.up(trx as unknown as Kysely<unknown>);
          await trx
            .insertInto('schema_migrations')
            .values({
              version: migration.version,
              name: migration.name,
              applied_at: new Date().toISOString(),
            })
            .execute();
        }
      });
    }

    const schemaVersion = Math.max(current, ...pending.map((m) => m.version));
    return {
      db,
      sqlite,
      file,
      schemaVersion,
      created: found.kind === 'new',
      async close() {
        await db.destroy();
      },
    };
  } catch (error) {
    if (sqlite?.open) sqlite.close();
    if (error instanceof AppError) throw error;
    const fileError = fileErrorToAppError(error, file);
    if (fileError !== null) throw fileError;
    const folderWritable = writable(path.dirname(absolute));
    throw (
      sqliteErrorToAppError(error, { file, busyTimeoutMs, folderWritable }) ??
      cannotOpenError(
        file,
        'đã có lỗi khi mở tệp. Hãy kiểm tra ổ đĩa còn chỗ trống và quyền ghi, rồi thử lại.',
        error instanceof Error ? error.message : String(error),
      )
    );
  }
}

import { sql } from 'kysely';
const sqlStrict = sql`strict`;
