/**
 * Entry forms completed with the keyboard alone (issue 7, item 11): Tab, typing, Enter and the
 * arrows; no mouse on the form. Each story asserts what was saved, read back through the contract.
 */
import type { Person, TeamDetail, Village } from '../shared/contract/types';
import { todayIso } from '../shared/vi/dates';
import { expect, keepScreenshot, test } from './fixtures';
import { settled } from './web.helpers';
import { tabTo } from './web.keyboard.helpers';
import { addPerson, addTeam, addVillage, dialogTitled, setUpCommune } from './web.register.helpers';

test('"Thêm thành viên": type a name and Enter, "Lưu và thêm tiếp", the next name at once', async ({
  page,
  preview: app,
}, testInfo) => {
  await setUpCommune(app);
  const village = (await addVillage(app, 'Thôn An Hải', 120)) as Village;
  const team = await addTeam(app, { level: 'village', name: 'Tổ CNSCĐ thôn An Hải', villageId: village.id });
  const binh = (await addPerson(app, { fullName: 'Nguyễn Văn Bình', villageId: village.id })) as Person;
  const hoa = (await addPerson(app, { fullName: 'Lê Thị Hoa', villageId: village.id })) as Person;
  await addPerson(app, { fullName: 'Trần Văn Nam', villageId: village.id });

  await page.goto(`${app.url}#/to?id=${team.id}`);
  const open = page.getByRole('button', { name: 'Thêm thành viên' });
  await expect(open).toBeEnabled();
  await open.focus();
  await page.keyboard.press('Enter');
  const dialog = dialogTitled(page, 'Thêm thành viên');
  const picker = dialog.getByRole('combobox', { name: 'Người' });
  await expect(picker).toBeFocused();

  // Three times in a row, as the officer does it: a name without diacritics, Enter, save-and-next.
  await page.keyboard.type('binh');
  await page.keyboard.press('Enter');
  await expect(dialog.locator('.ant-select-content, .ant-select-selection-item').first()).toContainText(
    'Nguyễn Văn Bình',
  );
  await tabTo(page, 'Lưu và thêm tiếp');
  await page.keyboard.press('Enter');
  await expect(page.locator('.ant-message')).toContainText('Đã thêm Nguyễn Văn Bình');
  await expect(picker).toBeFocused();

  await page.keyboard.type('le thi hoa');
  await page.keyboard.press('Enter');
  await expect(dialog.locator('.ant-select-content, .ant-select-selection-item').first()).toContainText(
    'Lê Thị Hoa',
  );
  // The role with the arrows: from the proposed one to the next.
  await tabTo(page, 'Thêm người mới');
  await page.keyboard.press('Tab');
  const checked = dialog.getByRole('radio', { checked: true });
  await expect(checked).toBeFocused();
  const proposed = await checked.getAttribute('value');
  await page.keyboard.press('ArrowRight');
  const chosen = await dialog.getByRole('radio', { checked: true }).getAttribute('value');
  expect(chosen).not.toBe(proposed);
  await tabTo(page, 'Lưu và thêm tiếp');
  await page.keyboard.press('Enter');
  await expect(page.locator('.ant-message')).toContainText('Đã thêm Lê Thị Hoa');
  await expect(picker).toBeFocused();

  await page.keyboard.type('tran van nam');
  await page.keyboard.press('Enter');
  await expect(dialog.locator('.ant-select-content, .ant-select-selection-item').first()).toContainText(
    'Trần Văn Nam',
  );
  await settled(page);
  await keepScreenshot(page, testInfo, 'keyboard-add-member');
  await tabTo(page, 'Thêm vào Tổ');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();

  const saved = (await app.call('getTeam', { id: team.id })) as TeamDetail;
  const byName = new Map(saved.members.map((m) => [m.fullName, m]));
  expect([...byName.keys()].sort()).toEqual(['Lê Thị Hoa', 'Nguyễn Văn Bình', 'Trần Văn Nam']);
  expect(byName.get('Nguyễn Văn Bình')?.personId).toBe(binh.id);
  expect(byName.get('Lê Thị Hoa')?.personId).toBe(hoa.id);
  expect(byName.get('Lê Thị Hoa')?.role).toBe(chosen);
  expect(saved.members.every((m) => m.startDate === todayIso())).toBe(true);
});

test('"Thêm thôn, tổ dân phố": name, kind, households and Enter, then the next one at once', async ({
  page,
  preview: app,
}, testInfo) => {
  await setUpCommune(app);
  await page.goto(`${app.url}#/thon`);
  const open = page.getByRole('button', { name: 'Thêm thôn, tổ dân phố' });
  await expect(open).toBeEnabled();
  await open.focus();
  await page.keyboard.press('Enter');
  const dialog = dialogTitled(page, 'Thêm thôn, tổ dân phố');
  const name = dialog.getByLabel('Tên thôn, tổ dân phố');
  await expect(name).toBeFocused();
  await page.keyboard.type('Thôn An Hải');
  await tabTo(page, 'Thôn');
  await page.keyboard.press('Tab');
  await page.keyboard.type('412');
  await tabTo(page, 'Lưu và thêm tiếp');
  await page.keyboard.press('Enter');
  await expect(page.locator('.ant-message')).toContainText('Đã thêm');
  await expect(name).toBeFocused();
  await expect(name).toHaveValue('');
  await page.keyboard.type('Thôn Phú Lộc');
  await tabTo(page, 'Thôn');
  await page.keyboard.press('Tab');
  await page.keyboard.type('230');
  await settled(page);
  await keepScreenshot(page, testInfo, 'keyboard-village');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  const villages = (await app.call('listVillages')) as Village[];
  expect(villages.map((v) => [v.name, v.kind, v.households]).sort()).toEqual([
    ['Thôn An Hải', 'thon', 412],
    ['Thôn Phú Lộc', 'thon', 230],
  ]);
});

test('"Thêm người": every field by Tab, the village chosen by typing and Enter, saved with Enter', async ({
  page,
  preview: app,
}, testInfo) => {
  await setUpCommune(app);
  const village = (await addVillage(app, 'Thôn An Hải', 120)) as Village;
  await page.goto(`${app.url}#/nguoi`);
  const open = page.getByRole('button', { name: /(^| )Thêm người$/u });
  await expect(open).toBeEnabled();
  await open.focus();
  await page.keyboard.press('Enter');
  const dialog = dialogTitled(page, 'Thêm người');
  await expect(dialog.getByLabel('Họ và tên')).toBeFocused();
  await page.keyboard.type('Nguyễn Thị Huệ');
  await page.keyboard.press('Tab'); // gender: the arrows choose
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Năm sinh')).toBeFocused();
  await page.keyboard.type('1994');
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Số điện thoại (Zalo)')).toBeFocused();
  await page.keyboard.type('0912 345 678');
  await page.keyboard.press('Tab');
  const villageBox = dialog.getByRole('combobox', { name: 'Thôn, tổ dân phố' });
  await expect(villageBox).toBeFocused();
  await page.keyboard.type('an hai');
  await page.keyboard.press('Enter');
  await expect(dialog.locator('.ant-select').filter({ hasText: 'Thôn An Hải' })).toHaveCount(1);
  // The pick closes the list, as the officer sees, before the next Tab (a Tab into a list that is
  // still open picks again and stays in the box).
  await expect(villageBox).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Chức vụ, đơn vị công tác')).toBeFocused();
  await page.keyboard.type('Chi hội trưởng Hội Phụ nữ');
  await settled(page);
  await keepScreenshot(page, testInfo, 'keyboard-person');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  const people = (await app.call('listPeople', {})) as Person[];
  expect(people).toHaveLength(1);
  expect(people[0]).toMatchObject({
    fullName: 'Nguyễn Thị Huệ',
    birthYear: 1994,
    phone: '0912345678',
    villageId: village.id,
    position: 'Chi hội trưởng Hội Phụ nữ',
  });
  expect(people[0]?.gender).not.toBeNull();
});
