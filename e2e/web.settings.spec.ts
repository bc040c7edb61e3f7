/** "Cài đặt": the profile edited with the same form as the setup, the update address, the facts. */
import { updateAddressMessages } from '../shared/contract/update-address';
import { expect, expectAccessible, expectNoHorizontalScroll, keepScreenshot, test } from './fixtures';
import { demoLikeProfile, expectFieldError, menu, openSection, settled } from './web.helpers';

test.beforeEach(async ({ preview }) => {
  await preview.call('setupProfile', demoLikeProfile);
});

test('a new chairman is saved and kept after a reload', async ({ page, preview }, testInfo) => {
  await openSection(page, preview, 'cai-dat');
  await expect(page.getByRole('heading', { name: 'Cài đặt', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Chủ tịch UBND')).toHaveValue('Trần Văn Thành');
  await expect(page.getByLabel('Tên cơ quan ban hành')).toHaveValue('ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN');
  await expect(page.getByText('0.0.0-e2e')).toBeVisible();
  await expect(page.getByText(preview.dbPath)).toBeVisible();
  await expectNoHorizontalScroll(page);
  await settled(page);
  await keepScreenshot(page, testInfo, 'settings');
  await expectAccessible(page, 'settings');

  await page.getByLabel('Chủ tịch UBND').fill('Lê Minh Quân');
  await page.getByLabel('Phó Chủ tịch 1', { exact: true }).fill('');
  await page.getByRole('button', { name: 'Lưu hồ sơ' }).click();
  await expectFieldError(page, 'Phó Chủ tịch 1', 'Họ và tên: chưa nhập. Hãy điền họ và tên.');
  await page.getByRole('button', { name: 'Bỏ Phó Chủ tịch 1' }).click();
  await page.getByRole('button', { name: 'Lưu hồ sơ' }).click();
  await expect(page.getByText('Đã lưu hồ sơ xã.')).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('Chủ tịch UBND')).toHaveValue('Lê Minh Quân');
  expect(await preview.call('getProfile')).toMatchObject({
    chairman: { name: 'Lê Minh Quân', title: 'Chủ tịch' },
    viceChairmen: [],
  });

  await menu(page).getByRole('link', { name: 'Tổng quan' }).click();
  await expect(page.getByText('Lê Minh Quân')).toBeVisible();
});

test('the update address: checked, saved, and empty means no check', async ({ page, preview }, testInfo) => {
  await openSection(page, preview, 'cai-dat');
  const address = page.getByLabel('Địa chỉ máy chủ cập nhật');
  await expect(address).toHaveValue('');
  await address.fill('ftp://capnhat.example.vn');
  await page.getByRole('button', { name: 'Lưu địa chỉ' }).click();
  await expectFieldError(page, 'Địa chỉ máy chủ cập nhật', updateAddressMessages.notHttps);
  // Plain http could be answered by any machine on the office network.
  await address.fill('http://capnhat.example.vn/to-cnscd');
  await page.getByRole('button', { name: 'Lưu địa chỉ' }).click();
  await expectFieldError(page, 'Địa chỉ máy chủ cập nhật', updateAddressMessages.plainHttp);
  await settled(page);
  await keepScreenshot(page, testInfo, 'settings-update-plain-http');
  await expectAccessible(page, 'settings-update-plain-http');
  expect(await preview.call('getSettings')).toEqual({ updateUrl: '', reportingPeriods: 'decree09' });
  await address.fill('https://capnhat.example.vn/to-cnscd');
  await page.getByRole('button', { name: 'Lưu địa chỉ' }).click();
  await expect(page.getByText('Đã lưu địa chỉ cập nhật.')).toBeVisible();
  expect(await preview.call('getSettings')).toEqual({
    updateUrl: 'https://capnhat.example.vn/to-cnscd',
    reportingPeriods: 'decree09',
  });

  await page.reload();
  await expect(page.getByLabel('Địa chỉ máy chủ cập nhật')).toHaveValue(
    'https://capnhat.example.vn/to-cnscd',
  );
  await page.getByLabel('Địa chỉ máy chủ cập nhật').fill('');
  await page.getByRole('button', { name: 'Lưu địa chỉ' }).click();
  await expect(page.getByText('Đã lưu: ứng dụng sẽ không tự kiểm tra cập nhật.')).toBeVisible();
  expect(await preview.call('getSettings')).toEqual({ updateUrl: '', reportingPeriods: 'decree09' });
});
