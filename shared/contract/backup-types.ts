/** What the backup operations answer: copies of the database, what a copy holds, the start state. */

/** Why a copy was taken. */
export const backupTriggers = [
  'daily',
  'manual',
  'before_restore',
  'before_migration',
  'bundle_import',
] as const;
export type BackupTrigger = (typeof backupTriggers)[number];

/** In the data folder's `backups/` (on this PC), or in the second location the officer chose. */
export type BackupLocation = 'local' | 'second';

export interface BackupEntry {
  /** The file's name (it says when and why; see the backend's naming). */
  name: string;
  /** Local time the copy was taken, `YYYY-MM-DDTHH:mm:ss.SSS`. */
  takenAt: string;
  size: number;
  trigger: BackupTrigger;
  location: BackupLocation;
  /** The full path of the file. */
  path: string;
  /** A copy only gets its name after `integrity_check` said ok on it. */
  verified: boolean;
}

export interface BackupOverview {
  /** Newest first, both locations. */
  backups: BackupEntry[];
  /** The folder on this PC. */
  folder: string;
  /** The folder the officer chose outside the PC (a USB drive, a shared folder), or null. */
  secondLocation: string | null;
  /** Whether that folder is there now (the drive plugged in). */
  secondLocationPresent: boolean;
  /** Local time of the newest copy written outside the PC, or null for none ever. */
  lastOutsideCopyAt: string | null;
  /** True when there is no copy outside the PC, or the newest is older than 30 days. */
  outsideCopyOverdue: boolean;
}

export interface BackupMade {
  backup: BackupEntry;
  /** The copy written to the second location, or null (none chosen, absent, or failed). */
  secondCopy: BackupEntry | null;
  /** What the officer should know (the second location skipped, and why). */
  notices: string[];
  /** How many old copies the rotation removed. */
  removed: number;
}

export interface DatabaseCounts {
  villages: number;
  people: number;
  teams: number;
  activities: number;
  documents: number;
}

/** What a database file holds, read without changing it. */
export interface DatabaseSummary {
  communeName: string | null;
  communeCode: string | null;
  provinceName: string | null;
  counts: DatabaseCounts;
  /** The newest `updated_at` in it (UTC ISO), or null for an empty database. */
  lastChangeAt: string | null;
  schemaVersion: number;
  size: number;
}

export interface RestorePreview {
  /** What the chosen copy holds. */
  source: DatabaseSummary;
  /** What the database in use holds now (it is backed up before anything changes). */
  current: DatabaseSummary;
  /** The copy belongs to another commune than the one in use: restoring needs a confirmation. */
  otherCommune: boolean;
  /** The copy was made by an older version: it is upgraded (after a backup) when restored. */
  needsUpgrade: boolean;
}

export interface RestoreDone {
  restored: DatabaseSummary;
  /** The copy of the database as it was just before: restoring it undoes this restore. */
  undo: BackupEntry;
  notices: string[];
}

/** How the backend started: ready, or with a damaged database moved aside. */
export type StartupState =
  | { kind: 'ready' }
  | {
      kind: 'damaged';
      /** Where the damaged file now lies (kept for the technician). */
      movedTo: string;
      /** The newest verified copy to restore, or null when there is none. */
      newestBackup: BackupEntry | null;
    };

/** What `doctor` finds on this PC (read only; a damaged database is reported, not refused). */
export interface DoctorReport {
  appVersion: string;
  database: {
    path: string;
    size: number | null;
    walSize: number | null;
    integrity: {
      /** ok; new (no data yet); missing (no file); problem (see code and message). */
      status: 'ok' | 'new' | 'missing' | 'problem';
      code: string | null;
      message: string | null;
    };
    schemaVersion: number | null;
    supportedSchemaVersion: number;
  };
  backups: {
    folder: string;
    count: number;
    last: Pick<BackupEntry, 'name' | 'takenAt' | 'size' | 'trigger'> | null;
    lastOutsideCopyAt: string | null;
    outsideCopyOverdue: boolean;
    secondLocation: string | null;
    secondLocationPresent: boolean;
  };
  disk: { freeBytes: number | null };
  libreOffice: { found: boolean; path: string | null };
  /** What to act on, each with what to do; empty when all is well. */
  problems: string[];
}
