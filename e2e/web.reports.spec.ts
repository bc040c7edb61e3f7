/**
 * "Báo cáo" on the demo commune: pick a month, see its figures (read against getReportData over
 * HTTP) and its warnings before writing anything, type sections II–IV (an empty one is refused
 * under its field), create the report, issue it with a number and date in the documents' own
 * view, and find it in the reports by period and in the outgoing register.
 */
import fs from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import type { ReportFigures, ReportListItem } from '../shared/contract/report-types';
import type { DocumentSummary } from '../shared/contract/types';
import { formatCount, formatDecimal } from '../shared/vi/numbers';
import { expect, expectAccessible, expectNoHorizontalScroll, keepScreenshot, test } from './fixtures';
import dayjs from 'dayjs';
import { makePeriod, periodContaining, periodInTitle, periodLabel } from '../shared/domain/periods';
import { todayIso } from '../shared/vi/dates';
import { DEMO_YEAR } from '../electron/backend/demo/demo-monthly';
import { loadWorkbook } from '../test-support/report-workbook';
import { openSection, pick, settled } from './web.helpers';

const sections = {
  'II. KHÓ KHĂN, VƯỚNG MẮC': 'Sóng di động ở các thôn vùng núi còn yếu.',
  'III. ĐỀ XUẤT, KIẾN NGHỊ': 'Đề nghị Sở hỗ trợ tài liệu hướng dẫn kỹ năng số cho người cao tuổi.',
  'IV. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI': 'Tiếp tục hướng dẫn người dân kích hoạt tài khoản định danh điện tử.',
};

function docView(page: Page): Locator {
  return page.locator('.doc-drawer .ant-drawer-section');
}

function docPreview(page: Page): Locator {
  return page.getByTestId('document-preview');
}

/**
 * The month running today (open), and a closed month of the demo's year (its data stop at the end
 * of November 2026): fixed, so the story does not depend on the day it runs.
 */
const running = periodContaining(todayIso(), 'month');
const last = makePeriod('month', DEMO_YEAR, 11);

test.beforeEach(async ({ preview }) => {
  await preview.call('loadDemo');
});

test('a month’s report: figures and warnings first, then the sections, the draft, issued, in the register', async ({
  page,
  preview,
}, testInfo) => {
  await openSection(page, preview, 'bao-cao');
  await expect(page.getByRole('heading', { name: 'Báo cáo định kỳ', level: 2 })).toBeVisible();
  await expect(page.getByTestId('reports-list')).toContainText('Chưa có báo cáo nào');

  // ——— Pick a closed month of the demo (November 2026): its figures are the backend's, its warnings shown before writing ———
  await expect(page.getByRole('radio', { name: 'Tháng', exact: true })).toBeChecked();
  await pick(page, 'Năm', `Năm ${last.year}`);
  await pick(page, 'Tháng', `Tháng ${last.index}`);
  await expect(page).toHaveURL(new RegExp(`period=${last.code}`, 'u'));
  const figures = (await preview.call('getReportData', { period: last.code })) as ReportFigures;
  // Issued the day after its figures close: never a day after today.
  const issuedOn = dayjs(figures.period.to).add(1, 'day').format('DD/MM/YYYY');
  const n = formatCount;
  const shown = page.getByTestId('report-figures');
  await expect(page.getByRole('heading', { name: `Số liệu ${figures.period.label}` })).toBeVisible();
  await expect(shown.getByTestId('report-activities')).toHaveText(n(figures.activities.total));
  await expect(shown.getByTestId('report-reached')).toHaveText(
    `${n(figures.reached.people)} người, ${n(figures.reached.households)} hộ`,
  );
  await expect(shown.getByTestId('report-members')).toHaveText(
    `${n(figures.members.total)} (tham gia ${n(figures.members.joined)}, thôi ${n(figures.members.left)})`,
  );
  await expect(shown.getByTestId('report-teams')).toHaveText(
    `${n(figures.teams.commune)} Tổ cấp xã, ${n(figures.teams.village)} Tổ thôn, tổ dân phố`,
  );
  expect(figures.pillars.length).toBeGreaterThan(0);
  for (const pillar of figures.pillars) {
    const table = shown.getByTestId(`report-pillar-table-${pillar.pillar}`);
    for (const line of pillar.indicators) {
      const cells = table.getByRole('row').filter({ hasText: line.name }).getByRole('cell');
      await expect(cells).toHaveText([
        line.name,
        line.unit,
        line.target === null ? '–' : n(line.target),
        n(line.result),
        n(line.cumulative),
        line.percent === null ? '–' : formatDecimal(line.percent),
      ]);
    }
  }
  expect(figures.warnings.length).toBeGreaterThan(0);
  await expect(page.getByTestId('report-warnings').locator('li')).toHaveText(
    figures.warnings.map((w) => w.message),
  );
  await page.mouse.move(0, 0);
  await expectNoHorizontalScroll(page);
  await settled(page);
  await keepScreenshot(page, testInfo, 'reports-figures');
  await expectAccessible(page, 'Báo cáo: số liệu và cảnh báo của kỳ');

  // ——— The sections: an empty one is refused under its field ———
  const form = page.locator('form#report-sections');
  await form.getByLabel('II. KHÓ KHĂN, VƯỚNG MẮC').fill(sections['II. KHÓ KHĂN, VƯỚNG MẮC']);
  await page.getByRole('button', { name: 'Lập báo cáo' }).click();
  const proposals = form.locator('.ant-form-item').filter({ hasText: 'III. ĐỀ XUẤT, KIẾN NGHỊ' });
  await expect(proposals.locator('.ant-form-item-explain-error')).toHaveText(
    'Chưa nhập nội dung mục "III. ĐỀ XUẤT, KIẾN NGHỊ".',
  );
  await settled(page);
  await keepScreenshot(page, testInfo, 'reports-sections-refused');
  await expectAccessible(page, 'Báo cáo: mục để trống bị từ chối');
  for (const [label, text] of Object.entries(sections)) await form.getByLabel(label).fill(text);
  await page.getByRole('button', { name: 'Lập báo cáo' }).click();

  // ——— The draft opens in the documents' view: the copy for signing, blank number ———
  const view = docView(page);
  await expect(view.getByTestId('document-status')).toHaveText('Bản nháp');
  await expect(docPreview(page)).toContainText('BÁO CÁO');
  await expect(docPreview(page)).toContainText(
    `Kết quả hoạt động của Tổ Công nghệ số cộng đồng ${periodInTitle(last)}`,
  );
  await expect(docPreview(page)).toContainText(sections['IV. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI']);
  await expect(view.getByRole('button', { name: 'Biểu số liệu (.xlsx)' })).toBeVisible();
  await settled(page);
  await keepScreenshot(page, testInfo, 'reports-draft');
  await expectAccessible(page, 'Báo cáo: dự thảo trong khung văn bản');

  // ——— Issue it with the clerk's number and the date ———
  await view.getByRole('button', { name: 'Ban hành (cấp số)' }).click();
  const issue = page.getByRole('dialog').filter({ hasText: 'Ban hành văn bản (cấp số)' });
  await issue.getByLabel('Số', { exact: true }).fill('15');
  await issue.getByLabel('Ngày ban hành').fill(issuedOn);
  await issue.getByLabel('Ngày ban hành').press('Tab');
  await issue.getByRole('button', { name: 'Ban hành', exact: true }).click();
  await expect(issue).toBeHidden();
  await expect(view.getByTestId('document-status')).toHaveText('Đã ban hành');
  await expect(docPreview(page)).toContainText('Số: 15/BC-UBND');
  await settled(page);
  await keepScreenshot(page, testInfo, 'reports-issued');
  await expectAccessible(page, 'Báo cáo: đã ban hành');
  // Its figures as .xlsx, from what was frozen when it was issued.
  const download = page.waitForEvent('download');
  await view.getByRole('button', { name: 'Biểu số liệu (.xlsx)' }).click();
  const file = await (await download).path();
  const workbook = await loadWorkbook(fs.readFileSync(file));
  const cells: string[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value)))),
  );
  expect(workbook.worksheets.map((w) => w.name)).toContain('Tổng hợp');
  expect(cells.some((c) => c.includes('Kèm theo Báo cáo số 15/BC-UBND'))).toBe(true);

  // ——— Listed by period, and in the outgoing register ———
  await view.locator('.ant-drawer-close').click();
  await expect(view).toBeHidden();
  const row = page
    .getByTestId('reports-list')
    .getByRole('row')
    .filter({ hasText: periodLabel(last) });
  await expect(row).toContainText('15/BC-UBND');
  await expect(row).toContainText(issuedOn);
  await expect(page.getByTestId('report-existing')).toContainText(
    `${periodLabel(last)} đã có báo cáo số 15/BC-UBND.`,
  );
  await settled(page);
  await keepScreenshot(page, testInfo, 'reports-list');

  // ——— The running month starts from the latest report's sections ———
  await pick(page, 'Năm', `Năm ${running.year}`);
  await pick(page, 'Tháng', `Tháng ${running.index}`);
  await expect(page).toHaveURL(new RegExp(`period=${running.code}`, 'u'));
  await expect(page.getByTestId('report-last-texts')).toBeVisible();
  for (const [label, text] of Object.entries(sections)) {
    await expect(page.locator('form#report-sections').getByLabel(label)).toHaveValue(text);
  }
  await expect(page.getByTestId('report-warnings')).toContainText('số liệu chưa chốt');
  await expectAccessible(page, 'Báo cáo: kỳ mới, nội dung kỳ trước');
  const register = (await preview.call('listRegister', {
    year: Number(issuedOn.slice(6)),
  })) as DocumentSummary[];
  expect(register.filter((e) => e.symbol === 'BC-UBND').map((e) => e.numberText)).toEqual(['15/BC-UBND']);
  await openSection(page, preview, 'van-ban');
  await expect(
    page.locator('.register-table tr.ant-table-row').filter({ hasText: '15/BC-UBND' }),
  ).toContainText(`Kết quả hoạt động của Tổ Công nghệ số cộng đồng ${periodInTitle(last)}`);
});

test('by the keyboard alone: the running month, its "số liệu chưa chốt", the sections typed, Lập báo cáo with Enter', async ({
  page,
  preview,
}, testInfo) => {
  await openSection(page, preview, 'bao-cao');
  // The month running today: not closed, so its figures are not final and the screen says so.
  await expect(page.getByTestId('report-warnings')).toContainText('số liệu chưa chốt');
  const form = page.locator('form#report-sections');
  await form.getByLabel('II. KHÓ KHĂN, VƯỚNG MẮC').focus();
  for (const text of Object.values(sections)) {
    await page.keyboard.type(text);
    await page.keyboard.press('Tab');
  }
  // The signer: the Chairman is chosen; the arrows move to a Vice-Chairman, who signs KT. CHỦ TỊCH.
  await expect(form.getByRole('radio', { name: /^Chủ tịch/u })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(form.getByRole('radio', { name: /KT\. Chủ tịch/u }).first()).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Lập báo cáo' })).toBeFocused();
  await page.keyboard.press('Enter');
  const view = docView(page);
  await expect(view.getByTestId('document-status')).toHaveText('Bản nháp');
  await expect(docPreview(page)).toContainText('KT. CHỦ TỊCH');
  await expect(docPreview(page)).toContainText(sections['III. ĐỀ XUẤT, KIẾN NGHỊ']);
  await settled(page);
  await keepScreenshot(page, testInfo, 'reports-keyboard-draft');
  await page.keyboard.press('Escape');
  await expect(view).toBeHidden();
  const draftRow = page
    .getByTestId('reports-list')
    .getByRole('row')
    .filter({ hasText: periodLabel(running) });
  await expect(draftRow).toContainText('Bản nháp');

  // A draft made too early goes away: it never had a number, so the register is unchanged.
  await draftRow.getByRole('button', { name: `Mở báo cáo ${periodLabel(running)}` }).click();
  await expect(view.getByTestId('document-status')).toHaveText('Bản nháp');
  await view.getByRole('button', { name: 'Bỏ dự thảo' }).click();
  await expect(page.locator('.ant-popconfirm')).toContainText('sổ văn bản không thay đổi');
  await page.locator('.ant-popconfirm').getByRole('button', { name: 'Bỏ dự thảo' }).click();
  await expect(view).toBeHidden();
  await expect(page.getByText('Đã bỏ dự thảo. Sổ văn bản không thay đổi.')).toBeVisible();
  await expect(draftRow).toHaveCount(0);
  const reports = (await preview.call('listReports')) as ReportListItem[];
  expect(reports.map((r) => r.period)).not.toContain(running.code);
});
