/**
 * Restoring a copy: it is first copied beside the database under a temporary name of its own,
 * made self-contained and checked (integrity, ours, not newer); the officer sees what it holds;
 * the database in use is backed up (the undo), then the checked copy is renamed over it and
 * reopened. The whole restore runs alone (no other call, no other restore, meanwhile). A copy
 * refused at any step leaves the database in use as it was.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type {
  BackupEntry,
  DatabaseSummary,
  RestoreDone,
  RestorePreview,
  StartupState,
} from '../../../shared/contract/backup-types';
import type { backupSourceSchema } from '../../../shared/contract/backup-schemas';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { AppError } from '../../../shared/contract/errors';
import { recordInto } from '../audit/scope';
import type { BackendContext } from '../context';
import { makeSelfContained, removeTemporary } from '../db/backup';
import type { Database } from '../db/schema';
import { inTransaction } from '../db/transaction';
import { corruptError, fileErrorToAppError, notDatabaseError, sqliteCode } from '../db/sqlite-errors';
import { sweepDeadLeftovers, withTempDir } from '../temp-files';
import { describeCopy, summarize } from './database-summary';
import type { DatabaseRoom } from './room';
import { backupFolderOf, listFolder, overview } from './store';
import { backupBefore } from './backup-service';

export type BackupSource = z.output<typeof backupSourceSchema>;

export function roomOf(ctx: BackendContext): DatabaseRoom {
  if (ctx.room === undefined) {
    throw new AppError(
      'unavailable',
      'Phần xử lý dữ liệu chưa sẵn sàng để sao lưu, khôi phục. Hãy mở lại ứng dụng.',
    );
  }
  return ctx.room;
}

const STAGING_MARK = '.khoi-phuc-';

/**
 * A new temporary name to check a copy under, beside the database (same disk: the rename is
 * atomic): `<database>.khoi-phuc-<pid>-<random>.tmp`, so two checks never share a file and what
 * a killed process left is known by its process id.
 */
function newStagingPath(ctx: BackendContext): string {
  return `${path.resolve(ctx.databasePath)}${STAGING_MARK}${process.pid}-${randomUUID().slice(0, 8)}.tmp`;
}

/**
 * Removes the staging files a killed restore left beside the database (and their journals):
 * those of processes no longer running. Never throws: a start is not stopped by a leftover.
 */
export function sweepStagingLeftovers(databasePath: string): number {
  const prefix = `${path.basename(databasePath)}${STAGING_MARK}`;
  return sweepDeadLeftovers(
    path.dirname(path.resolve(databasePath)),
    (name) => {
      const rest = name.startsWith(prefix) ? name.slice(prefix.length) : '';
      const match = /^(\d+)-[0-9a-f]{8}\.tmp(?:-wal|-shm|-journal)?$/u.exec(rest);
      return match === null ? null : Number(match[1]);
    },
    (entry) => removeTemporary(entry.replace(/-(?:wal|shm|journal)$/u, '')),
  );
}

function findBackup(ctx: BackendContext, source: Extract<BackupSource, { kind: 'backup' }>): BackupEntry {
  const found = overview(ctx.databasePath).backups.find(
    (b) => b.name === source.name && b.location === source.location,
  );
  if (found === undefined) {
    throw new AppError(
      'not_found',
      `Không thấy bản sao lưu "${source.name}"${source.location === 'second' ? ' ở nơi sao lưu thứ hai (ổ USB đã cắm chưa?)' : ''}. ` +
        'Hãy tải lại danh sách bản sao lưu rồi chọn lại.',
    );
  }
  return found;
}

/**
 * Writes a copy at `staging` (by `write`), makes it self-contained and checks it. Returns what it
 * holds; on any refusal the staging file is gone and the AppError says why.
 */
function checkStaged(staging: string, write: () => void, latest: number, shown: string): DatabaseSummary {
  removeTemporary(staging);
  try {
    write();
    try {
      makeSelfContained(staging);
    } catch (error) {
      const cause = error instanceof Error ? error.message : String(error);
      throw sqliteCode(error) === 'SQLITE_CORRUPT'
        ? corruptError(shown, cause)
        : notDatabaseError(shown, cause);
    }
    return describeCopy(staging, latest, shown);
  } catch (error) {
    removeTemporary(staging);
    // No room, or no right to write beside the database: a message, nothing changed.
    throw fileErrorToAppError(error, staging) ?? error;
  }
}

/** What a database file holds, checked on a copy in a temporary folder (`backup verify`). */
export function verifyFile(file: string, latest: number): Promise<DatabaseSummary> {
  return withTempDir(async (dir) => {
    const staging = path.join(dir, 'kiem-tra.sqlite3');
    return checkStaged(staging, () => fs.copyFileSync(file, staging), latest, file);
  });
}

/** Puts a checked copy of the source at `staging`, beside the database. */
export function stageCopy(
  ctx: BackendContext,
  source: BackupSource | { kind: 'path'; file: string },
  staging: string,
): DatabaseSummary {
  if (source.kind === 'file') {
    const bytes = Buffer.from(source.base64, 'base64');
    return checkStaged(staging, () => fs.writeFileSync(staging, bytes), roomOf(ctx).latest, source.fileName);
  }
  const file = source.kind === 'path' ? source.file : findBackup(ctx, source).path;
  const shown = source.kind === 'path' ? source.file : source.name;
  return checkStaged(staging, () => fs.copyFileSync(file, staging), roomOf(ctx).latest, shown);
}

/** What the database in use holds now. */
export function currentSummary(ctx: BackendContext): DatabaseSummary {
  const sqlite = roomOf(ctx).sqlite();
  if (sqlite === null) throw new AppError('db_corrupt', 'Chưa có dữ liệu đang dùng (tệp dữ liệu bị hỏng).');
  // In WAL mode the newest pages are still in `-wal`: both make the size of the data.
  const wal = `${ctx.databasePath}-wal`;
  return summarize(
    sqlite,
    fs.statSync(ctx.databasePath).size + (fs.existsSync(wal) ? fs.statSync(wal).size : 0),
  );
}

function isOtherCommune(source: DatabaseSummary, current: DatabaseSummary): boolean {
  return (
    source.communeCode !== null && current.communeCode !== null && source.communeCode !== current.communeCode
  );
}

function communeLabel(summary: DatabaseSummary): string {
  return summary.communeName === null
    ? 'chưa có hồ sơ xã'
    : `${summary.communeName} (mã ${summary.communeCode ?? '?'})`;
}

export function previewRestore(ctx: BackendContext, source: BackupSource): RestorePreview {
  const staging = newStagingPath(ctx);
  try {
    const summary = stageCopy(ctx, source, staging);
    const current = currentSummary(ctx);
    return {
      source: summary,
      current,
      otherCommune: isOtherCommune(summary, current),
      needsUpgrade: summary.schemaVersion < roomOf(ctx).latest,
    };
  } finally {
    removeTemporary(staging);
  }
}

/**
 * Renames the staged copy over the database; if it cannot be opened, the undo copy goes back.
 * Called inside room.alone.
 */
async function swapIn(ctx: BackendContext, staging: string, undo: BackupEntry | null): Promise<void> {
  const room = roomOf(ctx);
  try {
    await room.replaceWith(staging);
  } catch (error) {
    removeTemporary(staging);
    if (undo !== null) {
      const back = newStagingPath(ctx);
      try {
        stageCopy(ctx, { kind: 'path', file: undo.path }, back);
        await room.replaceWith(back);
      } finally {
        removeTemporary(back);
      }
    }
    throw error;
  }
}

export function restoreBackup(
  ctx: BackendContext,
  source: BackupSource,
  confirmOtherCommune: boolean,
): Promise<RestoreDone> {
  return roomOf(ctx).alone(() => restoreAlone(ctx, source, confirmOtherCommune));
}

async function restoreAlone(
  ctx: BackendContext,
  source: BackupSource,
  confirmOtherCommune: boolean,
): Promise<RestoreDone> {
  const staging = newStagingPath(ctx);
  const summary = stageCopy(ctx, source, staging);
  try {
    const current = currentSummary(ctx);
    if (isOtherCommune(summary, current) && !confirmOtherCommune) {
      throw new AppError(
        'conflict',
        `Bản sao lưu này là dữ liệu của ${communeLabel(summary)}, không phải của ${communeLabel(current)} đang dùng. ` +
          'Chưa khôi phục gì. Nếu đúng là muốn thay dữ liệu bằng bản này, hãy xác nhận khôi phục dữ liệu của xã khác.',
        { otherCommune: true },
      );
    }
    // The undo: the database as it is now. Taken after the copy is checked, before anything changes.
    const undo = await backupBefore(ctx, 'before_restore');
    await recordInStaged(staging);
    await swapIn(ctx, staging, undo.backup);
    return { restored: currentSummary(ctx), undo: undo.backup, notices: undo.notices };
  } finally {
    removeTemporary(staging);
  }
}

/**
 * The restore's audit record goes into the staged copy before the swap (when the copy has the
 * log; an older copy gets it after the swap, once upgraded), so the file the swap puts in place
 * already says it was restored.
 */
async function recordInStaged(staging: string): Promise<void> {
  const sqlite = new BetterSqlite3(staging, { fileMustExist: true });
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  try {
    const hasLog =
      sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = 'audit_log'").get() !==
      undefined;
    if (hasLog) await recordInto(db, (staged) => inTransaction(staged, async () => undefined));
  } finally {
    await db.destroy();
  }
}

/** The officer's choice on the damaged-database screen: the newest sound copy, or quit. */
export function resolveDamagedStart(ctx: BackendContext, choice: 'restore' | 'quit'): Promise<StartupState> {
  return roomOf(ctx).alone(() => resolveDamagedAlone(ctx, choice));
}

async function resolveDamagedAlone(ctx: BackendContext, choice: 'restore' | 'quit'): Promise<StartupState> {
  const room = roomOf(ctx);
  const state = room.startup();
  if (state.kind !== 'damaged') return state;
  if (choice === 'quit') {
    room.quit();
    return state;
  }
  const copies = listFolder(backupFolderOf(ctx.databasePath), ctx.databasePath, 'local');
  let lastProblem: unknown = null;
  for (const copy of copies) {
    const staging = newStagingPath(ctx);
    try {
      stageCopy(ctx, { kind: 'path', file: copy.path }, staging);
    } catch (error) {
      lastProblem = error;
      continue;
    }
    try {
      await swapIn(ctx, staging, null);
    } finally {
      removeTemporary(staging);
    }
    return room.startup();
  }
  throw new AppError(
    'not_found',
    copies.length === 0
      ? 'Không có bản sao lưu nào trên máy này để khôi phục. Hãy thoát và nhờ người hỗ trợ (có thể còn bản sao ở ổ USB).'
      : 'Không bản sao lưu nào trên máy này còn đọc được. Hãy thoát và nhờ người hỗ trợ.',
    lastProblem instanceof AppError ? { cause: lastProblem.message } : undefined,
  );
}
