/** First start in the browser: the commune profile, its defaults, its checks. */
import { expect, expectAccessible, expectNoHorizontalScroll, keepScreenshot, test } from './fixtures';
import { fillCommuneSetup, submitCommuneSetup } from './app.steps';
import { choose, expectFieldError, fieldError, openSection, settled } from './web.helpers';

test('first start: choose the commune, defaults are filled in, save opens the main window', async ({
  page,
  preview,
}, testInfo) => {
  await page.goto(preview.url);
  await expect(page.getByRole('heading', { name: 'Thiết lập ban đầu' })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await settled(page);
  await keepScreenshot(page, testInfo, 'setup-empty');
  await expectAccessible(page, 'setup-empty');

  // Searching needs no diacritics; the defaults follow the commune (the same steps as the desktop spec).
  await fillCommuneSetup(page);
  await expectNoHorizontalScroll(page);
  await settled(page);
  await keepScreenshot(page, testInfo, 'setup-filled');
  await expectAccessible(page, 'setup-filled');

  await submitCommuneSetup(page);

  expect(await preview.call('getProfile')).toMatchObject({
    provinceCode: '51',
    provinceName: 'Tỉnh Quảng Ngãi',
    communeCode: '21109',
    communeName: 'Xã Đông Sơn',
    issuerName: 'ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN',
    placeName: 'Đông Sơn',
    chairman: { name: 'Trần Văn Thành', title: 'Chủ tịch' },
    viceChairmen: [{ name: 'Nguyễn Thị Mỹ Hạnh', title: 'Phó Chủ tịch' }],
    receivingLevel: 'Sở Khoa học và Công nghệ tỉnh Quảng Ngãi',
  });

  await page.reload();
  await expect(page.getByTestId('commune-name')).toHaveText('Xã Đông Sơn');
});

test('an empty chairman is refused next to its field and nothing is saved', async ({
  page,
  preview,
}, testInfo) => {
  await page.goto(preview.url);
  await choose(page, 'Tỉnh, thành phố', 'Quảng Ngãi', 'Tỉnh Quảng Ngãi');
  await choose(page, 'Xã, phường', '21109', 'Xã Đông Sơn');
  await page.getByRole('button', { name: 'Lưu và bắt đầu' }).click();

  await expectFieldError(page, 'Chủ tịch UBND', 'Họ và tên: chưa nhập. Hãy điền họ và tên.');
  await expect(page.getByLabel('Chủ tịch UBND')).toBeFocused();
  await expectNoHorizontalScroll(page);
  await settled(page);
  await keepScreenshot(page, testInfo, 'setup-invalid');
  await expectAccessible(page, 'setup-invalid');

  expect(await preview.call('getProfile')).toBeNull();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Thiết lập ban đầu' })).toBeVisible();

  // The message goes away as soon as the field is filled.
  await choose(page, 'Tỉnh, thành phố', 'Quảng Ngãi', 'Tỉnh Quảng Ngãi');
  await page.getByRole('button', { name: 'Lưu và bắt đầu' }).click();
  await expect(fieldError(page, 'Xã, phường')).toContainText('Chưa chọn xã, phường');
  await page.getByLabel('Chủ tịch UBND').fill('Trần Văn Thành');
  await expect(fieldError(page, 'Chủ tịch UBND')).toHaveCount(0);
});

test('a unit missing from the list can be typed in by hand, and Settings reopens it so', async ({
  page,
  preview,
}, testInfo) => {
  await page.goto(preview.url);
  await page.getByLabel('Đơn vị không có trong danh sách').check();
  await page.getByLabel('Tỉnh, thành phố', { exact: true }).fill('Tỉnh Quảng Ngãi');
  await page.getByLabel('Mã tỉnh').fill('5');
  await page.getByLabel('Xã, phường', { exact: true }).fill('Xã Bình Hiệp');
  await page.getByLabel('Mã xã').fill('21112');
  await expect(page.getByLabel('Tên cơ quan ban hành')).toHaveValue('ỦY BAN NHÂN DÂN XÃ BÌNH HIỆP');
  await expect(page.getByLabel('Địa danh ghi ngày tháng')).toHaveValue('Bình Hiệp');

  // A text the user typed is never overwritten by a suggestion.
  await page.getByLabel('Địa danh ghi ngày tháng').fill('Bình Hiệp (cũ)');
  await page.getByLabel('Chủ tịch UBND').fill('Võ Văn Hùng');
  await page.getByRole('button', { name: 'Lưu và bắt đầu' }).click();
  await expectFieldError(page, 'Mã tỉnh', 'Mã tỉnh gồm đúng 2 chữ số (ví dụ 51).');
  expect(await preview.call('getProfile')).toBeNull();

  // A unit of the list typed under another code is refused, naming the list's code.
  await page.getByLabel('Tỉnh, thành phố', { exact: true }).fill('Quảng Ngãi');
  await page.getByLabel('Mã tỉnh').fill('99');
  await page.getByLabel('Xã, phường', { exact: true }).fill('Đông Sơn');
  await page.getByLabel('Mã xã').fill('99999');
  await page.getByRole('button', { name: 'Lưu và bắt đầu' }).click();
  await expectFieldError(
    page,
    'Tỉnh, thành phố',
    'Tỉnh Quảng Ngãi có trong danh mục với mã 51, không phải mã 99. ' +
      'Hãy bỏ đánh dấu “Đơn vị không có trong danh sách” và chọn tỉnh trong danh sách.',
  );
  expect(await preview.call('getProfile')).toBeNull();

  await page.getByLabel('Tỉnh, thành phố', { exact: true }).fill('Tỉnh Quảng Ngãi');
  await page.getByLabel('Mã tỉnh').fill('51');
  await page.getByLabel('Xã, phường', { exact: true }).fill('Xã Bình Hiệp');
  await page.getByLabel('Mã xã').fill('21112');
  await page.getByRole('button', { name: 'Lưu và bắt đầu' }).click();
  await expect(page.getByTestId('commune-name')).toHaveText('Xã Bình Hiệp');
  expect(await preview.call('getProfile')).toMatchObject({
    provinceCode: '51',
    provinceName: 'Tỉnh Quảng Ngãi',
    communeCode: '21112',
    communeName: 'Xã Bình Hiệp',
    placeName: 'Bình Hiệp (cũ)',
    viceChairmen: [],
  });

  // Settings shows the profile as it was saved: typed by hand, names and codes as typed.
  await openSection(page, preview, 'cai-dat');
  await expect(page.getByLabel('Đơn vị không có trong danh sách')).toBeChecked();
  await expect(page.getByLabel('Tỉnh, thành phố', { exact: true })).toHaveValue('Tỉnh Quảng Ngãi');
  await expect(page.getByLabel('Mã tỉnh')).toHaveValue('51');
  await expect(page.getByLabel('Xã, phường', { exact: true })).toHaveValue('Xã Bình Hiệp');
  await expect(page.getByLabel('Mã xã')).toHaveValue('21112');
  await expect(page.getByLabel('Địa danh ghi ngày tháng')).toHaveValue('Bình Hiệp (cũ)');
  await settled(page);
  await keepScreenshot(page, testInfo, 'settings-manual-unit');
});
