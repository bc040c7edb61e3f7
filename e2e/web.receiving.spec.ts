/**
 * The receiving unit in the web preview: set up at first start as "Cơ quan nhận báo cáo" (name,
 * province, communes picked from the official list), then the completeness matrix with the
 * communes to call, the list of communes with a commune typed by hand, a real bundle of the demo
 * commune (exported by a commune's backend) imported, and its aggregate in "Tổng hợp".
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ReceivedAggregate } from '../shared/contract/report-types';
import { formatCount } from '../shared/vi/numbers';
import { DEMO_YEAR } from '../electron/backend/demo/demo-monthly';
import { expect, expectAccessible, expectNoHorizontalScroll, keepScreenshot, test } from './fixtures';
import { choose, pick, settled } from './web.helpers';
import { demoBundleThenNewKey } from './web.receiving.helpers';

const november = `${DEMO_YEAR}-11`;

/**
 * The demo commune's November bundle, written into `dir`; then the same commune's second bundle
 * of November, signed with the new key it made (written into `dir`/new-key).
 */
async function demoBundleFiles(dir: string): Promise<[string, string]> {
  const [first, renewed] = await demoBundleThenNewKey(november);
  const write = (into: string, bundle: { fileName: string; base64: string }) => {
    fs.mkdirSync(into, { recursive: true });
    const file = path.join(into, bundle.fileName);
    fs.writeFileSync(file, Buffer.from(bundle.base64, 'base64'));
    return file;
  };
  return [write(dir, first), write(path.join(dir, 'new-key'), renewed)];
}

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

  // The demo commune on the list, its November bundle imported (dry run first).
  await page.getByLabel('Mã xã').fill('21109');
  await page.getByLabel('Tên xã').fill('Xã Đông Sơn');
  await page.getByLabel('Liên hệ').fill('0905 111 222');
  await page.getByRole('button', { name: 'Thêm xã' }).click();
  await expect(
    page
      .getByRole('tabpanel', { name: 'Danh sách xã' })
      .locator('tr.ant-table-row', { hasText: '0905 111 222' }),
  ).toBeVisible();
  await page.getByRole('tab', { name: 'Nhập gói dữ liệu' }).click();
  const [firstBundle, newKeyBundle] = await demoBundleFiles(preview.dir);
  await page.locator('input[type=file]').setInputFiles(firstBundle);
  await expect(page.getByText('Đã chọn 1 tệp.')).toBeVisible();
  await page.getByRole('button', { name: 'Chạy thử' }).click();
  await expect(page.getByText('Chạy thử (chưa ghi gì):')).toBeVisible();
  // A first key: nothing to confirm on its line.
  await expect(page.getByRole('checkbox', { name: /Xác nhận khóa mới/u })).toHaveCount(0);
  await page.getByRole('button', { name: 'Nhập các gói' }).click();
  await expect(page.getByText('Kết quả nhập:')).toBeVisible();
  const importPanel = page.getByRole('tabpanel', { name: 'Nhập gói dữ liệu' });
  await expect(importPanel.getByText('Nhập mới')).toBeVisible();

  // The commune made a new key: the dry run shows the change on its line, with a tick for it alone.
  await page.locator('input[type=file]').setInputFiles(newKeyBundle);
  await page.getByRole('button', { name: 'Chạy thử' }).click();
  await expect(page.getByText('Chạy thử (chưa ghi gì):')).toBeVisible();
  const changed = importPanel.locator('tr.ant-table-row');
  await expect(changed).toContainText('khóa khác với khóa đã ghi nhận');
  const confirmKey = page.getByRole('checkbox', { name: /Xác nhận khóa mới của Xã Đông Sơn/u });
  await settled(page);
  await keepScreenshot(page, testInfo, 'receiving-key-change');
  await confirmKey.check();
  await page.getByRole('button', { name: 'Nhập các gói' }).click();
  await expect(page.getByText('Kết quả nhập:')).toBeVisible();
  await expect(changed).toContainText('đổi khóa:');
  await expect(changed).not.toContainText('Từ chối');

  // Tổng hợp: November, the figures the backend computes, the commune's teams in a drawer.
  await page.getByRole('tab', { name: 'Tổng hợp' }).click();
  await pick(page, 'Năm', `Năm ${DEMO_YEAR}`);
  await pick(page, 'Tháng', 'Tháng 11');
  const expected = (await preview.call('getAggregateData', { period: november })) as ReceivedAggregate;
  expect(expected.activities.total).toBeGreaterThan(0);
  const panel = page.getByRole('tabpanel', { name: 'Tổng hợp' });
  await expect(panel.getByTestId('report-activities')).toHaveText(formatCount(expected.activities.total));
  const communes = panel.getByTestId('aggregate-communes');
  const sent = expected.communes.find((c) => c.received);
  expect(sent?.communeCode).toBe('21109');
  await expect(communes.locator('tr.ant-table-row', { hasText: sent!.communeName })).toContainText('Đã gửi');
  await expect(communes.locator('tr.ant-table-row', { hasText: 'Phường Cẩm Thành' })).toContainText(
    'Chưa gửi',
  );
  await expectNoHorizontalScroll(page);
  await settled(page);
  await keepScreenshot(page, testInfo, 'receiving-aggregate');
  await expectAccessible(page, 'Cơ quan nhận báo cáo: tổng hợp');

  await communes.locator('tr.ant-table-row', { hasText: sent!.communeName }).click();
  const teams = page.getByTestId('aggregate-commune-teams');
  await expect(teams.locator('tr.ant-table-row')).toHaveCount(expected.communeTeams['21109']?.length ?? -1);
  await settled(page);
  await keepScreenshot(page, testInfo, 'receiving-aggregate-drawer');
  await page.keyboard.press('Escape');

  // The period's figures as .xlsx (the aggregated report itself is drafted and numbered in the
  // unit's register: web.receiving-report.spec.ts).
  const got = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Tải biểu số liệu (.xlsx)' }).click();
  const xlsx = await got;
  expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/u);
  expect(fs.statSync(await xlsx.path()).size).toBeGreaterThan(0);
});
