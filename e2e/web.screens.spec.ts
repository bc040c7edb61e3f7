/** Every screen of the main window with the demo commune, at 1366×768, without horizontal scroll. */
import { expect, expectNoHorizontalScroll, keepScreenshot, test } from './fixtures';
import { menu, settled } from './web.helpers';

const sections = [
  { hash: 'tong-quan', title: 'Tổng quan', shot: 'overview' },
  { hash: 'thon', title: 'Thôn, tổ dân phố', shot: 'villages' },
  { hash: 'nguoi', title: 'Người', shot: 'people' },
  { hash: 'to', title: 'Tổ CNSCĐ', shot: 'teams' },
  { hash: 'van-ban', title: 'Văn bản', shot: 'documents' },
  { hash: 'hoat-dong', title: 'Hoạt động', shot: 'activities' },
  { hash: 'bao-cao', title: 'Báo cáo', shot: 'reports' },
  { hash: 'cai-dat', title: 'Cài đặt', shot: 'settings-demo' },
];

test('the demo commune, then every section through the menu', async ({ page, preview }, testInfo) => {
  await page.goto(preview.url);
  await page.getByRole('button', { name: 'Dùng dữ liệu mẫu (xã Đông Sơn)' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Dùng dữ liệu mẫu' }).click();
  await expect(page.getByTestId('commune-name')).toHaveText('Xã Đông Sơn');

  for (const section of sections) {
    await menu(page).getByRole('link', { name: section.title, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`#/${section.hash}$`, 'u'));
    await expect(page.getByRole('heading', { name: section.title, level: 1 })).toBeVisible();
    // Either the section's own screen or the card that says what it will hold: never blank.
    await expect(page.locator('.app-content')).not.toBeEmpty();
    await page.waitForLoadState('networkidle');
    await expectNoHorizontalScroll(page);
    await settled(page);
    await keepScreenshot(page, testInfo, section.shot);
  }

  // The section survives a reload.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Cài đặt', level: 1 })).toBeVisible();

  await menu(page).getByRole('link', { name: 'Thôn, tổ dân phố', exact: true }).click();
  const names = await page.locator('.ant-table-tbody tr.ant-table-row td:nth-child(2)').allTextContents();
  expect(names.indexOf('Thôn Tân Phú 2')).toBeLessThan(names.indexOf('Thôn Tân Phú 10'));
  await expect(page.locator('.table-total')).toContainText('Tổng cộng: 11 đơn vị');
});
