/**
 * Decisions taken before the window opens: which SQLite build to load, where the data lives,
 * and what to tell the user when the database cannot be opened.
 */
import path from 'node:path';
import { isErrorPayload, type ErrorPayload } from '../../shared/contract/errors';
import { DATABASE_FILE } from '../backend/paths';

/** Where `npm run rebuild:electron` writes the Electron-ABI build of better-sqlite3. */
export const ELECTRON_BINDING = path.join('.native', 'electron', 'better_sqlite3.node');

export type NativeBindingChoice =
  { kind: 'default' } | { kind: 'file'; path: string } | { kind: 'missing'; path: string; message: string };

/**
 * Packaged: electron-builder rebuilt better-sqlite3 for Electron, so the default binding is
 * right. Development: node_modules holds the Node build the tests use, so load the separate
 * Electron build, or say how to make it.
 */
export function chooseNativeBinding(options: {
  packaged: boolean;
  appRoot: string;
  exists: (file: string) => boolean;
}): NativeBindingChoice {
  if (options.packaged) return { kind: 'default' };
  const file = path.join(options.appRoot, ELECTRON_BINDING);
  if (options.exists(file)) return { kind: 'file', path: file };
  return {
    kind: 'missing',
    path: file,
    message:
      'Chưa có bản SQLite dành cho Electron nên chưa mở được cơ sở dữ liệu.\n\n' +
      'Hãy chạy lệnh sau trong thư mục dự án rồi mở lại ứng dụng:\n' +
      '    npm run rebuild:electron\n\n' +
      `(Tệp cần có: ${file})`,
  };
}

export interface DataLocation {
  databasePath: string;
  /** Chromium's profile and the single-instance lock live here. */
  userDataDir: string;
}

/**
 * TO_CNSCD_DB chooses another database file (tests, a copy on a USB stick);
 * TO_CNSCD_USER_DATA another profile folder (so tests never meet the user's running copy).
 */
export function dataLocation(defaultUserData: string, env: NodeJS.ProcessEnv): DataLocation {
  const userDataDir = env.TO_CNSCD_USER_DATA ? path.resolve(env.TO_CNSCD_USER_DATA) : defaultUserData;
  const databasePath = env.TO_CNSCD_DB
    ? path.resolve(env.TO_CNSCD_DB)
    : path.join(defaultUserData, DATABASE_FILE);
  return { databasePath, userDataDir };
}

const abiMismatch =
  /NODE_MODULE_VERSION|compiled against a different|not a valid Win32 application|invalid ELF header|wrong ELF class|did not self-register/iu;

export interface StartupFailure {
  title: string;
  message: string;
}

/** Titles of the dialog for the database failures the backend names (the message says what to do). */
const databaseTitles: Partial<Record<ErrorPayload['code'], string>> = {
  db_read_only: 'Tệp dữ liệu chỉ đọc',
  db_locked: 'Tệp dữ liệu đang bị khóa',
  db_corrupt: 'Tệp dữ liệu bị hỏng',
  db_disk_full: 'Ổ đĩa đã đầy',
};

/** The Vietnamese dialog for a database that will not open; never a stack trace. */
export function startupFailure(error: unknown, databasePath: string): StartupFailure {
  // Recognised by shape, not `instanceof`: a second copy of the contract module (bundling,
  // test isolation) would have its own AppError class.
  if (isErrorPayload(error)) {
    const details: ErrorPayload['details'] = error.details;
    const cause = typeof details?.cause === 'string' ? details.cause : '';
    if (abiMismatch.test(cause)) {
      return {
        title: 'Không nạp được SQLite',
        message:
          'Bản SQLite đi kèm không hợp với phiên bản Electron đang chạy.\n\n' +
          'Nếu đang phát triển, hãy chạy "npm run rebuild:electron"; nếu đã cài đặt, hãy cài lại ứng dụng.\n\n' +
          `Chi tiết: ${cause}`,
      };
    }
    if (error.code === 'db_too_new') {
      return { title: 'Dữ liệu của phiên bản mới hơn', message: error.message };
    }
    if (error.code === 'db_unreadable') {
      return { title: 'Không đọc được tệp dữ liệu', message: error.message };
    }
    const title = databaseTitles[error.code];
    if (title !== undefined) return { title, message: error.message };
    return { title: 'Không mở được dữ liệu', message: error.message };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return {
    title: 'Không mở được dữ liệu',
    message:
      `Không mở được cơ sở dữ liệu "${databasePath}". Dữ liệu không bị thay đổi.\n\n` +
      'Hãy kiểm tra ổ đĩa còn chỗ trống và tệp không bị chương trình khác khóa, rồi mở lại ứng dụng.\n\n' +
      `Chi tiết: ${detail}`,
  };
}
