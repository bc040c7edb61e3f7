/**
 * Helpers for the rendering tests: what is installed, the geometry of the page in points, and
 * finding lines, page numbers and drawn rules in a rendered document.
 */
import { AppError } from '../shared/contract/errors';
import { renderPdf } from '../electron/backend/documents/render/pdf';
import { findSoffice } from '../electron/backend/spreadsheets/libreoffice';
import { findPdftotext, PT_PER_MM, type PdfLine, type PdfPage, type PdfWord } from './pdf-layout';
import { findPdftoppm, horizontalRules, type GrayImage } from './raster';

/** Why the rendering tests cannot run here, or null when LibreOffice and Poppler are installed. */
export function missingTools(): string | null {
  const missing = [
    findSoffice() === null ? 'LibreOffice (soffice)' : null,
    findPdftotext() === null ? 'pdftotext' : null,
    findPdftoppm() === null ? 'pdftoppm' : null,
  ].filter((m): m is string => m !== null);
  if (missing.length === 0) return null;
  return `rendering tests skipped: ${missing.join(', ')} not installed (apt-get install libreoffice-writer-nogui poppler-utils fonts-liberation2)`;
}

/**
 * The .docx as PDF; when LibreOffice fails, the test's error carries what soffice said (the
 * officer's message alone would not tell the next engineer why).
 */
export async function renderPdfOrExplain(docx: Buffer): Promise<Buffer> {
  try {
    return await renderPdf(docx);
  } catch (error) {
    if (error instanceof AppError)
      throw new Error(`${error.message} (${JSON.stringify(error.details ?? {})})`, { cause: error });
    throw error;
  }
}

/** The A4 page and Decree 30's margins, in points. */
export const PAGE = {
  width: 595.2756,
  height: 841.8898,
  top: 20 * PT_PER_MM,
  bottom: 841.8898 - 20 * PT_PER_MM,
  left: 30 * PT_PER_MM,
  right: 595.2756 - 15 * PT_PER_MM,
  centre: (30 * PT_PER_MM + 595.2756 - 15 * PT_PER_MM) / 2,
} as const;

/** The text area of a page as printed, portrait or landscape (a wide appendix), in points. */
export function textArea(page: { width: number; height: number }): {
  left: number;
  right: number;
  top: number;
  bottom: number;
  centre: number;
} {
  const left = 30 * PT_PER_MM;
  const right = page.width - 15 * PT_PER_MM;
  return {
    left,
    right,
    top: 20 * PT_PER_MM,
    bottom: page.height - 20 * PT_PER_MM,
    centre: (left + right) / 2,
  };
}

/** The body's words printed outside the page's text area by more than a millimetre. */
export function wordsOutsideText(page: PdfPage): PdfWord[] {
  const a = textArea(page);
  return bodyWords(page).filter(
    (w) => w.xMin < a.left - MM1 || w.xMax > a.right + MM1 || w.yMax > a.bottom + MM1,
  );
}

/** 1 mm and 3 mm in points: the tolerances. */
export const MM1 = PT_PER_MM;
export const MM3 = 3 * PT_PER_MM;

/** Words whose box lies entirely inside the top margin: the page number, if any. */
export function headerWords(page: PdfPage): PdfWord[] {
  return page.words.filter((w) => w.yMax < PAGE.top);
}

export function bodyWords(page: PdfPage): PdfWord[] {
  return page.words.filter((w) => w.yMax >= PAGE.top);
}

/** The line whose text is `text` (or matches it); throws when there is none. */
export function lineOf(pages: readonly PdfPage[], text: string | RegExp): { page: PdfPage; line: PdfLine } {
  for (const page of pages) {
    const line = page.lines.find((l) => (typeof text === 'string' ? l.text === text : text.test(l.text)));
    if (line !== undefined) return { page, line };
  }
  throw new Error(
    `no line ${String(text)} in the PDF: ${pages.flatMap((p) => p.lines.map((l) => l.text)).join(' | ')}`,
  );
}

/** The first line of the body of a page (below the top margin), top to bottom. */
export function firstBodyLine(page: PdfPage): PdfLine | undefined {
  return [...page.lines]
    .filter((l) => l.yMax >= PAGE.top)
    .sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin)[0];
}

/** The pages on which a section starts: page 1, and every page that opens with "Phụ lục". */
export function sectionStarts(pages: readonly PdfPage[]): number[] {
  return pages
    .filter((p) => p.number === 1 || /^Phụ lục( [IVX]+)?$/u.test(firstBodyLine(p)?.text ?? ''))
    .map((p) => p.number);
}

/** A rule drawn on a page, in points. */
export interface DrawnRule {
  y: number;
  x0: number;
  x1: number;
  length: number;
}

/**
 * The drawn horizontal rule just under a line of text: the longest dark run starting within
 * `below` points under the line's box, overlapping it horizontally.
 */
export function ruleUnder(
  image: GrayImage,
  dpi: number,
  line: { xMin: number; xMax: number; yMax: number },
  below = 10,
): DrawnRule | null {
  const s = dpi / 72;
  const rules = horizontalRules(
    image,
    {
      x0: (line.xMin - 40) * s,
      x1: (line.xMax + 40) * s,
      y0: (line.yMax - 3) * s,
      y1: (line.yMax + below) * s,
    },
    8 * s,
  );
  const best = rules.sort((a, b) => b.x1 - b.x0 - (a.x1 - a.x0))[0];
  if (best === undefined) return null;
  return { y: best.y / s, x0: best.x0 / s, x1: (best.x1 + 1) / s, length: (best.x1 + 1 - best.x0) / s };
}

/**
 * Where a phrase is printed: consecutive words of one line equal to its words. pdftotext may put
 * neighbouring table cells on one line, so a cell's text is a phrase inside a line.
 */
export function phraseOf(pages: readonly PdfPage[], phrase: string): { page: PdfPage; box: PdfWord } {
  const wanted = phrase.split(/\s+/u).filter((w) => w !== '');
  for (const page of pages) {
    for (const line of page.lines) {
      for (let i = 0; i + wanted.length <= line.words.length; i += 1) {
        const words = line.words.slice(i, i + wanted.length);
        if (words.every((w, k) => w.text === wanted[k])) {
          return {
            page,
            box: {
              text: phrase,
              xMin: Math.min(...words.map((w) => w.xMin)),
              yMin: Math.min(...words.map((w) => w.yMin)),
              xMax: Math.max(...words.map((w) => w.xMax)),
              yMax: Math.max(...words.map((w) => w.yMax)),
            },
          };
        }
      }
    }
  }
  throw new Error(`no phrase "${phrase}" in the PDF`);
}

/** The words printed on the same line as `box`, to its right, left to right (a table row after its name). */
export function wordsRightOf(page: PdfPage, box: PdfWord): string[] {
  return page.words
    .filter((w) => Math.abs(w.yMin - box.yMin) < 2 && w.xMin > box.xMax)
    .sort((a, b) => a.xMin - b.xMin)
    .map((w) => w.text);
}

/**
 * The page numbers as printed against what Decree 30 wants: nothing on a section's first page,
 * its number within the section on the others, centred in the top margin (within 3 mm). One
 * entry per page: what is printed, what is wanted, and how far off centre.
 */
export function pageNumbering(
  pages: readonly PdfPage[],
): { page: number; printed: string[]; wanted: string[]; offCentre: number }[] {
  const starts = sectionStarts(pages);
  return pages.map((page) => {
    const start = Math.max(...starts.filter((s) => s <= page.number));
    const words = headerWords(page);
    const middle =
      words.length === 0 ? textArea(page).centre : ((words[0]?.xMin ?? 0) + (words[0]?.xMax ?? 0)) / 2;
    return {
      page: page.number,
      printed: words.map((w) => w.text),
      wanted: start === page.number ? [] : [String(page.number - start + 1)],
      offCentre: Math.abs(middle - textArea(page).centre),
    };
  });
}

/**
 * The tables' drawn borders on a rendered page: how many horizontal rules (15 mm or longer) reach
 * outside the text area by more than a millimetre, and the widest as a share of the text width.
 */
export function tableRules(
  page: PdfPage,
  image: GrayImage,
  dpi: number,
): { outside: number; widest: number } {
  const s = dpi / 72;
  const rules = horizontalRules(
    image,
    { x0: 0, x1: image.width - 1, y0: 0, y1: image.height - 1 },
    15 * PT_PER_MM * s,
  );
  const a = textArea(page);
  return {
    outside: rules.filter((r) => r.x0 / s < a.left - MM1 || (r.x1 + 1) / s > a.right + MM1).length,
    widest: Math.max(0, ...rules.map((r) => (r.x1 + 1 - r.x0) / s / (a.right - a.left))),
  };
}
