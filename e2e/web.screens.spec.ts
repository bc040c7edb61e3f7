/**
 * Every screen of the main window with the demo commune, at 1366×768, without horizontal scroll:
 * each one shows its own content (a known row or figure of the demo data), not just something.
 */
import type { Page } from '@playwright/test';
import { expect, expectAccessible, expectNoHorizontalScroll, keepScreenshot, test } from './fixtures';
import { expectVillageNames, menu, settled } from './web.helpers';
import { peopleRows } from './web.register.helpers';

interface ScreenCase {
  hash: string;
  title: string;
  shot: string;
  /** Waits for what this screen, and only this one, shows with the demo commune. */
  shows: (page: Page) => Promise<void>;
}

const content = (page: Page) => page.locator('.app-content');

const sections: ScreenCase[] = [
  {
    hash: 'tong-quan',
    title: 'Tổng quan',
    shot: 'overview',
    shows: async (page) => {
      await expect(content(page)).toContainText('Tỉnh Quảng Ngãi');
      await expect(content(page)).toContainText('Trần Văn Thành');
      await expect(
        content(page).locator('.ant-statistic').filter({ hasText: 'Thôn, tổ dân phố' }),
      ).toContainText('11');
    },
  },
  {
    hash: 'thon',
    title: 'Thôn, tổ dân phố',
    shot: 'villages',
    shows: async (page) => {
      await expect(page.getByRole('row').filter({ hasText: 'Thôn Châu Thuận Biển' })).toContainText('538');
      await expect(page.locator('.table-total')).toContainText('Tổng cộng: 11 đơn vị');
    },
  },
  {
    hash: 'nguoi',
    title: 'Người',
    shot: 'people',
    shows: async (page) => {
      await expect(content(page)).toContainText('79 người');
      await expect(peopleRows(page).first()).toContainText('Nguyễn Văn An');
      await expect(peopleRows(page).first()).toContainText('Chi hội trưởng Hội Nông dân thôn An Hải');
    },
  },
  {
    hash: 'to',
    title: 'Tổ CNSCĐ',
    shot: 'teams',
    shows: async (page) => {
      const list = page.getByRole('navigation', { name: 'Các Tổ CNSCĐ' });
      await expect(list).toContainText('Tổ Công nghệ số cộng đồng xã Đông Sơn');
      await expect(list).toContainText('thôn An Hải');
    },
  },
  {
    hash: 'van-ban',
    title: 'Văn bản',
    shot: 'documents',
    shows: async (page) => {
      await expect(page.getByRole('tab', { name: 'Sổ văn bản đi' })).toHaveAttribute('aria-selected', 'true');
      await expect(page.locator('.register-table')).toContainText('chưa có văn bản nào trong sổ');
    },
  },
  {
    hash: 'hoat-dong',
    title: 'Hoạt động',
    shot: 'activities',
    shows: async (page) => {
      await expect(page.getByRole('tab', { name: 'Nhật ký hoạt động' })).toHaveAttribute(
        'aria-selected',
        'true',
      );
      await expect(page.getByRole('tab', { name: 'Bồi dưỡng, tập huấn' })).toBeVisible();
    },
  },
  {
    hash: 'tien-do',
    title: 'Tiến độ',
    shot: 'progress',
    shows: async (page) => {
      await expect(page.getByRole('tab', { name: 'Tiến độ' })).toHaveAttribute('aria-selected', 'true');
      await expect(page.getByRole('tab', { name: 'Chỉ tiêu' })).toBeVisible();
    },
  },
  {
    hash: 'bao-cao',
    title: 'Báo cáo',
    shot: 'reports',
    shows: async (page) => {
      await expect(page.getByTestId('report-figures')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Lập báo cáo' })).toBeVisible();
      await expect(page.getByTestId('reports-list')).toContainText('Chưa có báo cáo nào');
    },
  },
  {
    hash: 'cai-dat',
    title: 'Cài đặt',
    shot: 'settings-demo',
    shows: async (page) => {
      await expect(content(page)).toContainText('Xã Đông Sơn · mã 21109');
      await expect(page.getByRole('textbox', { name: 'Chủ tịch UBND' })).toHaveValue('Trần Văn Thành');
      await expect(content(page)).toContainText('Thông tin ứng dụng');
    },
  },
];

test('the demo commune, then every section through the menu', async ({ page, preview }, testInfo) => {
  await page.goto(preview.url);
  await expect(page.getByRole('button', { name: 'Dùng dữ liệu mẫu (xã Đông Sơn)' })).toBeVisible();
  await expectAccessible(page, 'Màn hình bắt đầu');
  await page.getByRole('button', { name: 'Dùng dữ liệu mẫu (xã Đông Sơn)' }).click();
  await expect(page.getByRole('dialog').getByRole('button', { name: 'Dùng dữ liệu mẫu' })).toBeVisible();
  await expectAccessible(page, 'Hộp thoại dùng dữ liệu mẫu');
  await page.getByRole('dialog').getByRole('button', { name: 'Dùng dữ liệu mẫu' }).click();
  await expect(page.getByTestId('commune-name')).toHaveText('Xã Đông Sơn');

  for (const section of sections) {
    await menu(page).getByRole('link', { name: section.title, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`#/${section.hash}$`, 'u'));
    await expect(page.getByRole('heading', { name: section.title, level: 1 })).toBeVisible();
    await section.shows(page);
    await expectAccessible(page, `Màn hình ${section.title}`);
    await expectNoHorizontalScroll(page);
    await settled(page);
    await keepScreenshot(page, testInfo, section.shot);
  }

  // The section survives a reload.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Cài đặt', level: 1 })).toBeVisible();

  // Villages in natural order (2 before 10), once the table has loaded all of them.
  await menu(page).getByRole('link', { name: 'Thôn, tổ dân phố', exact: true }).click();
  await expect(page.locator('.table-total')).toContainText('Tổng cộng: 11 đơn vị');
  await expectVillageNames(page, [
    'Thôn An Hải',
    'Thôn Châu Thuận Biển',
    'Thôn Định Tân',
    'Thôn Liên Trì',
    'Thôn Mỹ Long',
    'Thôn Phước Hòa',
    'Thôn Tân Phú 2',
    'Thôn Tân Phú 10',
    'Thôn Thanh Thủy',
    'Tổ dân phố Tịnh Hòa 1',
    'Tổ dân phố Tịnh Hòa 2',
  ]);
});
