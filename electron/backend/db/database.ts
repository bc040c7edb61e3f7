/**
 * The database room: opening with the pragmas we rely on, refusing files we cannot read,
 * migrating after a verified backup. Nothing else opens the SQLite file.
 */
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, type SqliteDatabase } from 'kysely';
import { AppError } from '../../../shared/contract/errors';
import { backupDatabase } from './backup';
import { latestSchemaVersion, migrations as allMigrations, type Migration } from './migrations';
import type { Database } from './schema';

export interface OpenOptions {
  /** Path of a better-sqlite3 native build to load instead of the default (Electron's ABI). */
  nativeBinding?: string;
  /** Where backups before a migration go; default: `backups/` beside the database. */
  backupDir?: string;
  /** Migrations to know about (tests pass a longer list to simulate a newer version). */
  migrations?: readonly Migration[];
  /** Called with the path of the verified backup taken before migrating. */
  onBackup?: (backupPath: string) => void;
}

export interface OpenedDatabase {
  db: Kysely<Database>;
  sqlite: BetterSqlite3.Database;
  file: string;
  schemaVersion: number;
  close(): Promise<void>;
}

export const BUSY_TIMEOUT_MS = 5000;

function unreadable(file: string, cause: unknown): AppError {
  return new AppError(
    'db_unreadable',
    `Không đọc được tệp dữ liệu "${file}": tệp không phải cơ sở dữ liệu của Tổ CNSCĐ hoặc đã bị hỏng. ` +
      'Hãy chọn đúng tệp, hoặc khôi phục từ bản sao lưu.',
    { cause: cause instanceof Error ? cause.message : String(cause) },
  );
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

export function applyPragmas(sqlite: BetterSqlite3.Database): void {
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
}

function hasTable(sqlite: BetterSqlite3.Database, name: string): boolean {
  return (
    sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = ?").get(name) !== undefined
  );
}

export function readLedger(sqlite: BetterSqlite3.Database): { version: number; name: string }[] {
  if (!hasTable(sqlite, 'schema_migrations')) return [];
  return sqlite.prepare('select version, name from schema_migrations order by version').all() as {
    version: number;
    name: string;
  }[];
}

export async function openDatabase(file: string, options: OpenOptions = {}): Promise<OpenedDatabase> {
  const known = options.migrations ?? allMigrations;
  const latest = options.migrations
    ? known.reduce((max, m) => Math.max(max, m.version), 0)
    : latestSchemaVersion;
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });

  let sqlite: BetterSqlite3.Database;
  try {
    sqlite = new BetterSqlite3(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  } catch (error) {
    throw unreadable(file, error);
  }

  try {
    applyPragmas(sqlite);
    const tables = sqlite.prepare("select count(*) as n from sqlite_master where type = 'table'").get() as {
      n: number;
    };
    const ledger = readLedger(sqlite);
    if (ledger.length === 0 && tables.n > 0) {
      throw new AppError(
        'db_unreadable',
        `Tệp "${file}" là một cơ sở dữ liệu SQLite khác, không phải của Tổ CNSCĐ. Hãy chọn đúng tệp dữ liệu.`,
      );
    }
    const current = ledger.reduce((max, row) => Math.max(max, row.version), 0);
    if (current > latest) {
      throw new AppError(
        'db_too_new',
        `Dữ liệu này do một phiên bản mới hơn của Tổ CNSCĐ ghi (phiên bản dữ liệu ${current}; ` +
          `bản đang chạy chỉ đọc được đến ${latest}). Hãy cài phiên bản mới nhất của ứng dụng rồi mở lại; ` +
          'dữ liệu không bị thay đổi.',
        { databaseVersion: current, supportedVersion: latest },
      );
    }

    const pending = known.filter((m) => m.version > current).sort((a, b) => a.version - b.version);
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });

    if (pending.length > 0) {
      if (current > 0) {
        const backupDir = options.backupDir ?? path.join(path.dirname(path.resolve(file)), 'backups');
        const target = path.join(
          backupDir,
          `${path.basename(file, path.extname(file))}-truoc-phien-ban-${latest}-${Date.now()}.sqlite3`,
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
      async close() {
        await db.destroy();
      },
    };
  } catch (error) {
    if (sqlite.open) sqlite.close();
    if (error instanceof AppError) throw error;
    throw unreadable(file, error);
  }
}

import { sql } from 'kysely';
const sqlStrict = sql`strict`;
