/**
 * The Electron shell: lifecycle, one instance, one window, the backend behind IPC. Everything
 * that works without Electron lives in electron/backend; this file only wires it up.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  session,
  type MessageBoxOptions,
} from 'electron';
import { autoUpdater } from 'electron-updater';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import type { BackendService } from '../backend/backend';
import { startBackendWorker } from '../backend/worker/parent';
import { JOB_PROGRESS_CHANNEL } from '../../shared/contract/jobs';
import { unwrap } from '../../shared/contract/client';
import type { Settings } from '../../shared/contract/types';
import { PRODUCT_NAME } from '../backend/paths';
import { APP_VERSION } from '../backend/version';
import { ElectronHost } from './host';
import { registerOperations, senderCheckFor } from './ipc';
import { aboutBox, buildMenuTemplate } from './menu';
import { APP_ORIGIN, registerAppScheme, serveBundle } from './protocol';
import { devContentSecurityPolicy, hardenSession, installSecurityGuards } from './security';
import { claimSingleInstance } from './single-instance';
import { chooseNativeBinding, dataLocation, startupFailure } from './startup';
import { createUpdater, type Updater } from './updater';
import { downloadPrompt, restartPrompt, updateMessages } from './updater-prompts';
import { createMainWindow, rendererUrl } from './window';

// Set before anything asks for a path: userData (and the single-instance lock in it) must be
// "Tổ CNSCĐ", the folder the CLI and the web preview compute without Electron.
app.setName(PRODUCT_NAME);
const location = dataLocation(path.join(app.getPath('appData'), PRODUCT_NAME), process.env);
app.setPath('userData', location.userDataDir);

const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL || undefined;

let mainWindow: BrowserWindow | null = null;
let backend: BackendService | null = null;
let updater: Updater | null = null;

app.enableSandbox();
registerAppScheme();
installSecurityGuards(app);

function openWindow(): void {
  const iconPath = path.join(app.getAppPath(), 'resources', 'icon.png');
  mainWindow = createMainWindow(
    {
      preloadPath: path.join(__dirname, '../preload/index.cjs'),
      ...(!app.isPackaged && fs.existsSync(iconPath) ? { iconPath } : {}),
    },
    rendererUrl({ packaged: app.isPackaged, devServerUrl }),
  );
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function showInfo(title: string, message: string): void {
  const options = { type: 'info' as const, title, message, buttons: ['Đóng'], noLink: true };
  const promise =
    mainWindow && !mainWindow.isDestroyed()
      ? dialog.showMessageBox(mainWindow, options)
      : dialog.showMessageBox(options);
  promise.catch((error: unknown) => console.error(error));
}

function fail(title: string, message: string): void {
  dialog.showErrorBox(title, message);
  app.quit();
}

/** Asks with a dialog over the window (or alone when there is none); true = the first button. */
async function agree(options: MessageBoxOptions): Promise<boolean> {
  const answer =
    mainWindow && !mainWindow.isDestroyed()
      ? await dialog.showMessageBox(mainWindow, options)
      : await dialog.showMessageBox(options);
  return answer.response === 0;
}

/** The updater, or null when electron-updater cannot even be set up: the register opens anyway. */
function startUpdater(opened: BackendService): Updater | null {
  try {
    return createUpdater({
      updater: autoUpdater,
      getUpdateUrl: async () =>
        (unwrap(await opened.dispatch('getSettings', undefined)) as Settings).updateUrl,
      isWriting: () => opened.busy(),
      askToDownload: (offer) => agree(downloadPrompt(offer)),
      askToInstall: (version) => agree(restartPrompt(version)),
      inform: (message) => showInfo('Kiểm tra cập nhật', message),
    });
  } catch (error) {
    console.error('Không khởi tạo được bộ cập nhật:', error);
    return null;
  }
}

async function start(): Promise<void> {
  await app.whenReady();

  const binding = chooseNativeBinding({
    packaged: app.isPackaged,
    appRoot: app.getAppPath(),
    exists: (file) => fs.existsSync(file),
  });
  if (binding.kind === 'missing') {
    fail('Thiếu bản SQLite cho Electron', binding.message);
    return;
  }

  try {
    // The backend runs in a worker thread (the same worker-main.ts the web preview and the tests
    // run from source): a long import never freezes the window. Host calls come back here.
    backend = await startBackendWorker({
      entry: { file: path.join(__dirname, 'backend-worker.js') },
      databasePath: location.databasePath,
      host: new ElectronHost({
        dataDir: path.dirname(location.databasePath),
        documentsDir: app.getPath('documents'),
        getWindow: () => mainWindow,
      }),
      appVersion: APP_VERSION,
      ...(binding.kind === 'file' ? { nativeBinding: binding.path } : {}),
      log: (error) => console.error(error),
      // A damaged database is moved aside and the window offers the newest backup; a day's first
      // start takes a backup.
      application: true,
      onQuit: () => app.quit(),
    });
  } catch (error) {
    console.error(error);
    const failure = startupFailure(error, location.databasePath);
    fail(failure.title, failure.message);
    return;
  }
  const opened = backend;

  hardenSession(
    session.defaultSession,
    devServerUrl ? devContentSecurityPolicy(devServerUrl) : CONTENT_SECURITY_POLICY,
  );
  serveBundle(protocol, path.join(__dirname, '../renderer'));
  registerOperations(
    ipcMain,
    opened.dispatch,
    senderCheckFor(devServerUrl ? [APP_ORIGIN, devServerUrl] : [APP_ORIGIN]),
  );
  // Progress of long jobs goes to the window (the preload's window.jobEvents).
  opened.onProgress((progress) => {
    if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(JOB_PROGRESS_CHANNEL, progress);
  });

  updater = startUpdater(opened);

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        isMac: process.platform === 'darwin',
        developer: !app.isPackaged,
        onAbout: () => {
          const options = aboutBox(APP_VERSION, location.databasePath);
          const shown = mainWindow
            ? dialog.showMessageBox(mainWindow, options)
            : dialog.showMessageBox(options);
          shown.catch((error: unknown) => console.error(error));
        },
        onCheckForUpdates: () => {
          if (updater) void updater.check({ interactive: true });
          else showInfo('Kiểm tra cập nhật', updateMessages.failed);
        },
      }),
    ),
  );

  openWindow();
  // A quiet check once the window is up, then one a day; the updater never throws.
  updater?.start();
}

if (claimSingleInstance(app, () => mainWindow)) {
  start().catch((error: unknown) => {
    console.error(error);
    fail('Lỗi khởi động', `Tổ CNSCĐ không khởi động được.\n\nChi tiết: ${String(error)}`);
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (backend && BrowserWindow.getAllWindows().length === 0) openWindow();
  });

  // Close the database cleanly (WAL checkpoint) before the process ends.
  app.on('will-quit', (event) => {
    updater?.stop();
    if (backend === null) return;
    event.preventDefault();
    const closing = backend;
    backend = null;
    closing
      .close()
      .catch((error: unknown) => console.error(error))
      .finally(() => app.quit());
  });
}
