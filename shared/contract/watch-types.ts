/** What a scan of the receiving unit's watched folder answers (issue 10, item 3). */

/** A `.zip` of the folder whose SHA-256 is not among the bundles received. */
export interface WatchedFile {
  fileName: string;
  bytes: number;
  /** Last modified, ISO 8601. */
  modifiedAt: string;
  sha256: string;
}

/** A `.zip` the scan did not read, with why (too large, unreadable, beyond the count read). */
export interface SkippedFile {
  fileName: string;
  reason: string;
}

export interface WatchFolderScan {
  /** The folder set in the settings; '' when none is. */
  folder: string;
  /** Why the folder could not be read (missing, not a folder, no access), in Vietnamese; else null. */
  notice: string | null;
  /** The new files, by name (Vietnamese order). */
  files: WatchedFile[];
  skipped: SkippedFile[];
  /** `.zip` files already received (same SHA-256), not offered again. */
  alreadyReceived: number;
}
