/**
 * The desktop application itself, driven through Playwright's Electron support: first-start
 * setup, then the villages screen — the same flows as the web specs, through the preload and
 * IPC instead of HTTP. Runs only where the Electron binary and the Electron build of SQLite
 * exist (`npm run rebuild:electron`); elsewhere it is skipped with the reason.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';

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
      'Electron binary not present on this machine (node_modules/electron was installed without its download); ' +
      'the same flows run in the web specs. / Máy này không có tệp chạy Electron; các bước này đã chạy trong bản web.'
    );
  }
  if (!fs.existsSync(nativeBinding)) {
    return (
      'No Electron build of better-sqlite3 (.native/electron/better_sqlite3.node): run "npm run rebuild:electron". / ' +
      'Chưa có bản SQLite cho Electron: hãy chạy "npm run rebuild:electron".'
    );
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return 'No display for Electron: run under xvfb-run. / Không có màn hình cho Electron: hãy chạy với xvfb-run.';
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

/**
 * Types into an antd Select's search box and picks the visible option containing `option`.
 * (antd's options carry no accessible role while visible, hence the dropdown's class.)
 */
async function choose(label: string, typed: string, option: string): Promise<void> {
  const box = page.getByLabel(label, { exact: true });
  await box.click();
  await box.fill(typed);
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: option })
    .first()
    .click();
}

async function setUpCommune(): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Thiết lập ban đầu' })).toBeVisible();
  await choose('Tỉnh, thành phố', 'quang ngai', 'Quảng Ngãi');
  await choose('Xã, phường', 'dong son', '21109');
  await expect(page.getByLabel('Tên cơ quan ban hành')).toHaveValue('ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN');
  await expect(page.getByLabel('Địa danh ghi ngày tháng')).toHaveValue('Đông Sơn');
  await page.getByLabel('Chủ tịch UBND').fill('Trần Văn Thành');
  await page.getByRole('button', { name: 'Lưu và bắt đầu' }).click();
  await expect(page.getByRole('heading', { name: 'Tổng quan', level: 1 })).toBeVisible();
}

async function addVillage(name: string, households: number): Promise<void> {
  const dialog = page.getByRole('dialog');
  await page.getByRole('button', { name: 'Thêm thôn, tổ dân phố' }).click();
  await dialog.getByLabel('Tên thôn, tổ dân phố').fill(name);
  await dialog.getByLabel('Số hộ').fill(String(households));
  await dialog.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(dialog).toBeHidden();
}

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

test('first start: set up Xã Đông Sơn, then villages are listed in natural order', async () => {
  await setUpCommune();

  await page.getByRole('link', { name: 'Thôn, tổ dân phố', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Thôn, tổ dân phố', level: 1 })).toBeVisible();
  await addVillage('Thôn 10', 120);
  await addVillage('Thôn 2', 95);

  // Thôn 2 comes before Thôn 10, once both rows are there.
  await expect(page.locator('.ant-table-tbody tr.ant-table-row td:nth-child(2)')).toHaveText([
    'Thôn 2',
    'Thôn 10',
  ]);

  // The data went through IPC into the file named by TO_CNSCD_DB.
  const info = await page.evaluate(() => window.api.getInfo());
  expect(info.databasePath).toBe(path.join(dir, 'data.sqlite3'));
  expect(info.counts.villages).toBe(2);
});
