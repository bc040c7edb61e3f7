/**
 * The report as printed: rendered by LibreOffice, read back from the PDF (words and their boxes)
 * and from the pixels (the tables' drawn borders). A month report of Xã Đông Sơn and the same
 * report for a commune of 40 village teams, whose "Biểu số liệu" runs over several landscape
 * pages: margins, page numbers from page 2 of each section, every table within the text width,
 * the header row on every page of the long table, and the numbers printed equal to the figures.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Profile } from '../../../shared/contract/types';
import type { ReportFigures } from '../../../shared/contract/report-types';
import { formatCount } from '../../../shared/vi/numbers';
import { demoProfile } from '../demo/demo-data';
import { buildDocument } from '../documents/docx/build';
import { readPdfLayout, PT_PER_MM, type PdfPage, type PdfWord } from '../../../test-support/pdf-layout';
import { horizontalRules, rasterizePage, type GrayImage } from '../../../test-support/raster';
import {
  headerWords,
  missingTools,
  MM1,
  MM3,
  phraseOf,
  renderPdfOrExplain,
  sectionStarts,
  textArea,
} from '../../../test-support/render';
import { expectTextWithinMargins } from '../../../test-support/render-expect';
import { manyVillagesFigures, monthFigures } from '../../../test-support/report-fixture';
import { composeReport } from './report-content';
import { percentCell } from './report-tables';

const skip = missingTools();
if (skip !== null) console.warn(skip);

const DPI = 100;
const profile: Profile = { ...demoProfile, updatedAt: '2026-01-01T00:00:00.000Z' };

interface Rendered {
  figures: ReportFigures;
  pages: PdfPage[];
  images: GrayImage[];
}

const rendered = {} as Record<'month' | 'villages', Rendered>;

async function render(figures: ReportFigures): Promise<Rendered> {
  const content = composeReport({
    figures,
    profile,
    texts: {
      difficulties:
        'Một số thôn vùng núi sóng di động còn yếu, người cao tuổi chưa có điện thoại thông minh.',
      proposals: 'Đề nghị Sở Khoa học và Công nghệ hỗ trợ tài liệu hướng dẫn kỹ năng số cho người dân.',
      nextTasks: 'Tiếp tục hướng dẫn người dân nộp hồ sơ trực tuyến.\nĐôn đốc các Tổ chưa có hoạt động.',
    },
    signer: { mode: 'vice_chairman', name: 'Nguyễn Thị Mỹ Hạnh' },
    when: { number: 5, date: '2026-03-16', year: 2026 },
  });
  const pdf = await renderPdfOrExplain(await buildDocument(content));
  const pages = await readPdfLayout(pdf);
  const images: GrayImage[] = [];
  for (const page of pages) images.push(await rasterizePage(pdf, page.number, DPI));
  return { figures, pages, images };
}

beforeAll(async () => {
  if (skip !== null) return;
  rendered.month = await render(monthFigures());
  rendered.villages = await render(manyVillagesFigures(40));
}, 300_000);

/** The words printed on the same line as `box`, to its right, left to right. */
function rowAfter(page: PdfPage, box: PdfWord): string[] {
  return page.words
    .filter((w) => Math.abs(w.yMin - box.yMin) < 2 && w.xMin > box.xMax)
    .sort((a, b) => a.xMin - b.xMin)
    .map((w) => w.text);
}

const numeric = (text: string): boolean => /^(?:[\d.,]+|-)$/u.test(text);

const names = ['month', 'villages'] as const;

describe.skipIf(skip !== null)('the printed report', () => {
  it('has the report, then the "Biểu số liệu" from a new page, landscape', () => {
    const { pages } = rendered.month;
    const starts = sectionStarts(pages);
    expect(starts).toHaveLength(2);
    expect(starts[0]).toBe(1);
    const appendix = pages[(starts[1] ?? 0) - 1] as PdfPage;
    expect(appendix.width).toBeGreaterThan(appendix.height);
    for (const page of pages.slice(0, (starts[1] ?? 0) - 1)) expect(page.width).toBeLessThan(page.height);
    expect(
      rendered.villages.pages.length - (sectionStarts(rendered.villages.pages)[1] ?? 0),
    ).toBeGreaterThanOrEqual(1);
  });

  it('shows no page number on the first page of the report nor of the appendix, its number on the others', () => {
    let numbered = 0;
    for (const name of names) {
      const { pages } = rendered[name];
      const starts = sectionStarts(pages);
      for (const page of pages) {
        const start = Math.max(...starts.filter((s) => s <= page.number));
        const words = headerWords(page);
        if (start === page.number) {
          expect(words, `${name} page ${page.number}`).toEqual([]);
          continue;
        }
        expect(
          words.map((w) => w.text),
          `${name} page ${page.number}`,
        ).toEqual([String(page.number - start + 1)]);
        const [number] = words as [PdfWord];
        expect(Math.abs((number.xMin + number.xMax) / 2 - textArea(page).centre)).toBeLessThanOrEqual(MM3);
        numbered += 1;
      }
    }
    expect(numbered).toBeGreaterThanOrEqual(3);
  });

  it('keeps every word inside the margins, and starts the text at 30 mm left and 20 mm top', () => {
    for (const name of names) expectTextWithinMargins(name, rendered[name].pages);
  });

  it('draws every table within the text width, the widest exactly as wide as it', () => {
    for (const name of names) {
      const { pages, images } = rendered[name];
      let widest = 0;
      pages.forEach((page, i) => {
        const image = images[i] as GrayImage;
        const s = DPI / 72;
        const rules = horizontalRules(
          image,
          { x0: 0, x1: image.width - 1, y0: 0, y1: image.height - 1 },
          15 * PT_PER_MM * s,
        );
        const a = textArea(page);
        for (const rule of rules) {
          const where = `${name} page ${page.number}`;
          expect(rule.x0 / s, where).toBeGreaterThanOrEqual(a.left - MM1);
          expect((rule.x1 + 1) / s, where).toBeLessThanOrEqual(a.right + MM1);
          widest = Math.max(widest, (rule.x1 + 1 - rule.x0) / s / (a.right - a.left));
        }
      });
      // A table's border spans the whole text width (within a millimetre of 165 or 252 mm).
      expect(widest, name).toBeGreaterThan(0.99);
    }
  });

  it('prints the sentences with the figures’ numbers', () => {
    const text = rendered.month.pages.flatMap((p) => p.lines.map((l) => l.text)).join(' ');
    for (const phrase of [
      'Toàn xã hiện có 01 Tổ Công nghệ số cộng đồng cấp xã với 17 thành viên và 03 Tổ cấp thôn, tổ dân phố với 24 thành viên; tổng số 41 thành viên.',
      'đã thực hiện 23 hoạt động, gồm: 09 buổi tuyên truyền, 08 buổi hướng dẫn, 04 lượt hỗ trợ trực tiếp, 01 buổi tập huấn và 01 cuộc họp',
      'hỗ trợ cho 1.064 lượt người dân và 538 lượt hộ gia đình.',
      'đã tham gia 02 lớp tập huấn, bồi dưỡng với tổng thời lượng 7 giờ, 29 lượt người tham dự; có 21 thành viên',
      'Số liệu tính từ ngày 15/02/2026 đến ngày 14/3/2026.',
      'Kính gửi: Sở Khoa học và Công nghệ tỉnh Quảng Ngãi.',
      'Số: 05/BC-UBND',
    ]) {
      expect(text).toContain(phrase);
    }
  });

  it('prints each indicator’s target, result, cumulative result and percentage on its row', () => {
    const { pages, figures } = rendered.month;
    for (const line of figures.indicators) {
      const start = line.name.split(' ').slice(0, 3).join(' ');
      const { page, box } = phraseOf(pages, start);
      expect(rowAfter(page, box).filter(numeric), line.name).toEqual([
        line.target === null ? '-' : formatCount(line.target),
        formatCount(line.result),
        formatCount(line.cumulative),
        percentCell(line.percent),
      ]);
    }
  });

  it('repeats the header row on every page of the 40 villages’ table, rows in order with their numbers', () => {
    const { pages, figures } = rendered.villages;
    const start = sectionStarts(pages)[1] ?? 0;
    const appendix = pages.slice(start - 1);
    expect(appendix.length).toBeGreaterThanOrEqual(3);
    for (const page of appendix) {
      const header = phraseOf([page], 'Thôn, tổ dân phố');
      expect(rowAfter(page, header.box).length, `page ${page.number}`).toBeGreaterThan(0);
      expect(page.words.some((w) => w.text === 'STT' && Math.abs(w.yMax - header.box.yMax) < 30)).toBe(true);
    }
    const order: number[] = [];
    figures.villages.forEach((village, i) => {
      const { page, box } = phraseOf(appendix, village.villageName);
      order.push(page.number * 10_000 + box.yMin);
      const values = [
        village.members,
        village.activities,
        village.people,
        village.households,
        village.trainedMembers,
        ...[
          'online_applications',
          'vneid_activated',
          'cashless_accounts_opened',
          'health_book_installed',
          'propaganda_sessions',
        ].map((code) => village.results[code] ?? 0),
      ];
      expect(rowAfter(page, box), village.villageName).toEqual(values.map(formatCount));
      expect(page.words.some((w) => w.text === String(i + 1) && Math.abs(w.yMin - box.yMin) < 2)).toBe(true);
    });
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const total = phraseOf(appendix, 'Tổng cộng');
    const sum = (pick: (v: ReportFigures['villages'][number]) => number): string =>
      formatCount(figures.villages.reduce((a, v) => a + pick(v), 0));
    expect(rowAfter(total.page, total.box).slice(0, 5)).toEqual([
      sum((v) => v.members),
      sum((v) => v.activities),
      sum((v) => v.people),
      sum((v) => v.households),
      sum((v) => v.trainedMembers),
    ]);
    expect(total.page.number).toBe(pages.length);
  });
});
