/** Import with look-alike rows: the dry run asks, the officer decides row by row, then it is written. */
import fs from 'node:fs';
import type { ImportSummary, Person } from '../shared/contract/types';
import { expect, expectAccessible, expectNoHorizontalScroll, keepScreenshot, test } from './fixtures';
import { openSection, settled } from './web.helpers';
import {
  dialogTitled,
  peopleNameCells,
  setUpCommune,
  sheetBytes,
  sheetFile,
  type Cell,
} from './web.register.helpers';

const header: Cell[] = [
  'STT',
  'Họ và tên',
  'Năm sinh',
  'Chức vụ, đơn vị công tác',
  'Chức danh trong Tổ',
  'Số điện thoại',
];
const title: Cell[] = ['(Kèm theo Quyết định số 07/QĐ-UBND ngày 05/9/2022 của UBND xã Đông Sơn)'];

test.beforeEach(async ({ preview }) => {
  await setUpCommune(preview);
  // The register: Trần Văn Nam (1985, 0905 123 456) leads Thôn An Hải; Lê Thị Hoa (1990, 0977 000 111).
  const first = await preview.call('applyPeopleImport', {
    fileName: 'dau-tien.xlsx',
    base64: (
      await sheetBytes([
        title,
        header,
        ['THÔN AN HẢI'],
        [1, 'Trần Văn Nam', 1985, 'Trưởng thôn', 'Tổ trưởng', '0905 123 456'],
        [2, 'Lê Thị Hoa', 1990, 'Đoàn viên', 'Thành viên', '0977 000 111'],
      ])
    ).toString('base64'),
  });
  expect((first as ImportSummary).applied).toBe(true);
});

test('a row sharing a phone with another name is asked about, decided per row, then written', async ({
  page,
  preview,
}, testInfo) => {
  await openSection(page, preview, 'nguoi');
  await expect(page.getByTestId('people-count')).toHaveText('2 người');
  fs.mkdirSync(testInfo.outputDir, { recursive: true });
  await page.getByRole('button', { name: 'Nhập từ Excel' }).click();
  const importer = dialogTitled(page, 'Nhập danh sách người từ Excel');
  await importer.locator('input[type=file]').setInputFiles(
    await sheetFile(testInfo.outputDir, 'dinh-tan.xlsx', [
      title,
      header,
      ['THÔN ĐỊNH TÂN'],
      // Row 4: Nam's phone, typed without its 0, with another name and year.
      [1, 'Trần Văn Bình', 1972, 'Trưởng thôn', 'Tổ trưởng', 905123456],
      // Row 5: Hoa's name and year with another phone.
      [2, 'Lê Thị Hoa', 1990, 'Đoàn viên', 'Thành viên', '0988 222 333'],
      // Row 6: Nam himself (same name and phone): certain.
      [3, 'Trần Văn Nam', 1985, 'Trưởng thôn An Hải', 'Thành viên', '0905123456'],
    ]),
  );
  await expect(importer).toContainText('Tệp: dinh-tan.xlsx — bản chạy thử, chưa ghi gì vào sổ.');
  const conflicts = importer.getByTestId('import-conflicts').locator('.ant-table-row');
  await expect(conflicts).toHaveCount(2);
  await expect(conflicts.nth(0)).toContainText(
    'cùng số điện thoại 0905 123 456 với Trần Văn Nam (1985, 0905 123 456) trong sổ nhưng khác họ tên',
  );
  await expect(conflicts.nth(1)).toContainText(
    'cùng họ tên và năm sinh với Lê Thị Hoa (1990, 0977 000 111) trong sổ nhưng khác số điện thoại',
  );
  await expect(importer.getByTestId('import-matches').locator('.ant-table-row')).toContainText([
    'cùng họ tên và số điện thoại 0905 123 456',
  ]);
  await expect(importer.getByTestId('import-start-date')).toHaveText(
    '05/09/2022 — theo «Quyết định số 07/QĐ-UBND ngày 05/9/2022» ở tiêu đề bảng tính',
  );
  await expect(importer.getByTestId('import-pending')).toContainText('chọn cách xử lý cho 2 dòng trùng');
  const write = importer.getByRole('button', { name: 'Nhập vào sổ' });
  await expect(write).toBeDisabled();
  await expectNoHorizontalScroll(page);
  await settled(page);
  await keepScreenshot(page, testInfo, 'people-import-conflicts');
  await expectAccessible(page, 'people-import-conflicts');

  // Bình is another person; the second Hoa row is left out.
  const binh = importer.getByRole('radiogroup', { name: 'Cách xử lý dòng 4: Trần Văn Bình' });
  await binh.getByRole('radio', { name: 'Người mới' }).check();
  await expect(importer.getByTestId('import-pending')).toContainText('chọn cách xử lý cho 1 dòng trùng');
  await expect(write).toBeDisabled();
  const hoa = importer.getByRole('radiogroup', { name: 'Cách xử lý dòng 5: Lê Thị Hoa' });
  await hoa.getByRole('radio', { name: 'Bỏ qua dòng' }).check();
  await expect(importer.getByTestId('import-numbers')).toContainText('Người sẽ thêm mới1');
  await expect(importer.getByTestId('import-numbers')).toContainText('Dòng trùng bỏ qua1');
  await expect(write).toBeEnabled();
  await settled(page);
  await keepScreenshot(page, testInfo, 'people-import-conflicts-decided');
  await expectAccessible(page, 'people-import-conflicts-decided');
  expect(((await preview.call('listPeople')) as Person[]).map((p) => p.fullName).sort()).toEqual([
    'Lê Thị Hoa',
    'Trần Văn Nam',
  ]);

  await write.click();
  await expect(importer).toContainText('Đã nhập vào sổ');
  await expectAccessible(page, 'people-import-conflicts-applied');
  await importer.getByRole('button', { name: 'Xong' }).click();
  await expect(importer).toBeHidden();
  await expect(page.getByTestId('people-count')).toHaveText('3 người');
  await expect(peopleNameCells(page)).toHaveText(['Trần Văn Bình', 'Lê Thị Hoa', 'Trần Văn Nam']);
  const people = (await preview.call('listPeople')) as Person[];
  expect(people.map((p) => `${p.fullName}|${p.birthYear}|${p.phone}`).sort()).toEqual([
    'Lê Thị Hoa|1990|0977000111',
    'Trần Văn Bình|1972|0905123456',
    'Trần Văn Nam|1985|0905123456',
  ]);
});

test('a title date outside 2000–2100 is an error until the officer types the date; filled gaps are shown', async ({
  page,
  preview,
}, testInfo) => {
  await openSection(page, preview, 'nguoi');
  await expect(page.getByTestId('people-count')).toHaveText('2 người');
  fs.mkdirSync(testInfo.outputDir, { recursive: true });
  await page.getByRole('button', { name: 'Nhập từ Excel' }).click();
  const importer = dialogTitled(page, 'Nhập danh sách người từ Excel');
  await importer.locator('input[type=file]').setInputFiles(
    await sheetFile(testInfo.outputDir, 'nam-2202.xlsx', [
      ['(Kèm theo Quyết định số 07/QĐ-UBND ngày 05/9/2202 của UBND xã Đông Sơn)'],
      [...header, 'Giới tính'],
      // Row 3: Nam himself (same name and phone); the register has no gender for him.
      [1, 'Trần Văn Nam', 1985, 'Chủ tịch Hội Nông dân', 'Thành viên', '0905123456', 'Nam'],
    ]),
  );
  await expect(importer).toContainText('Tệp: nam-2202.xlsx — bản chạy thử, chưa ghi gì vào sổ.');
  await expect(importer.locator('.import-problems')).toContainText(
    'Ngày quyết định ở tiêu đề bảng tính «Quyết định số 07/QĐ-UBND ngày 05/9/2202» không dùng được',
  );
  await expect(importer.getByTestId('import-start-date')).toContainText('Chưa có: ngày ở tiêu đề bảng tính');
  const fills = importer.getByTestId('import-fills');
  await expect(fills).toContainText('Bổ sung thông tin còn trống của 1 người đã có trong sổ');
  // Only the empty gender: the position the register has is kept.
  await expect(fills.locator('li')).toHaveText(['Dòng 3: Trần Văn Nam — Giới tính: Nam']);
  const write = importer.getByRole('button', { name: 'Nhập vào sổ' });
  await expect(write).toBeDisabled();
  await settled(page);
  await keepScreenshot(page, testInfo, 'people-import-title-date-refused');

  const startDate = importer.getByLabel('Ngày bắt đầu tham gia Tổ');
  await startDate.fill('05/09/2022');
  await startDate.press('Enter');
  await expect(importer.getByTestId('import-start-date')).toHaveText('05/09/2022 — ngày đã nhập');
  await expect(importer.locator('.import-problems')).toHaveCount(0);
  await expect(write).toBeEnabled();
  await write.click();
  await expect(importer).toContainText('Đã nhập vào sổ');
  await expect(importer.getByTestId('import-fills')).toContainText('Đã bổ sung thông tin còn trống');
  const nam = ((await preview.call('listPeople')) as Person[]).find((p) => p.fullName === 'Trần Văn Nam');
  expect(nam).toMatchObject({ gender: 'male', position: 'Trưởng thôn' });
});
