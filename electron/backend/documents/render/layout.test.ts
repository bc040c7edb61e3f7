/**
 * The rendered documents, read from the PDF LibreOffice makes: page numbers (none on the first
 * page of the document or of an appendix, centred in the top margin elsewhere, counting from 1 in
 * each appendix), margins, the signature block on one page, one-line header texts, and the drawn
 * rules measured on the page's pixels.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentContent } from '../../../../shared/documents/content';
import { buildDocument } from '../docx/build';
import { HEADER_LEFT } from '../docx/header-table';
import {
  copyForSigning,
  foundingDecision,
  members,
  officeReport,
  villagesDecision,
} from '../../../../test-support/docx-fixtures';
import { readPdfLayout, type PdfPage } from '../../../../test-support/pdf-layout';
import { rasterizePage, type GrayImage } from '../../../../test-support/raster';
import {
  bodyWords,
  firstBodyLine,
  headerWords,
  lineOf,
  missingTools,
  MM1,
  MM3,
  PAGE,
  phraseOf,
  ruleUnder,
  sectionStarts,
  renderPdfOrExplain,
} from '../../../../test-support/render';

const skip = missingTools();
if (skip !== null) console.warn(skip);

const DPI = 150;

interface Rendered {
  content: DocumentContent;
  pages: PdfPage[];
  /** Page 1 as pixels. */
  first: GrayImage;
}

const fixtures = {
  founding: foundingDecision,
  villages: villagesDecision,
  forSigning: copyForSigning,
  office: officeReport,
} as const;
type Name = keyof typeof fixtures;

const rendered = {} as Record<Name, Rendered>;

beforeAll(async () => {
  if (skip !== null) return;
  await Promise.all(
    (Object.keys(fixtures) as Name[]).map(async (name) => {
      const content = fixtures[name]();
      const pdf = await renderPdfOrExplain(await buildDocument(content));
      const [pages, first] = await Promise.all([readPdfLayout(pdf), rasterizePage(pdf, 1, DPI)]);
      rendered[name] = { content, pages, first };
    }),
  );
}, 240_000);

const names = Object.keys(fixtures) as Name[];

describe.skipIf(skip !== null)('page numbers', () => {
  it('finds where each section starts: page 1 and the first page of each appendix', () => {
    expect(sectionStarts(rendered.founding.pages)).toEqual([1, 2]);
    expect(sectionStarts(rendered.forSigning.pages)).toEqual([1, 2]);
    const villages = rendered.villages.pages;
    expect(sectionStarts(villages)).toEqual([1, villages.length - 1, villages.length]);
    expect(sectionStarts(rendered.office.pages)).toEqual([1]);
  });

  it('shows no number on the first page of the document nor of an appendix', () => {
    for (const name of names) {
      const { pages } = rendered[name];
      for (const start of sectionStarts(pages)) {
        expect(headerWords(pages[start - 1] as PdfPage), `${name} page ${start}`).toEqual([]);
      }
    }
  });

  it('shows the page’s number in its section, centred in the top margin, on the other pages', () => {
    let checked = 0;
    for (const name of names) {
      const { pages } = rendered[name];
      const starts = sectionStarts(pages);
      for (const page of pages) {
        const start = Math.max(...starts.filter((s) => s <= page.number));
        if (start === page.number) continue;
        const words = headerWords(page);
        expect(
          words.map((w) => w.text),
          `${name} page ${page.number}`,
        ).toEqual([String(page.number - start + 1)]);
        const [number] = words;
        if (number === undefined) continue;
        expect(Math.abs((number.xMin + number.xMax) / 2 - PAGE.centre)).toBeLessThanOrEqual(MM3);
        expect(number.yMax).toBeLessThan(PAGE.top);
        expect(number.yMin).toBeGreaterThan(0);
        checked += 1;
      }
    }
    // The 30-member appendix takes two pages: its second shows "2".
    expect(headerWords(rendered.founding.pages[2] as PdfPage).map((w) => w.text)).toEqual(['2']);
    expect(checked).toBeGreaterThanOrEqual(2);
  });
});

describe.skipIf(skip !== null)('margins', () => {
  it('starts the text at 30 mm from the left and 20 mm from the top, within 1 mm', () => {
    for (const name of names) {
      const page = rendered[name].pages[0] as PdfPage;
      const words = bodyWords(page);
      expect(Math.abs(Math.min(...words.map((w) => w.xMin)) - PAGE.left), name).toBeLessThanOrEqual(MM1);
      expect(Math.abs(Math.min(...words.map((w) => w.yMin)) - PAGE.top), name).toBeLessThanOrEqual(MM1);
    }
  });

  it('justifies the body to the right margin (15 mm), within 1 mm', () => {
    const page = rendered.founding.pages[0] as PdfPage;
    expect(Math.abs(Math.max(...bodyWords(page).map((w) => w.xMax)) - PAGE.right)).toBeLessThanOrEqual(MM1);
  });

  it('puts no word outside the margins, except the page number in the top one', () => {
    for (const name of names) {
      for (const page of rendered[name].pages) {
        expect(page.width).toBeCloseTo(PAGE.width, 0);
        expect(page.height).toBeCloseTo(PAGE.height, 0);
        for (const word of bodyWords(page)) {
          const where = `${name} page ${page.number}: ${word.text}`;
          expect(word.xMin, where).toBeGreaterThanOrEqual(PAGE.left - MM1);
          expect(word.xMax, where).toBeLessThanOrEqual(PAGE.right + MM1);
          expect(word.yMin, where).toBeGreaterThanOrEqual(PAGE.top - MM1);
          expect(word.yMax, where).toBeLessThanOrEqual(PAGE.bottom + MM1);
        }
        for (const word of headerWords(page)) expect(word.text).toMatch(/^\d+$/u);
      }
    }
  });
});

describe.skipIf(skip !== null)('the header of page 1', () => {
  it('keeps each line of the issuing body, the national title and the motto on one line', () => {
    for (const name of names) {
      const { pages, content } = rendered[name];
      const expected = [
        ...content.issuerLines.map((l) => l.toLocaleUpperCase('vi')),
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
      ];
      for (const text of expected) {
        const { page, line } = lineOf(pages, text);
        expect(page.number, `${name}: ${text}`).toBe(1);
        const tops = line.words.map((w) => w.yMin);
        expect(Math.max(...tops) - Math.min(...tops), `${name}: ${text}`).toBeLessThan(1);
      }
    }
  });

  it('prints the number and the date on the same line', () => {
    const { pages } = rendered.founding;
    const number = lineOf(pages, 'Số: 07/QĐ-UBND').line;
    const date = lineOf(pages, 'Đông Sơn, ngày 05 tháng 02 năm 2026').line;
    expect(Math.abs(number.yMax - date.yMax)).toBeLessThan(1);
    expect(number.xMax).toBeLessThan(PAGE.left + HEADER_LEFT / 20);
    expect(date.xMin).toBeGreaterThan(PAGE.left + HEADER_LEFT / 20);
    // The copy for signing: "Số:" and "/QĐ-UBND" with room between them to write the number by hand.
    const signing = rendered.forSigning.pages;
    const so = phraseOf(signing, 'Số:').box;
    const symbol = phraseOf(signing, '/QĐ-UBND').box;
    const blankDate = phraseOf(signing, 'năm 2026').box;
    expect(Math.abs(so.yMax - symbol.yMax)).toBeLessThan(1);
    expect(Math.abs(so.yMax - blankDate.yMax)).toBeLessThan(1);
    expect(symbol.xMin - so.xMax).toBeGreaterThan(5 * MM1);
  });

  it('draws a rule exactly as long as the motto, centred under it', () => {
    for (const name of names) {
      const { pages, first } = rendered[name];
      const motto = lineOf(pages, 'Độc lập - Tự do - Hạnh phúc').line;
      const rule = ruleUnder(first, DPI, motto);
      expect(rule, name).not.toBeNull();
      if (rule === null) continue;
      const width = motto.xMax - motto.xMin;
      expect(Math.abs(rule.length - width) / width, name).toBeLessThanOrEqual(0.1);
      expect(Math.abs((rule.x0 + rule.x1) / 2 - (motto.xMin + motto.xMax) / 2)).toBeLessThanOrEqual(MM1);
      // Under the text, not through it, and within the right column.
      expect(rule.y).toBeGreaterThan(motto.yMax - 1);
      expect(rule.x0).toBeGreaterThan(PAGE.left + HEADER_LEFT / 20);
      expect(rule.x1).toBeLessThanOrEqual(PAGE.right);
    }
  });

  it('draws a rule 1/3–1/2 as long as the issuing body, centred under it, within the left column', () => {
    for (const name of names) {
      const { pages, first, content } = rendered[name];
      const lines = content.issuerLines.map((l) => lineOf(pages, l.toLocaleUpperCase('vi')).line);
      const last = lines[lines.length - 1];
      if (last === undefined) throw new Error('no issuer');
      const rule = ruleUnder(first, DPI, last);
      expect(rule, name).not.toBeNull();
      if (rule === null) continue;
      const longest = Math.max(...lines.map((l) => l.xMax - l.xMin));
      expect(rule.length / longest, name).toBeGreaterThanOrEqual(1 / 3 - 0.02);
      expect(rule.length / longest, name).toBeLessThanOrEqual(1 / 2 + 0.02);
      expect(Math.abs((rule.x0 + rule.x1) / 2 - (last.xMin + last.xMax) / 2)).toBeLessThanOrEqual(MM1);
      expect(rule.y).toBeGreaterThan(last.yMax - 1);
      expect(rule.x0).toBeGreaterThanOrEqual(PAGE.left);
      expect(rule.x1).toBeLessThanOrEqual(PAGE.left + HEADER_LEFT / 20);
    }
  });

  it('draws a rule 1/3–1/2 as long as the summary, centred under its last line', () => {
    for (const name of names) {
      const { pages, first, content } = rendered[name];
      const words = content.summary.split(' ');
      const start = lineOf(pages, new RegExp(`^${words.slice(0, 3).join(' ')}`, 'u'));
      const index = start.page.lines.indexOf(start.line);
      const summaryLines = [start.line];
      const next = start.page.lines[index + 1];
      if (next !== undefined && content.summary.endsWith(next.text)) summaryLines.push(next);
      expect(summaryLines.map((l) => l.text).join(' '), name).toBe(content.summary);
      const last = summaryLines[summaryLines.length - 1] ?? start.line;
      const rule = ruleUnder(first, DPI, last);
      expect(rule, name).not.toBeNull();
      if (rule === null) continue;
      const widest = Math.max(...summaryLines.map((l) => l.xMax - l.xMin));
      expect(rule.length / widest, name).toBeGreaterThanOrEqual(1 / 3 - 0.02);
      expect(rule.length / widest, name).toBeLessThanOrEqual(1 / 2 + 0.02);
      expect(Math.abs((rule.x0 + rule.x1) / 2 - PAGE.centre)).toBeLessThanOrEqual(MM3);
      expect(rule.y).toBeGreaterThan(last.yMax - 1);
    }
    // The long summary of the villages decision takes two lines.
    expect(lineOf(rendered.villages.pages, 'tại các thôn trên địa bàn xã Đông Sơn').page.number).toBe(1);
  });
});

describe.skipIf(skip !== null)('signature block', () => {
  it('keeps the authority lines, the signer’s name and "Nơi nhận:" on one page', () => {
    for (const name of names) {
      const { pages, content } = rendered[name];
      const recipients = lineOf(pages, /^Nơi nhận:/u).page.number;
      for (const text of [...content.signature.lines, content.signature.name]) {
        expect(lineOf(pages, text).page.number, `${name}: ${text}`).toBe(recipients);
      }
      const lastRecipient = lineOf(pages, /^- Lưu: VT, VHXH\.$/u).page.number;
      expect(lastRecipient).toBe(recipients);
    }
  });

  it('moves the last article with the block when the block does not fit', () => {
    const { pages } = rendered.villages;
    const block = lineOf(pages, /^Nơi nhận:/u).page.number;
    expect(lineOf(pages, /^Điều 4\./u).page.number).toBe(block);
    expect(lineOf(pages, /\.\/\.$/u).page.number).toBe(block);
  });

  it('leaves about four lines for the signature and the seal', () => {
    const { pages, content } = rendered.founding;
    const authority = lineOf(pages, content.signature.lines[content.signature.lines.length - 1] ?? '').line;
    const signer = lineOf(pages, content.signature.name).line;
    const gap = signer.yMin - authority.yMax;
    expect(gap).toBeGreaterThanOrEqual(3.5 * 14);
    expect(gap).toBeLessThanOrEqual(7 * 14);
  });
});

describe.skipIf(skip !== null)('appendix', () => {
  it('opens a new page with "Phụ lục", and repeats the table header on every page', () => {
    const { pages } = rendered.founding;
    const appendix = pages.slice(1);
    expect(firstBodyLine(appendix[0] as PdfPage)?.text).toBe('Phụ lục');
    expect(appendix.length).toBeGreaterThanOrEqual(2);
    for (const page of appendix) {
      expect(
        page.lines.some((l) => l.text === 'Họ và tên'),
        `page ${page.number}`,
      ).toBe(true);
    }
  });

  it('lists every member in order, each row on one page', () => {
    const { pages } = rendered.founding;
    const names = members(30).map((m) => m.fullName);
    const found = names.map((n) => phraseOf(pages.slice(1), n));
    const order = found.map((f) => f.page.number * 10_000 + f.box.yMin);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // A row's number and its member's phone are on the member's page.
    members(30).forEach((m, i) => {
      const page = (found[i] as { page: PdfPage }).page;
      expect(
        page.words.some((w) => w.text === m.phone),
        m.fullName,
      ).toBe(true);
      expect(page.words.some((w) => w.text === String(i + 1))).toBe(true);
    });
  });

  it('numbers several appendices "Phụ lục I", "Phụ lục II", each from a new page', () => {
    const { pages } = rendered.villages;
    const starts = sectionStarts(pages).slice(1);
    expect(starts.map((s) => firstBodyLine(pages[s - 1] as PdfPage)?.text)).toEqual([
      'Phụ lục I',
      'Phụ lục II',
    ]);
  });
});
