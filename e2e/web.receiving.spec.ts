/**
 * The receiving unit in the web preview: set up at first start as "Cơ quan nhận báo cáo" (name,
 * province, communes picked from the official list), then the completeness matrix with the
 * communes to call, and the list of communes with a commune typed by hand.
 */
import { expect, expectAccessible, keepScreenshot, test } from './fixtures';
import { choose, settled } from './web.helpers';

test('set up as a receiving unit, see the completeness matrix and the communes', async ({
  page,
  preview,
}, testInfo) => {
  await page.goto(preview.url);
  await page.locator('.ant-segmented-item', { hasText: 'Cơ quan nhận báo cáo' }).click();
  await page.getByLabel('Tên cơ quan').fill('Sở Khoa học và Công nghệ tỉnh Quảng Ngãi');
  await choose(page, 'Tỉnh, thành phố', 'Quảng Ngãi', 'Tỉnh Quảng Ngãi');
  await choose(page, 'Các xã, phường gửi báo cáo', 'Cẩm Thành', 'Phường Cẩm Thành');
  await choose(page, 'Các xã, phường gửi báo cáo', 'Nghĩa Lộ', 'Phường Nghĩa Lộ');
  await page.keyboard.press('Escape');
  await settled(page);
  await keepScreenshot(page, testInfo, 'receiving-setup');
  await page.getByRole('button', { name: 'Lưu và bắt đầu' }).click();

  await expect(page.getByRole('tab', { name: 'Theo dõi nhận báo cáo' })).toBeVisible();
  await page.getByLabel('Năm').fill('2025');
  await page.getByLabel('Năm').press('Enter');
  // 2025 is over and nothing was received: every month of both communes is missing.
  const row = page.locator('tr.ant-table-row', { hasText: 'Phường Cẩm Thành' });
  await expect(row.getByText('Chưa', { exact: true })).toHaveCount(12);
  await expect(page.getByRole('listitem').filter({ hasText: 'Phường Nghĩa Lộ' })).toContainText(
    'tháng 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12',
  );
  await settled(page);
  await keepScreenshot(page, testInfo, 'receiving-completeness');
  await expectAccessible(page, 'Cơ quan nhận báo cáo: theo dõi nhận báo cáo');

  await page.getByRole('tab', { name: 'Danh sách xã' }).click();
  await page.getByLabel('Mã xã').fill('99001');
  await page.getByLabel('Tên xã').fill('Xã Thử Nghiệm');
  await page.getByLabel('Liên hệ').fill('0912 345 678');
  await page.getByRole('button', { name: 'Thêm xã' }).click();
  const added = page
    .getByRole('tabpanel', { name: 'Danh sách xã' })
    .locator('tr.ant-table-row', { hasText: 'Xã Thử Nghiệm' });
  await expect(added).toContainText('chưa nhận gói nào');
  await expect(added).toContainText('0912 345 678');
  await settled(page);
  await keepScreenshot(page, testInfo, 'receiving-communes');
  await expectAccessible(page, 'Cơ quan nhận báo cáo: danh sách xã');
});
