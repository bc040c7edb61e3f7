/**
 * Where a commune's received data lives: `<dataDir>/received/<communeCode>.sqlite3`, created and
 * upgraded by the project's own openDatabase and migrations, so its schema is a commune
 * database's and the services, summaries and figures work on it unchanged. One file per commune:
 * nothing of one commune can reach another's rows.
 *
 * A new commune's file is a copy of a template migrated once per process (and checked: a database
 * of ours at the latest schema version), not every migration run again for each of a hundred
 * communes; it takes its bundles under a temporary name and is renamed once whole (below).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { openDatabase, withStatementCache, type OpenedDatabase, type OpenOptions } from '../db/database';
import { inspectDatabase, removeSidecarsWeMade } from '../db/inspect';
import { syncFolder } from '../files/write-atomic';
import { latestSchemaVersion } from '../db/migrations';
import type { Database } from '../db/schema';
import { BUSY_TIMEOUT_MS } from '../db/sqlite-errors';

export const RECEIVED_DIR = 'received';

/** The received-data file of a commune, beside the receiving unit's own database. */
export function communeStorePath(databasePath: string, communeCode: string): string {
  if (!/^\d{5}$/u.test(communeCode)) throw new Error(`Not a commune code: ${communeCode}`);
  return path.join(path.dirname(databasePath), RECEIVED_DIR, `${communeCode}.sqlite3`);
}

type StoreOptions = Pick<OpenOptions, 'nativeBinding' | 'busyTimeoutMs'>;

/** A database file and what SQLite keeps beside it. */
export function removeDatabaseFile(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${file}${suffix}`, { force: true });
}

/** The bytes of an empty commune database at the latest schema version, made once per process. */
let template: Promise<Buffer> | null = null;

async function makeTemplate(folder: string, options: StoreOptions): Promise<Buffer> {
  const file = path.join(folder, `.template-${process.pid}.sqlite3`);
  removeDatabaseFile(file);
  try {
    const opened = await openDatabase(file, options);
    await opened.close();
    // Closed: the last connection checkpointed the journal into the file. It must read back as
    // a database of ours at the version this build writes, or no commune file is made from it.
    const found = inspectDatabase(file, {
      latest: latestSchemaVersion,
      busyTimeoutMs: options.busyTimeoutMs ?? BUSY_TIMEOUT_MS,
      nativeBinding: options.nativeBinding,
    });
    if (found.kind !== 'ours' || found.version !== latestSchemaVersion) {
      throw new Error(`commune file template is not at schema version ${latestSchemaVersion}`);
    }
    return fs.readFileSync(file);
  } finally {
    removeDatabaseFile(file);
  }
}

/** Flushes a file to the disk (opened for writing: Windows refuses to flush a read-only handle). */
function flushFile(target: string): void {
  const fd = fs.openSync(target, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function templateBytes(folder: string, options: StoreOptions): Promise<Buffer> {
  template ??= makeTemplate(folder, options).catch((error: unknown) => {
    template = null;
    throw error;
  });
  return template;
}

/** A commune's file opened for an import. */
export interface ImportStore {
  opened: OpenedDatabase;
  /**
   * Closes the file. A new one becomes the commune's file when a bundle was committed to it
   * (`wrote`), and goes otherwise.
   */
  finish(wrote: boolean): Promise<void>;
}

/**
 * Opens a commune's file for an import. A commune received for the first time gets a new file,
 * made from the template under a temporary name and given the commune's name only once its
 * bundles are committed, the file closed and flushed to disk: a crash at any point leaves no
 * file (the commune as it was: nothing received) or the whole file. Durability comes from that
 * flush and the rename, so the new file's own commits need not each wait for the disk.
 */
export async function openStoreForImport(
  databasePath: string,
  communeCode: string,
  options: StoreOptions = {},
): Promise<ImportStore> {
  const file = communeStorePath(databasePath, communeCode);
  if (fs.existsSync(file)) {
    const opened = await openDatabase(file, options);
    return { opened, finish: () => opened.close() };
  }
  const folder = path.dirname(file);
  fs.mkdirSync(folder, { recursive: true });
  const partial = `${file}.new`;
  // What a crash left of an earlier attempt is not the commune's data: it is made again.
  removeDatabaseFile(partial);
  fs.writeFileSync(partial, await templateBytes(folder, options));
  const opened = await openDatabase(partial, options);
  opened.sqlite.pragma('synchronous = OFF');
  return {
    opened,
    async finish(wrote) {
      await opened.close();
      const journalLeft = fs.existsSync(`${partial}-wal`);
      if (!wrote || journalLeft) {
        removeDatabaseFile(partial);
        if (wrote) throw new Error(`the journal of ${partial} was not written back on closing`);
        return;
      }
      flushFile(partial);
      fs.renameSync(partial, file);
      syncFolder(folder);
    },
  };
}

/** Opens (creating when needed) a commune's received-data file. */
export async function openCommuneStore(
  databasePath: string,
  communeCode: string,
  options: StoreOptions = {},
): Promise<OpenedDatabase> {
  const file = communeStorePath(databasePath, communeCode);
  if (!fs.existsSync(file)) await (await openStoreForImport(databasePath, communeCode, options)).finish(true);
  return openDatabase(file, options);
}

/** Opens a commune's file only when it exists (a dry run creates nothing): null otherwise. */
export async function openExistingCommuneStore(
  databasePath: string,
  communeCode: string,
  options: Pick<OpenOptions, 'nativeBinding' | 'busyTimeoutMs'> = {},
): Promise<OpenedDatabase | null> {
  const file = communeStorePath(databasePath, communeCode);
  if (!fs.existsSync(file)) return null;
  return openDatabase(file, options);
}

/** The codes of the communes that have a received-data file. */
export function storedCommuneCodes(databasePath: string): string[] {
  const dir = path.join(path.dirname(databasePath), RECEIVED_DIR);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .map((name) => /^(\d{5})\.sqlite3$/u.exec(name)?.[1])
    .filter((code): code is string => code !== undefined)
    .sort();
}

/** A commune's file opened to be read only (planning an import). */
export interface ReadStore {
  db: Kysely<Database>;
  close(): Promise<void>;
}

/**
 * Opens a commune's file to plan an import on it, or null when it has none. A file at the
 * schema version of this build is opened read-only (and the journal files the connection makes
 * beside it are taken away after): planning writes nothing to it. A file of an older version is
 * upgraded first when `upgrade` (the import that follows writes anyway); otherwise (a dry run) a
 * copy of it is upgraded and read, in a temporary folder removed after, and the file stays as it is.
 */
export async function openStoreForReading(
  databasePath: string,
  communeCode: string,
  options: StoreOptions & { upgrade: boolean },
): Promise<ReadStore | null> {
  const file = communeStorePath(databasePath, communeCode);
  if (!fs.existsSync(file)) return null;
  const busyTimeoutMs = options.busyTimeoutMs ?? BUSY_TIMEOUT_MS;
  const had = { wal: fs.existsSync(`${file}-wal`), shm: fs.existsSync(`${file}-shm`) };
  const found = inspectDatabase(file, {
    latest: latestSchemaVersion,
    busyTimeoutMs,
    nativeBinding: options.nativeBinding,
  });
  if (found.kind === 'ours' && found.version === latestSchemaVersion) {
    const sqlite = new BetterSqlite3(file, {
      readonly: true,
      fileMustExist: true,
      timeout: busyTimeoutMs,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
    return {
      db,
      async close() {
        await db.destroy();
        removeSidecarsWeMade(file, had);
      },
    };
  }
  removeSidecarsWeMade(file, had);
  if (options.upgrade) return openDatabase(file, options);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'to-cnscd-plan-'));
  try {
    const copy = path.join(dir, path.basename(file));
    fs.copyFileSync(file, copy);
    if (had.wal) fs.copyFileSync(`${file}-wal`, `${copy}-wal`);
    const opened = await openDatabase(copy, { ...options, backupDir: dir });
    return {
      db: opened.db,
      async close() {
        await opened.close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
