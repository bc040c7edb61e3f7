/**
 * The one place where SQLite's failures become messages: a locked, read-only, damaged or full
 * database is something the officer meets, not a bug. Used when the database is opened and by the
 * dispatch (so the CLI, the web preview and the shell all say the same thing).
 */
import BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../../../shared/contract/errors';

/** How long a write waits for another program's lock before it is refused, by default. */
export const BUSY_TIMEOUT_MS = 5000;

function named(file: string | undefined): string {
  return file === undefined ? 'tệp dữ liệu' : `tệp dữ liệu "${file}"`;
}

/** The same, at the start of a sentence. */
function namedAtStart(file: string | undefined): string {
  return `T${named(file).slice(1)}`;
}

export function readOnlyError(file: string | undefined, where: 'file' | 'folder', cause?: string): AppError {
  const what =
    where === 'folder'
      ? `Không ghi được vào thư mục chứa ${named(file)}: thư mục chỉ cho phép đọc (hoặc ổ đĩa chỉ đọc).`
      : `Không ghi được vào ${named(file)}: tệp chỉ cho phép đọc (hoặc ổ đĩa chỉ đọc).`;
  return new AppError(
    'db_read_only',
    `${what} Dữ liệu không bị thay đổi. Hãy cấp quyền ghi (bỏ thuộc tính chỉ đọc) cho ` +
      `${where === 'folder' ? 'thư mục' : 'tệp'}, hoặc chép tệp dữ liệu sang một thư mục ghi được rồi mở lại.`,
    cause === undefined ? undefined : { cause },
  );
}

export function lockedError(file: string | undefined, timeoutMs: number, cause?: string): AppError {
  return new AppError(
    'db_locked',
    `${namedAtStart(file)} đang bị một chương trình khác giữ để ghi ` +
      `(đã chờ ${Math.max(1, Math.round(timeoutMs / 1000))} giây). Thao tác chưa được thực hiện, dữ liệu không bị thay đổi. ` +
      'Hãy đóng cửa sổ Tổ CNSCĐ hoặc lệnh khác đang dùng tệp này, chờ nó làm xong, rồi thử lại.',
    cause === undefined ? undefined : { cause },
  );
}

export function corruptError(file: string | undefined, cause?: string): AppError {
  return new AppError(
    'db_corrupt',
    `${namedAtStart(file)} đã bị hỏng (SQLite kiểm tra thấy dữ liệu không toàn vẹn). ` +
      'Ứng dụng không ghi gì vào tệp này. Hãy khôi phục từ bản sao lưu gần nhất (thư mục backups bên cạnh tệp) ' +
      'và báo cho người hỗ trợ; giữ nguyên tệp hỏng để họ xem.',
    cause === undefined ? undefined : { cause },
  );
}

export function diskFullError(file: string | undefined, cause?: string): AppError {
  return new AppError(
    'db_disk_full',
    `Ổ đĩa chứa ${named(file)} đã đầy nên không ghi được; thao tác chưa được thực hiện. ` +
      'Hãy xóa bớt tệp không cần để giải phóng chỗ trống rồi thử lại.',
    cause === undefined ? undefined : { cause },
  );
}

export function cannotOpenError(file: string | undefined, reason: string, cause?: string): AppError {
  return new AppError(
    'db_cannot_open',
    `Không mở được ${named(file)}: ${reason} Dữ liệu không bị thay đổi.`,
    cause === undefined ? undefined : { cause },
  );
}

export function notDatabaseError(file: string | undefined, cause?: string): AppError {
  return new AppError(
    'db_unreadable',
    `Không đọc được ${named(file)}: tệp không phải cơ sở dữ liệu của Tổ CNSCĐ hoặc đã bị hỏng. ` +
      'Hãy chọn đúng tệp, hoặc khôi phục từ bản sao lưu.',
    cause === undefined ? undefined : { cause },
  );
}

/** SQLite's primary result code of an error ('SQLITE_READONLY' for 'SQLITE_READONLY_DBMOVED'). */
export function sqliteCode(error: unknown): string | null {
  if (!(error instanceof BetterSqlite3.SqliteError)) return null;
  const match = /^SQLITE_[A-Z]+/u.exec(error.code);
  return match === null ? null : match[0];
}

/**
 * The AppError for a SQLite failure the user meets, or null when the error is not one (a bug).
 * `folderWritable` tells a read-only folder from a read-only file when SQLite cannot say.
 */
export function sqliteErrorToAppError(
  error: unknown,
  options: { file?: string; busyTimeoutMs?: number; folderWritable?: boolean } = {},
): AppError | null {
  const code = sqliteCode(error);
  if (code === null) return null;
  const cause = (error as Error).message;
  const { file } = options;
  switch (code) {
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return lockedError(file, options.busyTimeoutMs ?? BUSY_TIMEOUT_MS, cause);
    case 'SQLITE_READONLY':
      return readOnlyError(file, options.folderWritable === false ? 'folder' : 'file', cause);
    case 'SQLITE_CORRUPT':
      return corruptError(file, cause);
    case 'SQLITE_NOTADB':
      return notDatabaseError(file, cause);
    case 'SQLITE_FULL':
      return diskFullError(file, cause);
    case 'SQLITE_CANTOPEN':
      return options.folderWritable === false
        ? readOnlyError(file, 'folder', cause)
        : cannotOpenError(
            file,
            'hệ điều hành không cho mở hoặc tạo tệp ở đường dẫn này (thiếu quyền, hoặc đường dẫn không đúng). ' +
              'Hãy kiểm tra đường dẫn và quyền của thư mục rồi thử lại.',
            cause,
          );
    case 'SQLITE_IOERR':
      return cannotOpenError(
        file,
        'lỗi đọc ghi đĩa. Hãy kiểm tra ổ đĩa (còn cắm, còn chỗ trống, không bị lỗi) rồi thử lại.',
        cause,
      );
    default:
      return null;
  }
}

/**
 * The AppError for a file-system failure on the database's own path (its folder, the file), or
 * null when the error is not one. Only for the database: other files have their own messages.
 */
export function fileErrorToAppError(error: unknown, file: string): AppError | null {
  if (error instanceof AppError || !(error instanceof Error)) return null;
  const code = (error as NodeJS.ErrnoException).code;
  const cause = error.message;
  switch (code) {
    case 'EEXIST':
    case 'ENOTDIR':
      return cannotOpenError(
        file,
        'trong đường dẫn có một phần là tệp chứ không phải thư mục. Hãy chọn một đường dẫn khác cho tệp dữ liệu.',
        cause,
      );
    case 'EACCES':
    case 'EPERM':
      return cannotOpenError(
        file,
        'hệ điều hành không cho đọc hoặc ghi ở đường dẫn này (thiếu quyền). ' +
          'Hãy kiểm tra quyền của tệp và thư mục, hoặc chọn thư mục khác.',
        cause,
      );
    case 'EROFS':
      return readOnlyError(file, 'folder', cause);
    case 'ENOSPC':
      return diskFullError(file, cause);
    default:
      return null;
  }
}
