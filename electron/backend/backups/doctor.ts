/**
 * What the technician checks on a visit — the database's integrity and version, file sizes, the
 * last backup and the last copy outside the PC, free disk space, LibreOffice — without opening
 * the database for writing (a damaged one is reported, not moved or refused).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { DoctorReport } from '../../../shared/contract/backup-types';
import { AppError } from '../../../shared/contract/errors';
import { formatSize } from '../../../shared/vi/backups';
import { inspectDatabase } from '../db/inspect';
import { latestSchemaVersion } from '../db/migrations';
import { BUSY_TIMEOUT_MS } from '../db/sqlite-errors';
import { findSoffice } from '../spreadsheets/libreoffice';
import { overview } from './store';

/** Below this much free space on the data disk, doctor says so (a backup needs room). */
const LOW_DISK_BYTES = 500 * 1024 * 1024;

function sizeOf(file: string): number | null {
  try {
    return fs.statSync(file).size;
  } catch {
    return null;
  }
}

/** Free bytes for this user on the disk holding `target` (its nearest existing folder). */
export function freeBytes(target: string): number | null {
  let folder = path.dirname(path.resolve(target));
  while (!fs.existsSync(folder) && path.dirname(folder) !== folder) folder = path.dirname(folder);
  try {
    const stats = fs.statfsSync(folder);
    return stats.bavail * stats.bsize;
  } catch {
    return null;
  }
}

function integrityOf(file: string): Pick<DoctorReport['database'], 'integrity' | 'schemaVersion'> {
  if (!fs.existsSync(file)) {
    return { integrity: { status: 'missing', code: null, message: null }, schemaVersion: null };
  }
  try {
    const found = inspectDatabase(file, { latest: latestSchemaVersion, busyTimeoutMs: BUSY_TIMEOUT_MS });
    return found.kind === 'new'
      ? { integrity: { status: 'new', code: null, message: null }, schemaVersion: 0 }
      : { integrity: { status: 'ok', code: null, message: null }, schemaVersion: found.version };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const version = error.details?.databaseVersion;
    return {
      integrity: { status: 'problem', code: error.code, message: error.message },
      schemaVersion: typeof version === 'number' ? version : null,
    };
  }
}

export function examine(databasePath: string, appVersion: string): DoctorReport {
  const { integrity, schemaVersion } = integrityOf(databasePath);
  const backups = overview(databasePath);
  const last = backups.backups[0] ?? null;
  const free = freeBytes(databasePath);
  const soffice = findSoffice();
  const problems: string[] = [];
  if (integrity.status === 'problem' && integrity.message !== null) problems.push(integrity.message);
  if (integrity.status === 'ok' && last === null) {
    problems.push(
      'Chưa có bản sao lưu nào: hãy chạy "backup create" (hoặc bấm "Sao lưu ngay" trong Cài đặt).',
    );
  }
  if (integrity.status === 'ok' && backups.outsideCopyOverdue) {
    problems.push(
      'Chưa có bản sao ngoài máy trong 30 ngày qua: hãy chọn nơi sao lưu thứ hai (ổ USB) trong Cài đặt, cắm ổ rồi sao lưu.',
    );
  }
  if (free !== null && free < LOW_DISK_BYTES) {
    problems.push(`Ổ đĩa chứa dữ liệu chỉ còn ${formatSize(free)} trống: hãy xóa bớt tệp không cần.`);
  }
  if (soffice === null) problems.push('Chưa cài LibreOffice: chưa tạo được PDF (vẫn lưu được tệp .docx).');
  return {
    appVersion,
    database: {
      path: databasePath,
      size: sizeOf(databasePath),
      walSize: sizeOf(`${databasePath}-wal`),
      integrity,
      schemaVersion,
      supportedSchemaVersion: latestSchemaVersion,
    },
    backups: {
      folder: backups.folder,
      count: backups.backups.length,
      last:
        last === null
          ? null
          : { name: last.name, takenAt: last.takenAt, size: last.size, trigger: last.trigger },
      lastOutsideCopyAt: backups.lastOutsideCopyAt,
      outsideCopyOverdue: backups.outsideCopyOverdue,
      secondLocation: backups.secondLocation,
      secondLocationPresent: backups.secondLocationPresent,
    },
    disk: { freeBytes: free },
    libreOffice: { found: soffice !== null, path: soffice },
    problems,
  };
}
