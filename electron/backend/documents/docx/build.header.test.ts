/** The header table of page 1: issuing body | national title, then number | place and date. */
import { beforeAll, describe, expect, it } from 'vitest';
import { HEADER_LEFT, HEADER_RIGHT, MOTTO, NATIONAL_TITLE } from './header-table';
import { textWidthPt } from './metrics';
import { CELL_PADDING } from './table';
import {
  copyForSigning,
  foundingDecision,
  monthlyReport,
  officeReport,
  villagesDecision,
} from '../../../../test-support/docx-fixtures';
import {
  child,
  children,
  findDeep,
  gridColumns,
  narrowedWidth,
  buildEach,
  tableCells,
  val,
  type BuiltDocx,
  type ParagraphInfo,
  type XmlElement,
} from '../../../../test-support/docx';

let founding: BuiltDocx;
let villages: BuiltDocx;
let forSigning: BuiltDocx;
let report: BuiltDocx;
let office: BuiltDocx;

beforeAll(async () => {
  [founding, villages, forSigning, report, office] = await buildEach(
    foundingDecision(),
    villagesDecision(),
    copyForSigning(),
    monthlyReport(),
    officeReport(),
  );
});

function headerOf(built: BuiltDocx): { table: XmlElement; cells: ParagraphInfo[][][] } {
  const table = built.docx.body.children[0];
  if (table?.name !== 'w:tbl') throw new Error('the document does not start with the header table');
  return {
    table,
    cells: tableCells(table).map((row) => row.map((cell) => cell.map((p) => built.sheet.paragraph(p)))),
  };
}

const inner = (column: number): number => column - 2 * CELL_PADDING;
const twips = (text: string, size: number, bold = true): number => textWidthPt(text, size, { bold }) * 20;

function expectRuleParagraph(p: ParagraphInfo | undefined, column: number): number {
  expect(p).toBeDefined();
  if (p === undefined) return 0;
  // A paragraph of its own: no text, only a solid top border, narrowed evenly by its indents.
  expect(p.text).toBe('');
  expect(p.runs).toHaveLength(0);
  expect(p.borders).toEqual({ top: 'single' });
  expect(p.indent.left).toBeGreaterThan(0);
  expect(Math.abs(p.indent.left - p.indent.right)).toBeLessThanOrEqual(1);
  expect(p.indent.firstLine).toBe(0);
  const width = narrowedWidth(p, inner(column));
  expect(width).toBeGreaterThan(0);
  expect(width).toBeLessThan(inner(column));
  // Thin: its own line is at most a few points high.
  expect(p.spacing.lineRule).toBe('exact');
  expect(p.spacing.line).toBeLessThanOrEqual(60);
  return width;
}

describe('the header table', () => {
  it('is a borderless fixed table, 40 % / 60 % of the 165-mm text width', () => {
    for (const built of [founding, report, office]) {
      const { table } = headerOf(built);
      const tblPr = child(table, 'w:tblPr');
      const borders = child(tblPr, 'w:tblBorders');
      expect(borders?.children.map((b) => b.name).sort()).toEqual(
        ['w:bottom', 'w:insideH', 'w:insideV', 'w:left', 'w:right', 'w:top'].sort(),
      );
      for (const side of borders?.children ?? []) expect(['none', 'nil']).toContain(val(side));
      expect(findDeep(table, 'w:tcBorders')).toHaveLength(0);
      expect(val(child(tblPr, 'w:tblLayout'), 'w:type')).toBe('fixed');
      expect(gridColumns(table)).toEqual([3742, 5613]);
      expect(HEADER_LEFT + HEADER_RIGHT).toBe(11906 - 1701 - 850);
      expect(HEADER_LEFT / (HEADER_LEFT + HEADER_RIGHT)).toBeCloseTo(0.4, 3);
      for (const tr of children(table, 'w:tr'))
        expect(child(child(tr, 'w:trPr'), 'w:cantSplit')).toBeDefined();
    }
  });

  it('prints the issuing body in upper case, 13 pt bold, centred, with its rule under it', () => {
    const [[left]] = headerOf(founding).cells as [[ParagraphInfo[]]];
    expect(left.map((p) => p.text)).toEqual(['ỦY BAN NHÂN DÂN', 'XÃ ĐÔNG SƠN', '']);
    for (const p of left.slice(0, 2)) {
      expect(p.align).toBe('center');
      for (const run of p.runs) expect(run).toMatchObject({ size: 26, bold: true, italic: false });
    }
    const width = expectRuleParagraph(left[2], HEADER_LEFT);
    // 1/3–1/2 of the text's length, of the longest line and of the one above it.
    for (const text of ['ỦY BAN NHÂN DÂN', 'XÃ ĐÔNG SƠN']) {
      expect(width).toBeGreaterThanOrEqual(twips(text, 13) / 3 - 1);
      expect(width).toBeLessThanOrEqual(twips(text, 13) / 2 + 1);
    }
    expect(left[2]?.align).toBe('center');
  });

  it('prints a supervising body above, 13 pt upright, and upper-cases with the Vietnamese locale', () => {
    const [[left]] = headerOf(office).cells as [[ParagraphInfo[]]];
    expect(left.map((p) => p.text)).toEqual(['UBND HUYỆN BÌNH SƠN', 'PHÒNG VĂN HÓA', 'VÀ THÔNG TIN', '']);
    for (const run of left[0]?.runs ?? [])
      expect(run).toMatchObject({ size: 26, bold: false, italic: false });
    for (const run of left[1]?.runs ?? []) expect(run).toMatchObject({ size: 26, bold: true });
    const width = expectRuleParagraph(left[3], HEADER_LEFT);
    expect(width).toBeGreaterThanOrEqual(twips('PHÒNG VĂN HÓA', 13) / 3 - 1);
    expect(width).toBeLessThanOrEqual(twips('PHÒNG VĂN HÓA', 13) / 2 + 1);
  });

  it('prints the national title at 12 pt and the motto at 13 pt, bold, with a rule exactly as long as the motto', () => {
    const [[, right]] = headerOf(founding).cells as [[ParagraphInfo[], ParagraphInfo[]]];
    expect(right.map((p) => p.text)).toEqual([NATIONAL_TITLE, MOTTO, '']);
    expect(NATIONAL_TITLE).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(MOTTO).toBe('Độc lập - Tự do - Hạnh phúc');
    for (const run of right[0]?.runs ?? [])
      expect(run).toMatchObject({ size: 24, bold: true, italic: false });
    for (const run of right[1]?.runs ?? [])
      expect(run).toMatchObject({ size: 26, bold: true, italic: false });
    for (const p of right) expect(p.align).toBe('center');
    // 12 pt so that it fits on one line of the right column.
    expect(twips(NATIONAL_TITLE, 12)).toBeLessThan(inner(HEADER_RIGHT));
    const width = expectRuleParagraph(right[2], HEADER_RIGHT);
    expect(Math.abs(width - twips(MOTTO, 13))).toBeLessThanOrEqual(2);
  });

  it('puts the number and the date in a second row, so they share one line', () => {
    const { cells } = headerOf(founding);
    expect(cells).toHaveLength(2);
    const [number] = cells[1]?.[0] ?? [];
    const [date] = cells[1]?.[1] ?? [];
    expect(number?.text).toBe('Số: 07/QĐ-UBND');
    expect(number?.align).toBe('center');
    for (const run of number?.runs ?? []) expect(run).toMatchObject({ size: 26, bold: false, italic: false });
    expect(date?.text).toBe('Đông Sơn, ngày 05 tháng 02 năm 2026');
    expect(date?.align).toBe('center');
    for (const run of date?.runs ?? []) expect(run).toMatchObject({ size: 26, bold: false, italic: true });
    // Same space above both, so their baselines match.
    expect(number?.spacing.before).toBe(date?.spacing.before);
  });

  it('pads the number, the day and months 1–2 with a zero, and only those', () => {
    const texts = (built: BuiltDocx): string[] =>
      headerOf(built).cells[1]?.map((cell) => cell[0]?.text ?? '') ?? [];
    expect(texts(villages)).toEqual(['Số: 12/QĐ-UBND', 'Đông Sơn, ngày 29 tháng 6 năm 2025']);
    expect(texts(report)).toEqual(['Số: 05/BC-UBND', 'Đông Sơn, ngày 30 tháng 11 năm 2026']);
    expect(texts(office)).toEqual(['Số: 23/BC-VHTT', 'Bình Sơn, ngày 09 tháng 01 năm 2026']);
  });

  it('leaves the number, the day and the month blank on the copy for signing', () => {
    const [number, date] = headerOf(forSigning).cells[1]?.map((cell) => cell[0]?.text ?? '') ?? [];
    expect(number).toMatch(/^Số: {6,}\/QĐ-UBND$/u);
    expect(date).toBe('Đông Sơn, ngày      tháng      năm 2026');
    // The raw XML keeps the spaces.
    const t = findDeep(headerOf(forSigning).table, 'w:t').find((e) => e.text.startsWith('Số:'));
    expect(t?.attrs['xml:space']).toBe('preserve');
  });
});
