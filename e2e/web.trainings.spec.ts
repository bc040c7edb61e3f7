/** "Bồi dưỡng, tập huấn": add a training with its attendees, see it on the person and the team, edit, delete. */
import type { Page } from '@playwright/test';
import { expect, expectAccessible, expectNoHorizontalScroll, keepScreenshot, test } from './fixtures';
import { openSection, settled } from './web.helpers';
import { addMember, addPerson, addTeam, addVillage, drawer, setUpCommune } from './web.register.helpers';

const dialog = (page: Page) => page.getByRole('dialog');
const rows = (page: Page) =>
  page.getByRole('tabpanel', { name: 'Bồi dưỡng, tập huấn' }).locator('tr.ant-table-row');

let anId = '';

test.beforeEach(async ({ preview }) => {
  await setUpCommune(preview);
  const village = await addVillage(preview, 'Thôn An Hải', 300);
  const team = await addTeam(preview, {
    level: 'village',
    name: 'Tổ CNSCĐ thôn An Hải',
    villageId: village.id,
  });
  const an = await addPerson(preview, { fullName: 'Nguyễn Văn An', birthYear: 1978, villageId: village.id });
  const binh = await addPerson(preview, {
    fullName: 'Trần Thị Bình',
    birthYear: 1990,
    villageId: village.id,
  });
  await addPerson(preview, { fullName: 'Lê Văn Cường', birthYear: 1985 });
  await addMember(preview, team.id, an.id, 'leader', '2026-01-05');
  await addMember(preview, team.id, binh.id, 'member', '2026-01-05');
  anId = an.id;
});

test('add a training with two attendees, see it on the person and the team, edit, delete', async ({
  page,
  preview,
}, testInfo) => {
  await openSection(page, preview, 'hoat-dong');
  await page.getByRole('tab', { name: 'Bồi dưỡng, tập huấn' }).click();
  await expect(page.getByText('Chưa có lớp bồi dưỡng, tập huấn nào.')).toBeVisible();

  await page.getByRole('button', { name: 'Thêm lớp bồi dưỡng' }).click();
  // The cursor is in the topic at once; the rest by keyboard, the organiser and one person by mouse.
  await expect(dialog(page).getByLabel('Nội dung bồi dưỡng')).toBeFocused();
  await page.keyboard.type('Kỹ năng số cơ bản cho Tổ CNSCĐ');
  await page.keyboard.press('Tab');
  await expect(dialog(page).getByLabel('Ngày')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('10/04/2026');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(dialog(page).getByLabel('Số giờ')).toBeFocused();
  await page.keyboard.type('3,5');
  await dialog(page).getByLabel('Đơn vị tổ chức').click();
  await page.keyboard.type('so khoa');
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Sở Khoa học và Công nghệ' })
    .click();
  const people = dialog(page).getByLabel('Người dự');
  await people.click();
  // Enter at once, before the search has answered: it waits for the results, then takes the person.
  await page.keyboard.type('nguyen van an');
  await page.keyboard.press('Enter');
  await expect(dialog(page).locator('.ant-select-selection-item')).toHaveText(['Nguyễn Văn An']);
  // Someone already picked is not offered again.
  await page.keyboard.type('nguyen van');
  await expect(page.locator('.ant-select-dropdown:visible')).toContainText(
    'Những người khớp với tên đã gõ đều đã được chọn.',
  );
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('tran thi');
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Trần Thị Bình' })
    .click();
  await expect(dialog(page).locator('.ant-select-selection-item')).toHaveText([
    'Nguyễn Văn An',
    'Trần Thị Bình',
  ]);
  // Close the list of people (a click on the dialog's title) to look at the whole form.
  await dialog(page).getByText('Thêm lớp bồi dưỡng, tập huấn').click();
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
  await settled(page);
  await keepScreenshot(page, testInfo, 'trainings-form');
  await expectAccessible(page, 'trainings-form');
  await dialog(page).getByRole('button', { name: 'Thêm' }).click();
  await expect(dialog(page)).toBeHidden();

  const row = rows(page).filter({ hasText: 'Kỹ năng số cơ bản cho Tổ CNSCĐ' });
  await expect(row.locator('td')).toHaveText([
    '10/04/2026',
    'Kỹ năng số cơ bản cho Tổ CNSCĐNguyễn Văn An, Trần Thị Bình',
    'Sở Khoa học và Công nghệ',
    'Trực tiếp',
    '3,5',
    '2',
    'SửaXóa',
  ]);
  await expect(page.getByText('1 lớp · 2 người đã được bồi dưỡng')).toBeVisible();
  await expectNoHorizontalScroll(page);
  await settled(page);
  await keepScreenshot(page, testInfo, 'trainings');
  await expectAccessible(page, 'trainings');

  // The person drawer lists what the person attended.
  await page.goto(`${preview.url}#/nguoi?id=${anId}`);
  await expect(drawer(page).locator('.person-trainings tr.ant-table-row')).toHaveText([
    /10\/04\/2026Kỹ năng số cơ bản cho Tổ CNSCĐSở Khoa học và Công nghệ3,5/u,
  ]);
  await settled(page);
  await keepScreenshot(page, testInfo, 'trainings-person');
  await expectAccessible(page, 'trainings-person');
  await page.keyboard.press('Escape');
  await expect(drawer(page)).toBeHidden();

  // The team panel: its members' trainings and how many are trained.
  await openSection(page, preview, 'to');
  await page.locator('.team-link', { hasText: 'An Hải' }).click();
  await page.getByRole('tab', { name: 'Bồi dưỡng (2/2)' }).click();
  await expect(page.getByTestId('team-trained')).toHaveText('2/2 thành viên đã được bồi dưỡng');
  await expect(page.locator('.team-trainings tr.ant-table-row td')).toHaveText([
    '10/04/2026',
    'Kỹ năng số cơ bản cho Tổ CNSCĐ',
    'Sở Khoa học và Công nghệ',
    'Nguyễn Văn An, Trần Thị Bình',
  ]);
  await settled(page);
  await keepScreenshot(page, testInfo, 'trainings-team');
  await expectAccessible(page, 'trainings-team');

  // Edit: online, another organiser, one attendee less.
  await openSection(page, preview, 'hoat-dong');
  await page.getByRole('tab', { name: 'Bồi dưỡng, tập huấn' }).click();
  await page.getByRole('button', { name: 'Sửa lớp Kỹ năng số cơ bản cho Tổ CNSCĐ' }).click();
  await expect(dialog(page).getByLabel('Đơn vị tổ chức')).toHaveValue('Sở Khoa học và Công nghệ');
  await dialog(page).getByLabel('Đơn vị tổ chức').fill('VNPT Quảng Ngãi');
  await dialog(page).getByLabel('Học trực tuyến').click();
  await dialog(page)
    .locator('.ant-select-selection-item', { hasText: 'Trần Thị Bình' })
    .locator('.ant-select-selection-item-remove')
    .click();
  await expect(dialog(page).locator('.ant-select-selection-item')).toHaveText(['Nguyễn Văn An']);
  await dialog(page).getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(row.locator('td')).toHaveText([
    '10/04/2026',
    'Kỹ năng số cơ bản cho Tổ CNSCĐNguyễn Văn An',
    'VNPT Quảng Ngãi',
    'Trực tuyến',
    '3,5',
    '1',
    'SửaXóa',
  ]);

  // Delete: it leaves the list and the person's screen.
  await page.getByRole('button', { name: 'Xóa lớp Kỹ năng số cơ bản cho Tổ CNSCĐ' }).click();
  await page.getByRole('button', { name: 'Xóa', exact: true }).click();
  await expect(page.getByText('Chưa có lớp bồi dưỡng, tập huấn nào.')).toBeVisible();
  await page.goto(`${preview.url}#/nguoi?id=${anId}`);
  await expect(drawer(page)).toContainText('Chưa dự lớp bồi dưỡng, tập huấn nào.');
});
