/**
 * The desktop application itself, driven through Playwright's Electron support: the core stories
 * (first start, a village, a person, a team, a decision issued and saved) with the very steps the
 * web specs use (e2e/app.stories.ts, e2e/app.steps.ts), through the preload and IPC instead of
 * HTTP. Runs only where the Electron binary and the Electron build of SQLite exist (`npm run
 * rebuild:electron`) and, on Linux, a display (CI: `xvfb-run -a npx playwright test --project
 * electron`); elsewhere it is skipped with the reason printed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { coreStories } from './app.stories';

const root = path.resolve(__dirname, '..');
const nativeBinding = path.join(root, '.native', 'electron', 'better_sqlite3.node');

/** The binary node_modules/electron points at, read without require('electron') (which downloads). */
function electronBinary(): string | null {
  const dir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(dir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const relative = fs.readFileSync(pathFile, 'utf8').trim();
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  return override ? path.join(override, relative) : path.join(dir, 'dist', relative);
}

function whyNot(): string | null {
  const binary = electronBinary();
  if (binary === null || !fs.existsSync(binary)) {
    return (
      'Electron binary not present on this machine (npm ci skips its download: run "node node_modules/electron/install.js" ' +
      'where there is network); the same stories run in the browser (e2e/web.core-stories.spec.ts). / ' +
      'Máy này không có tệp chạy Electron; các bước này đã chạy trong bản web.'
    );
  }
  if (!fs.existsSync(nativeBinding)) {
    return (
      'No Electron build of better-sqlite3 (.native/electron/better_sqlite3.node): run "npm run rebuild:electron". / ' +
      'Chưa có bản SQLite cho Electron: hãy chạy "npm run rebuild:electron".'
    );
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return (
      'No display for Electron: run under "xvfb-run -a" (apt-get install xvfb). / ' +
      'Không có màn hình cho Electron: hãy chạy với xvfb-run.'
    );
  }
  return null;
}

const reason = whyNot();
// The list reporter does not show skip reasons: say it once, plainly, on the console.
if (reason !== null && !process.env.TEST_WORKER_INDEX)
  console.log(`\n[e2e/electron.app.spec.ts skipped] ${reason}\n`);
test.skip(reason !== null, reason ?? '');

let dir: string;
let app: ElectronApplication;
let page: Page;

test.beforeEach(async () => {
  expect(
    fs.existsSync(path.join(root, 'out', 'main', 'index.js')),
    'out/main/index.js is missing: run "npm run build" first',
  ).toBe(true);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'to-cnscd-electron-e2e-'));
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  delete env.ELECTRON_RENDERER_URL;
  delete env.ELECTRON_RUN_AS_NODE;
  app = await electron.launch({
    executablePath: electronBinary() ?? undefined,
    // Chromium refuses to start as root without --no-sandbox (CI containers); the page keeps
    // Electron's own sandbox (webPreferences.sandbox) either way.
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '.'],
    cwd: root,
    env: {
      ...env,
      TO_CNSCD_DB: path.join(dir, 'data.sqlite3'),
      TO_CNSCD_USER_DATA: path.join(dir, 'profile'),
    },
  });
  page = await app.firstWindow();
});

test.afterEach(async () => {
  await app?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('the window is titled in Vietnamese and the page has the API but no Node', async () => {
  const title = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle());
  expect(title).toMatch(/^Tổ CNSCĐ/u);
  await expect(page).toHaveURL('app://bundle/index.html');
  const facts = await page.evaluate(() => ({
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
    api: typeof window.api.getInfo,
    // contextBridge hands over frozen copies: only possible with context isolation on.
    frozen: Object.isFrozen(window.api),
  }));
  expect(facts).toEqual({ require: 'undefined', process: 'undefined', api: 'function', frozen: true });
});

test('the core stories: first start, a village, a person, a team, a decision issued and saved', async () => {
  test.setTimeout(240_000);
  await coreStories(page, {
    // "Lưu…" asks where through Electron's save dialog, answered here in the main process.
    saveDocument: async (click) => {
      const target = path.join(dir, 'quyet-dinh-thanh-lap.docx');
      await app.evaluate(({ dialog }, file) => {
        dialog.showSaveDialog = (async () => ({
          canceled: false,
          filePath: file,
        })) as typeof dialog.showSaveDialog;
      }, target);
      await click();
      await expect(page.locator('.ant-message')).toContainText(`Đã lưu vào ${target}`);
      return target;
    },
  });

  // The data went through IPC into the file named by TO_CNSCD_DB.
  const info = await page.evaluate(() => window.api.getInfo());
  expect(info.databasePath).toBe(path.join(dir, 'data.sqlite3'));
  expect(info.counts).toEqual({ villages: 2, people: 1, teams: 1, memberships: 1 });
  expect(info.decisionsInForce).toBe(1);
});
