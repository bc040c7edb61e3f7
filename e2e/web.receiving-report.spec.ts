/**
 * The receiving unit's aggregated report as its own outgoing document, in the web preview: the
 * unit's Thông tin cơ quan (a deadline day out of 1–28 refused under its field, the head and a
 * deputy who signs for the head), the completeness matrix following the new deadline day and
 * showing the months a quarter's bundle covers, the demo commune's real bundles imported, the report drafted in Tổng hợp with the deputy
 * chosen, issued with the next number of the unit's register, and its .docx read back and drawn.
 */
import fs from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import dayjs from 'dayjs';
import type { Completeness } from '../shared/contract/receiving-types';
import type { ReceivedAggregate, ReportListItem } from '../shared/contract/report-types';
import type { DocumentSummary } from '../shared/contract/types';
import { DEMO_YEAR } from '../electron/backend/demo/demo-monthly';
import { readBuilt } from '../test-support/docx';
import { loadWorkbook } from '../test-support/report-workbook';
import { expect, expectAccessible, expectNoHorizontalScroll, keepScreenshot, test } from './fixtures';
import { expectFieldError, pick, settled } from './web.helpers';
import { demoBundles } from './web.receiving.helpers';

const november = `${DEMO_YEAR}-11`;

function docView(page: Page): Locator {
  return page.locator('.doc-drawer .ant-drawer-section');
}

test.beforeEach(async ({ preview }) => {
  await preview.call('setupReceivingUnit', {
    name: 'Sở Khoa học và Công nghệ tỉnh Quảng Ngãi',
    provinceCode: '51',
    communes: [{ code: '21109', name: 'Xã Đông Sơn' }, { code: '22015' }],
  });
  // The third quarter as one bundle, and November's own.
  await preview.call('importBundles', { files: await demoBundles([`${DEMO_YEAR}-Q3`, november]) });
});

test('the unit’s signers and deadline day, then its aggregated report numbered in its register with a deputy signing', async ({
  page,
  preview,
}, testInfo) => {
  await page.goto(preview.url);
  await page.getByRole('tab', { name: 'Thông tin cơ quan' }).click();
  const profile = page.getByRole('tabpanel', { name: 'Thông tin cơ quan' });

  // ——— The deadline day: out of 1–28 refused under its field, nothing saved ———
  const day = profile.getByLabel('Hạn gửi gói số liệu tháng: ngày của tháng sau');
  await expect(day).toHaveValue('15');
  await profile.getByLabel('Ký hiệu báo cáo').fill('BC-SKHCN');
  await profile.getByLabel('Thủ trưởng cơ quan (ký báo cáo)').fill('Nguyễn Văn Sở');
  await profile.getByRole('button', { name: 'Thêm Cấp phó' }).click();
  await profile.getByRole('textbox', { name: 'Cấp phó 1' }).fill('Lê Văn Hùng');
  await day.fill('31');
  await day.press('Tab');
  await profile.getByRole('button', { name: 'Lưu thông tin cơ quan' }).click();
  await expectFieldError(
    profile,
    'Hạn gửi gói số liệu tháng: ngày của tháng sau',
    'Hạn gửi phải từ ngày 1 đến ngày 28.',
  );
  expect(await preview.call('getReceivingProfile')).toMatchObject({ deadlineDay: 15, head: null });
  await settled(page);
  await keepScreenshot(page, testInfo, 'receiving-profile-refused');

  await day.fill('10');
  await profile.getByRole('button', { name: 'Lưu thông tin cơ quan' }).click();
  await expect(page.getByText('Đã lưu thông tin cơ quan.')).toBeVisible();
  expect(await preview.call('getReceivingProfile')).toMatchObject({
    deadlineDay: 10,
    symbol: 'BC-SKHCN',
    head: { name: 'Nguyễn Văn Sở', title: 'Giám đốc' },
    deputies: [{ name: 'Lê Văn Hùng', title: 'Phó Giám đốc' }],
  });
  await settled(page);
  await keepScreenshot(page, testInfo, 'receiving-profile');
  await expectAccessible(page, 'Cơ quan nhận báo cáo: thông tin cơ quan');

  // ——— The completeness matrix judges "late" by the new day; the quarter's bundle covers its months ———
  await page.getByRole('tab', { name: 'Theo dõi nhận báo cáo' }).click();
  const matrix = page.getByRole('tabpanel', { name: 'Theo dõi nhận báo cáo' });
  await expect(matrix).toContainText('nhận sau ngày 10 tháng sau');
  await page.getByLabel('Năm').fill(String(DEMO_YEAR));
  await page.getByLabel('Năm').press('Enter');
  const dongSon = matrix.locator('tr.ant-table-row', { hasText: 'Xã Đông Sơn' });
  await expect(dongSon.locator(`[data-covered-by="${DEMO_YEAR}-Q3"]`)).toHaveText(['Q3', 'Q3', 'Q3']);
  const completeness = (await preview.call('getCompleteness', { year: DEMO_YEAR })) as Completeness;
  const row = completeness.rows.find((r) => r.communeCode === '21109');
  expect(row?.cells.slice(6, 11).map((c) => c.coveredBy)).toEqual([
    `${DEMO_YEAR}-Q3`,
    `${DEMO_YEAR}-Q3`,
    `${DEMO_YEAR}-Q3`,
    null,
    null,
  ]);
  await settled(page);
  await keepScreenshot(page, testInfo, 'receiving-completeness-quarter');

  // ——— Tổng hợp: November's report, the deputy signing, drafted into the register ———
  await page.getByRole('tab', { name: 'Tổng hợp' }).click();
  await pick(page, 'Năm', `Năm ${DEMO_YEAR}`);
  await pick(page, 'Tháng', 'Tháng 11');
  const panel = page.getByRole('tabpanel', { name: 'Tổng hợp' });
  const form = panel.locator('form#report-sections');
  await form.getByLabel('II. KHÓ KHĂN, VƯỚNG MẮC').fill('Một số xã gửi số liệu chậm.');
  await form.getByLabel('III. ĐỀ XUẤT, KIẾN NGHỊ').fill('Đề nghị hỗ trợ tài liệu.');
  await form.getByLabel('IV. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI').fill('Đôn đốc các xã chưa gửi.');
  await expect(form.getByRole('radio', { name: 'Giám đốc Nguyễn Văn Sở' })).toBeChecked();
  await form.getByRole('radio', { name: 'Phó Giám đốc Lê Văn Hùng (KT. Giám đốc)' }).check();
  await settled(page);
  await keepScreenshot(page, testInfo, 'receiving-report-compose');
  await form.getByRole('button', { name: 'Lập báo cáo' }).click();

  const view = docView(page);
  await expect(view.getByTestId('document-status')).toHaveText('Bản nháp');
  const preview_ = page.getByTestId('document-preview');
  await expect(preview_).toContainText('BÁO CÁO');
  await expect(preview_).toContainText('KT. GIÁM ĐỐC');
  await expect(preview_).toContainText('Lê Văn Hùng');

  // ——— Issued: the next number of the unit's own register, its symbol ———
  // Issued the day after November's figures close: never a day after today.
  const aggregate = (await preview.call('getAggregateData', { period: november })) as ReceivedAggregate;
  const issuedDay = dayjs(aggregate.period.to).add(1, 'day');
  const issuedOn = issuedDay.format('DD/MM/YYYY');
  await view.getByRole('button', { name: 'Ban hành (cấp số)' }).click();
  const issue = page.getByRole('dialog').filter({ hasText: 'Ban hành văn bản (cấp số)' });
  // The next number of the unit's own register: its first.
  await issue.getByRole('radio', { name: /Lấy số tiếp theo của sổ \(số 01\)/u }).check();
  await issue.getByLabel('Ngày ban hành').fill(issuedOn);
  await issue.getByLabel('Ngày ban hành').press('Tab');
  await issue.getByRole('button', { name: 'Ban hành', exact: true }).click();
  await expect(issue).toBeHidden();
  await expect(view.getByTestId('document-status')).toHaveText('Đã ban hành');
  await expect(preview_).toContainText('Số: 01/BC-SKHCN');
  await expectNoHorizontalScroll(page);
  await settled(page);
  await keepScreenshot(page, testInfo, 'receiving-report-issued');
  await expectAccessible(page, 'Cơ quan nhận báo cáo: báo cáo tổng hợp đã ban hành');

  // ——— The .docx and .xlsx from the issued record ———
  const gotDocx = page.waitForEvent('download');
  await view.getByRole('button', { name: 'Tải về' }).click();
  const docxFile = await (await gotDocx).path();
  const docxBytes = fs.readFileSync(docxFile);
  fs.writeFileSync(testInfo.outputPath('bao-cao-tong-hop.docx'), docxBytes);
  const all = readBuilt(docxBytes).paragraphs.map((p) => p.text);
  for (const line of [
    'UBND TỈNH QUẢNG NGÃI',
    'Số: 01/BC-SKHCN',
    `Quảng Ngãi, ngày ${issuedDay.format('DD')} tháng ${issuedDay.month() + 1} năm ${issuedDay.year()}`,
    'KT. GIÁM ĐỐC',
    'PHÓ GIÁM ĐỐC',
    'Lê Văn Hùng',
    'Đề nghị hỗ trợ tài liệu.',
  ]) {
    expect(all, line).toContain(line);
  }
  const gotXlsx = page.waitForEvent('download');
  await view.getByRole('button', { name: 'Biểu số liệu (.xlsx)' }).click();
  const workbook = await loadWorkbook(fs.readFileSync(await (await gotXlsx).path()));
  const cells: string[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value)))),
  );
  expect(cells.some((c) => c.includes('Kèm theo Báo cáo số 01/BC-SKHCN'))).toBe(true);

  // ——— In the unit's list of reports and its register ———
  await view.locator('.ant-drawer-close').click();
  await expect(view).toBeHidden();
  await expect(panel.getByTestId('aggregate-report-existing')).toContainText(
    'đã có báo cáo tổng hợp số 01/BC-SKHCN',
  );
  const reports = (await preview.call('listReports')) as ReportListItem[];
  expect(reports.map((r) => [r.period, r.document.numberText])).toEqual([[november, '01/BC-SKHCN']]);
  const register = (await preview.call('listRegister', { year: DEMO_YEAR })) as DocumentSummary[];
  expect(register.map((e) => [e.numberText, e.signerName])).toEqual([['01/BC-SKHCN', 'Lê Văn Hùng']]);
  await settled(page);
  await keepScreenshot(page, testInfo, 'receiving-report-list');
});
