/**
 * The core stories of the register, told through the screens only: first start, a village, a
 * person, a team, a decision issued and saved. The desktop spec runs them in the Electron
 * window; web.core-stories.spec.ts runs the very same code in the browser, so a machine without
 * the Electron binary still proves the steps right.
 */
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { readZip, zipText } from '../test-support/sheets';
import {
  addMemberInDialog,
  addPersonOnScreen,
  addVillageOnScreen,
  closeDocument,
  compose,
  docView,
  documentPreview,
  expectVillageNames,
  fillCommuneSetup,
  fillZalo,
  goToSection,
  issueWithNextNumber,
  openFoundTeam,
  registerRow,
  submitCommuneSetup,
  submitFoundTeam,
} from './app.steps';

/** What differs between the browser and the desktop window. */
export interface StoryHost {
  /** Runs `click` (the "Lưu…" button) and answers the path of the .docx it saved. */
  saveDocument(click: () => Promise<void>): Promise<string>;
}

export const communeTeam = 'Tổ Công nghệ số cộng đồng xã Đông Sơn';

/** Starts on the first-start screen, ends with the decision saved; each story a step. */
export async function coreStories(page: Page, host: StoryHost): Promise<void> {
  await test.step('first start: the commune is set up', async () => {
    await fillCommuneSetup(page);
    await submitCommuneSetup(page);
  });

  await test.step('a village (two, listed in natural order)', async () => {
    await goToSection(page, 'Thôn, tổ dân phố');
    await addVillageOnScreen(page, 'Thôn 10', 120);
    await addVillageOnScreen(page, 'Thôn 2', 95);
    await expectVillageNames(page, ['Thôn 2', 'Thôn 10']);
  });

  await test.step('a person', async () => {
    await goToSection(page, 'Người');
    await addPersonOnScreen(page, {
      fullName: 'Trần Văn Thành',
      gender: 'Nam',
      birthYear: 1970,
      phone: '0905123456',
      position: 'Chủ tịch UBND xã Đông Sơn',
      village: 'Thôn 2',
    });
    const row = page.locator('.people-table .ant-table-row').filter({ hasText: 'Trần Văn Thành' });
    await expect(row).toContainText('0905 123 456');
    await expect(row).toContainText('Thôn 2');
  });

  await test.step('a team, with its leader', async () => {
    await goToSection(page, 'Tổ CNSCĐ');
    const found = await openFoundTeam(page, communeTeam);
    await fillZalo(found, 'https://zalo.me/g/dongson', 150);
    await submitFoundTeam(page, found, communeTeam);
    await page.getByRole('button', { name: 'Thêm thành viên' }).click();
    await addMemberInDialog(page, 'tran van thanh', 'Trần Văn Thành', 'Thêm vào Tổ');
    await expect(page.locator('.members-table')).toContainText('Trần Văn Thành');
  });

  await test.step('a decision issued and saved', async () => {
    await goToSection(page, 'Văn bản');
    await compose(page, 'Quyết định thành lập Tổ CNSCĐ xã');
    await expect(page.locator('.compose-chosen')).toContainText(communeTeam);
    await page.getByRole('button', { name: 'Soạn văn bản' }).click();
    const view = docView(page);
    await expect(view.getByTestId('document-status')).toHaveText('Bản nháp');
    await expect(documentPreview(page)).toContainText('QUYẾT ĐỊNH');
    await expect(documentPreview(page)).toContainText('Trần Văn Thành');

    // A team of one has reminders (no deputy, no IT teachers): the officer confirms them.
    await issueWithNextNumber(page, '01', { confirmWarnings: true });
    await expect(documentPreview(page)).toContainText('Số: 01/QĐ-UBND');

    const saved = await host.saveDocument(() => view.getByRole('button', { name: 'Lưu…' }).click());
    const bytes = fs.readFileSync(saved);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const text = zipText(readZip(bytes), 'word/document.xml').replace(/<[^>]+>/gu, '');
    expect(text).toContain('01/QĐ-UBND');
    expect(text).toContain(communeTeam);

    await closeDocument(page);
    await expect(registerRow(page, '01/QĐ-UBND')).toContainText(
      'Quyết định về việc thành lập Tổ Công nghệ số',
    );
  });
}
