/**
 * The commune's monthly bundle in the web preview (issue 10): the key's fingerprint in Settings,
 * the handoff settings, then "Gửi số liệu": a closed month of the demo (November 2026) exported,
 * the bundle downloaded and read back by the receiving unit's reader, the e-mail draft parsed
 * with the bundle attached byte for byte, and the export in the list of past exports.
 */
import fs from 'node:fs';
import PostalMime from 'postal-mime';
import type { BundleExport, CommuneKeyInfo } from '../shared/contract/bundle-types';
import { makePeriod } from '../shared/domain/periods';
import { DEMO_YEAR } from '../electron/backend/demo/demo-monthly';
import { readBundle } from '../electron/backend/bundle/verify';
import { expect, expectAccessible, expectNoHorizontalScroll, keepScreenshot, test } from './fixtures';
import { menu, openSection, pick, settled } from './web.helpers';

const november = makePeriod('month', DEMO_YEAR, 11);

test.beforeEach(async ({ preview }) => {
  await preview.call('loadDemo');
});

test('settings show the key and keep the receiving level’s address', async ({ page, preview }, testInfo) => {
  const key = (await preview.call('getCommuneKey')) as CommuneKeyInfo;
  await openSection(page, preview, 'cai-dat');
  await expect(page.getByTestId('key-fingerprint')).toHaveText(key.fingerprint);
  const email = page.getByLabel('Thư điện tử của cấp nhận báo cáo');
  await email.fill('văn thư sở');
  await page.getByRole('button', { name: 'Lưu cài đặt gửi số liệu' }).click();
  await expect(page.getByText('Địa chỉ thư điện tử không đúng dạng')).toBeVisible();
  await email.fill('vanthu.skhcn@quangngai.gov.vn');
  await page.getByRole('button', { name: 'Lưu cài đặt gửi số liệu' }).click();
  await expect(page.getByText('Đã lưu cài đặt gửi số liệu.')).toBeVisible();
  expect(await preview.call('getBundleSettings')).toMatchObject({
    receivingEmail: 'vanthu.skhcn@quangngai.gov.vn',
    sendPhones: false,
  });

  const pub = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải khóa công khai (.pub)' }).click();
  const pubFile = await pub;
  expect(pubFile.suggestedFilename()).toBe('TCNSCD_21109_Dong-Son_khoa-cong-khai.pub');
  expect(fs.readFileSync(await pubFile.path(), 'utf8')).toContain(key.fingerprint);
  await expectNoHorizontalScroll(page);
  await settled(page);
  await keepScreenshot(page, testInfo, 'settings-bundle');
  await expectAccessible(page, 'Cài đặt: khóa ký và gửi số liệu');
});

test('a closed month exported, downloaded, checked, and drafted as an e-mail', async ({
  page,
  preview,
}, testInfo) => {
  await preview.call('updateBundleSettings', { receivingEmail: 'vanthu.skhcn@quangngai.gov.vn' });
  await openSection(page, preview, 'tong-quan');
  await menu(page).getByRole('link', { name: 'Gửi số liệu', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Gửi số liệu', level: 1 })).toBeVisible();
  await expect(page.getByText('Chưa xuất gói số liệu nào.')).toBeVisible();
  await pick(page, 'Năm', `Năm ${november.year}`);
  await pick(page, 'Tháng', `Tháng ${november.index}`);
  await expect(page).toHaveURL(new RegExp(`period=${november.code}`, 'u'));

  await page.getByRole('button', { name: 'Xuất gói số liệu' }).click();
  const result = page.getByTestId('bundle-result');
  await expect(result).toContainText(
    `Đã xuất gói số liệu tháng 11/${DEMO_YEAR}: TCNSCD_21109_Dong-Son_${november.code}.zip`,
  );
  const [record] = (await preview.call('listBundleExports')) as BundleExport[];
  expect(record?.period).toBe(november.code);
  await expect(result).toContainText(record!.sha256);
  await expect(page.getByRole('row').filter({ hasText: record!.fileName })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await settled(page);
  await keepScreenshot(page, testInfo, 'bundle-export');
  await expectAccessible(page, 'Gửi số liệu: đã xuất gói');

  // The bundle as downloaded is the one recorded, and the receiving unit's reader accepts it.
  const got = page.waitForEvent('download');
  await result.getByRole('button', { name: 'Tải gói số liệu về' }).click();
  const download = await got;
  expect(download.suggestedFilename()).toBe(record!.fileName);
  const bytes = fs.readFileSync(await download.path());
  const check = await readBundle(bytes, download.suggestedFilename());
  expect(check.ok && check.bundle.sha256).toBe(record!.sha256);
  expect(check.ok && check.bundle.records.activities.length).toBe(record!.counts.activities);
  expect(record!.counts.activities).toBeGreaterThan(0);

  // The e-mail draft: to the receiving level, unsent, the same bytes attached.
  const gotEml = page.waitForEvent('download');
  await result.getByRole('button', { name: 'Viết thư nháp (.eml)' }).click();
  const eml = await gotEml;
  expect(eml.suggestedFilename()).toBe(record!.fileName.replace(/\.zip$/u, '.eml'));
  const mail = await PostalMime.parse(fs.readFileSync(await eml.path()));
  expect(mail.to?.[0]?.address).toBe('vanthu.skhcn@quangngai.gov.vn');
  expect(mail.headers.find((h) => h.key === 'x-unsent')?.value).toBe('1');
  expect(Buffer.from(mail.attachments[0]!.content as ArrayBuffer).equals(bytes)).toBe(true);

  // Exported again: a second line, the same records.
  await page.getByRole('button', { name: 'Xuất gói số liệu' }).click();
  await expect(page.getByRole('row').filter({ hasText: record!.fileName })).toHaveCount(2);
  const again = (await preview.call('listBundleExports')) as BundleExport[];
  expect(again[0]!.counts).toEqual(record!.counts);
});
