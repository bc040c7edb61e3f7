/**
 * Long jobs in the browser (issue 11, item 5): the people import, the receiving unit's bundle
 * import, the backup and the commune's bundle export show their progress with counts in a window with "Hủy", and "Hủy" stops them with
 * nothing written. The preview runs the test
 * worker that, once some rows are counted, waits for the cancel (test-support/
 * cancel-waiting-worker.ts): the click lands while the job is in the middle, on any machine.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ARCHIVE_FOLDER } from '../electron/backend/bundle/export-service';
import { DEMO_YEAR } from '../electron/backend/demo/demo-monthly';
import { sourceWorkerEntry } from '../electron/backend/worker/source-entry';
import { bundleTables } from '../shared/contract/bundle-format';
import type { BundleExport } from '../shared/contract/bundle-types';
import { makePeriod } from '../shared/domain/periods';
import { bundleCommune, bundleProfile, exportMarch } from '../test-support/bundle-fixture';
import { contentHash } from '../test-support/content-hash';
import { peopleUpload } from '../test-support/people-upload';
import { receivingSetupFor } from '../test-support/received-bundles';
import { expect, expectAccessible, keepScreenshot, test } from './fixtures';
import { demoLikeProfile, openSection, settled } from './web.helpers';
import { dialogTitled } from './web.register.helpers';

test.use({
  workerEntry: {
    ...sourceWorkerEntry(),
    file: path.resolve(__dirname, '../test-support/cancel-waiting-worker.ts'),
  },
});

test('people import: a progress window with counts, and "Hủy" writes nothing', async ({
  page,
  preview,
}, testInfo) => {
  await preview.call('setupProfile', demoLikeProfile);
  const upload = await peopleUpload(600);
  fs.mkdirSync(testInfo.outputDir, { recursive: true });
  const sheet = path.join(testInfo.outputDir, upload.fileName);
  fs.writeFileSync(sheet, Buffer.from(upload.base64, 'base64'));
  await openSection(page, preview, 'nguoi');

  await page.getByRole('button', { name: 'Nhập từ Excel' }).click();
  const importer = dialogTitled(page, 'Nhập danh sách người từ Excel');
  await importer.locator('input[type=file]').setInputFiles(sheet);
  await expect(importer).toContainText('bản chạy thử, chưa ghi gì vào sổ');
  await expect(importer.getByRole('button', { name: 'Nhập vào sổ' })).toBeEnabled();
  const before = contentHash(preview.dbPath);

  await importer.getByRole('button', { name: 'Nhập vào sổ' }).click();
  const progress = dialogTitled(page, 'Việc nhập danh sách');
  await expect(progress).toContainText('Đang ghi thôn, Tổ, người và thành viên vào sổ');
  // 10 villages, 10 teams, 600 people, 600 memberships: the first batch counted of 1.220.
  await expect(progress.getByRole('progressbar')).toContainText(/^[1-9][\d.]* \/ 1\.220$/u);
  await expect(progress).toContainText('Bấm “Hủy” để dừng: không có gì được ghi');
  await settled(page);
  await keepScreenshot(page, testInfo, 'job-progress-people-import');
  await expectAccessible(page, 'job-progress-people-import');

  await progress.getByRole('button', { name: 'Hủy' }).click();
  await expect(page.getByText('Đã hủy việc nhập danh sách. Không có gì được ghi')).toBeVisible();
  await expect(progress).toBeHidden();
  // The dry run is still there to write again; the register is as it was.
  await expect(importer.getByRole('button', { name: 'Nhập vào sổ' })).toBeEnabled();
  await settled(page);
  await keepScreenshot(page, testInfo, 'job-progress-people-import-cancelled');
  expect(contentHash(preview.dbPath)).toBe(before);
  expect(await preview.call('listPeople')).toEqual([]);
});

test('bundle import (receiving unit): checking shows its files counted, "Hủy" stops it, then it imports', async ({
  page,
  preview,
}, testInfo) => {
  const commune = await bundleCommune();
  let bundle: Buffer;
  let fileName: string;
  try {
    const { made, bytes } = await exportMarch(commune);
    bundle = bytes;
    fileName = made.fileName;
  } finally {
    await commune.close();
  }
  await preview.call('setupReceivingUnit', receivingSetupFor([bundleProfile.communeCode]));
  fs.mkdirSync(testInfo.outputDir, { recursive: true });
  const file = path.join(testInfo.outputDir, fileName);
  fs.writeFileSync(file, bundle);

  await page.goto(preview.url);
  await page.getByRole('tab', { name: 'Nhập gói dữ liệu' }).click();
  await page.locator('input[type=file]').setInputFiles(file);
  await expect(page.getByText('Đã chọn 1 tệp.')).toBeVisible();
  const before = contentHash(preview.dbPath);
  await page.getByRole('button', { name: 'Chạy thử' }).click();
  const progress = dialogTitled(page, 'Việc nhận gói dữ liệu');
  await expect(progress).toContainText('Đang kiểm tra gói dữ liệu');
  await expect(progress.getByRole('progressbar')).toContainText('1 / 1');
  await expect(progress).toContainText('gói nào đã ghi xong được giữ nguyên');
  await settled(page);
  await keepScreenshot(page, testInfo, 'job-progress-bundle-import');
  await expectAccessible(page, 'job-progress-bundle-import');

  await progress.getByRole('button', { name: 'Hủy' }).click();
  await expect(page.getByText('Đã hủy việc nhận gói dữ liệu. Không có gì được ghi')).toBeVisible();
  await expect(progress).toBeHidden();
  await expect(page.getByText('Chạy thử (chưa ghi gì):')).toBeHidden();
  expect(contentHash(preview.dbPath)).toBe(before);

  // Not cancelled, the same file goes through: dry run, then the import.
  await page.getByRole('button', { name: 'Chạy thử' }).click();
  await expect(page.getByText('Chạy thử (chưa ghi gì):')).toBeVisible();
  await page.getByRole('button', { name: 'Nhập các gói' }).click();
  await expect(page.getByText('Kết quả nhập:')).toBeVisible();
  await expect(page.getByRole('tabpanel', { name: 'Nhập gói dữ liệu' }).getByText('Nhập mới')).toBeVisible();
});

test('Sao lưu ngay: the copy checked shown, "Hủy" leaves no copy, then a backup is made', async ({
  page,
  preview,
}, testInfo) => {
  await preview.call('setupProfile', demoLikeProfile);
  await openSection(page, preview, 'cai-dat');
  const card = page.locator('.ant-card').filter({ has: page.getByText('Sao lưu', { exact: true }) });
  await expect(card.getByText('Chưa có bản sao lưu nào.')).toBeVisible();
  await card.getByRole('button', { name: 'Sao lưu ngay' }).click();
  const progress = dialogTitled(page, 'Việc sao lưu');
  await expect(progress).toContainText('Đang kiểm tra bản sao lưu');
  await expect(progress.getByRole('progressbar')).toContainText('1 / 1');
  await settled(page);
  await keepScreenshot(page, testInfo, 'job-progress-backup');

  await progress.getByRole('button', { name: 'Hủy' }).click();
  await expect(card.getByRole('alert').filter({ hasText: 'Đã hủy việc sao lưu' })).toContainText(
    'Đã hủy việc sao lưu. Không có gì được ghi',
  );
  await expect(progress).toBeHidden();
  await expect(card.getByText('Chưa có bản sao lưu nào.')).toBeVisible();
  const folder = path.join(preview.dir, 'backups');
  expect(
    fs.existsSync(folder)
      ? fs.readdirSync(folder).filter((n) => n.endsWith('.sqlite3') || n.endsWith('.tmp'))
      : [],
  ).toEqual([]);

  await card.getByRole('button', { name: 'Sao lưu ngay' }).click();
  await expect(page.getByText(/^Đã sao lưu \(/u)).toBeVisible();
});

test('Xuất gói số liệu: the tables read counted, "Hủy" keeps and records nothing, then it exports', async ({
  page,
  preview,
}, testInfo) => {
  await preview.call('loadDemo');
  const november = makePeriod('month', DEMO_YEAR, 11);
  await openSection(page, preview, `gui-so-lieu?period=${november.code}`);
  await expect(page.getByText('Chưa xuất gói số liệu nào.')).toBeVisible();
  const before = contentHash(preview.dbPath);
  await page.getByRole('button', { name: 'Xuất gói số liệu' }).click();
  const progress = dialogTitled(page, 'Việc xuất gói số liệu');
  await expect(progress).toContainText('Đang đọc số liệu của kỳ (bảng)');
  // The worker waits for the cancel once the first table is read: every table and the audit log.
  await expect(progress.getByRole('progressbar')).toContainText(`1 / ${bundleTables.length + 1}`);
  await expect(progress).toContainText('Bấm “Hủy” để dừng: không có gì được ghi');
  await settled(page);
  await keepScreenshot(page, testInfo, 'job-progress-bundle-export');
  await expectAccessible(page, 'job-progress-bundle-export');

  await progress.getByRole('button', { name: 'Hủy' }).click();
  await expect(page.getByText('Đã hủy việc xuất gói số liệu. Không có gì được ghi')).toBeVisible();
  await expect(progress).toBeHidden();
  await expect(page.getByText('Chưa xuất gói số liệu nào.')).toBeVisible();
  expect(contentHash(preview.dbPath)).toBe(before);
  const kept = path.join(preview.dir, ARCHIVE_FOLDER);
  expect(fs.existsSync(kept) ? fs.readdirSync(kept) : []).toEqual([]);

  // Not cancelled, the same export goes through and is listed.
  await page.getByRole('button', { name: 'Xuất gói số liệu' }).click();
  await expect(page.getByTestId('bundle-result')).toContainText('Đã xuất gói số liệu tháng 11/');
  const exports = (await preview.call('listBundleExports')) as BundleExport[];
  expect(exports.map((e) => e.period)).toEqual([november.code]);
});
