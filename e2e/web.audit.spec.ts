/**
 * "Nhật ký thao tác": a few writes (through the contract and one on screen) are listed newest
 * first with their Vietnamese labels, the entity filter and the day range narrow the list, the
 * export gives an .xlsx named for the range.
 */
import { expect, expectAccessible, expectNoHorizontalScroll, keepScreenshot, test } from './fixtures';
import { demoLikeProfile, menu, openSection, settled } from './web.helpers';

function localDay(offset = 0): { iso: string; vi: string } {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  const dd = String(d.getDate()).padStart(2, '0');
  const mm = String(d.getMonth() + 1).padStart(2, '0');
  return { iso: `${d.getFullYear()}-${mm}-${dd}`, vi: `${dd}/${mm}/${d.getFullYear()}` };
}

test('writes are listed in the audit log, filtered by entity and by days, and exported', async ({
  page,
  preview,
}, testInfo) => {
  await preview.call('setupProfile', demoLikeProfile);
  const village = (await preview.call('createVillage', {
    name: 'Thôn Đông',
    kind: 'thon',
    households: 120,
  })) as {
    id: string;
  };
  await preview.call('updateVillage', { id: village.id, name: 'Thôn Đông', kind: 'thon', households: 135 });
  await preview.call('createPerson', {
    fullName: 'Nguyễn Thị Hoa',
    villageId: village.id,
    phone: '0912345678',
  });

  await openSection(page, preview, 'nhat-ky');
  await expect(menu(page).getByRole('menuitem', { name: 'Nhật ký thao tác' })).toBeVisible();
  const rows = page.locator('.audit-screen .ant-table-tbody tr.ant-table-row');
  await expect(rows).toHaveCount(4);
  await expect(page.getByTestId('audit-count')).toHaveText('4 thao tác');
  // Newest first, with the operation's label, the entity and what changed.
  await expect(rows.nth(0)).toContainText('Thêm người');
  await expect(rows.nth(0)).toContainText('«Nguyễn Thị Hoa»');
  await expect(rows.nth(1)).toContainText('Sửa thôn, tổ dân phố');
  await expect(rows.nth(1)).toContainText('«Thôn Đông»; đổi số hộ');
  await expect(rows.nth(3)).toContainText('Thiết lập hồ sơ xã');
  await expect(rows.nth(0)).toContainText(new RegExp(`${localDay().vi} \\d{2}:\\d{2}`, 'u'));

  // Reading the log wrote nothing; a write made on another screen shows on coming back.
  await preview.call('archivePerson', {
    id: ((await preview.call('listPeople', {})) as { id: string }[])[0]?.id,
    archived: true,
  });
  await page.getByRole('menuitem', { name: 'Tổng quan' }).click();
  await page.getByRole('menuitem', { name: 'Nhật ký thao tác' }).click();
  await expect(rows).toHaveCount(5);

  // The entity filter: only the village's two writes.
  const entity = page.getByLabel('Đối tượng', { exact: true });
  await entity.click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: 'Thôn, tổ dân phố' })
    .click();
  await expect(rows).toHaveCount(2);
  await expect(page.getByTestId('audit-count')).toHaveText('2 thao tác');
  await expect(rows.nth(0)).toContainText('Sửa thôn, tổ dân phố');
  await expect(rows.nth(1)).toContainText('Thêm thôn, tổ dân phố');
  await settled(page);
  await expectNoHorizontalScroll(page);
  await keepScreenshot(page, testInfo, 'audit-filtered');
  await expectAccessible(page, 'Nhật ký thao tác');

  // The export is what is shown: its name carries the range; a range of yesterday shows nothing.
  const today = localDay();
  const from = page.getByPlaceholder('Từ ngày');
  await from.click();
  await from.fill(today.vi);
  await page.getByPlaceholder('Đến ngày').fill(today.vi);
  await page.getByPlaceholder('Đến ngày').press('Enter');
  await expect(rows).toHaveCount(2);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất Excel' }).click();
  expect((await download).suggestedFilename()).toBe(`Nhat-ky-thao-tac-${today.iso}_${today.iso}.xlsx`);

  const yesterday = localDay(-1);
  await from.click();
  await from.fill(yesterday.vi);
  await page.getByPlaceholder('Đến ngày').fill(yesterday.vi);
  await page.getByPlaceholder('Đến ngày').press('Enter');
  await expect(page.getByText('Không có thao tác nào khớp bộ lọc.')).toBeVisible();
  await expect(page.getByTestId('audit-count')).toHaveText('0 thao tác');
  await settled(page);
  await keepScreenshot(page, testInfo, 'audit-empty-range');
});
