/** Expectations on a rendered document (vitest only). */
import { expect } from 'vitest';
import { PT_PER_MM, type PdfPage } from './pdf-layout';
import { bodyWords, MM1, wordsOutsideText } from './render';

/**
 * A rendered document's margins (admin-format.md): the first page's text starts 30 mm from the
 * left and 20 mm from the top, and no word of any page leaves the text area; every page has text.
 */
export function expectTextWithinMargins(name: string, pages: readonly PdfPage[]): void {
  const first = bodyWords(pages[0] as PdfPage);
  expect(Math.abs(Math.min(...first.map((w) => w.xMin)) - 30 * PT_PER_MM)).toBeLessThanOrEqual(MM1);
  expect(Math.abs(Math.min(...first.map((w) => w.yMin)) - 20 * PT_PER_MM)).toBeLessThanOrEqual(MM1);
  for (const page of pages) {
    expect(
      wordsOutsideText(page).map((w) => w.text),
      `${name} page ${page.number}`,
    ).toEqual([]);
    expect(bodyWords(page).length, `${name} page ${page.number}`).toBeGreaterThan(0);
  }
}
