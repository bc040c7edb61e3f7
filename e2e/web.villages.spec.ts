/** "Thôn, tổ dân phố" in the browser, on the real backend. */
import type { Page } from '@playwright/test';
import { expect, expectAccessible, expectNoHorizontalScroll, keepScreenshot, test } from './fixtures';
import { addVillageOnScreen } from './app.steps';
import { demoLikeProfile, expectFieldError, openSection, settled, expectVillageNames } from './web.helpers';

test.beforeEach(async ({ preview }) => {
  await preview.call('setupProfile', demoLikeProfile);
});

const dialog = (page: Page) => page.getByRole('dialog');

test('add, order, refuse a duplicate, rename, change kind and households, remove', async ({
  page,
  preview,
}, testInfo) => {
  await openSection(page, preview, 'thon');
  await expect(page.getByRole('heading', { name: 'Thôn, tổ dân phố', level: 1 })).toBeVisible();
  await expect(page.getByText('Chưa có thôn, tổ dân phố nào.')).toBeVisible();
  await settled(page);
  await keepScreenshot(page, testInfo, 'villages-empty');
  await expectAccessible(page, 'villages-empty');

  await addVillageOnScreen(page, 'Thôn 10', 120);
  await addVillageOnScreen(page, 'Thôn 2', 95);
  // Numbers inside names are compared as numbers.
  await expectVillageNames(page, ['Thôn 2', 'Thôn 10']);
  await expect(page.locator('.table-total td')).toHaveText(['Tổng cộng: 2 đơn vị', '2 thôn', '215', '']);

  // Same name (case and accents aside): the backend refuses, the message sits under the name.
  await page.getByRole('button', { name: 'Thêm thôn, tổ dân phố' }).click();
  await dialog(page).getByLabel('Tên thôn, tổ dân phố').fill('thôn 10');
  await dialog(page).getByLabel('Số hộ').fill('3');
  await dialog(page).getByRole('button', { name: 'Lưu', exact: true }).click();
  await expectFieldError(dialog(page), 'Tên thôn, tổ dân phố', 'Tên "Thôn 10" đã có trong danh sách.');
  await expect(dialog(page).getByRole('alert')).toContainText('Hãy đặt tên khác');
  await expectNoHorizontalScroll(page);
  await settled(page);
  await keepScreenshot(page, testInfo, 'villages-duplicate');
  await expectAccessible(page, 'villages-duplicate');
  await dialog(page).getByRole('button', { name: 'Hủy' }).click();
  await expect(dialog(page)).toBeHidden();

  // Client-side checks with the contract's schema, in Vietnamese, next to the field.
  await page.getByRole('button', { name: 'Thêm thôn, tổ dân phố' }).click();
  await dialog(page).getByRole('button', { name: 'Lưu', exact: true }).click();
  await expectFieldError(
    dialog(page),
    'Tên thôn, tổ dân phố',
    'Tên thôn, tổ dân phố: chưa nhập. Hãy điền tên thôn, tổ dân phố.',
  );
  await expectFieldError(dialog(page), 'Số hộ', 'Số hộ: chưa nhập. Hãy điền số hộ (điền 0 nếu chưa biết).');
  await dialog(page).getByLabel('Số hộ').fill('-4');
  await expectFieldError(dialog(page), 'Số hộ', 'Số hộ không được âm.');
  await settled(page);
  await keepScreenshot(page, testInfo, 'villages-invalid');
  await expectAccessible(page, 'villages-invalid');
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();

  // Rename: the kind follows a name that says it, the households are changed too.
  await page.getByRole('button', { name: 'Sửa Thôn 2' }).click();
  await expect(dialog(page).getByLabel('Tên thôn, tổ dân phố')).toHaveValue('Thôn 2');
  await dialog(page).getByLabel('Tên thôn, tổ dân phố').fill('Tổ dân phố 2');
  await expect(dialog(page).getByRole('radio', { name: 'Tổ dân phố' })).toBeChecked();
  await dialog(page).getByLabel('Số hộ').fill('1234');
  await dialog(page).getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(dialog(page)).toBeHidden();
  const renamed = page.locator('tr.ant-table-row', { hasText: 'Tổ dân phố 2' });
  await expect(renamed).toContainText('1.234');
  await expect(renamed.locator('td').nth(2)).toHaveText('Tổ dân phố');

  // The kind on its own.
  await page.getByRole('button', { name: 'Sửa Thôn 10' }).click();
  await dialog(page).getByText('Tổ dân phố', { exact: true }).click();
  await dialog(page).getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(page.locator('tr.ant-table-row', { hasText: 'Thôn 10' }).locator('td').nth(2)).toHaveText(
    'Tổ dân phố',
  );
  await expectVillageNames(page, ['Thôn 10', 'Tổ dân phố 2']);
  await expect(page.locator('.table-total td').nth(1)).toHaveText('2 tổ dân phố');
  await expect(page.locator('.table-total')).toContainText('1.354');
  await expectNoHorizontalScroll(page);
  await settled(page);
  await keepScreenshot(page, testInfo, 'villages-list');
  await expectAccessible(page, 'villages-list');

  // Remove, after confirmation.
  await page.getByRole('button', { name: 'Xóa Tổ dân phố 2' }).click();
  await expect(page.locator('.ant-popconfirm')).toContainText('Xóa Tổ dân phố 2?');
  await settled(page);
  await keepScreenshot(page, testInfo, 'villages-remove-confirm');
  await expectAccessible(page, 'villages-remove-confirm');
  await page.locator('.ant-popconfirm').getByRole('button', { name: 'Xóa', exact: true }).click();
  await expect(page.locator('tr.ant-table-row', { hasText: 'Tổ dân phố 2' })).toHaveCount(0);
  await expectVillageNames(page, ['Thôn 10']);

  const stored = (await preview.call('listVillages')) as { name: string; kind: string; households: number }[];
  expect(stored.map(({ name, kind, households }) => ({ name, kind, households }))).toEqual([
    { name: 'Thôn 10', kind: 'to_dan_pho', households: 120 },
  ]);

  // After a reload the list is the same.
  await page.reload();
  await expect(page.locator('tr.ant-table-row')).toHaveCount(1);
  await expectVillageNames(page, ['Thôn 10']);
});

test('the name sets the kind only until the officer chooses it', async ({ page, preview }, testInfo) => {
  await openSection(page, preview, 'thon');
  await expect(page.getByText('Chưa có thôn, tổ dân phố nào.')).toBeVisible();
  await page.getByRole('button', { name: 'Thêm thôn, tổ dân phố' }).click();
  const name = dialog(page).getByLabel('Tên thôn, tổ dân phố');
  const thon = dialog(page).getByRole('radio', { name: 'Thôn' });
  const toDanPho = dialog(page).getByRole('radio', { name: 'Tổ dân phố' });
  await expect(name).toBeFocused();
  await page.keyboard.type('Tổ dân phố Bắc');
  await expect(toDanPho).toBeChecked();

  // The officer says otherwise with the arrow key: the kind is now the officer's.
  await toDanPho.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(thon).toBeChecked();
  await name.focus();
  await page.keyboard.press('End');
  await page.keyboard.type(' Sơn');
  await expect(name).toHaveValue('Tổ dân phố Bắc Sơn');
  await expect(thon).toBeChecked();
  await name.fill('Tổ dân phố 7');
  await expect(thon).toBeChecked();
  await settled(page);
  await keepScreenshot(page, testInfo, 'villages-kind-chosen');

  await dialog(page).getByLabel('Số hộ').fill('40');
  await dialog(page).getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(page.locator('tr.ant-table-row', { hasText: 'Tổ dân phố 7' }).locator('td').nth(2)).toHaveText(
    'Thôn',
  );
  const stored = (await preview.call('listVillages')) as { name: string; kind: string }[];
  expect(stored.map(({ name: n, kind }) => ({ name: n, kind }))).toEqual([
    { name: 'Tổ dân phố 7', kind: 'thon' },
  ]);
});

test('keyboard only: reach the menu and add a village with Tab and Enter', async ({ page, preview }) => {
  await openSection(page, preview, 'tong-quan');

  /** Presses Tab until the focused element's text is `text`. */
  async function tabTo(text: string): Promise<void> {
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
      if (focused === text) return;
    }
    throw new Error(`Không đến được "${text}" bằng phím Tab.`);
  }

  await tabTo('Thôn, tổ dân phố');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Thôn, tổ dân phố', level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/#\/thon$/u);

  await tabTo('Thêm thôn, tổ dân phố');
  await page.keyboard.press('Enter');
  await expect(dialog(page).getByLabel('Tên thôn, tổ dân phố')).toBeFocused();
  await page.keyboard.type('Thôn An Bình');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(dialog(page).getByLabel('Số hộ')).toBeFocused();
  await page.keyboard.type('250');
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toBeHidden();
  await expect(page.locator('tr.ant-table-row', { hasText: 'Thôn An Bình' })).toContainText('250');

  // "Lưu và thêm tiếp" keeps the window open for the next one.
  await page.getByRole('button', { name: 'Thêm thôn, tổ dân phố' }).click();
  await expect(dialog(page).getByLabel('Tên thôn, tổ dân phố')).toBeFocused();
  await page.keyboard.type('Tổ dân phố 1');
  await dialog(page).getByLabel('Số hộ').fill('80');
  await dialog(page).getByRole('button', { name: 'Lưu và thêm tiếp' }).click();
  await expect(dialog(page).getByLabel('Tên thôn, tổ dân phố')).toHaveValue('');
  await expect(dialog(page).getByLabel('Tên thôn, tổ dân phố')).toBeFocused();
  await page.keyboard.press('Escape');
  await expectVillageNames(page, ['Thôn An Bình', 'Tổ dân phố 1']);
});

test('a village that a team still belongs to is not removed, and the backend says why', async ({
  page,
  preview,
}, testInfo) => {
  const village = (await preview.call('createVillage', {
    name: 'Thôn An Hải',
    kind: 'thon',
    households: 412,
  })) as {
    id: string;
  };
  await preview.call('createTeam', { level: 'village', name: 'Tổ CNSCĐ thôn An Hải', villageId: village.id });
  await openSection(page, preview, 'thon');

  await page.getByRole('button', { name: 'Xóa Thôn An Hải' }).click();
  await expect(page.locator('.ant-popconfirm')).toContainText('Xóa Thôn An Hải?');
  await page.locator('.ant-popconfirm').getByRole('button', { name: 'Xóa', exact: true }).click();

  const refusal = page.getByRole('dialog').filter({ hasText: 'Không xóa được' });
  await expect(refusal).toContainText('Không xóa được "Thôn An Hải" vì còn 1 Tổ CNSCĐ của đơn vị này');
  await expectNoHorizontalScroll(page);
  await settled(page);
  await keepScreenshot(page, testInfo, 'villages-remove-refused');
  await expectAccessible(page, 'villages-remove-refused');
  await refusal.getByRole('button', { name: 'Đóng' }).click();
  await expectVillageNames(page, ['Thôn An Hải']);
});
