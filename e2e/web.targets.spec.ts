/** "Chỉ tiêu": a commune target, split by households after confirmation, one team edited by hand. */
import type { Page } from '@playwright/test';
import { expect, expectAccessible, expectNoHorizontalScroll, keepScreenshot, test } from './fixtures';
import { openSection, settled } from './web.helpers';
import { addTeam, addVillage, setUpCommune } from './web.register.helpers';

const vneid = 'Tài khoản định danh điện tử mức 2 được kích hoạt';
const panel = (page: Page) => page.locator('.ant-drawer-section');
const teamRow = (page: Page, village: string) =>
  panel(page).locator('.team-targets tr.ant-table-row', { hasText: village });

test.beforeEach(async ({ preview }) => {
  await setUpCommune(preview);
  const anHai = await addVillage(preview, 'Thôn An Hải', 300);
  const binhTri = await addVillage(preview, 'Thôn Bình Trị', 100);
  await addTeam(preview, { level: 'village', name: 'Tổ CNSCĐ thôn An Hải', villageId: anHai.id });
  await addTeam(preview, { level: 'village', name: 'Tổ CNSCĐ thôn Bình Trị', villageId: binhTri.id });
});

test('set a commune target, split it by households on confirmation, edit one team by hand', async ({
  page,
  preview,
}, testInfo) => {
  await openSection(page, preview, 'tien-do');
  await page.getByRole('tab', { name: 'Chỉ tiêu' }).click();
  await page.getByLabel('Chỉ tiêu của').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Năm 2026' }).click();
  const row = page.locator('tr.ant-table-row', { hasText: vneid });
  await expect(row.locator('td')).toHaveText([vneid, 'tài khoản', 'chưa giao', '—', '—']);

  // The commune's target, typed in the indicator's panel; Enter saves.
  await row.getByRole('button', { name: vneid }).click();
  await expect(panel(page).getByRole('button', { name: 'Chia theo số hộ' })).toBeDisabled();
  await panel(page).getByLabel('Chỉ tiêu của xã', { exact: true }).fill('400');
  await page.keyboard.press('Enter');
  await expect(panel(page).getByTestId('target-left')).toHaveText('400');
  await expect(panel(page).getByTestId('target-assigned')).toHaveText('0');
  await expect(page.locator('.ant-message')).toContainText('Đã lưu. Chỉ tiêu của xã: 400.');
  // The toast fades out before the next look (a fading text is measured as low contrast).
  await expect(page.locator('.ant-message-notice')).toHaveCount(0);

  // The split is only proposed: nothing is written before the confirmation.
  await panel(page).getByRole('button', { name: 'Chia theo số hộ' }).click();
  const split = page.getByRole('dialog', { name: `Chia chỉ tiêu “${vneid}” năm 2026 theo số hộ` });
  await expect(split.locator('.split-table tr.ant-table-row')).toHaveText([
    'Tổ CNSCĐ thôn An Hải30075 %—300',
    'Tổ CNSCĐ thôn Bình Trị10025 %—100',
  ]);
  await expect(split).toContainText(
    'Chỉ tiêu của xã: 400 tài khoản, chia cho 2 Tổ thôn, tổ dân phố theo số hộ (400 hộ).',
  );
  const before = (await preview.call('listTargets', { year: 2026 })) as { teamId: string | null }[];
  expect(before.filter((t) => t.teamId !== null)).toEqual([]);
  await expectNoHorizontalScroll(page);
  await settled(page);
  await keepScreenshot(page, testInfo, 'targets-split');
  await expectAccessible(page, 'targets-split');
  await split.getByRole('button', { name: 'Ghi các chỉ tiêu này' }).click();
  await expect(split).toBeHidden();

  await expect(
    teamRow(page, 'An Hải').getByLabel('Chỉ tiêu của Tổ CNSCĐ thôn An Hải', { exact: true }),
  ).toHaveValue('300');
  await expect(
    teamRow(page, 'Bình Trị').getByLabel('Chỉ tiêu của Tổ CNSCĐ thôn Bình Trị', { exact: true }),
  ).toHaveValue('100');
  await expect(panel(page).getByTestId('target-assigned')).toHaveText('400');
  await expect(panel(page).getByTestId('target-left')).toHaveText('0');

  // One team by hand: the panel says the teams now have more than the commune's figure.
  const anHai = teamRow(page, 'An Hải').getByLabel('Chỉ tiêu của Tổ CNSCĐ thôn An Hải', { exact: true });
  await anHai.fill('320');
  await teamRow(page, 'An Hải')
    .getByRole('button', { name: 'Lưu: Chỉ tiêu của Tổ CNSCĐ thôn An Hải' })
    .click();
  await expect(panel(page).getByTestId('target-left')).toHaveText('giao vượt 20');
  await expect(anHai).toHaveValue('320');
  // A negative number is refused before anything is sent.
  await anHai.fill('-5');
  await page.keyboard.press('Enter');
  await expect(teamRow(page, 'An Hải').getByRole('alert')).toHaveText('Chỉ tiêu không được âm.');
  await expect(page.locator('.ant-message-notice')).toHaveCount(0);
  await settled(page);
  await keepScreenshot(page, testInfo, 'targets-indicator');
  await expectAccessible(page, 'targets-indicator');
  await page.keyboard.press('Escape');
  await expect(panel(page)).toBeHidden();

  await expect(row.locator('td')).toHaveText([vneid, 'tài khoản', '400', '420 (2 Tổ)', 'giao vượt 20']);
  const saved = (await preview.call('listTargets', { year: 2026 })) as {
    teamName: string | null;
    value: number;
  }[];
  expect(saved.map((t) => [t.teamName, t.value])).toEqual([
    [null, 400],
    ['Tổ CNSCĐ thôn An Hải', 320],
    ['Tổ CNSCĐ thôn Bình Trị', 100],
  ]);
  await expectNoHorizontalScroll(page);
  await settled(page);
  await keepScreenshot(page, testInfo, 'targets');
  await expectAccessible(page, 'targets');
});
