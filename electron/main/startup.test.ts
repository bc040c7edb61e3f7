import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/contract/errors';
import { DATABASE_FILE } from '../backend/paths';
import { chooseNativeBinding, dataLocation, ELECTRON_BINDING, startupFailure } from './startup';

describe('the SQLite build Electron loads', () => {
  const appRoot = path.resolve('/repo');
  const file = path.join(appRoot, ELECTRON_BINDING);

  it('is the default one in a packaged application', () => {
    expect(chooseNativeBinding({ packaged: true, appRoot, exists: () => false })).toEqual({
      kind: 'default',
    });
  });

  it('is the separate Electron build in development, never the Node build of node_modules', () => {
    expect(chooseNativeBinding({ packaged: false, appRoot, exists: (f) => f === file })).toEqual({
      kind: 'file',
      path: file,
    });
    expect(file).toContain(path.join('.native', 'electron', 'better_sqlite3.node'));
  });

  it('when missing, says in Vietnamese to run the rebuild', () => {
    const choice = chooseNativeBinding({ packaged: false, appRoot, exists: () => false });
    expect(choice.kind).toBe('missing');
    if (choice.kind === 'missing') {
      expect(choice.message).toContain('npm run rebuild:electron');
      expect(choice.message).toMatch(/^Chưa có bản SQLite dành cho Electron/u);
    }
  });
});

describe('where the data lives', () => {
  it('is the userData folder by default', () => {
    expect(dataLocation('/u/Tổ CNSCĐ', {})).toEqual({
      databasePath: path.join('/u/Tổ CNSCĐ', DATABASE_FILE),
      userDataDir: '/u/Tổ CNSCĐ',
    });
  });

  it('follows TO_CNSCD_DB and TO_CNSCD_USER_DATA', () => {
    expect(
      dataLocation('/u/x', { TO_CNSCD_DB: '/tmp/t/db.sqlite3', TO_CNSCD_USER_DATA: '/tmp/t/p' }),
    ).toEqual({
      databasePath: path.resolve('/tmp/t/db.sqlite3'),
      userDataDir: path.resolve('/tmp/t/p'),
    });
  });
});

describe('the dialog when the database will not open', () => {
  it("shows the backend's message for a database of a newer version", () => {
    const error = new AppError('db_too_new', 'Dữ liệu này do một phiên bản mới hơn của Tổ CNSCĐ ghi.');
    expect(startupFailure(error, '/d.sqlite3')).toEqual({
      title: 'Dữ liệu của phiên bản mới hơn',
      message: error.message,
    });
  });

  it("shows the backend's message for an unreadable file", () => {
    const error = new AppError('db_unreadable', 'Không đọc được tệp dữ liệu.');
    expect(startupFailure(error, '/d.sqlite3').message).toBe(error.message);
  });

  it.each([
    ['db_read_only', 'Tệp dữ liệu chỉ đọc'],
    ['db_locked', 'Tệp dữ liệu đang bị khóa'],
    ['db_corrupt', 'Tệp dữ liệu bị hỏng'],
    ['db_disk_full', 'Ổ đĩa đã đầy'],
  ] as const)("names a %s database in the title and shows the backend's message", (code, title) => {
    const error = new AppError(code, 'Thông báo của phần xử lý.');
    expect(startupFailure(error, '/d.sqlite3')).toEqual({ title, message: error.message });
  });

  it('recognises a SQLite build for the wrong runtime and says how to fix it', () => {
    const error = new AppError('db_unreadable', 'Không đọc được tệp dữ liệu.', {
      cause: 'The module was compiled against a different Node.js version using NODE_MODULE_VERSION 115.',
    });
    expect(startupFailure(error, '/d.sqlite3').message).toContain('npm run rebuild:electron');
  });

  it('never shows a bare stack trace for an unexpected error', () => {
    const failure = startupFailure(new Error('EACCES'), '/d.sqlite3');
    expect(failure.message).toMatch(/^Không mở được cơ sở dữ liệu "\/d\.sqlite3"/u);
    expect(failure.message).toContain('EACCES');
  });
});
