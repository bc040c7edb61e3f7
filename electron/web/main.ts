/**
 * `npm run preview:web -- [--port N] [--db FILE] [--rebuild]`: builds the renderer when it is
 * missing or older than its sources, opens the same backend as the desktop application and
 * serves it on 127.0.0.1, printing the address to open.
 */
import { parseArgs } from 'node:util';
import path from 'node:path';
import { AppError } from '../../shared/contract/errors';
import { NodeHost } from '../backend/node-host';
import { startBackendWorker } from '../backend/worker/parent';
import { sourceWorkerEntry } from '../backend/worker/source-entry';
import { defaultDatabasePath } from '../backend/paths';
import { APP_VERSION } from '../backend/version';
import { ensureRendererBuilt } from './build';
import { startPreviewServer } from './server';

const usage = 'Cách dùng: npm run preview:web -- [--port SỐ_CỔNG] [--db TỆP_DỮ_LIỆU] [--rebuild]';

async function main(): Promise<number> {
  let values: { port?: string; db?: string; rebuild?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        port: { type: 'string' },
        db: { type: 'string' },
        rebuild: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
    return 2;
  }
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Số cổng "${values.port}" không hợp lệ (0–65535).\n${usage}`);
    return 2;
  }

  const rendererDir = ensureRendererBuilt({ force: values.rebuild === true, log: (m) => console.error(m) });
  const databasePath = path.resolve(values.db ?? defaultDatabasePath());
  let quit = () => undefined as void;
  const quitting = new Promise<void>((resolve) => (quit = resolve));
  // The backend runs in a worker thread, as in the desktop shell: a long import never holds the
  // thread that answers the page (progress, "Hủy").
  const backend = await startBackendWorker({
    entry: sourceWorkerEntry(),
    databasePath,
    host: new NodeHost(path.dirname(databasePath)),
    appVersion: APP_VERSION,
    application: true,
    // "Thoát" on the damaged-database screen stops the preview, as closing the window would.
    onQuit: () => quit(),
  });
  const server = await startPreviewServer({
    dispatch: backend.dispatch,
    onProgress: backend.onProgress,
    rendererDir,
    port,
  });

  console.log(`Tổ CNSCĐ (bản xem trên trình duyệt) đang chạy.`);
  console.log(`Dữ liệu: ${databasePath}`);
  console.log(`Mở địa chỉ này trong trình duyệt: ${server.url}`);
  console.log('Nhấn Ctrl+C để dừng.');

  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    void quitting.then(stop);
  });
  await server.close();
  await backend.close();
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof AppError) {
      console.error(error.message);
      process.exitCode = 1;
    } else {
      console.error('Lỗi không mong muốn khi khởi động bản xem trên trình duyệt:', error);
      process.exitCode = 3;
    }
  },
);
