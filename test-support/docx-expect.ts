/** Expectations on a built .docx read back (vitest only: the e2e specs import docx.ts, never this). */
import { expect } from 'vitest';
import type { ParagraphInfo } from './docx';

/** Every run of the paragraph in Times New Roman at the given size, bold and italic as given. */
export function runsAre(p: ParagraphInfo, expected: { size: number; bold: boolean; italic: boolean }): void {
  expect(p.runs.length, p.text).toBeGreaterThan(0);
  for (const run of p.runs) expect(run, p.text).toMatchObject({ ...expected, font: 'Times New Roman' });
}
