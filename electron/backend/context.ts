import type { Kysely } from 'kysely';
import type { BundleCheck } from '../../shared/contract/bundle-format';
import type { Database } from './db/schema';
import type { DatabaseRoom } from './backups/room';
import type { Host } from './host';
import type { JobRegistry } from './jobs/registry';

/** What every service receives: the database, the host, and facts about this run. */
export interface BackendContext {
  db: Kysely<Database>;
  host: Host;
  appVersion: string;
  databasePath: string;
  schemaVersion: number;
  /**
   * Reads and verifies a bundle's bytes (zip limits, manifest, hashes, signature, records): the
   * receiving unit's import goes through it. Set where the backend is made (bundle/verify.ts).
   */
  readBundle?: (bytes: Uint8Array, fileName: string) => Promise<BundleCheck>;
  /** Test seams for crash tests; never set by the application. */
  hooks?: {
    /** Called inside the issuing transaction, after the number is chosen and before commit. */
    afterNumberChosen?: (number: number) => Promise<void>;
  };
  /** The open database as a file: backups and restores (set by the backend). */
  room?: DatabaseRoom;
  /** The long jobs running now, for `cancelJob` (set by the backend). */
  jobs?: JobRegistry;
}
