/** The open database as a file, for backups and restores (implemented by the backend). */
import type BetterSqlite3 from 'better-sqlite3';
import type { StartupState } from '../../../shared/contract/backup-types';

export interface DatabaseRoom {
  /** Highest schema version this build reads. */
  readonly latest: number;
  /** The open connection (for the online backup API), or null while the database is damaged. */
  sqlite(): BetterSqlite3.Database | null;
  startup(): StartupState;
  /**
   * Runs `work` alone: waits for the other calls in progress (the calling operation aside) and
   * holds new ones, and another `alone`, until it ends. A restore runs whole inside it.
   */
  alone<T>(work: () => Promise<T>): Promise<T>;
  /**
   * Closes the database, renames `replacement` over its file, and opens it again (migrating it,
   * after a backup, when it is older). Only inside `alone`.
   */
  replaceWith(replacement: string): Promise<void>;
  /** Asks the shell to end the application (the officer chose to quit). */
  quit(): void;
}
