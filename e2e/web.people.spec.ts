/** "Người" in the browser, on the real backend: the list, the form, duplicates, import, 10,000 people. */
import type { Page } from '@playwright/test';
import type { ImportSummary, Person } from '../shared/contract/types';
import { expect, expectAccessible, expectNoHorizontalScroll, keepScreenshot, test } from './fixtures';
import { fillPersonForm, pickVillageInForm } from './app.steps';
import { expectFieldError, openSection, settled } from './web.helpers';
import {
  addMember,
  addPerson,
  addTeam,
  addVillage,
  dialogTitled,
  drawer,
  peopleNameCells,
  peopleRows,
  personRow,
  setUpCommune,
  sheetBytes,
  sheetFile,
  type Cell,
} from './web.register.helpers';

test.beforeEach(async ({ preview }) => {
  await setUpCommune(preview);
});

const addDialog = (page: Page) => dialogTitled(page, 'Thêm người');

async function search(page: Page, text: string): Promise<void> {
  await page.getByLabel('Tìm người', { exact: true }).fill(text);
}

test('add people, see likely duplicates while typing, search without diacritics, edit, archive, remove', async ({
  page,
  preview,
}, testInfo) => {
  const anHai = await addVillage(preview, 'Thôn An Hải', 412);
  await addVillage(preview, 'Thôn Định Tân', 286);
  const an = await addPerson(preview, {
    fullName: 'Nguyễn Văn An',
    gender: 'male',
    birthYear: 1978,
    phone: '0912345678',
    position: 'Trưởng thôn An Hải',
    villageId: anHai.id,
    tags: ['village_head'],
  });
  await addPerson(preview, {
    fullName: 'Đặng Văn Hùng',
    gender: 'male',
    birthYear: 1988,
    phone: '0935 222 333',
    position: 'Chi hội trưởng Hội Nông dân thôn Định Tân',
    tags: ['farmers_union_officer'],
  });

  await openSection(page, preview, 'nguoi');
  await expect(page.getByRole('heading', { name: 'Người', level: 1 })).toBeVisible();
  await expect(page.getByTestId('people-count')).toHaveText('2 người');
  // Sorted by given name: "An" before "Hùng".
  await expect(peopleNameCells(page)).toHaveText(['Nguyễn Văn An', 'Đặng Văn Hùng']);
  await expect(personRow(page, 'Nguyễn Văn An')).toContainText('0912 345 678');

  // A new person: the tags follow the position until the user ticks one.
  await page.getByRole('button', { name: 'Thêm người' }).click();
  const form = addDialog(page);
  await expect(form.getByLabel('Họ và tên')).toBeFocused();
  await fillPersonForm(page, form, {
    fullName: 'Nguyễn Thị Huệ',
    gender: 'Nữ',
    birthYear: 1995,
    phone: '0905.111.222',
    position: 'Giáo viên Tin học, Bí thư Chi đoàn trường THCS',
  });
  await expect(form.getByRole('checkbox', { name: 'Giáo viên Tin học' })).toBeChecked();
  await expect(form.getByRole('checkbox', { name: 'Bí thư Đoàn Thanh niên' })).toBeChecked();
  await form.getByRole('checkbox', { name: 'Bí thư Đoàn Thanh niên' }).uncheck();
  await form
    .getByLabel('Chức vụ, đơn vị công tác')
    .fill('Giáo viên Tin học, Bí thư Chi đoàn trường THCS Bình Hiệp');
  await expect(form.getByRole('checkbox', { name: 'Bí thư Đoàn Thanh niên' })).not.toBeChecked();
  await expect(form.getByText('Theo chức vụ, có thể đánh dấu thêm: Bí thư Đoàn Thanh niên.')).toBeVisible();
  await pickVillageInForm(page, form, 'Thôn Định Tân');
  await expect(form.getByTestId('duplicate-alert')).toHaveCount(0);
  await expectNoHorizontalScroll(page);
  await settled(page);
  await keepScreenshot(page, testInfo, 'people-form');
  await expectAccessible(page, 'people-form');
  await form.getByRole('button', { name: 'Lưu' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByTestId('people-count')).toHaveText('3 người');
  const hue = personRow(page, 'Nguyễn Thị Huệ');
  await expect(hue).toContainText('0905 111 222');
  await expect(hue).toContainText('Thôn Định Tân');
  await expect(hue).toContainText('Giáo viên Tin học');
  await expect(hue).toContainText('1995');
  await expect(hue).toContainText('Nữ');

  // Typing someone already in the register: flagged at entry, with a way to open the record.
  await page.getByRole('button', { name: 'Thêm người' }).click();
  await form.getByLabel('Họ và tên').fill('nguyễn văn an');
  await form.getByLabel('Năm sinh').fill('1978');
  await expect(form.getByTestId('duplicate-alert')).toContainText(
    'Có thể trùng với: Nguyễn Văn An (sinh năm 1978, 0912 345 678, Thôn An Hải)',
  );
  await expect(form.getByTestId('duplicate-alert')).toContainText('Cùng họ tên và năm sinh');
  // The same phone written another way is the same phone.
  await form.getByLabel('Họ và tên').fill('Nguyễn Văn Bình');
  await form.getByLabel('Số điện thoại (Zalo)').fill('+84 912 345 678');
  await expect(form.getByTestId('duplicate-alert')).toContainText('Cùng số điện thoại');
  await settled(page);
  await keepScreenshot(page, testInfo, 'people-duplicate-at-entry');
  await expectAccessible(page, 'people-duplicate-at-entry');
  await form.getByRole('button', { name: 'Xem hồ sơ: Nguyễn Văn An' }).click();
  await expect(page).toHaveURL(new RegExp(`#/nguoi\\?id=${an.id}$`, 'u'));
  await expect(drawer(page)).toContainText('Trưởng thôn An Hải');
  await page.keyboard.press('Escape');
  await expect(drawer(page)).toBeHidden();
  // A wrong phone is explained next to the field, in Vietnamese.
  await form.getByLabel('Số điện thoại (Zalo)').fill('12345');
  await form.getByRole('button', { name: 'Lưu' }).click();
  await expect(
    form
      .locator('.ant-form-item')
      .filter({ hasText: 'Số điện thoại (Zalo)' })
      .locator('.ant-form-item-explain-error'),
  ).toContainText('Số điện thoại «12345» không dùng được: chỉ có 5 chữ số');
  await form.getByLabel('Họ và tên').fill('');
  await expectFieldError(form, 'Họ và tên', 'Họ và tên: chưa nhập. Hãy điền họ và tên.');
  await form.getByRole('button', { name: 'Hủy' }).click();
  await expect(form).toBeHidden();

  // Search as you type, without diacritics, by name, phone or position.
  await search(page, 'nguyen thi hue');
  await expect(page.getByTestId('people-count')).toHaveText('Tìm thấy 1 người');
  await expect(peopleNameCells(page)).toHaveText(['Nguyễn Thị Huệ']);
  await search(page, 'dang');
  await expect(peopleNameCells(page)).toHaveText(['Đặng Văn Hùng']);
  await search(page, '0912345');
  await expect(peopleNameCells(page)).toHaveText(['Nguyễn Văn An']);
  await search(page, 'tin hoc');
  await expect(peopleNameCells(page)).toHaveText(['Nguyễn Thị Huệ']);
  await search(page, 'khong co ai');
  await expect(page.getByText('Không có ai khớp với từ cần tìm.')).toBeVisible();
  await search(page, '');
  await expect(page.getByTestId('people-count')).toHaveText('3 người');
  await expectNoHorizontalScroll(page);
  await settled(page);
  await keepScreenshot(page, testInfo, 'people-list');
  await expectAccessible(page, 'people-list');

  // Details, then edit from there.
  await page.getByRole('button', { name: 'Nguyễn Thị Huệ', exact: true }).click();
  await expect(drawer(page).locator('.ant-drawer-title')).toHaveText('Nguyễn Thị Huệ');
  await expect(drawer(page)).toContainText('Chưa tham gia Tổ nào.');
  await expect(drawer(page)).toContainText('0905 111 222');
  await drawer(page).getByRole('button', { name: 'Sửa' }).click();
  const edit = dialogTitled(page, 'Sửa thông tin “Nguyễn Thị Huệ”');
  await expect(edit.getByLabel('Số điện thoại (Zalo)')).toHaveValue('0905 111 222');
  await edit.getByLabel('Ghi chú').fill('Phụ trách hướng dẫn VNeID');
  await edit.getByRole('button', { name: 'Lưu' }).click();
  await expect(edit).toBeHidden();
  await expect(drawer(page)).toContainText('Phụ trách hướng dẫn VNeID');

  // Archive: out of the everyday list, back with the switch, then restored.
  await drawer(page).getByRole('button', { name: 'Lưu trữ' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: 'Lưu trữ' }).click();
  await expect(drawer(page)).toContainText('Người này đang được lưu trữ');
  await page.keyboard.press('Escape');
  await expect(personRow(page, 'Nguyễn Thị Huệ')).toHaveCount(0);
  await page.getByText('Hiện cả người đã lưu trữ').click();
  await expect(personRow(page, 'Nguyễn Thị Huệ')).toContainText('Đã lưu trữ');
  await personRow(page, 'Nguyễn Thị Huệ')
    .getByRole('button', { name: 'Nguyễn Thị Huệ', exact: true })
    .click();
  await drawer(page).getByRole('button', { name: 'Bỏ lưu trữ' }).click();
  await expect(drawer(page)).not.toContainText('Người này đang được lưu trữ');
  await page.keyboard.press('Escape');
  await page.getByText('Hiện cả người đã lưu trữ').click();
  await expect(personRow(page, 'Nguyễn Thị Huệ')).not.toContainText('Đã lưu trữ');

  // Removing someone in a team's history is refused, with the backend's reason.
  const team = await addTeam(preview, {
    level: 'village',
    name: 'Tổ CNSCĐ thôn An Hải',
    villageId: anHai.id,
  });
  await addMember(preview, team.id, an.id, 'leader', '2025-03-01');
  await page.getByRole('button', { name: 'Nguyễn Văn An', exact: true }).click();
  await expect(drawer(page)).toContainText('Tổ CNSCĐ thôn An Hải');
  await expect(drawer(page)).toContainText('Tổ trưởng');
  await expect(drawer(page)).toContainText('01/03/2025');
  await drawer(page).getByRole('button', { name: 'Xóa' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: 'Xóa' }).click();
  const refusal = page.getByRole('dialog').filter({ hasText: 'Không xóa được' });
  await expect(refusal).toContainText(
    'Không xóa được Nguyễn Văn An vì người này có trong lịch sử của Tổ CNSCĐ thôn An Hải',
  );
  // The refusal ends the work: the confirmation is gone and the button no longer spins behind it.
  await expect(page.locator('.ant-popconfirm')).toBeHidden();
  await expect(drawer(page).getByRole('button', { name: 'Xóa' })).not.toHaveClass(/ant-btn-loading/u);
  await settled(page);
  await keepScreenshot(page, testInfo, 'people-remove-refused');
  await expectAccessible(page, 'people-remove-refused');
  await refusal.getByRole('button', { name: 'Đóng' }).click();
  await drawer(page).getByRole('button', { name: 'Đóng' }).click();
  await expect(drawer(page)).toBeHidden();

  // Someone never in a team can be removed.
  await page.getByRole('button', { name: 'Đặng Văn Hùng', exact: true }).click();
  await drawer(page).getByRole('button', { name: 'Xóa' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: 'Xóa' }).click();
  await expect(drawer(page)).toBeHidden();
  await expect(peopleNameCells(page)).toHaveText(['Nguyễn Văn An', 'Nguyễn Thị Huệ']);

  // Saved despite the warning (two people may share a name and a year): the save says so too.
  await page.keyboard.press('Control+k');
  await expect(page.getByLabel('Tìm người, tổ', { exact: true })).toBeFocused();
  await page.getByRole('button', { name: 'Thêm người' }).click();
  await form.getByLabel('Họ và tên').fill('Nguyễn Văn An');
  await form.getByLabel('Năm sinh').fill('1978');
  await expect(form.getByTestId('duplicate-alert')).toBeVisible();
  await form.getByLabel('Năm sinh').press('Enter');
  await expect(form).toBeHidden();
  await expect(page.locator('.ant-notification')).toContainText(
    'Đã lưu “Nguyễn Văn An”, nhưng có thể trùng với người đã có',
  );
  await expect(page.locator('.ant-notification')).toContainText(
    'Nguyễn Văn An (sinh năm 1978, 0912 345 678, Thôn An Hải)',
  );
  await expect(peopleNameCells(page)).toHaveText(['Nguyễn Văn An', 'Nguyễn Văn An', 'Nguyễn Thị Huệ']);

  const stored = (await preview.call('listPeople')) as Person[];
  expect(stored.map((p) => p.fullName)).toEqual(['Nguyễn Văn An', 'Nguyễn Văn An', 'Nguyễn Thị Huệ']);
  expect(stored[2]).toMatchObject({
    phone: '0905111222',
    birthYear: 1995,
    gender: 'female',
    tags: ['it_teacher'],
    notes: 'Phụ trách hướng dẫn VNeID',
    archived: false,
  });
});

const header: Cell[] = [
  'STT',
  'Họ và tên',
  'Năm sinh',
  'Chức vụ, đơn vị công tác',
  'Chức danh trong Tổ',
  'Số điện thoại',
];
const goodSheet: Cell[][] = [
  ['ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN'],
  ['DANH SÁCH THÀNH VIÊN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG'],
  [],
  header,
  ['I. THÔN AN HẢI'],
  [1, 'Nguyễn Văn An', 1978, 'Trưởng thôn An Hải', 'Tổ trưởng', '0912.345.678'],
  [2, 'Trần Thị Bình', '1996', 'Bí thư Chi đoàn thôn An Hải', 'TỔ PHÓ', 912000111],
  [3, 'Lê Thị Cúc', 1985, 'Chi hội trưởng Hội Phụ nữ thôn', 'TV', null],
  ['II. THÔN ĐỊNH TÂN'],
  [1, 'Nguyễn Văn An', 1978, 'Trưởng thôn An Hải', 'Thành viên', '+84 912 345 678'],
  [2, 'Nguyễn Văn An', 1990, 'Đoàn viên', 'tổ viên', '0912 34'],
];

test('import a sheet: always a dry run first, then all of it; a sheet with an error writes nothing', async ({
  page,
  preview,
}, testInfo) => {
  await openSection(page, preview, 'nguoi');
  await expect(page.getByText('Chưa có ai trong sổ.')).toBeVisible();
  await settled(page);
  await keepScreenshot(page, testInfo, 'people-empty');
  await expectAccessible(page, 'people-empty');

  // A sheet with a row that has data but no name: an error, and the button stays disabled.
  const broken = [...goodSheet.slice(0, 7), [3, null, 1985, 'Chi hội trưởng Hội Phụ nữ thôn', 'TV', null]];
  await page.getByRole('button', { name: 'Nhập từ Excel' }).click();
  const importer = dialogTitled(page, 'Nhập danh sách người từ Excel');
  await expect(importer).toContainText('Bấm để chọn tệp Excel (.xlsx, .xls)');
  await settled(page);
  await keepScreenshot(page, testInfo, 'people-import-choose');
  await expectAccessible(page, 'people-import-choose');
  await importer
    .locator('input[type=file]')
    .setInputFiles(await sheetFile(testInfo.outputDir, 'co-loi.xlsx', broken));
  await expect(importer.getByRole('alert')).toContainText(
    'Có lỗi: sửa tệp rồi chọn lại — chưa có gì được ghi',
  );
  const problems = importer.locator('.import-problems .ant-table-row');
  await expect(problems.filter({ hasText: 'Lỗi' })).toContainText('Dòng 8: thiếu họ và tên');
  await expect(problems.filter({ hasText: 'Lỗi' }).locator('.ant-table-cell').first()).toHaveText('8');
  await expect(importer.getByRole('button', { name: 'Nhập vào sổ' })).toBeDisabled();
  await expectNoHorizontalScroll(page);
  await settled(page);
  await keepScreenshot(page, testInfo, 'people-import-error');
  await expectAccessible(page, 'people-import-error');
  expect(await preview.call('listPeople')).toEqual([]);

  // Another file from the same window: the dry run shows what would happen, still nothing written.
  await importer
    .locator('input[type=file]')
    .setInputFiles(await sheetFile(testInfo.outputDir, 'danh-sach.xlsx', goodSheet));
  await expect(importer).toContainText('Tệp: danh-sach.xlsx — bản chạy thử, chưa ghi gì vào sổ.');
  const numbers = importer.getByTestId('import-numbers');
  await expect(numbers).toContainText('Số dòng đọc được5');
  await expect(numbers).toContainText('Người sẽ thêm mới4');
  await expect(numbers).toContainText('Người đã có trong sổ1');
  await expect(numbers).toContainText('Thành viên sẽ thêm vào Tổ5');
  await expect(numbers).toContainText('Thôn, tổ dân phố sẽ tạoThôn An Hải; Thôn Định Tân');
  await expect(numbers).toContainText('Tổ Công nghệ số cộng đồng thôn An Hải');
  // The short phone is a warning (orange), by its row.
  const warning = problems.filter({ hasText: 'Cảnh báo' });
  await expect(warning).toContainText('Dòng 11: Số điện thoại «0912 34» không dùng được');
  // The An of Định Tân is the An of An Hải (same name and phone): listed with the reason.
  await expect(importer.getByTestId('import-matches').locator('.ant-table-row')).toHaveText([
    /^10Nguyễn Văn AnNguyễn Văn An.*dòng 6 của bảng tínhcùng họ tên và số điện thoại 0912 345 678$/u,
  ]);
  // The sheet gives no start date: the dry run says so, and the officer types it.
  await expect(importer.getByTestId('import-start-date')).toContainText('Chưa có: bảng tính không ghi ngày');
  await expect(importer.getByTestId('import-pending')).toContainText('hãy nhập ngày bắt đầu tham gia Tổ');
  await expect(importer.getByRole('button', { name: 'Nhập vào sổ' })).toBeDisabled();
  const startDate = importer.getByLabel('Ngày bắt đầu tham gia Tổ');
  await startDate.fill('05/09/2022');
  await startDate.press('Enter');
  await expect(importer.getByTestId('import-start-date')).toHaveText('05/09/2022 — ngày đã nhập');
  await expect(importer.getByRole('button', { name: 'Nhập vào sổ' })).toBeEnabled();
  await settled(page);
  await keepScreenshot(page, testInfo, 'people-import-dry-run');
  await expectAccessible(page, 'people-import-dry-run');
  expect(await preview.call('listPeople')).toEqual([]);

  await importer.getByRole('button', { name: 'Nhập vào sổ' }).click();
  await expect(importer).toContainText('Đã nhập vào sổ');
  await expect(numbers).toContainText('Người đã thêm mới4');
  await settled(page);
  await keepScreenshot(page, testInfo, 'people-import-applied');
  await expectAccessible(page, 'people-import-applied');
  await importer.getByRole('button', { name: 'Xong' }).click();
  await expect(importer).toBeHidden();
  await expect(page.getByTestId('people-count')).toHaveText('4 người');
  await expect(peopleNameCells(page)).toHaveText([
    'Nguyễn Văn An',
    'Nguyễn Văn An',
    'Trần Thị Bình',
    'Lê Thị Cúc',
  ]);
  await expect(personRow(page, 'Trần Thị Bình')).toContainText('Bí thư Đoàn Thanh niên');
  const teams = (await preview.call('listTeams')) as { name: string; members: { startDate: string }[] }[];
  expect(teams.map((t) => t.name)).toEqual([
    'Tổ Công nghệ số cộng đồng thôn An Hải',
    'Tổ Công nghệ số cộng đồng thôn Định Tân',
  ]);
  expect(new Set(teams.flatMap((t) => t.members.map((m) => m.startDate)))).toEqual(new Set(['2022-09-05']));
});

/** 10,000 different people: names from common families and given names, unique phones. */
function crowd(count: number): Cell[][] {
  const families = [
    'Nguyễn',
    'Trần',
    'Lê',
    'Phạm',
    'Huỳnh',
    'Võ',
    'Phan',
    'Trương',
    'Bùi',
    'Đặng',
    'Đỗ',
    'Ngô',
  ];
  const middles = ['Văn', 'Thị', 'Minh', 'Quốc', 'Ngọc', 'Thanh', 'Hữu', 'Đức'];
  const givens = [
    'An',
    'Bình',
    'Cúc',
    'Dũng',
    'Hà',
    'Hùng',
    'Lan',
    'Mai',
    'Nam',
    'Phúc',
    'Sơn',
    'Tâm',
    'Yến',
  ];
  const rows: Cell[][] = [
    ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ, đơn vị công tác', 'Số điện thoại', 'Thôn'],
  ];
  for (let i = 0; i < count; i += 1) {
    const name = `${families[i % families.length]} ${middles[Math.floor(i / 7) % middles.length]} ${givens[Math.floor(i / 3) % givens.length]}`;
    rows.push([
      i + 1,
      name,
      1960 + (i % 45),
      'Tình nguyện viên',
      `09${String(10_000_000 + i)}`,
      `Thôn ${1 + (i % 12)}`,
    ]);
  }
  return rows;
}

test('ten thousand people: the list stays light (virtual rows) and scrolls to the end', async ({
  page,
  preview,
}, testInfo) => {
  test.setTimeout(180_000);
  const upload = {
    fileName: 'muoi-nghin.xlsx',
    base64: (await sheetBytes(crowd(10_000))).toString('base64'),
    // The generated names repeat with other phones: distinct people, not questions.
    onConflict: 'new',
  };
  const applied = (await preview.call('applyPeopleImport', upload)) as ImportSummary;
  expect(applied).toMatchObject({ applied: true, rowsRead: 10_000, people: { added: 10_000, matched: 0 } });
  await addPerson(preview, { fullName: 'Nguyễn Thị Huệ', birthYear: 1990 });
  const everyone = (await preview.call('listPeople')) as Person[];
  expect(everyone).toHaveLength(10_001);

  await openSection(page, preview, 'nguoi');
  await expect(page.getByTestId('people-count')).toHaveText('10.001 người');
  await expect(peopleRows(page).first()).toContainText(everyone[0]?.fullName ?? '');
  // A screenful of rows is drawn (waited for), and only a screenful: the list is virtual.
  await expect(peopleRows(page).nth(5)).toBeVisible();
  expect(await peopleRows(page).count()).toBeLessThan(300);
  expect(await page.locator('tr').count()).toBeLessThan(300);
  await expectNoHorizontalScroll(page);
  await settled(page);
  await keepScreenshot(page, testInfo, 'people-10000');
  await expectAccessible(page, 'people-10000');

  // Scroll the table's own body to the end: the last person in Vietnamese order is there.
  const last = everyone.at(-1) as Person;
  const holder = page.locator('.people-table .ant-table-tbody-virtual-holder');
  // The virtual list measures rows as it draws them, so its height grows after a scroll: scroll in
  // the page, frame by frame, until the end is the end twice with the same height.
  await holder.evaluate(async (el) => {
    const frame = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    let height = -1;
    for (let i = 0; i < 100; i += 1) {
      el.scrollTo({ top: el.scrollHeight });
      await frame();
      const atEnd = el.scrollTop + el.clientHeight >= el.scrollHeight - 1;
      if (atEnd && el.scrollHeight === height) return;
      height = el.scrollHeight;
    }
  });
  await expect(peopleRows(page).last()).toContainText(last.fullName);
  expect(await peopleRows(page).count()).toBeLessThan(300);
  await settled(page);
  await keepScreenshot(page, testInfo, 'people-10000-scrolled');
  await expectAccessible(page, 'people-10000-scrolled');

  // Searching among ten thousand is still immediate.
  await search(page, 'nguyen thi hue');
  await expect(page.getByTestId('people-count')).toHaveText('Tìm thấy 1 người');
  await expect(peopleNameCells(page)).toHaveText(['Nguyễn Thị Huệ']);
});

test('global search finds people and teams without diacritics and opens them', async ({
  page,
  preview,
}, testInfo) => {
  const anHai = await addVillage(preview, 'Thôn An Hải', 412);
  const hue = await addPerson(preview, { fullName: 'Nguyễn Thị Huệ', birthYear: 1995, villageId: anHai.id });
  await addPerson(preview, { fullName: 'Nguyễn Thị Huệ Anh', birthYear: 1961 });
  await addPerson(preview, { fullName: 'Đặng Văn Hùng', birthYear: 1988, phone: '0935222333' });
  await addPerson(preview, { fullName: 'Lê Văn Dang', birthYear: 1970 });
  const team = await addTeam(preview, {
    level: 'village',
    name: 'Tổ Công nghệ số cộng đồng thôn An Hải',
    villageId: anHai.id,
  });
  await openSection(page, preview, 'tong-quan');

  const box = page.getByLabel('Tìm người, tổ', { exact: true });
  const popup = page.locator('.ant-select-dropdown:visible');
  await box.fill('nguyen thi hue');
  await expect(popup).toContainText('Người (2)');
  await expect(popup.locator('.ant-select-item-option').first()).toContainText('Nguyễn Thị Huệ Anh');
  await expect(popup).toContainText('Nguyễn Thị Huệ');
  await expect(popup).toContainText('sinh năm 1995, Thôn An Hải');
  await settled(page);
  await keepScreenshot(page, testInfo, 'global-search');
  await expectAccessible(page, 'global-search');
  await popup.locator('.ant-select-item-option', { hasText: 'sinh năm 1995' }).click();
  await expect(page).toHaveURL(new RegExp(`#/nguoi\\?id=${hue.id}$`, 'u'));
  await expect(page.getByRole('heading', { name: 'Người', level: 1 })).toBeVisible();
  await expect(drawer(page).locator('.ant-drawer-title')).toHaveText('Nguyễn Thị Huệ');
  await page.keyboard.press('Escape');

  // "dang" finds Đặng (đ is d) and Dang alike.
  await box.fill('dang');
  await expect(popup.locator('.ant-select-item-option')).toHaveText([/Lê Văn Dang/u, /Đặng Văn Hùng/u]);

  // Teams too, chosen with the keyboard.
  await box.fill('an hai');
  await expect(popup).toContainText('Tổ (1)');
  await expect(popup).toContainText('Tổ Công nghệ số cộng đồng thôn An Hải');
  // The people of Thôn An Hải match its name too (issue 7, item 14): Huệ first, then the team.
  await expect(popup).toContainText('Người (1)');
  await box.press('ArrowDown');
  await box.press('ArrowDown');
  // The box names the option the arrows reached, an element that exists.
  await expect(popup.locator('.ant-select-item-option-active')).toContainText(
    'Tổ Công nghệ số cộng đồng thôn An Hải',
  );
  await expect(box).toHaveAttribute('aria-activedescendant', /_list_\d+$/u);
  await expectAccessible(page, 'global-search-keyboard');
  await box.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/to\\?id=${team.id}$`, 'u'));
  await expect(page.locator('.team-title')).toHaveText('Tổ Công nghệ số cộng đồng thôn An Hải');
  await expect(box).toHaveValue('');

  await box.fill('khong co gi');
  await expect(popup).toContainText('Không tìm thấy người hay Tổ nào.');
  await expectNoHorizontalScroll(page);
  await expectAccessible(page, 'global-search-nothing-found');

  // The same searches in the People list.
  await page.keyboard.press('Escape');
  await page.getByRole('link', { name: 'Người', exact: true }).click();
  await search(page, 'nguyen thi hue');
  await expect(peopleNameCells(page)).toHaveText(['Nguyễn Thị Huệ Anh', 'Nguyễn Thị Huệ']);
  await search(page, 'dang');
  await expect(peopleNameCells(page)).toHaveText(['Lê Văn Dang', 'Đặng Văn Hùng']);
});
