/**
 * The web end-to-end fixture: a fresh database in a temporary folder and the real web preview
 * (same backend, same dispatch) on a random port, per test.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page, type TestInfo } from '@playwright/test';
import { createBackend } from '../electron/backend/backend';
import { NodeHost } from '../electron/backend/node-host';
import { ensureRendererBuilt } from '../electron/web/build';
import { startPreviewServer } from '../electron/web/server';

export interface Preview {
  url: string;
  dbPath: string;
  dir: string;
  /** Calls an operation through the real HTTP API, for arranging data. */
  call(name: string, input?: unknown): Promise<unknown>;
}

export const test = base.extend<{ preview: Preview }>({
  // Playwright reads the fixtures a function needs from its first parameter; this one needs none.
  // eslint-disable-next-line no-empty-pattern
  preview: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'to-cnscd-e2e-'));
    const dbPath = path.join(dir, 'data.sqlite3');
    const backend = await createBackend({
      databasePath: dbPath,
      host: new NodeHost(dir),
      appVersion: '0.0.0-e2e',
    });
    const server = await startPreviewServer({
      dispatch: backend.dispatch,
      rendererDir: ensureRendererBuilt(),
    });
    const call = async (name: string, input?: unknown) => {
      const response = await fetch(`${server.origin}/api/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-cnscd-token': server.token },
        body: JSON.stringify({ input }),
      });
      const envelope = (await response.json()) as {
        ok: boolean;
        value?: unknown;
        error?: { message: string };
      };
      if (!envelope.ok) throw new Error(envelope.error?.message ?? 'lỗi');
      return envelope.value;
    };
    await use({ url: server.url, dbPath, dir, call });
    await server.close();
    await backend.close();
    fs.rmSync(dir, { recursive: true, force: true });
  },
});

export { expect };

/** Asserts the page has no horizontal scroll at the current viewport (1366×768 in the config). */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(overflow.scrollWidth, 'trang bị cuộn ngang').toBeLessThanOrEqual(overflow.clientWidth);
}

/** Keeps a screenshot of the screen as a test artifact (e2e/artifacts/NAME.png and attached). */
export async function keepScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const file = path.join('e2e', 'artifacts', `${name}.png`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach(name, { path: file, contentType: 'image/png' });
}
