/** Opens everything the backend needs and gives back the one dispatch every face uses. */
import { AppError } from '../../shared/contract/errors';
import { openDatabase, type OpenOptions } from './db/database';
import type { BackendContext } from './context';
import { createDispatch, type Dispatch } from './dispatch';
import { createHandlers, type Handlers } from './handlers';
import type { Host } from './host';
import { sweepTempLeftovers } from './temp-files';
import { ensureCommuneKey } from './bundle/key-service';
import { readBundle } from './bundle/verify';

export interface Backend {
  ctx: BackendContext;
  handlers: Handlers;
  dispatch: Dispatch;
  close(): Promise<void>;
}

export interface BackendOptions extends OpenOptions {
  databasePath: string;
  host: Host;
  appVersion: string;
  log?: (error: unknown) => void;
}

export async function createBackend(options: BackendOptions): Promise<Backend> {
  // A run killed mid-import never reached its clean-up: what it left goes now.
  sweepTempLeftovers();
  const opened = await openDatabase(options.databasePath, options);
  const ctx: BackendContext = {
    db: opened.db,
    host: options.host,
    appVersion: options.appVersion,
    databasePath: opened.file,
    schemaVersion: opened.schemaVersion,
    readBundle,
  };
  // A commune set up before bundles existed gets its signing key at its first start (issue 10).
  // A key that cannot be written is not a reason to refuse the data: exporting will say it.
  try {
    await ensureCommuneKey(ctx);
  } catch (error) {
    // A folder that cannot be written is said when the key is needed (exporting, Settings).
    if (!(error instanceof AppError)) options.log?.(error);
  }
  const handlers = createHandlers(ctx);
  const site = { file: opened.file, busyTimeoutMs: options.busyTimeoutMs };
  return {
    ctx,
    handlers,
    dispatch: createDispatch(handlers, options.log, site),
    close: () => opened.close(),
  };
}
