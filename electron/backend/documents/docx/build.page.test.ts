/** The page of Decree 30: A4, margins, Times New Roman, page numbers in the header from page 2. */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSingleParagraphDocument } from './build';
import {
  copyForSigning,
  foundingDecision,
  monthlyReport,
  villagesDecision,
} from '../../../../test-support/docx-fixtures';
import {
  buildEach,
  child,
  children,
  findAll,
  findDeep,
  num,
  readBuilt,
  val,
  type BuiltDocx,
  type SectionInfo,
} from '../../../../test-support/docx';

let founding: BuiltDocx;
let villages: BuiltDocx;
let report: BuiltDocx;
let forSigning: BuiltDocx;

beforeAll(async () => {
  [founding, villages, report, forSigning] = await buildEach(
    foundingDecision(),
    villagesDecision(),
    monthlyReport(),
    copyForSigning(),
  );
});

const all = (): [string, BuiltDocx][] => [
  ['founding', founding],
  ['villages', villages],
  ['report', report],
  ['copy for signing', forSigning],
];

function expectDecreePage(section: SectionInfo): void {
  const size = child(section.sectPr, 'w:pgSz');
  expect(num(size, 'w:w')).toBe(11906);
  expect(num(size, 'w:h')).toBe(16838);
  expect(val(size, 'w:orient') ?? 'portrait').toBe('portrait');
  const margin = child(section.sectPr, 'w:pgMar');
  // 20 mm = 1133.86 twips, 30 mm = 1700.79, 15 mm = 850.39: rounded, not floored.
  expect(num(margin, 'w:top')).toBe(1134);
  expect(num(margin, 'w:bottom')).toBe(1134);
  expect(num(margin, 'w:left')).toBe(1701);
  expect(num(margin, 'w:right')).toBe(850);
  // The header (page number) sits inside the top margin.
  expect(num(margin, 'w:header')).toBeGreaterThan(0);
  expect(num(margin, 'w:header')).toBeLessThan(1134 - 13 * 20 * 1.2);
}

describe('page', () => {
  it('is A4 portrait in exact twips with margins 20/20/30/15 mm in every section', () => {
    for (const [, built] of all()) {
      expect(built.sections.length).toBeGreaterThan(0);
      for (const section of built.sections) expectDecreePage(section);
    }
  });

  it('has one section for the document and one per appendix', () => {
    expect(founding.sections).toHaveLength(2);
    expect(villages.sections).toHaveLength(3);
    expect(report.sections).toHaveLength(1);
  });

  it('numbers pages from 1 in every section, with no number on the section’s first page', () => {
    for (const [, built] of all()) {
      for (const section of built.sections) {
        expect(child(section.sectPr, 'w:titlePg')).toBeDefined();
        expect(val(child(section.sectPr, 'w:titlePg')) ?? 'true').not.toMatch(/^(0|false)$/u);
        expect(num(child(section.sectPr, 'w:pgNumType'), 'w:start')).toBe(1);
        const fmt = val(child(section.sectPr, 'w:pgNumType'), 'w:fmt');
        expect(fmt === undefined || fmt === 'decimal').toBe(true);
      }
    }
  });

  it('prints the PAGE field, 13 pt upright, centred, in the default header', () => {
    for (const [, built] of all()) {
      for (const section of built.sections) {
        const headers = built.headers(section);
        const header = headers.default;
        expect(header).toBeDefined();
        if (header === undefined) continue;
        const instructions = findDeep(header, 'w:instrText').map((i) => i.text.trim());
        expect(instructions).toEqual(['PAGE']);
        const paragraphs = findDeep(header, 'w:p').map((p) => built.sheet.paragraph(p));
        expect(paragraphs).toHaveLength(1);
        const [p] = paragraphs;
        expect(p?.align).toBe('center');
        for (const run of p?.runs ?? []) {
          expect(run.size).toBe(26);
          expect(run.bold).toBe(false);
          expect(run.italic).toBe(false);
          expect(run.font).toBe('Times New Roman');
        }
      }
    }
  });

  it('leaves the first page’s header empty: no text, no field', () => {
    for (const [, built] of all()) {
      for (const section of built.sections) {
        const first = built.headers(section).first;
        expect(first).toBeDefined();
        if (first === undefined) continue;
        expect(
          findDeep(first, 'w:t')
            .map((t) => t.text)
            .join(''),
        ).toBe('');
        expect(findDeep(first, 'w:instrText')).toHaveLength(0);
        expect(findDeep(first, 'w:fldSimple')).toHaveLength(0);
      }
    }
  });

  it('does not switch on even and odd headers', () => {
    const even = child(findAll(founding.docx.settings, 'w:settings')[0], 'w:evenAndOddHeaders');
    expect(even === undefined || ['0', 'false'].includes(val(even) ?? '')).toBe(true);
  });
});

describe('fonts', () => {
  it('sets Times New Roman, black, 14 pt, Vietnamese as the document defaults', () => {
    const defaults = findAll(founding.docx.styles, 'w:docDefaults')[0];
    const rPr = child(child(defaults, 'w:rPrDefault'), 'w:rPr');
    const fonts = child(rPr, 'w:rFonts');
    for (const attr of ['w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia'])
      expect(fonts?.attrs[attr]).toBe('Times New Roman');
    expect(val(child(rPr, 'w:color'))).toBe('000000');
    expect(num(child(rPr, 'w:sz'))).toBe(28);
    expect(val(child(rPr, 'w:lang'))).toBe('vi-VN');
  });

  it('never names another font or colour, nor underlines, in the body, the styles or the headers', () => {
    for (const [, built] of all()) {
      const parts = [...built.docx.files.keys()].filter((name) =>
        /^word\/(document|styles|header\d+)\.xml$/u.test(name),
      );
      for (const name of parts) {
        const xml = built.docx.xml(name);
        for (const fonts of findDeep(xml, 'w:rFonts')) {
          for (const [attr, value] of Object.entries(fonts.attrs)) {
            if (['w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia'].includes(attr))
              expect(value).toBe('Times New Roman');
          }
        }
        const doc = name === 'word/document.xml' || name.startsWith('word/header');
        if (doc) {
          for (const color of findDeep(xml, 'w:color')) expect(['000000', 'auto']).toContain(val(color));
          expect(findDeep(xml, 'w:u').filter((u) => val(u) !== 'none')).toHaveLength(0);
          expect(findDeep(xml, 'w:highlight')).toHaveLength(0);
        }
      }
      for (const p of built.paragraphs) {
        for (const run of p.runs) {
          expect(run.font).toBe('Times New Roman');
          expect(['000000', 'auto']).toContain(run.color);
        }
      }
    }
  });
});

describe('the single-paragraph baseline', () => {
  it('is a valid one-paragraph document with the same page setup', async () => {
    const built = readBuilt(await buildSingleParagraphDocument('Xin chào'));
    expect(built.paragraphs.map((p) => p.text)).toEqual(['Xin chào']);
    expect(built.sections).toHaveLength(1);
    const [section] = built.sections;
    if (section !== undefined) expectDecreePage(section);
    expect(children(built.docx.body, 'w:tbl')).toHaveLength(0);
  });
});
