/** Helpers shared by the web end-to-end specs (antd controls, arranging data). */
import type { Locator, Page } from '@playwright/test';
import { expect, type Preview } from './fixtures';

// The page steps shared with the desktop spec; re-exported for the web specs that use them.
export { choose, expectVillageNames, menu } from './app.steps';

export const demoLikeProfile = {
  provinceCode: '51',
  provinceName: 'Tỉnh Quảng Ngãi',
  districtName: null,
  communeCode: '21109',
  communeName: 'Xã Đông Sơn',
  issuerName: 'ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN',
  placeName: 'Đông Sơn',
  chairman: { name: 'Trần Văn Thành', title: 'Chủ tịch' },
  viceChairmen: [{ name: 'Nguyễn Thị Mỹ Hạnh', title: 'Phó Chủ tịch' }],
  receivingLevel: 'Sở Khoa học và Công nghệ tỉnh Quảng Ngãi',
};

/** Waits until antd's opening and closing animations are over, so a screenshot shows the end state. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('[class*="-appear"], [class*="-enter"], [class*="-leave"]')].every(
      (el) =>
        // Click ripples and spinners of buttons left hidden do not count.
        /ant-wave|loading-icon/u.test(el.className) ||
        el.getClientRects().length === 0 ||
        ![...el.classList].some((c) => /-(appear|enter|leave)(-prepare|-start|-active)?$/u.test(c)),
    ),
  );
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

/** Opens the application at a section (`#/thon`) once the commune is set up. */
export async function openSection(page: Page, preview: Preview, section: string): Promise<void> {
  await page.goto(`${preview.url}#/${section}`);
  await expect(page.getByTestId('commune-name')).toBeVisible();
}

/** The error shown under the form field labelled `label`. */
export function fieldError(scope: Page | Locator, label: string): Locator {
  // The inner locator of `has` is relative to each form item, so it starts from the page.
  const page = 'goto' in scope ? scope : scope.page();
  return scope
    .locator('.ant-form-item')
    .filter({ has: page.getByLabel(label, { exact: true }) })
    .locator('.ant-form-item-explain-error');
}

/** Waits until the field labelled `label` shows exactly this one error (old ones fade out). */
export async function expectFieldError(scope: Page | Locator, label: string, message: string): Promise<void> {
  await expect(fieldError(scope, label)).toHaveText([message]);
}

export async function profileOf(preview: Preview): Promise<unknown> {
  return preview.call('getProfile');
}

/** Opens the antd Select labelled `label` and picks the option showing exactly `option`. */
export async function pick(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label }).click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: new RegExp(`^${option}$`, 'u') })
    .click();
}
