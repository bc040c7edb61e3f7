/**
 * Long jobs in the browser (issue 11, item 5): the people import shows its progress with counts
 * in a window with "Hủy", and "Hủy" stops it with nothing written. The preview runs the test
 * worker that, once some rows are counted, waits for the cancel (test-support/
 * cancel-waiting-worker.ts): the click lands while the job is in the middle, on any machine.
 */
import fs from 'node:fs';
import path from 'node:path';
import { sourceWorkerEntry } from '../electron/backend/worker/source-entry';
import { contentHash } from '../test-support/content-hash';
import { peopleUpload } from '../test-support/people-upload';
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
