/** Moving through a form with the keyboard alone, for the keyboard-only stories. */
import type { Locator, Page } from '@playwright/test';

/** The focused element's visible text (or its label), for finding a button by Tab. */
export function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement)) return '';
    // A radio button's text is on its label around it.
    const own = el instanceof HTMLInputElement ? (el.closest('label')?.innerText ?? '') : el.innerText;
    return (own || el.getAttribute('aria-label') || '').trim();
  });
}

/** Presses Tab until the focused control reads `text` (at most 30 presses). */
export async function tabTo(page: Page, text: string): Promise<void> {
  for (let i = 0; i < 30; i += 1) {
    await page.keyboard.press('Tab');
    if ((await focusedText(page)) === text) return;
  }
  throw new Error(`Tab không tới được “${text}”`);
}

/** Presses Tab until `target` has the focus (at most `most` presses). */
export async function tabUntil(page: Page, target: Locator, most = 40): Promise<void> {
  for (let i = 0; i < most; i += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error('Tab không tới được ô cần nhập');
}

/** Replaces what the focused box holds with `text`, as an officer does: Ctrl+A, then typing. */
export async function retype(page: Page, text: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}
