/** A month of activities from Excel: dry run with row errors first, then a clean file written, then again: nothing new. */
import fs from 'node:fs';
import type { Activity } from '../shared/contract/monthly-types';
import { expect, expectAccessible, keepScreenshot, test } from './fixtures';
import { openSection } from './web.helpers';
import {
  addMember,
  addPerson,
  addTeam,
  addVillage,
  dialogTitled,
  setUpCommune,
  sheetFile,
  type Cell,
} from './web.register.helpers';

const vneid = 'Tài khoản định danh điện tử mức 2 được kích hoạt';
const header: Cell[] = ['Ngày', 'Tổ', 'Hình thức', 'Nền tảng', 'Số người', vneid, 'Ghi chú'];

test.beforeEach(async ({ preview }) => {
  await setUpCommune(preview);
  const village = await addVillage(preview, 'Thôn An Hải', 300);
  const team = await addTeam(preview, {
    level: 'village',
    name: 'Tổ CNSCĐ thôn An Hải',
    villageId: village.id,
  });
  const person = await addPerson(preview, { fullName: 'Trần Văn Nam' });
  await addMember(preview, team.id, person.id, 'leader', '2026-01-05');
});

test('the dry run shows row errors and writes nothing; a fixed file is written once', async ({
  page,
  preview,
}, testInfo) => {
  fs.mkdirSync(testInfo.outputDir, { recursive: true });
  await openSection(page, preview, 'hoat-dong');
  await page.getByRole('button', { name: 'Nhập từ Excel' }).click();
  const importer = dialogTitled(page, 'Nhập hoạt động từ Excel');
  await expect(importer.getByRole('button', { name: 'Tải tệp mẫu' })).toBeVisible();

  await importer
    .locator('input[type=file]')
    .setInputFiles(
      await sheetFile(testInfo.outputDir, 'thang-3-loi.xlsx', [
        ['BÁO CÁO HOẠT ĐỘNG THÁNG 3/2026'],
        header,
        ['05/3/2026', 'An Hải', 'Hướng dẫn', 'VNeID', '40', '12', 'Theo Zalo'],
        ['31/02/2026', 'An Hải', 'Họp', null, null, null, null],
        ['07/03/2026', 'Thôn Phú Quý', 'Tuyên truyền', null, -3, null, null],
      ]),
    );
  await expect(importer).toContainText('Tệp: thang-3-loi.xlsx — bản chạy thử, chưa ghi gì.');
  await expect(importer.getByRole('alert')).toContainText('Có 2 lỗi: chưa có gì được ghi');
  const problems = importer.locator('.import-problems .ant-table-row');
  await expect(problems).toHaveCount(2);
  await expect(problems.nth(0)).toContainText('Dòng 4: ngày «31/02/2026» không có thật');
  await expect(problems.nth(1)).toContainText('không có Tổ «Thôn Phú Quý» trong sổ');
  await expect(problems.nth(1)).toContainText('Số người được tiếp cận không được âm.');
  await expect(importer.getByRole('button', { name: /^Nhập \d+ hoạt động$/u })).toHaveCount(0);
  await keepScreenshot(page, testInfo, 'activities-import-dry-run');
  await expectAccessible(page, 'Hoạt động: hộp thoại Nhập từ Excel (chạy thử có lỗi)');
  expect(await preview.call('listActivities', {})).toEqual([]);

  await importer
    .locator('input[type=file]')
    .setInputFiles(
      await sheetFile(testInfo.outputDir, 'thang-3.xlsx', [
        header,
        ['05/3/2026', 'An Hải', 'Hướng dẫn', 'VNeID', '40', '12', 'Theo Zalo'],
        ['06/03/2026', 'Thôn An Hải', 'Tuyên truyền', null, 120, null, null],
      ]),
    );
  await expect(importer).toContainText('Tệp: thang-3.xlsx — bản chạy thử, chưa ghi gì.');
  const rows = importer.locator('.activity-import-rows .ant-table-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('05/03/2026');
  await expect(rows.nth(0)).toContainText(`${vneid}: 12`);
  await keepScreenshot(page, testInfo, 'activities-import-ready');
  await importer.getByRole('button', { name: 'Nhập 2 hoạt động' }).click();
  await expect(importer).toContainText('Đã nhập 2 hoạt động');
  await importer.getByRole('button', { name: 'Xong' }).click();
  await expect(importer).toBeHidden();
  const saved = (await preview.call('listActivities', {})) as Activity[];
  expect(saved.map((a) => [a.date, a.kind, a.results])).toEqual([
    ['2026-03-06', 'propaganda', []],
    ['2026-03-05', 'guidance', [{ indicator: 'vneid_activated', value: 12 }]],
  ]);

  await page.getByRole('button', { name: 'Nhập từ Excel' }).click();
  await importer.locator('input[type=file]').setInputFiles(`${testInfo.outputDir}/thang-3.xlsx`);
  await expect(importer).toContainText('Không có gì mới: 2 dòng đã nhập trước đây.');
  await expect(importer.getByRole('button', { name: /^Nhập \d+ hoạt động$/u })).toHaveCount(0);
});
