/**
 * The copies of one database: taken through the online backup API (verified, then named), copied
 * to the second location when it is there, rotated in both places, listed from the file names.
 */
import fs from 'node:fs';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import type {
  BackupEntry,
  BackupLocation,
  BackupMade,
  BackupOverview,
  BackupTrigger,
} from '../../../shared/contract/backup-types';
import { backupDatabase, integrityOf, removeTemporary, temporaryFor } from '../db/backup';
import { sweepDeadLeftovers } from '../temp-files';
import { installationOf, readLocationSettings, writeLocationSettings } from './location-settings';
import { backupFileName, localStamp, parseBackupFileName } from './naming';
import { planRotation } from './rotation';

/** The folder inside the second location the copies go to. */
export const SECOND_FOLDER = 'To-CNSCD-sao-luu';

/** A copy outside the PC older than this is reminded of. */
export const OUTSIDE_COPY_MAX_DAYS = 30;

export function backupFolderOf(databaseFile: string): string {
  return path.join(path.dirname(path.resolve(databaseFile)), 'backups');
}

function baseOf(databaseFile: string): string {
  return path.basename(databaseFile, path.extname(databaseFile));
}

export function isFolder(folder: string): boolean {
  try {
    return fs.statSync(folder).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The copies of `databaseFile` in one folder, newest first (an absent folder has none); with
 * `onlyBy`, only those that installation took.
 */
export function listFolder(
  folder: string,
  databaseFile: string,
  location: BackupLocation,
  onlyBy?: string,
): BackupEntry[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  const base = baseOf(databaseFile);
  const entries: BackupEntry[] = [];
  for (const name of names) {
    const parsed = parseBackupFileName(name);
    if (parsed === null || parsed.base !== base) continue;
    if (onlyBy !== undefined && parsed.installation !== onlyBy) continue;
    const file = path.join(folder, name);
    let size: number;
    try {
      size = fs.statSync(file).size;
    } catch {
      continue;
    }
    entries.push({
      name,
      takenAt: parsed.takenAt,
      size,
      trigger: parsed.trigger,
      location,
      path: file,
      verified: true,
    });
  }
  return entries.sort((a, b) => b.takenAt.localeCompare(a.takenAt));
}

/** The second location's copies folder, or null when none is chosen. */
function secondFolder(databaseFile: string): string | null {
  const chosen = readLocationSettings(backupFolderOf(databaseFile)).secondLocation;
  return chosen === null ? null : path.join(chosen, SECOND_FOLDER);
}

export function overview(databaseFile: string, now: Date = new Date()): BackupOverview {
  const folder = backupFolderOf(databaseFile);
  const settings = readLocationSettings(folder);
  const present = settings.secondLocation !== null && isFolder(settings.secondLocation);
  const second = secondFolder(databaseFile);
  const backups = [
    ...listFolder(folder, databaseFile, 'local'),
    ...(present && second !== null ? listFolder(second, databaseFile, 'second') : []),
  ].sort((a, b) => b.takenAt.localeCompare(a.takenAt));
  // Another PC's copy in a shared folder is not this PC's copy outside.
  const newestOutside =
    backups.find((b) => {
      if (b.location !== 'second') return false;
      const by = parseBackupFileName(b.name)?.installation ?? null;
      return by === null || by === settings.installationId;
    })?.takenAt ?? null;
  const lastOutsideCopyAt =
    [newestOutside, settings.lastOutsideCopyAt]
      .filter((v): v is string => v !== null)
      .sort()
      .at(-1) ?? null;
  const limit = new Date(now.getTime() - OUTSIDE_COPY_MAX_DAYS * 86_400_000);
  return {
    backups,
    folder,
    secondLocation: settings.secondLocation,
    secondLocationPresent: present,
    lastOutsideCopyAt,
    outsideCopyOverdue: lastOutsideCopyAt === null || lastOutsideCopyAt < localStamp(limit),
  };
}

/**
 * Removes what the rotation lets go of in one folder; a file that will not go stays (counted out).
 * With `onlyBy` (a folder other PCs copy to as well), only that installation's copies are rotated.
 */
function rotate(
  folder: string,
  databaseFile: string,
  location: BackupLocation,
  now: Date,
  onlyBy?: string,
): number {
  const plan = planRotation(listFolder(folder, databaseFile, location, onlyBy), localStamp(now).slice(0, 10));
  let removed = 0;
  for (const old of plan.remove) {
    try {
      fs.rmSync(old.path);
      removed += 1;
    } catch {
      // A copy held open elsewhere (a virus scanner): the next rotation tries again.
    }
  }
  return removed;
}

/**
 * Removes the half-written copies a killed process left in a folder (`<copy name>.<pid>.tmp` and
 * its journals): those of this database whose process no longer runs — and, in a folder other PCs
 * copy to as well (`onlyBy`), only this installation's (another PC's process ids mean nothing
 * here). Never throws.
 */
function sweepLeftovers(folder: string, databaseFile: string, onlyBy?: string): void {
  const base = baseOf(databaseFile);
  sweepDeadLeftovers(
    folder,
    (name) => {
      // A journal may be left alone: the kill came between removing the copy and its journal.
      const match = /^(.+\.sqlite3)\.(\d+)\.tmp(?:-wal|-shm|-journal)?$/u.exec(name);
      const parsed = parseBackupFileName(match?.[1] ?? '');
      if (match === null || parsed === null || parsed.base !== base) return null;
      if (onlyBy !== undefined && parsed.installation !== onlyBy) return null;
      return Number(match[2]);
    },
    (entry) => removeTemporary(entry.replace(/-(?:wal|shm|journal)$/u, '')),
  );
}

/** Copies a verified local copy to the second location: temporary name, integrity_check, rename. */
function copyOutside(local: BackupEntry, target: string): BackupEntry {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temporary = temporaryFor(target);
  removeTemporary(temporary);
  try {
    fs.copyFileSync(local.path, temporary);
    const integrity = integrityOf(temporary);
    if (integrity !== 'ok') throw new Error(`integrity_check: ${integrity}`);
    fs.renameSync(temporary, target);
  } finally {
    removeTemporary(temporary);
  }
  return { ...local, location: 'second', path: target, size: fs.statSync(target).size };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What would have been kept from a copy that was not written, phrased for the officer. */
const HELD_BACK: Record<BackupTrigger, string> = {
  daily: '(bản sao lưu hằng ngày)',
  manual: '',
  before_restore: 'nên chưa khôi phục; dữ liệu đang dùng không bị thay đổi',
  before_migration: 'nên chưa nâng cấp dữ liệu',
  bundle_import: 'nên chưa nhập gói dữ liệu; dữ liệu đang dùng không bị thay đổi',
};

/**
 * A verified copy of the open database in `backups/`, then in the second location when it is
 * there (skipped with a notice when it is not: never an error), then the rotation in both.
 */
export async function takeBackup(
  sqlite: BetterSqlite3.Database,
  databaseFile: string,
  trigger: BackupTrigger,
  now: Date = new Date(),
): Promise<BackupMade> {
  const folder = backupFolderOf(databaseFile);
  // The identity tells this PC's copies from others' in a shared second location: made when there
  // is one (the settings file is there then anyway), carried by every copy once made.
  const chosen = readLocationSettings(folder);
  const installation = chosen.secondLocation === null ? chosen.installationId : installationOf(folder);
  const name = backupFileName(baseOf(databaseFile), now, trigger, installation);
  sweepLeftovers(folder, databaseFile);
  const file = await backupDatabase(sqlite, path.join(folder, name), HELD_BACK[trigger]);
  const parsed = parseBackupFileName(name);
  const backup: BackupEntry = {
    name,
    takenAt: parsed?.takenAt ?? localStamp(now),
    size: fs.statSync(file).size,
    trigger,
    location: 'local',
    path: file,
    verified: true,
  };
  const notices: string[] = [];
  let secondCopy: BackupEntry | null = null;
  const settings = readLocationSettings(folder);
  const second = secondFolder(databaseFile);
  if (settings.secondLocation !== null && second !== null) {
    if (!isFolder(settings.secondLocation)) {
      notices.push(
        `Không thấy nơi sao lưu thứ hai "${settings.secondLocation}" (ổ USB chưa cắm hoặc thư mục dùng chung chưa kết nối), ` +
          'nên chỉ sao lưu trên máy này. Hãy cắm ổ USB rồi bấm "Sao lưu ngay".',
      );
    } else {
      try {
        if (installation !== null) sweepLeftovers(second, databaseFile, installation);
        secondCopy = copyOutside(backup, path.join(second, name));
        writeLocationSettings(folder, { ...settings, lastOutsideCopyAt: backup.takenAt });
      } catch (error) {
        notices.push(
          `Không chép được bản sao lưu sang "${settings.secondLocation}" (${describe(error)}); bản trên máy này vẫn đủ. ` +
            'Hãy kiểm tra ổ USB còn chỗ trống và cho phép ghi, rồi bấm "Sao lưu ngay".',
        );
      }
    }
  }
  // The PC's own folder holds only its copies; the second location may be shared by several PCs
  // (each rotates its own copies, never another's nor those whose name says no installation).
  let removed = rotate(folder, databaseFile, 'local', now);
  if (secondCopy !== null && second !== null && installation !== null) {
    removed += rotate(second, databaseFile, 'second', now, installation);
  }
  return { backup, secondCopy, notices, removed };
}

/** Sets (or clears, with null) the second location. */
export function chooseSecondLocation(databaseFile: string, chosen: string | null): void {
  const folder = backupFolderOf(databaseFile);
  const settings = readLocationSettings(folder);
  writeLocationSettings(folder, {
    ...settings,
    secondLocation: chosen === null ? null : path.resolve(chosen),
  });
}
