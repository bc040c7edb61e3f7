/**
 * The lifecycle of the shell with Electron, the updater and the backend replaced by fakes:
 * what index.ts wires together at start-up, and what it does when it cannot start.
 */
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../shared/contract/errors';
import { channelOf, operationNames } from '../../shared/contract/operations';

type CreateBackend = ReturnType<typeof vi.fn<(...args: unknown[]) => Promise<unknown>>>;

const state = vi.hoisted(() => ({
  locked: true,
  appRoot: '',
  appData: '',
  createBackend: null as unknown as CreateBackend,
  updaterBroken: false,
}));

const electron = vi.hoisted(() => {
  const windows: { url: string; options: unknown; window: { restore: () => void; focus: () => void } }[] = [];
  return { windows };
});

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const app = Object.assign(new Emitter(), {
    setName: vi.fn(),
    getPath: vi.fn((name: string) => path.join(state.appData, name === 'appData' ? '' : name)),
    setPath: vi.fn(),
    getAppPath: () => state.appRoot,
    isPackaged: false,
    enableSandbox: vi.fn(),
    whenReady: () => Promise.resolve(),
    requestSingleInstanceLock: vi.fn(() => state.locked),
    quit: vi.fn(),
  });
  class BrowserWindow extends Emitter {
    static getAllWindows = () => [];
    readonly options: unknown;
    constructor(options: unknown) {
      super();
      this.options = options;
    }
    loadURL(url: string) {
      electron.windows.push({ url, options: this.options, window: this });
      return Promise.resolve();
    }
    isDestroyed = () => false;
    isMinimized = () => true;
    isVisible = () => true;
    restore = vi.fn();
    show = vi.fn();
    focus = vi.fn();
  }
  return {
    app,
    BrowserWindow,
    dialog: { showErrorBox: vi.fn(), showMessageBox: vi.fn(async () => ({ response: 1 })) },
    ipcMain: { handle: vi.fn() },
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((t: unknown) => t) },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        setDevicePermissionHandler: vi.fn(),
        webRequest: { onHeadersReceived: vi.fn() },
      },
    },
  };
});

vi.mock('electron-updater', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const updater = Object.assign(new Emitter(), {
    autoDownload: true,
    autoInstallOnAppQuit: true,
    disableWebInstaller: false,
    setFeedURL: vi.fn(),
    checkForUpdates: vi.fn(async () => null),
    quitAndInstall: vi.fn(),
  });
  return {
    // electron-updater builds its updater on first access, which can throw (unsupported
    // package format, a broken install): the getter lets a test make it do so.
    get autoUpdater() {
      if (state.updaterBroken) throw new Error('Cannot create updater');
      return updater;
    },
  };
});

// The shell starts the backend in its worker thread (issue 11); the fake stands for it.
vi.mock('../backend/worker/parent', () => ({
  startBackendWorker: (...args: unknown[]) => state.createBackend(...args),
}));

type Electron = typeof import('electron');

async function startShell(): Promise<Electron> {
  vi.resetModules();
  const mocked = (await import('electron')) as unknown as Electron;
  // The mocked module outlives resetModules: drop the listeners of earlier starts.
  (mocked.app as unknown as EventEmitter).removeAllListeners();
  await import('./index');
  return mocked;
}

function fakeBackend() {
  return {
    dispatch: vi.fn(async () => ({ ok: true, value: { updateUrl: '' } })),
    onProgress: vi.fn(() => () => undefined),
    busy: () => false,
    close: vi.fn(async () => undefined),
  };
}

let root: string;
const savedEnv = { ...process.env };

beforeEach(() => {
  vi.clearAllMocks();
  // index.ts logs start-up failures; the tests provoke them on purpose.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  electron.windows.length = 0;
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'to-cnscd-shell-'));
  state.appRoot = root;
  state.appData = path.join(root, 'appdata');
  state.locked = true;
  state.updaterBroken = false;
  state.createBackend = vi.fn<(...args: unknown[]) => Promise<unknown>>(async () => fakeBackend());
  fs.mkdirSync(path.join(root, '.native', 'electron'), { recursive: true });
  fs.writeFileSync(path.join(root, '.native', 'electron', 'better_sqlite3.node'), '');
  process.env.TO_CNSCD_DB = path.join(root, 'test.sqlite3');
  delete process.env.TO_CNSCD_USER_DATA;
  delete process.env.ELECTRON_RENDERER_URL;
});

afterEach(() => {
  vi.restoreAllMocks();
  process.env = { ...savedEnv };
  fs.rmSync(root, { recursive: true, force: true });
});

describe('the shell at start-up', () => {
  it('quits without opening anything when another copy runs', async () => {
    state.locked = false;
    const { app } = await startShell();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(app.quit).toHaveBeenCalled();
    expect(state.createBackend).not.toHaveBeenCalled();
    expect(electron.windows).toEqual([]);
  });

  it('names the application and keeps its profile under "Tổ CNSCĐ"', async () => {
    const { app } = await startShell();
    expect(app.setName).toHaveBeenCalledWith('Tổ CNSCĐ');
    expect(app.setPath).toHaveBeenCalledWith('userData', path.join(state.appData, 'Tổ CNSCĐ'));
    expect(app.enableSandbox).toHaveBeenCalled();
  });

  it('opens the database named by TO_CNSCD_DB with the Electron build of SQLite', async () => {
    await startShell();
    await vi.waitFor(() => expect(electron.windows).toHaveLength(1));
    expect(state.createBackend).toHaveBeenCalledOnce();
    const options = state.createBackend.mock.calls[0]?.[0] as {
      databasePath: string;
      nativeBinding: string;
      entry: { file: string };
    };
    expect(options.databasePath).toBe(path.join(root, 'test.sqlite3'));
    // The worker's built entry, beside the main process's own (electron.vite.config.ts).
    expect(options.entry.file).toBe(path.join(__dirname, 'backend-worker.js'));
    expect(options.nativeBinding).toBe(path.join(root, '.native', 'electron', 'better_sqlite3.node'));
  });

  it('registers every operation, serves app://, hardens the session and loads the page', async () => {
    const { ipcMain, protocol, session } = await startShell();
    await vi.waitFor(() => expect(electron.windows).toHaveLength(1));
    const channels = vi.mocked(ipcMain.handle).mock.calls.map((call) => call[0]);
    expect(new Set(channels)).toEqual(new Set(operationNames.map(channelOf)));
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalled();
    expect(vi.mocked(protocol.handle).mock.calls[0]?.[0]).toBe('app');
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(electron.windows[0]?.url).toBe('app://bundle/index.html');
    expect(electron.windows[0]?.options).toMatchObject({
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false },
    });
  });

  it('a second start brings the window forward', async () => {
    const { app } = await startShell();
    await vi.waitFor(() => expect(electron.windows).toHaveLength(1));
    (app as unknown as EventEmitter).emit('second-instance', {}, [], '/');
    const window = electron.windows[0]?.window;
    expect(window?.restore).toHaveBeenCalledOnce();
    expect(window?.focus).toHaveBeenCalledOnce();
  });

  it('shows a Vietnamese dialog and quits when the database is too new, without crashing', async () => {
    const message = 'Dữ liệu này do một phiên bản mới hơn của Tổ CNSCĐ ghi.';
    state.createBackend = vi.fn<(...args: unknown[]) => Promise<unknown>>(async () => {
      throw new AppError('db_too_new', message);
    });
    const { app, dialog } = await startShell();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalled());
    expect(dialog.showErrorBox).toHaveBeenCalledWith('Dữ liệu của phiên bản mới hơn', message);
    expect(electron.windows).toEqual([]);
  });

  it('says to run the rebuild when the Electron build of SQLite is missing', async () => {
    fs.rmSync(path.join(root, '.native'), { recursive: true });
    const { app, dialog } = await startShell();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalled());
    expect(vi.mocked(dialog.showErrorBox).mock.calls[0]?.[1]).toContain('npm run rebuild:electron');
    expect(state.createBackend).not.toHaveBeenCalled();
  });

  it('opens the window even when the updater cannot be set up', async () => {
    state.updaterBroken = true;
    const { app, dialog } = await startShell();
    await vi.waitFor(() => expect(electron.windows).toHaveLength(1));
    expect(app.quit).not.toHaveBeenCalled();
    expect(dialog.showErrorBox).not.toHaveBeenCalled();
  });

  it('sets the updater to ask before downloading and installing, and reads writes from the backend', async () => {
    await startShell();
    await vi.waitFor(() => expect(electron.windows).toHaveLength(1));
    const { autoUpdater } = await import('electron-updater');
    expect(autoUpdater.autoDownload).toBe(false);
    expect(autoUpdater.autoInstallOnAppQuit).toBe(false);
    expect(autoUpdater.disableWebInstaller).toBe(true);
  });

  it('closes the database before quitting', async () => {
    const backend = fakeBackend();
    state.createBackend = vi.fn<(...args: unknown[]) => Promise<unknown>>(async () => backend);
    const { app } = await startShell();
    await vi.waitFor(() => expect(electron.windows).toHaveLength(1));
    const event = { preventDefault: vi.fn() };
    (app as unknown as EventEmitter).emit('will-quit', event);
    expect(event.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalled());
    expect(backend.close).toHaveBeenCalledOnce();
  });
});
