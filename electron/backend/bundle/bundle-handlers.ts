/** Handlers of the commune side of the monthly bundle (issue 10), spread into the one handler table. */
import type { BackendContext } from '../context';
import type { Handler } from '../handlers';
import { getBundleSettings, updateBundleSettings } from './bundle-settings';
import { emailBundle } from './email';
import {
  downloadBundle,
  exportBundle,
  listBundleExports,
  openBundleFolder,
  saveBundle,
} from './export-service';
import { verifyBundle } from './verify-service';
import { exportPublicKey, getCommuneKey, renewCommuneKey } from './key-service';

type BundleOperation =
  | 'getCommuneKey'
  | 'exportPublicKey'
  | 'renewCommuneKey'
  | 'getBundleSettings'
  | 'updateBundleSettings'
  | 'exportBundle'
  | 'listBundleExports'
  | 'downloadBundle'
  | 'saveBundle'
  | 'openBundleFolder'
  | 'emailBundle'
  | 'verifyBundle';

export function createBundleHandlers(ctx: BackendContext): { [K in BundleOperation]: Handler<K> } {
  return {
    getCommuneKey: () => getCommuneKey(ctx),
    exportPublicKey: () => exportPublicKey(ctx),
    renewCommuneKey: () => renewCommuneKey(ctx),
    getBundleSettings: () => getBundleSettings(ctx.db),
    updateBundleSettings: (input) => updateBundleSettings(ctx.db, input),
    exportBundle: ({ period }) => exportBundle(ctx, period),
    listBundleExports: () => listBundleExports(ctx),
    downloadBundle: ({ id }) => downloadBundle(ctx, id),
    saveBundle: ({ id }) => saveBundle(ctx, id),
    openBundleFolder: () => openBundleFolder(ctx),
    emailBundle: ({ id, to }) => emailBundle(ctx, id, to),
    verifyBundle: ({ fileName, base64 }) => verifyBundle(fileName, base64),
  };
}
