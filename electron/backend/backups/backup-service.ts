/** Backups as the operations see them: take one for a reason, list them, choose the second location. */
import type { BackupMade, BackupOverview, BackupTrigger } from '../../../shared/contract/backup-types';
import { AppError } from '../../../shared/contract/errors';
import type { BackendContext } from '../context';
import { writable } from '../db/inspect';
import { chooseSecondLocation, isFolder, overview, takeBackup } from './store';

/**
 * A verified copy of the database in use, taken before something that could hurt it (a restore,
 * a bundle import: trigger 'bundle_import') or on demand. Throws when the copy cannot be made,
 * so the step it protects does not run.
 */
export async function backupBefore(ctx: BackendContext, trigger: BackupTrigger): Promise<BackupMade> {
  const sqlite = ctx.room?.sqlite() ?? null;
  if (sqlite === null) {
    throw new AppError('unavailable', 'Chưa mở được dữ liệu nên không sao lưu được. Hãy mở lại ứng dụng.');
  }
  return takeBackup(sqlite, ctx.databasePath, trigger);
}

export function listBackups(ctx: BackendContext): BackupOverview {
  return overview(ctx.databasePath);
}

/** The folder must be there and writable when it is chosen (it may be absent later: skipped then). */
export function setBackupLocation(ctx: BackendContext, folder: string | null): BackupOverview {
  if (folder !== null) {
    if (!isFolder(folder)) {
      throw new AppError(
        'validation',
        `Không thấy thư mục "${folder}". Hãy cắm ổ USB (hoặc kết nối thư mục dùng chung) rồi chọn lại.`,
        { fields: [{ path: 'folder', message: 'Không thấy thư mục này.' }] },
      );
    }
    if (!writable(folder)) {
      throw new AppError(
        'validation',
        `Không ghi được vào thư mục "${folder}" (chỉ cho phép đọc). Hãy chọn thư mục khác, hoặc bỏ khóa ghi của ổ USB.`,
        { fields: [{ path: 'folder', message: 'Thư mục chỉ cho phép đọc.' }] },
      );
    }
  }
  chooseSecondLocation(ctx.databasePath, folder);
  return overview(ctx.databasePath);
}
