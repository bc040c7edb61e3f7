/**
 * The receiving unit's watched folder in the web preview (issue 10, item 3): the folder typed in
 * Thông tin cơ quan (the preview has no folder dialog), a folder that is gone shown as a notice, a
 * real bundle of the demo commune dropped there and found by "Quét lại", the notice's button
 * running exactly that file's dry run, the import, and the folder then having nothing new.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { WatchFolderScan } from '../shared/contract/watch-types';
import { DEMO_YEAR } from '../electron/backend/demo/demo-monthly';
import { expect, expectAccessible, expectNoHorizontalScroll, keepScreenshot, test } from './fixtures';
import { settled } from './web.helpers';
import { demoBundles } from './web.receiving.helpers';

test.beforeEach(async ({ preview }) => {
  await preview.call('setupReceivingUnit', {
    name: 'Sở Khoa học và Công nghệ tỉnh Quảng Ngãi',
    provinceCode: '51',
    communes: [{ code: '21109', name: 'Xã Đông Sơn' }],
  });
});

test('a watched folder: set, a missing folder noticed, a dropped bundle found by rescan and imported', async ({
  page,
  preview,
}, testInfo) => {
  const watched = path.join(preview.dir, 'OneDrive', 'Goi so lieu');
  fs.mkdirSync(watched, { recursive: true });
  await page.goto(preview.url);
  await page.getByRole('tab', { name: 'Thông tin cơ quan' }).click();
  const settings = page.getByRole('tabpanel', { name: 'Thông tin cơ quan' });

  // A folder that does not exist is refused under its field; nothing saved.
  const field = settings.getByLabel('Thư mục theo dõi', { exact: true });
  await field.fill(path.join(preview.dir, 'khong-co'));
  await settings.getByRole('button', { name: 'Lưu thư mục theo dõi' }).click();
  await expect(settings.getByText(/Thư mục theo dõi: không tìm thấy thư mục này trên máy/u)).toBeVisible();
  expect(((await preview.call('scanWatchFolder')) as WatchFolderScan).folder).toBe('');

  await field.fill(watched);
  await settings.getByRole('button', { name: 'Lưu thư mục theo dõi' }).click();
  await expect(page.getByText('Đã lưu thư mục theo dõi.')).toBeVisible();
  expect(((await preview.call('scanWatchFolder')) as WatchFolderScan).folder).toBe(watched);
  await settled(page);
  await keepScreenshot(page, testInfo, 'receiving-watch-settings');
  await expectAccessible(page, 'Cơ quan nhận báo cáo: thư mục theo dõi');

  // Empty for now; then the synced folder goes away (a share not connected): a notice, no failure.
  await page.getByRole('tab', { name: 'Nhập gói dữ liệu' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Nhập gói dữ liệu' });
  await expect(panel.getByText(`Thư mục theo dõi «${watched}»: không có tệp mới.`)).toBeVisible();
  fs.renameSync(watched, `${watched}-tam`);
  await panel.getByRole('button', { name: 'Quét lại' }).click();
  await expect(panel.getByRole('alert')).toContainText(`Không tìm thấy thư mục theo dõi «${watched}»`);
  fs.renameSync(`${watched}-tam`, watched);

  // The office's cloud drive brings a commune's bundle, and a file that is not one.
  const [bundle] = await demoBundles([`${DEMO_YEAR}-11`]);
  if (bundle === undefined) throw new Error('no demo bundle');
  fs.writeFileSync(path.join(watched, bundle.fileName), Buffer.from(bundle.base64, 'base64'));
  fs.writeFileSync(path.join(watched, 'ghi-chu.txt'), 'không phải gói');
  await panel.getByRole('button', { name: 'Quét lại' }).click();
  const news = panel.getByRole('status').filter({ hasText: 'Có 1 tệp mới trong thư mục theo dõi' });
  await expect(news).toContainText(bundle.fileName);
  await expect(page.getByRole('tab', { name: /Nhập gói dữ liệu/u })).toContainText('1');
  await settled(page);
  await keepScreenshot(page, testInfo, 'receiving-watch-new-file');
  await expectAccessible(page, 'Cơ quan nhận báo cáo: tệp mới trong thư mục theo dõi');

  await news.getByRole('button', { name: 'Chạy thử các tệp này' }).click();
  await expect(panel.getByText('Chạy thử (chưa ghi gì):')).toBeVisible();
  await expect(panel.getByText('Đã chọn 1 tệp mới trong thư mục theo dõi.')).toBeVisible();
  const line = panel.locator('tr.ant-table-row', { hasText: bundle.fileName });
  await expect(line).toContainText('Nhập mới');
  await expect(line).toContainText('Xã Đông Sơn');
  expect(((await preview.call('scanWatchFolder')) as WatchFolderScan).files).toHaveLength(1);
  await settled(page);
  await keepScreenshot(page, testInfo, 'receiving-watch-dry-run');
  await expectNoHorizontalScroll(page);

  await panel.getByRole('button', { name: 'Nhập các gói' }).click();
  await expect(panel.getByText('Kết quả nhập:')).toBeVisible();
  await expect(line).toContainText('Nhập mới');
  // Received now: the rescan that follows the import offers it no more.
  await expect(panel.getByText(`Thư mục theo dõi «${watched}»: không có tệp mới.`)).toBeVisible();
  expect(await preview.call('scanWatchFolder')).toMatchObject({ files: [], alreadyReceived: 1 });
  await settled(page);
  await keepScreenshot(page, testInfo, 'receiving-watch-imported');
});
