/**
 * Each button does what it says or says why it cannot (issue 7, items 13 and 14), in the browser
 * on the real backend and the demo commune: "Lưu…" downloads in the web preview and says so, "In"
 * follows what the host reports about printers, the stored scan can be had back byte for byte,
 * the overview's decision step completes, the header search counts truly and leads to the full
 * list, the past-decision dialog fits 1366×768, and no English screen-reader label is left.
 */
import fs from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import type {
  DocumentDetail,
  HostCapabilities,
  Person,
  TeamSummary,
  Village,
} from '../shared/contract/types';
import { todayIso } from '../shared/vi/dates';
import { expect, expectAccessible, keepScreenshot, test, type Preview } from './fixtures';
import { openSection, settled } from './web.helpers';

const englishLabels = ['Clear', 'close-circle', 'copy'];

function docView(page: Page): Locator {
  return page.locator('.doc-drawer .ant-drawer-section');
}

/** The commune team's founding decision, issued today through the contract; its id. */
async function issuedFounding(app: Preview): Promise<string> {
  const teams = (await app.call('listTeams', {})) as TeamSummary[];
  const commune = teams.find((t) => t.level === 'commune');
  if (commune === undefined) throw new Error('dữ liệu mẫu thiếu Tổ xã');
  const draft = (await app.call('createDecision', {
    kind: 'founding_commune',
    teamIds: [commune.id],
  })) as DocumentDetail;
  await app.call('issueDocument', { id: draft.id, date: todayIso(), confirmWarnings: true });
  return draft.id;
}

/** Every aria-label and title in the page that is one of the English words antd leaves. */
async function englishLabelsIn(page: Page): Promise<string[]> {
  return page.evaluate(
    (words) =>
      [...document.querySelectorAll('[aria-label], [title]')]
        .flatMap((el) => [el.getAttribute('aria-label'), el.getAttribute('title')])
        .filter((value): value is string => value !== null && words.includes(value)),
    englishLabels,
  );
}

test.beforeEach(async ({ preview }) => {
  await preview.call('loadDemo');
});

test('document buttons: "Lưu…" downloads here and says so, "In" tells the truth, the scan comes back', async ({
  page,
  preview: app,
}, testInfo) => {
  const id = await issuedFounding(app);
  const scan = Buffer.from('%PDF-1.4\n% bản quét đã ký, đóng dấu\n');
  await app.call('attachScan', { id, fileName: 'qd.pdf', base64: scan.toString('base64') });

  await page.goto(`${app.url}#/van-ban?id=${id}`);
  const view = docView(page);
  await expect(view.getByTestId('document-status')).toHaveText('Đã ký, đóng dấu');

  // "Lưu…": no dialog in the web preview, so the browser downloads the very .docx, and says so.
  const saved = page.waitForEvent('download');
  await view.getByRole('button', { name: 'Lưu…' }).click();
  const download = await saved;
  expect(download.suggestedFilename()).toMatch(/^quyet-dinh-01-qd-ubnd.*\.docx$/u);
  const bytes = fs.readFileSync(await download.path());
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  await expect(page.locator('.ant-message')).toContainText('tệp đã được tải về thư mục Tải xuống');

  // "In": as the host reports it — disabled with the reason where no printer can print.
  const host = (await app.call('getHostCapabilities')) as HostCapabilities;
  expect(host.asksWhereToSave).toBe(false);
  const print = view.getByRole('button', { name: /(^| )In$/u });
  if (host.print.available) {
    await expect(print).toBeEnabled();
  } else {
    await expect(print).toBeDisabled();
    await print.locator('xpath=..').hover();
    await expect(page.getByRole('tooltip')).toHaveText(host.print.reason ?? '');
    await expectAccessible(page, 'buttons-print-unavailable');
  }

  // The stored scan comes back byte for byte.
  const scanFacts = view.getByTestId('scan-facts');
  await expect(scanFacts.getByRole('button', { name: 'Mở bản quét' })).toBeVisible();
  const gotScan = page.waitForEvent('download');
  await scanFacts.getByRole('button', { name: 'Tải bản quét về' }).click();
  const scanDownload = await gotScan;
  expect(scanDownload.suggestedFilename()).toBe('ban-quet-01-qd-ubnd.pdf');
  expect(fs.readFileSync(await scanDownload.path()).equals(scan)).toBe(true);

  expect(await englishLabelsIn(page)).toEqual([]);
  await settled(page);
  await keepScreenshot(page, testInfo, 'buttons-document-signed');
  await expectAccessible(page, 'buttons-document-signed');
});

test('the overview marks the decision step done once a decision is issued and signed', async ({
  page,
  preview: app,
}) => {
  await openSection(page, app, 'tong-quan');
  const step = page.locator('.ant-steps-item').filter({ hasText: 'Quyết định thành lập' });
  await expect(step).toHaveClass(/ant-steps-item-process/u);
  const id = await issuedFounding(app);
  await app.call('attachScan', {
    id,
    fileName: 'qd.pdf',
    base64: Buffer.from('%PDF-1.4\n').toString('base64'),
  });
  await page.reload();
  await expect(step).toHaveClass(/ant-steps-item-finish/u);
  await expect(step).toContainText('Đã ban hành 1 quyết định.');
  await expectAccessible(page, 'buttons-overview-decision-done');
});

test('the header search counts every match and "Xem tất cả" opens the people list with them', async ({
  page,
  preview: app,
}, testInfo) => {
  // More people of Thôn An Hải than the popup shows (eight a group).
  const villages = (await app.call('listVillages')) as Village[];
  const anHai = villages.find((v) => v.name === 'Thôn An Hải');
  if (anHai === undefined) throw new Error('dữ liệu mẫu thiếu Thôn An Hải');
  for (const fullName of ['Phạm Thị Mơ', 'Võ Văn Tý', 'Đỗ Thị Sen']) {
    await app.call('createPerson', { fullName, villageId: anHai.id });
  }
  const matching = (await app.call('listPeople', { search: 'an hai' })) as Person[];
  expect(matching.length).toBeGreaterThan(8);
  await openSection(page, app, 'tong-quan');
  const box = page.getByRole('combobox', { name: 'Tìm người, tổ' });
  await box.fill('an hai');
  const popup = page.locator('.ant-select-dropdown:visible');
  await expect(popup).toContainText(`Người (${matching.length}, hiện 8)`);
  await settled(page);
  await keepScreenshot(page, testInfo, 'buttons-header-search');
  await expectAccessible(page, 'buttons-header-search');
  // The arrows reach past the lines in view (eight people, then "Xem tất cả"); the list follows.
  for (let i = 0; i < 9; i += 1) await box.press('ArrowDown');
  const active = popup.locator('.ant-select-item-option-active');
  await expect(active).toContainText(`Xem tất cả ${matching.length} người`);
  await expect(active).toBeInViewport();
  await expect.poll(() => popup.getByRole('listbox').evaluate((list) => list.scrollTop)).toBeGreaterThan(0);
  expect(await englishLabelsIn(page)).toEqual([]);
  await popup.getByTestId('search-all-people').click();
  await expect(page).toHaveURL(/#\/nguoi\?q=an\+hai$/u);
  await expect(page.getByRole('textbox', { name: 'Tìm người' })).toHaveValue('an hai');
  await expect(page.getByTestId('people-count')).toContainText(String(matching.length));
  await expect(page.locator('.people-table .ant-table-row')).toHaveCount(matching.length);
  await expectAccessible(page, 'buttons-people-all-matches');
  expect(await englishLabelsIn(page)).toEqual([]);
});

test('the past-decision dialog fits a 1366×768 screen, and no English label is left on the screens', async ({
  page,
  preview: app,
}, testInfo) => {
  await openSection(page, app, 'van-ban');
  await page.getByRole('button', { name: 'Ghi quyết định đã ban hành trước' }).click();
  const dialog = page.locator('.ant-modal').filter({ hasText: 'Ghi quyết định đã ban hành trước' });
  await expect(dialog.getByRole('button', { name: 'Ghi vào sổ' })).toBeVisible();
  await settled(page);
  const box = await dialog.boundingBox();
  expect(box).not.toBeNull();
  if (box !== null) {
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(768);
    expect(box.x + box.width).toBeLessThanOrEqual(1366);
  }
  await keepScreenshot(page, testInfo, 'buttons-past-decision');
  await expectAccessible(page, 'buttons-past-decision');
  await dialog.getByLabel('Ký hiệu').fill('QĐ-UBND');
  expect(await englishLabelsIn(page)).toEqual([]);
  await page.keyboard.press('Escape');

  for (const section of ['nguoi', 'to', 'cai-dat', 'thon']) {
    await openSection(page, app, section);
    await expect(page.locator('.ant-card').first()).toBeVisible();
    const search = page.locator('input.ant-input[aria-label^="Tìm"]').first();
    if ((await search.count()) > 0) await search.fill('a');
    expect(await englishLabelsIn(page), `#/${section}`).toEqual([]);
  }
});
