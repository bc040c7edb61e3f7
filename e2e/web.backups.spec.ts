/**
 * "Sao lưu" in Settings: back up now, see it listed, restore it after a change (the change is
 * gone), undo (the change is back); the overview's reminder; and a damaged database at start,
 * shown full-screen and replaced by the newest backup.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBackend } from '../electron/backend/backend';
import { NodeHost } from '../electron/backend/node-host';
import { ensureRendererBuilt } from '../electron/web/build';
import { startPreviewServer } from '../electron/web/server';
import { corruptTable } from '../test-support/damage';
import { expect, expectAccessible, expectNoHorizontalScroll, keepScreenshot, test } from './fixtures';
import { demoLikeProfile, openSection, settled } from './web.helpers';

async function villageNames(call: (name: string) => Promise<unknown>): Promise<string[]> {
  return ((await call('listVillages')) as { name: string }[]).map((v) => v.name).sort();
}

test('back up now, restore it after a change, the change is gone, undo brings it back', async ({
  page,
  preview,
}, testInfo) => {
  await preview.call('setupProfile', demoLikeProfile);
  await preview.call('createVillage', { name: 'Thôn Một', kind: 'thon', households: 80 });

  // The overview reminds that no copy was ever made outside the PC.
  await openSection(page, preview, 'tong-quan');
  const reminder = page.getByRole('status').filter({ hasText: 'chưa từng được sao lưu ra ngoài máy' });
  await expect(reminder).toBeVisible();
  await settled(page);
  await keepScreenshot(page, testInfo, 'backups-overview-reminder');

  await reminder.getByRole('link', { name: 'Sao lưu' }).click();
  const card = page.locator('.ant-card').filter({ has: page.getByText('Sao lưu', { exact: true }) });
  await expect(card.getByText('Chưa có bản sao lưu nào.')).toBeVisible();
  await card.getByRole('button', { name: 'Sao lưu ngay' }).click();
  await expect(page.getByText(/^Đã sao lưu \(/u)).toBeVisible();
  const table = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Lý do' }) });
  const row = table.getByRole('row').filter({ hasText: 'Sao lưu ngay' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/u);
  await expect(row).toContainText('Trên máy này');
  await expect(row).toContainText(/KB|MB/u);
  await card.scrollIntoViewIfNeeded();
  await expectNoHorizontalScroll(page);
  await settled(page);
  await keepScreenshot(page, testInfo, 'backups-settings');
  await expectAccessible(page, 'Cài đặt: Sao lưu');

  // A change after the copy.
  await preview.call('createVillage', { name: 'Thôn Hai', kind: 'thon', households: 60 });
  expect(await villageNames(preview.call)).toEqual(['Thôn Hai', 'Thôn Một']);

  await row.getByRole('button', { name: /Khôi phục bản/u }).click();
  const dialog = page.getByRole('dialog', { name: 'Khôi phục dữ liệu từ bản sao lưu' });
  const villagesRow = dialog.getByRole('row').filter({ hasText: 'Thôn, tổ dân phố' });
  await expect(villagesRow).toContainText('1');
  await expect(villagesRow).toContainText('2');
  await expect(dialog.getByRole('row').filter({ hasText: 'Xã' }).first()).toContainText(
    'Xã Đông Sơn (mã 21109)',
  );
  await expect(dialog.getByText('muốn hoàn tác, khôi phục lại bản đó')).toBeVisible();
  await settled(page);
  await keepScreenshot(page, testInfo, 'backups-restore-preview');
  await expectAccessible(page, 'Sao lưu: hộp thoại Khôi phục');

  await dialog.getByRole('button', { name: 'Khôi phục', exact: true }).click();
  await expect(dialog.getByText('Đã khôi phục.')).toBeVisible();
  expect(await villageNames(preview.call)).toEqual(['Thôn Một']);
  await settled(page);
  await keepScreenshot(page, testInfo, 'backups-restored');

  await dialog.getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(dialog.getByText('Đã hoàn tác')).toBeVisible();
  expect(await villageNames(preview.call)).toEqual(['Thôn Hai', 'Thôn Một']);
  await dialog.getByRole('button', { name: 'Đóng', exact: true }).last().click();

  // The list now holds the manual copy and the two taken before each restore.
  await expect(table.getByRole('row').filter({ hasText: 'Trước khi khôi phục' })).toHaveCount(2);
});

test('a damaged database at start: the full-screen explanation, then the newest backup restored', async ({
  page,
}, testInfo) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'to-cnscd-e2e-hong-'));
  const dbPath = path.join(dir, 'to-cnscd.sqlite3');
  const first = await createBackend({
    databasePath: dbPath,
    host: new NodeHost(dir),
    appVersion: '0.0.0-e2e',
  });
  for (const [name, input] of [
    ['setupProfile', demoLikeProfile],
    ['createVillage', { name: 'Thôn Một', kind: 'thon', households: 80 }],
    ['createBackup', undefined],
  ] as const) {
    const result = await first.dispatch(name, input);
    expect(result.ok, name).toBe(true);
  }
  await first.close();
  corruptTable(dbPath, 'villages');

  const backend = await createBackend({
    databasePath: dbPath,
    host: new NodeHost(dir),
    appVersion: '0.0.0-e2e',
    application: true,
    log: () => undefined,
  });
  const server = await startPreviewServer({ dispatch: backend.dispatch, rendererDir: ensureRendererBuilt() });
  try {
    await page.goto(server.url);
    await expect(page.getByText('Tệp dữ liệu bị hỏng')).toBeVisible();
    await expect(page.getByText(/to-cnscd\.sqlite3\.hong-/u)).toBeVisible();
    await expect(page.getByText(/Bản sao lưu gần nhất còn tốt: \d{2}\/\d{2}\/\d{4}/u)).toBeVisible();
    await expect(page.getByText(/những gì đã nhập sau .* sẽ không còn/u)).toBeVisible();
    await settled(page);
    await keepScreenshot(page, testInfo, 'backups-damaged-start');
    await expectAccessible(page, 'Tệp dữ liệu bị hỏng');

    await page.getByRole('button', { name: /^Khôi phục bản sao lưu ngày/u }).click();
    await expect(page.getByTestId('commune-name')).toBeVisible();
    const villages = await backend.dispatch('listVillages', undefined);
    expect(villages.ok && (villages.value as { name: string }[]).map((v) => v.name)).toEqual(['Thôn Một']);
    expect(fs.readdirSync(dir).some((n) => n.startsWith('to-cnscd.sqlite3.hong-'))).toBe(true);
  } finally {
    await server.close();
    await backend.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
