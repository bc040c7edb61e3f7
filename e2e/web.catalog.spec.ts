/** The catalog of indicators and platforms in "Cài đặt": add, rename, retire; a used one is not removed. */
import type { Page } from '@playwright/test';
import { expect, expectAccessible, expectNoHorizontalScroll, keepScreenshot, test } from './fixtures';
import { expectFieldError, openSection, settled } from './web.helpers';
import { addTeam, addVillage, setUpCommune } from './web.register.helpers';

const dialog = (page: Page) => page.getByRole('dialog');
const pillar = (page: Page, name: string) => page.getByRole('region', { name });
const row = (page: Page, code: string) => page.locator('tr.ant-table-row', { hasText: code });

test.beforeEach(async ({ preview }) => {
  await setUpCommune(preview);
  // One activity with a result for vneid_activated: that indicator can no longer be removed.
  const village = await addVillage(preview, 'Thôn An Hải', 300);
  const team = (await addTeam(preview, {
    level: 'village',
    name: 'Tổ CNSCĐ thôn An Hải',
    villageId: village.id,
  })) as {
    id: string;
  };
  await preview.call('addActivity', {
    teamId: team.id,
    date: '2026-05-04',
    kind: 'guidance',
    results: [{ indicator: 'vneid_activated', value: 12 }],
    confirmOutsideTeamLife: true,
  });
});

test('add, rename and retire an indicator; one with results is not removed', async ({
  page,
  preview,
}, testInfo) => {
  await openSection(page, preview, 'cai-dat');
  await expect(row(page, 'vneid_activated')).toBeVisible();

  // Add: the code is checked by the contract's rule before anything is sent.
  await page.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
  await dialog(page).getByLabel('Mã chỉ tiêu').fill('Điểm Wifi');
  await dialog(page).getByLabel('Tên chỉ tiêu').fill('Điểm wifi công cộng miễn phí');
  await dialog(page).getByLabel('Đơn vị tính').fill('điểm');
  await dialog(page).getByRole('button', { name: 'Thêm' }).click();
  await expectFieldError(
    dialog(page),
    'Mã chỉ tiêu',
    'Mã chỉ gồm chữ thường tiếng Anh không dấu, chữ số và dấu gạch dưới, ví dụ vneid_activated.',
  );
  await dialog(page).getByLabel('Mã chỉ tiêu').fill('wifi_points');
  await dialog(page).getByLabel('Trụ cột').click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Xã hội số' })
    .click();
  await settled(page);
  await keepScreenshot(page, testInfo, 'catalog-add');
  await expectAccessible(page, 'catalog-add');
  await dialog(page).getByRole('button', { name: 'Thêm' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(
    pillar(page, 'Xã hội số').locator('tr.ant-table-row', { hasText: 'wifi_points' }),
  ).toContainText('Điểm wifi công cộng miễn phí');

  // The same code again is refused by the backend, next to the field.
  await page.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
  await dialog(page).getByLabel('Mã chỉ tiêu').fill('wifi_points');
  await dialog(page).getByLabel('Tên chỉ tiêu').fill('Trùng mã');
  await dialog(page).getByLabel('Đơn vị tính').fill('điểm');
  await dialog(page).getByRole('button', { name: 'Thêm' }).click();
  await expect(dialog(page).getByRole('alert')).toContainText('Mã "wifi_points" đã dùng cho chỉ tiêu');
  await dialog(page).getByRole('button', { name: 'Hủy' }).click();
  await expect(dialog(page)).toBeHidden();

  // Rename.
  await page.getByRole('button', { name: 'Đổi tên Điểm wifi công cộng miễn phí' }).click();
  await expect(dialog(page).getByLabel('Tên chỉ tiêu')).toHaveValue('Điểm wifi công cộng miễn phí');
  await dialog(page).getByLabel('Tên chỉ tiêu').fill('Điểm wifi công cộng');
  await dialog(page).getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(row(page, 'wifi_points')).toContainText('Điểm wifi công cộng');
  await expect(row(page, 'wifi_points')).not.toContainText('miễn phí');

  // Retire, then the row says so; it comes back with "Dùng lại".
  await page.getByRole('button', { name: 'Ngừng sử dụng Điểm wifi công cộng' }).click();
  await expect(row(page, 'wifi_points')).toContainText('Ngừng sử dụng');
  await expect(page.getByRole('button', { name: 'Dùng lại Điểm wifi công cộng' })).toBeVisible();

  // An indicator with results: the backend refuses and says what to do instead.
  const vneid = row(page, 'vneid_activated');
  await vneid.getByRole('button', { name: /^Xóa / }).click();
  await page.getByRole('button', { name: 'Xóa', exact: true }).click();
  const refusal = page.getByRole('dialog').filter({ hasText: 'Không xóa được chỉ tiêu' });
  await expect(refusal).toContainText('đã có kết quả hoặc chỉ tiêu giao nên không xóa được');
  await expect(refusal).toContainText('hãy cho ngừng sử dụng');
  await expectNoHorizontalScroll(page);
  await settled(page);
  await keepScreenshot(page, testInfo, 'catalog-refused');
  await expectAccessible(page, 'catalog-refused');
  await refusal.getByRole('button', { name: 'Đóng' }).click();
  await expect(vneid).toBeVisible();

  // One added by mistake, without results, is removed.
  await row(page, 'wifi_points').getByRole('button', { name: /^Xóa / }).click();
  await page.getByRole('button', { name: 'Xóa', exact: true }).click();
  await expect(row(page, 'wifi_points')).toHaveCount(0);
  const catalog = (await preview.call('listCatalog', { includeRetired: true })) as {
    indicators: { code: string }[];
  };
  expect(catalog.indicators.map((i) => i.code)).not.toContain('wifi_points');
  await expect(page.locator('.ant-message-notice')).toHaveCount(0);
  await settled(page);
  await keepScreenshot(page, testInfo, 'catalog');
  await expectAccessible(page, 'catalog');
});

test('rename and retire a platform: its code stays, new activities no longer offer it', async ({
  page,
  preview,
}, testInfo) => {
  await openSection(page, preview, 'cai-dat');
  const platforms = page.getByRole('region', { name: 'Nền tảng số' });
  const platformRow = (code: string) => platforms.locator('tr.ant-table-row', { hasText: code });
  await expect(platformRow('land_information')).toContainText('Đang dùng');

  await platformRow('land_information')
    .getByRole('button', { name: /^Đổi tên / })
    .click();
  await expect(dialog(page).getByLabel('Mã nền tảng')).toBeDisabled();
  await expect(dialog(page).getByLabel('Tên nền tảng')).toBeFocused();
  await dialog(page).getByLabel('Tên nền tảng').fill('Cổng thông tin đất đai của tỉnh');
  await dialog(page).getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(platformRow('land_information')).toContainText('Cổng thông tin đất đai của tỉnh');

  await page.getByRole('button', { name: 'Ngừng sử dụng Cổng thông tin đất đai của tỉnh' }).click();
  await expect(platformRow('land_information')).toContainText('Ngừng sử dụng');
  const catalog = (await preview.call('listCatalog', {})) as { platforms: { code: string }[] };
  expect(catalog.platforms.map((p) => p.code)).not.toContain('land_information');
  await settled(page);
  await keepScreenshot(page, testInfo, 'catalog-platforms');
  await expectAccessible(page, 'catalog-platforms');

  // The activity form offers the platforms in use only.
  await openSection(page, preview, 'hoat-dong');
  await page.getByRole('button', { name: /Ghi hoạt động/ }).click();
  await dialog(page).getByLabel('Nền tảng').click();
  const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
  await expect(options.filter({ hasText: 'VNeID' }).first()).toBeVisible();
  await expect(options.filter({ hasText: 'Cổng thông tin đất đai' })).toHaveCount(0);
});
