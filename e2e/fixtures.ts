/**
 * The web end-to-end fixture: a fresh database in a temporary folder and the real web preview
 * (same backend in its worker thread, same dispatch) on a random port, per test.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page, type TestInfo } from '@playwright/test';
import { NodeHost } from '../electron/backend/node-host';
import { startBackendWorker, type WorkerEntry } from '../electron/backend/worker/parent';
import { sourceWorkerEntry } from '../electron/backend/worker/source-entry';
import { ensureRendererBuilt } from '../electron/web/build';
import { startPreviewServer } from '../electron/web/server';

export interface Preview {
  url: string;
  dbPath: string;
  dir: string;
  /** Calls an operation through the real HTTP API, for arranging data. */
  call(name: string, input?: unknown): Promise<unknown>;
}

export const test = base.extend<{ preview: Preview; workerEntry: WorkerEntry }>({
  // The backend's worker script; a spec may run a test worker instead (test.use).
  workerEntry: [sourceWorkerEntry(), { option: true }],
  preview: async ({ workerEntry }, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'to-cnscd-e2e-'));
    const dbPath = path.join(dir, 'data.sqlite3');
    // In its worker thread, as the preview and the shell run it.
    const backend = await startBackendWorker({
      entry: workerEntry,
      databasePath: dbPath,
      host: new NodeHost(dir),
      appVersion: '0.0.0-e2e',
    });
    const server = await startPreviewServer({
      dispatch: backend.dispatch,
      onProgress: backend.onProgress,
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

/** The success criteria axe-core checks: WCAG 2.0 and 2.1, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Fails the test when axe-core finds any WCAG 2 A or AA violation on the page as it is now (a
 * screen, or a screen with its dialog or drawer open), and prints each one readably: the rule,
 * what it means, and every element it found with axe's own explanation. Call it once what the
 * screen shows has loaded (after a web-first assertion on its content), e.g.
 * `await expectAccessible(page, 'Văn bản: hộp thoại Ban hành')`.
 */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  // A dialog still fading in has faint text: wait for the running animations that end (not the
  // spinners, which never do), so the colours measured are the ones the officer sees.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => Number.isFinite(a.effect?.getComputedTiming().endTime ?? Infinity))
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const found = results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact ?? 'không rõ mức'}): ${violation.help}\n` +
        `    phần tử: ${node.target.join(' ')}\n` +
        `    ${node.failureSummary?.replace(/\n\s*/gu, ' ').trim() ?? ''}`,
    ),
  );
  expect(
    found,
    `${label}: ${found.length} lỗi truy cập (axe-core, WCAG 2 A/AA)\n${found.join('\n')}`,
  ).toEqual([]);
}
