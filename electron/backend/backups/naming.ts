/**
 * A backup's file name says when it was taken and why, and by which installation, so a folder of
 * copies (the data folder's `backups/`, a USB drive or a shared folder several PCs copy to) can be
 * listed without any other record: `to-cnscd_2026-12-01_083012-345_daily.3f9a0c1e.sqlite3` (local
 * time, to the millisecond; the installation's identity last). Copies taken before installations
 * had an identity, and the copy taken before a migration, have none.
 */
import { backupTriggers, type BackupTrigger } from '../../../shared/contract/backup-types';

export interface BackupName {
  /** The database's base name (`to-cnscd`). */
  base: string;
  /** Local time the copy was taken, `YYYY-MM-DDTHH:mm:ss.SSS`. */
  takenAt: string;
  trigger: BackupTrigger;
  /** The installation that took it (installation-id.ts), or null when the name carries none. */
  installation: string | null;
}

const pattern =
  /^(.+)_(\d{4}-\d{2}-\d{2})_(\d{2})(\d{2})(\d{2})-(\d{3})_([a-z_]+)(?:\.([0-9a-f]{8}))?\.sqlite3$/u;

/** What an installation's identity looks like (8 hex digits). */
export const installationPattern = /^[0-9a-f]{8}$/u;

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

export function backupFileName(
  base: string,
  taken: Date,
  trigger: BackupTrigger,
  installation: string | null = null,
): string {
  const stamp = localStamp(taken);
  const [day = '', time = ''] = stamp.split('T');
  const [hms = '', ms = ''] = time.split('.');
  const by = installation === null ? '' : `.${installation}`;
  return `${base}_${day}_${hms.replaceAll(':', '')}-${ms}_${trigger}${by}.sqlite3`;
}

/** The parts of a backup's file name, or null for any other file. */
export function parseBackupFileName(name: string): BackupName | null {
  const match = pattern.exec(name);
  if (match === null) return null;
  const [, base = '', day = '', hh = '', mm = '', ss = '', ms = '', trigger = '', installation] = match;
  if (!(backupTriggers as readonly string[]).includes(trigger)) return null;
  return {
    base,
    takenAt: `${day}T${hh}:${mm}:${ss}.${ms}`,
    trigger: trigger as BackupTrigger,
    installation: installation ?? null,
  };
}
