/** How backups read for the officer, on screen and in the CLI alike. */
import type { BackupLocation, BackupTrigger } from '../contract/backup-types';
import { isoToVi, todayIso } from './dates';
import { formatDecimal } from './numbers';

export const backupTriggerLabels: Record<BackupTrigger, string> = {
  daily: 'Hằng ngày',
  manual: 'Sao lưu ngay',
  before_restore: 'Trước khi khôi phục',
  before_migration: 'Trước khi nâng cấp dữ liệu',
  bundle_import: 'Trước khi nhập gói dữ liệu',
};

export const backupLocationLabels: Record<BackupLocation, string> = {
  local: 'Trên máy này',
  second: 'Nơi thứ hai (ngoài máy)',
};

/** A local `YYYY-MM-DDTHH:mm:ss.SSS` as `dd/mm/yyyy HH:mm`. */
export function takenAtToVi(takenAt: string): string {
  return `${isoToVi(takenAt.slice(0, 10))} ${takenAt.slice(11, 16)}`;
}

/** A UTC timestamp (`updated_at`) as local `dd/mm/yyyy HH:mm`. */
export function timestampToVi(utc: string): string {
  const date = new Date(utc);
  if (Number.isNaN(date.getTime())) return utc;
  const hh = String(date.getHours()).padStart(2, '0');
  const mm = String(date.getMinutes()).padStart(2, '0');
  return `${isoToVi(todayIso(date))} ${hh}:${mm}`;
}

/** A file size: "850 KB", "12,4 MB", "1,2 GB". */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${formatDecimal(Math.max(1, Math.round(bytes / 1024)), 0)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${formatDecimal(bytes / (1024 * 1024), 1)} MB`;
  return `${formatDecimal(bytes / (1024 * 1024 * 1024), 1)} GB`;
}
