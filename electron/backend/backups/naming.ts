/**
 * A backup's file name says when it was taken and why, so a folder of copies (the data folder's
 * `backups/`, a USB drive) can be listed without any other record:
 * `to-cnscd_2026-12-01_083012-345_daily.sqlite3` (local time, to the millisecond).
 */
import { backupTriggers, type BackupTrigger } from '../../../shared/contract/backup-types';

export interface BackupName {
  /** The database's base name (`to-cnscd`). */
  base: string;
  /** Local time the copy was taken, `YYYY-MM-DDTHH:mm:ss.SSS`. */
  takenAt: string;
  trigger: BackupTrigger;
}

const pattern = /^(.+)_(\d{4}-\d{2}-\d{2})_(\d{2})(\d{2})(\d{2})-(\d{3})_([a-z_]+)\.sqlite3$/u;

function two(n: number): string {
  return String(n).padStart(2, '0');
}

/** Local wall-clock time of `date` as `YYYY-MM-DDTHH:mm:ss.SSS`. */
export function localStamp(date: Date): string {
  return (
    `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}` +
    `T${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}` +
    `.${String(date.getMilliseconds()).padStart(3, '0')}`
  );
}

export function backupFileName(base: string, taken: Date, trigger: BackupTrigger): string {
  const stamp = localStamp(taken);
  const [day = '', time = ''] = stamp.split('T');
  const [hms = '', ms = ''] = time.split('.');
  return `${base}_${day}_${hms.replaceAll(':', '')}-${ms}_${trigger}.sqlite3`;
}

/** The parts of a backup's file name, or null for any other file. */
export function parseBackupFileName(name: string): BackupName | null {
  const match = pattern.exec(name);
  if (match === null) return null;
  const [, base = '', day = '', hh = '', mm = '', ss = '', ms = '', trigger = ''] = match;
  if (!(backupTriggers as readonly string[]).includes(trigger)) return null;
  return { base, takenAt: `${day}T${hh}:${mm}:${ss}.${ms}`, trigger: trigger as BackupTrigger };
}
