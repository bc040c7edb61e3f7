/**
 * Backups through SQLite's online backup API (never a file copy of a live WAL database),
 * written under a temporary name, verified, then renamed into place.
 */
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../../../shared/contract/errors';
import { currentJob } from '../jobs/job';
import { readLedger } from './ledger';

export interface BackupCheck {
  integrity: string;
  ledgerMatches: boolean;
}

/**
 * integrity_check reads every page, some several times: through a memory map (read-only here, so
 * nothing can be written through it) it runs a third faster on a large register.
 */
function readThroughMemoryMap(copy: BetterSqlite3.Database): void {
  copy.pragma(`mmap_size = ${256 * 1024 * 1024}`);
}

/** Opens a copy read-only and checks it: integrity_check says ok and its ledger equals the source's. */
export function verifyBackup(source: BetterSqlite3.Database, copyPath: string): BackupCheck {
  const copy = new BetterSqlite3(copyPath, { readonly: true, fileMustExist: true });
  try {
    readThroughMemoryMap(copy);
    const integrity = String(copy.pragma('integrity_check', { simple: true }));
    const ledgerMatches = JSON.stringify(readLedger(copy)) === JSON.stringify(readLedger(source));
    return { integrity, ledgerMatches };
  } finally {
    copy.close();
  }
}

/** `integrity_check` of a self-contained copy, opened read-only ('ok' when sound). */
export function integrityOf(copyPath: string): string {
  const copy = new BetterSqlite3(copyPath, { readonly: true, fileMustExist: true });
  try {
    readThroughMemoryMap(copy);
    return String(copy.pragma('integrity_check', { simple: true }));
  } finally {
    copy.close();
  }
}

/** The temporary copy and the `-wal` / `-shm` files SQLite may make beside it. */
export function removeTemporary(temporary: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${temporary}${suffix}`, { force: true });
}

/**
 * The copy of a WAL database says "WAL" in its header, so reading it would make `-wal` and `-shm`
 * beside it. Turn it into one self-contained rollback-journal file before it is checked.
 */
export function makeSelfContained(copyPath: string): void {
  const copy = new BetterSqlite3(copyPath, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

/**
 * The temporary name a copy is written under before it is renamed to `target`: the writing
 * process's id in it, so a copy left by a killed process is known as such (store.ts sweeps it).
 */
export function temporaryFor(target: string): string {
  return `${target}.${process.pid}.tmp`;
}

/** What was not done because the copy failed (the default: the migration it protects). */
const MIGRATION_HELD_BACK = 'nên chưa nâng cấp dữ liệu';

/** Pages copied between two turns of the event loop (better-sqlite3's own default). */
const PAGES_PER_STEP = 100;

export async function backupDatabase(
  source: BetterSqlite3.Database,
  target: string,
  heldBack: string = MIGRATION_HELD_BACK,
): Promise<string> {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temporary = temporaryFor(target);
  removeTemporary(temporary);
  // A backup taken as a job (Sao lưu ngay, before an import) shows its pages copied and stops
  // when cancelled: the temporary copy is removed, nothing else was written.
  const job = currentJob();
  try {
    let copied = -1;
    await source.backup(temporary, {
      progress: ({ totalPages, remainingPages }) => {
        if (copied < 0) {
          job.begin(totalPages, 'Đang sao lưu (số trang dữ liệu đã chép)');
          copied = 0;
        }
        job.advance(totalPages - remainingPages - copied);
        copied = totalPages - remainingPages;
        return PAGES_PER_STEP;
      },
    });
    job.begin(1, 'Đang kiểm tra bản sao lưu');
    makeSelfContained(temporary);
    const check = verifyBackup(source, temporary);
    if (check.integrity !== 'ok' || !check.ledgerMatches) {
      throw new Error(`integrity=${check.integrity}, ledgerMatches=${check.ledgerMatches}`);
    }
    job.advance();
    fs.renameSync(temporary, target);
    removeTemporary(temporary);
    return target;
  } catch (error) {
    removeTemporary(temporary);
    if (error instanceof AppError && error.code === 'cancelled') throw error;
    throw new AppError(
      'unavailable',
      `Không tạo được bản sao lưu an toàn tại "${target}" ${heldBack}. ` +
        'Hãy kiểm tra ổ đĩa còn chỗ trống và quyền ghi, rồi mở lại ứng dụng.',
      { cause: error instanceof Error ? error.message : String(error) },
    );
  }
}
