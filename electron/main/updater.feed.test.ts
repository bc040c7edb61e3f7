/**
 * The updater against a local feed served by the test (a fake latest.yml and a fake installer),
 * through electron-updater's OWN code: its NsisUpdater, generic provider, HTTP executor, sha512
 * check (DigestTransform) and download cache (DownloadedUpdateHelper). Only what needs the
 * Electron binary is replaced: `app` (version, paths) and `net.request`, which becomes Node's
 * http.request — the same request and response events electron-updater listens to.
 *
 * electron-updater is CommonJS loaded by Node itself, so its `require("electron")` does not go
 * through vi.mock: the fake module is put in Node's require cache under the path that
 * require("electron") resolves to from electron-updater, before electron-updater is loaded.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { NsisUpdater as NsisUpdaterClass } from 'electron-updater';
import { manualTimers, type ManualTimers } from '../../test-support/manual-timers';
import { tempDir } from '../../test-support/temp';
import { createUpdater, type Updater } from './updater';
import { downloadFailedMessage, updateMessages } from './updater-prompts';

const installer = Buffer.from(`MZ fake NSIS installer of Tổ CNSCĐ 1.1.0 ${'x'.repeat(200_000)}`);
const sha512 = (bytes: Buffer) => crypto.createHash('sha512').update(bytes).digest('base64');
const installerName = 'to-cnscd-1.1.0-setup.exe';

/** What the feed serves now; each test sets it. */
const feed = {
  yml: '',
  /** 'whole': the installer; 'truncated': half of it, then the connection is cut. */
  installer: 'whole' as 'whole' | 'truncated',
  /** Truncated answers left before the whole file is served again (Infinity: always). */
  truncatedLeft: 0,
  requests: [] as string[],
};

function latestYml(options: { sha?: string; url?: string } = {}): string {
  const url = options.url ?? installerName;
  const sha = options.sha ?? sha512(installer);
  return [
    'version: 1.1.0',
    'files:',
    `  - url: ${url}`,
    `    sha512: ${sha}`,
    `    size: ${installer.length}`,
    `path: ${url}`,
    `sha512: ${sha}`,
    "releaseDate: '2026-11-20T08:00:00.000Z'",
    'releaseNotes: Sửa lỗi in quyết định thành lập Tổ.',
    '',
  ].join('\n');
}

let server: http.Server;
let base: string;

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const url = request.url ?? '';
    feed.requests.push(url.replace(/\?.*$/u, ''));
    if (url.startsWith('/feed/latest.yml')) {
      response.writeHead(200, { 'content-type': 'text/yaml; charset=utf-8' });
      response.end(feed.yml);
    } else if (url.startsWith(`/feed/${installerName}`)) {
      response.writeHead(200, { 'content-length': String(installer.length) });
      if (feed.truncatedLeft > 0) {
        feed.truncatedLeft -= 1;
        // Half the promised bytes, then the line drops.
        response.write(installer.subarray(0, installer.length / 2), () => response.destroy());
      } else response.end(installer);
    } else {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed/`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

// ——— electron, as much of it as electron-updater uses ———

const electronState = { userData: '', appPath: '' };

const fakeElectron = {
  app: {
    getVersion: () => '1.0.0',
    getName: () => 'Tổ CNSCĐ',
    isPackaged: true,
    getAppPath: () => electronState.appPath,
    getPath: () => electronState.userData,
    whenReady: () => Promise.resolve(),
    once: () => undefined,
    quit: () => undefined,
    relaunch: () => undefined,
  },
  net: {
    request: (options: http.RequestOptions) =>
      http.request({
        protocol: options.protocol,
        hostname: options.hostname,
        port: options.port,
        path: options.path,
        method: options.method ?? 'GET',
        headers: options.headers,
        // A fresh connection per request, as Chromium's network stack gives electron-updater.
        agent: false,
      }),
  },
  session: { fromPartition: () => ({}) },
  autoUpdater: { emit: () => false },
};

const fromUpdater = createRequire(createRequire(__filename).resolve('electron-updater'));
const electronId = fromUpdater.resolve('electron');
let NsisUpdater: typeof NsisUpdaterClass;

beforeAll(() => {
  fromUpdater.cache[electronId] = {
    id: electronId,
    filename: electronId,
    loaded: true,
    exports: fakeElectron,
  } as unknown as NodeJS.Module;
  ({ NsisUpdater } = fromUpdater('electron-updater') as { NsisUpdater: typeof NsisUpdaterClass });
});

afterAll(() => {
  delete fromUpdater.cache[electronId];
});

// ——— one installed application per test ———

let root: string;
let installedDir: string;
let cacheDir: string;
const savedEnv = { ...process.env };
const savedResourcesPath = process.resourcesPath;

/** Every file of the installed application with its bytes' digest. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, file)] = sha512(fs.readFileSync(file));
  }
  return files;
}

/** What the updater left in its cache's download folder. */
function pendingFiles(): string[] {
  const pending = path.join(cacheDir, 'to-cnscd-updater', 'pending');
  return fs.existsSync(pending) ? fs.readdirSync(pending).sort() : [];
}

beforeEach(() => {
  root = tempDir('to-cnscd-updater-');
  installedDir = path.join(root, 'installed');
  const resources = path.join(installedDir, 'resources');
  fs.mkdirSync(resources, { recursive: true });
  // What electron-builder writes beside app.asar from the `publish` entry.
  fs.writeFileSync(
    path.join(resources, 'app-update.yml'),
    'provider: generic\nurl: https://capnhat.example.invalid/to-cnscd/\nupdaterCacheDirName: to-cnscd-updater\n',
  );
  fs.writeFileSync(path.join(resources, 'app.asar'), 'the installed application 1.0.0');
  fs.writeFileSync(path.join(installedDir, 'Tổ CNSCĐ.exe'), 'MZ installed');
  (process as { resourcesPath?: string }).resourcesPath = resources;
  cacheDir = path.join(root, 'cache');
  process.env.XDG_CACHE_HOME = cacheDir;
  process.env.LOCALAPPDATA = cacheDir;
  electronState.userData = path.join(root, 'profile');
  electronState.appPath = path.join(resources, 'app.asar');
  feed.yml = latestYml();
  feed.truncatedLeft = 0;
  feed.requests.length = 0;
});

afterEach(() => {
  process.env = { ...savedEnv };
  (process as { resourcesPath?: string }).resourcesPath = savedResourcesPath;
  fs.rmSync(root, { recursive: true, force: true });
});

function setUp(address: string = base) {
  const updater = new NsisUpdater();
  updater.logger = null;
  // electron-updater's own test switch: read latest.yml (the Windows feed) on any platform,
  // and download the whole installer (no blockmap in this feed).
  (updater as unknown as { _testOnlyOptions: unknown })._testOnlyOptions = {
    platform: 'win32',
    isUseDifferentialDownload: false,
  };
  // Installing would start the downloaded .exe and quit: recorded instead.
  const quitAndInstall = vi.spyOn(updater, 'quitAndInstall').mockImplementation(() => undefined);
  const timers: ManualTimers = manualTimers();
  const inform = vi.fn();
  const askToDownload = vi.fn(async () => true);
  const askToInstall = vi.fn(async () => true);
  const log = vi.fn<(message: string, error?: unknown) => void>();
  const subject: Updater = createUpdater({
    updater,
    getUpdateUrl: async () => address,
    isWriting: () => false,
    askToDownload,
    askToInstall,
    inform,
    timers,
    retry: { attempts: 3, firstDelayMs: 1_000, maxDelayMs: 60_000 },
    log,
  });
  /** The codes of the download errors logged, in order. */
  const failures = () =>
    log.mock.calls
      .filter(([message]) => message.startsWith('Không tải được'))
      .map(([, error]) => (error as { code?: string }).code ?? (error as Error).message);
  return { subject, quitAndInstall, timers, inform, askToDownload, askToInstall, failures };
}

const installerRequests = () => feed.requests.filter((url) => url.endsWith(installerName));

describe('the updater against a local feed', () => {
  it('shows the new version and its notes, downloads the installer, accepts its sha512 and installs', async () => {
    const before = snapshot(installedDir);
    const { subject, quitAndInstall, askToDownload, askToInstall } = setUp();
    await expect(subject.check()).resolves.toBe('available');
    expect(askToDownload).toHaveBeenCalledWith({
      version: '1.1.0',
      notes: 'Sửa lỗi in quyết định thành lập Tổ.',
    });
    await subject.settled();

    expect(installerRequests()).toHaveLength(1);
    expect(askToInstall).toHaveBeenCalledWith('1.1.0');
    expect(quitAndInstall).toHaveBeenCalledOnce();
    const downloaded = path.join(cacheDir, 'to-cnscd-updater', 'pending', installerName);
    expect(fs.readFileSync(downloaded).equals(installer)).toBe(true);
    // Downloading never touches the installed application; only the installer replaces it.
    expect(snapshot(installedDir)).toEqual(before);
  });

  it('an installer already downloaded and verified is not downloaded again', async () => {
    const first = setUp();
    await first.subject.check();
    await first.subject.settled();
    const again = setUp();
    await again.subject.check();
    await again.subject.settled();
    expect(installerRequests()).toHaveLength(1);
    expect(again.askToInstall).toHaveBeenCalledWith('1.1.0');
  });

  it('refuses a file whose sha512 is not the one in latest.yml, and leaves nothing in its place', async () => {
    feed.yml = latestYml({ sha: sha512(Buffer.from('another installer')) });
    const before = snapshot(installedDir);
    const { subject, quitAndInstall, timers, inform, askToInstall, failures } = setUp();
    await subject.check();
    await vi.waitFor(() => expect(timers.pending()).toEqual([1_000]));
    timers.fireNext();
    await vi.waitFor(() => expect(timers.pending()).toEqual([2_000]));
    timers.fireNext();
    await subject.settled();

    // Refused by electron-updater's own sha512 check, each time.
    expect(failures()).toEqual(['ERR_CHECKSUM_MISMATCH', 'ERR_CHECKSUM_MISMATCH', 'ERR_CHECKSUM_MISMATCH']);
    expect(installerRequests()).toHaveLength(3);
    expect(inform).toHaveBeenCalledWith(downloadFailedMessage('1.1.0', 3));
    expect(askToInstall).not.toHaveBeenCalled();
    expect(quitAndInstall).not.toHaveBeenCalled();
    // Neither the refused file nor its temporary copy is kept.
    expect(pendingFiles()).toEqual([]);
    expect(snapshot(installedDir)).toEqual(before);
  });

  it('a download cut half-way is tried again after a wait, never at once', async () => {
    feed.truncatedLeft = 1;
    const { subject, timers, askToInstall, failures } = setUp();
    await subject.check();
    await vi.waitFor(() => expect(timers.pending()).toEqual([1_000]));
    expect(installerRequests()).toHaveLength(1);
    expect(failures()).toHaveLength(1);
    expect(failures()[0]).not.toBe('ERR_CHECKSUM_MISMATCH');
    expect(pendingFiles()).toEqual([]);
    timers.fireNext();
    await subject.settled();
    expect(installerRequests()).toHaveLength(2);
    expect(askToInstall).toHaveBeenCalledWith('1.1.0');
    expect(pendingFiles()).toContain(installerName);
  });

  it('a download that keeps failing is reported after the last wait, and the application stays as it was', async () => {
    feed.truncatedLeft = Infinity;
    const before = snapshot(installedDir);
    const { subject, timers, inform, quitAndInstall } = setUp();
    await subject.check();
    for (const delay of [1_000, 2_000]) {
      await vi.waitFor(() => expect(timers.pending()).toEqual([delay]));
      timers.fireNext();
    }
    await subject.settled();
    expect(timers.history).toEqual([1_000, 2_000]);
    expect(installerRequests()).toHaveLength(3);
    expect(inform).toHaveBeenCalledWith(downloadFailedMessage('1.1.0', 3));
    expect(quitAndInstall).not.toHaveBeenCalled();
    expect(pendingFiles()).toEqual([]);
    expect(snapshot(installedDir)).toEqual(before);
  });

  it('refuses plain http to another machine before any request', async () => {
    const { subject, askToDownload } = setUp('http://capnhat.example.vn/feed/');
    await expect(subject.check()).resolves.toBe('refused');
    expect(askToDownload).not.toHaveBeenCalled();
    expect(feed.requests).toEqual([]);
  });

  it('refuses a latest.yml that points the installer at plain http elsewhere', async () => {
    feed.yml = latestYml({ url: `http://capnhat.example.vn/${installerName}` });
    const { subject, askToDownload, inform } = setUp();
    await expect(subject.check({ interactive: true })).resolves.toBe('refused');
    expect(askToDownload).not.toHaveBeenCalled();
    expect(inform).toHaveBeenCalledWith(updateMessages.unsafeFiles);
    expect(feed.requests).toEqual(['/feed/latest.yml']);
  });

  it('says so when the installed version is the newest', async () => {
    feed.yml = latestYml().replace('version: 1.1.0', 'version: 1.0.0');
    const { subject, inform, askToDownload } = setUp();
    await expect(subject.check({ interactive: true })).resolves.toBe('up-to-date');
    expect(inform).toHaveBeenCalledWith(updateMessages.upToDate);
    expect(askToDownload).not.toHaveBeenCalled();
  });
});
