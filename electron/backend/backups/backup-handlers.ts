/** The backup operations of the handler table. */
import type { BackendContext } from '../context';
import type { Handler } from '../handlers';
import { backupBefore, listBackups, setBackupLocation } from './backup-service';
import { previewRestore, resolveDamagedStart, restoreBackup, roomOf } from './restore';

type BackupOperation =
  | 'getStartupState'
  | 'resolveDamagedStart'
  | 'listBackups'
  | 'createBackup'
  | 'setBackupLocation'
  | 'previewRestore'
  | 'restoreBackup';

export function createBackupHandlers(ctx: BackendContext): { [K in BackupOperation]: Handler<K> } {
  return {
    getStartupState: async () => roomOf(ctx).startup(),
    resolveDamagedStart: ({ choice }) => resolveDamagedStart(ctx, choice),
    listBackups: async () => listBackups(ctx),
    createBackup: () => backupBefore(ctx, 'manual'),
    setBackupLocation: async ({ folder }) => setBackupLocation(ctx, folder),
    previewRestore: async ({ source }) => previewRestore(ctx, source),
    restoreBackup: ({ source, confirmOtherCommune }) => restoreBackup(ctx, source, confirmOtherCommune),
  };
}
