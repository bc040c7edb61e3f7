/**
 * The report's workbook opened by LibreOffice: its formulas, calculated by LibreOffice itself,
 * give the results the file caches; printed to PDF, each sheet fits the A4 page's width, shows
 * its numbers Vietnamese-style, and repeats the table's header on a second page.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReportFigures } from '../../../shared/contract/report-types';
import { readPdfLayout, type PdfPage } from '../../../test-support/pdf-layout';
import { missingTools } from '../../../test-support/render';
import { manyVillagesFigures, monthFigures } from '../../../test-support/report-fixture';
import { formulaCells, reportHeader, withoutCachedResults } from '../../../test-support/report-workbook';
import { tempDir } from '../../../test-support/sheets';
import { convertWithLibreOffice } from '../spreadsheets/libreoffice';
import { writeReportWorkbook } from './report-xlsx';

const skip = missingTools();
if (skip !== null) console.warn(skip);

/** `bytes` saved as bao-cao.xlsx and converted by LibreOffice to `target` ("xlsx", "pdf"). */
async function converted(bytes: Buffer, target: string): Promise<Buffer> {
  const dir = tempDir();
  const source = path.join(dir, 'bao-cao.xlsx');
  fs.writeFileSync(source, bytes);
  return fs.readFileSync(await convertWithLibreOffice(source, target, path.join(dir, 'out')));
}

async function pdfPages(figures: ReportFigures): Promise<PdfPage[]> {
  return readPdfLayout(await converted(await writeReportWorkbook(figures, reportHeader), 'pdf'));
}

function texts(page: PdfPage): string[] {
  return page.lines.map((l) => l.text);
}

/** The words printed at the height of the leftmost word `text` of the page (the STT column), left to right. */
function rowOf(page: PdfPage, text: string): string[] {
  const word = page.words
    .filter((w) => w.text === text)
    .sort((a, b) => a.xMin - b.xMin || a.yMin - b.yMin)[0];
  if (word === undefined) throw new Error(`no «${text}» on page ${page.number}`);
  const middle = (word.yMin + word.yMax) / 2;
  return page.words
    .filter((w) => Math.abs((w.yMin + w.yMax) / 2 - middle) < 3)
    .sort((a, b) => a.xMin - b.xMin)
    .map((w) => w.text);
}

/** Half an inch, the sheets' side margins, in points, less a point for rounding. */
const SIDE = 36 - 1;

describe.skipIf(skip !== null)('the report workbook in LibreOffice', () => {
  it('calculates every formula to the result the file caches', async () => {
    for (const figures of [monthFigures(), manyVillagesFigures(40)]) {
      const bytes = await writeReportWorkbook(figures, reportHeader);
      const cached = formulaCells(bytes);
      // Without the cached results LibreOffice must calculate each formula itself.
      const recalculated = formulaCells(await converted(await withoutCachedResults(bytes), 'xlsx'));
      expect(recalculated.map((c) => [c.sheet, c.address])).toEqual(cached.map((c) => [c.sheet, c.address]));
      recalculated.forEach((cell, i) => {
        const want = cached[i]?.result;
        const where = `${cell.sheet}!${cell.address} ${cell.formula}`;
        if (typeof want === 'number') expect(cell.result, where).toBeCloseTo(want, 12);
        else expect(cell.result, where).toBe(want);
      });
      // Totals, percentages of the three pillars, and the Biểu's columns are all there.
      expect(cached.filter((c) => c.formula.startsWith('SUM(')).length).toBe(3 + 10);
      expect(cached.filter((c) => c.formula.startsWith('IF(')).length).toBe(7);
    }
  });

  it('prints each sheet on its own A4 page within the margins, numbers grouped the Vietnamese way', async () => {
    const pages = await pdfPages(monthFigures());
    expect(pages).toHaveLength(5);
    pages.forEach((page, i) => {
      const portrait = i < 4;
      expect([Math.round(page.width), Math.round(page.height)]).toEqual(portrait ? [595, 842] : [842, 595]);
      expect(texts(page)).toContain('KẾT QUẢ HOẠT ĐỘNG CỦA TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG THÁNG 3 NĂM 2026');
      expect(texts(page)).toContain('Số liệu tính từ ngày 15/02/2026 đến ngày 14/3/2026.');
      expect(texts(page)).toContain(`Trang ${i + 1}/5`);
      for (const word of page.words) {
        expect(word.xMin, `${word.text} on page ${i + 1}`).toBeGreaterThanOrEqual(SIDE);
        expect(word.xMax, `${word.text} on page ${i + 1}`).toBeLessThanOrEqual(page.width - SIDE);
      }
    });
    const words = (page: PdfPage | undefined): string[] => page?.words.map((w) => w.text) ?? [];
    expect(words(pages[0])).toContain('1.064');
    expect(words(pages[1])).toEqual(expect.arrayContaining(['1.200', '23,17%', '20,92%']));
    expect(words(pages[2])).toEqual(expect.arrayContaining(['19,25%', '0,00%']));
    expect(words(pages[4])).toEqual(expect.arrayContaining(['Tổng', 'cộng', '914', '463']));
  });

  it('repeats the Biểu’s header rows on its second page and ends it with the totals', async () => {
    const figures = manyVillagesFigures(40);
    const pages = await pdfPages(figures);
    // Tổng hợp and the three pillars take a page each; the Biểu's 40 rows take two.
    expect(pages).toHaveLength(6);
    const [first, second] = pages.slice(4);
    if (first === undefined || second === undefined) throw new Error(`${pages.length} pages`);
    for (const page of [first, second]) {
      expect(
        texts(page).some((t) => t.includes('Thôn, tổ dân phố')),
        `page ${page.number}`,
      ).toBe(true);
      expect(texts(page).some((t) => t.includes('Kết quả thực hiện chỉ tiêu trong kỳ'))).toBe(true);
    }
    // pdftotext gives each cell its own line: a table row is the words at the same height. The
    // totals of manyVillagesFigures(40), worked out by hand (report-content.test.ts).
    expect(rowOf(second, 'Tổng').slice(0, 6)).toEqual(['Tổng', 'cộng', '280', '115', '2.489', '1.275']);
    // The last village in Vietnamese order, "Thôn Thanh Thủy 5", and its 5 members.
    expect(rowOf(second, '40').slice(0, 6)).toEqual(['40', 'Thôn', 'Thanh', 'Thủy', '5', '5']);
    expect(rowOf(first, '1').slice(0, 5)).toEqual(['1', 'Thôn', 'An', 'Hải', '1']);
  });
});
