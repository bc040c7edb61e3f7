/** Tables of figures: widths that fill the text width exactly, repeated header, unsplit rows, aligned numbers. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataTable, DocumentContent } from '../../../../shared/documents/content';
import { monthlyReport } from '../../../../test-support/docx-fixtures';
import {
  buildEach,
  child,
  children,
  gridColumns,
  num,
  tableCells,
  val,
  type BuiltDocx,
  type XmlElement,
} from '../../../../test-support/docx';
import { dataColumnWidths, KEEP_TOGETHER_ROWS } from './data-table';
import { cellNeed } from './grid';
import { LANDSCAPE_TEXT_WIDTH, TEXT_WIDTH } from './units';

const table: DataTable = {
  columns: [
    { title: 'STT', width: 1, align: 'center' },
    { title: 'Chỉ tiêu', width: 6, align: 'left' },
    { title: 'Kết quả trong kỳ', width: 2, align: 'right' },
    { title: 'Tỷ lệ %', width: 2, align: 'right' },
  ],
  rows: [
    ['1', 'Hồ sơ dịch vụ công trực tuyến được hướng dẫn nộp', '1.064', '69,85'],
    ['2', 'Tài khoản định danh điện tử mức 2 được kích hoạt', '96', '-'],
  ],
  total: ['', 'Tổng cộng', '1.160', ''],
};

function longTable(rows: number): DataTable {
  return {
    ...table,
    rows: Array.from({ length: rows }, (_, i) => [String(i + 1), `Thôn ${i + 1}`, '5', '1']),
  };
}

function withTables(): DocumentContent {
  const report = monthlyReport();
  return {
    ...report,
    body: [
      ...report.body.slice(0, 2),
      { heading: 'a) Chính quyền số', paragraphs: [], table },
      { heading: 'b) Kinh tế số', paragraphs: [], table: longTable(KEEP_TOGETHER_ROWS + 3) },
      ...report.body.slice(2),
    ],
    appendices: [
      {
        label: 'Phụ lục',
        title: 'Biểu số liệu',
        reference:
          '(Kèm theo Báo cáo số 05/BC-UBND ngày 30 tháng 11 năm 2026 của Ủy ban nhân dân xã Đông Sơn)',
        table,
        landscape: true,
      },
    ],
  };
}

let built: BuiltDocx;
let plain: BuiltDocx;

beforeAll(async () => {
  [built, plain] = await buildEach(withTables(), monthlyReport());
});

/** The bordered tables of the body, in order (the header and signature tables have no borders). */
function dataTables(b: BuiltDocx): XmlElement[] {
  return b.tables.filter((t) => val(child(child(child(t, 'w:tblPr'), 'w:tblBorders'), 'w:top')) === 'single');
}

describe('column widths', () => {
  it('scale the shares to the text width, adding up to it exactly', () => {
    for (const width of [TEXT_WIDTH, LANDSCAPE_TEXT_WIDTH, 9001]) {
      const widths = dataColumnWidths(table, width);
      expect(widths.reduce((a, b) => a + b, 0)).toBe(width);
      expect(widths.every((w) => Number.isInteger(w) && w > 0)).toBe(true);
    }
    const [stt, name, result, percent] = dataColumnWidths(table, 11_000) as [number, number, number, number];
    expect(name / result).toBeCloseTo(3, 0);
    expect(result).toBe(percent);
    expect(stt).toBeGreaterThanOrEqual(cellNeed('STT', true));
  });

  it('widen a column whose longest word would be cut, taking the room from the others', () => {
    const narrow: DataTable = {
      columns: [
        { title: 'Thôn', width: 10, align: 'left' },
        { title: 'Lượt', width: 1, align: 'right' },
      ],
      rows: [['Thôn Châu Thuận Biển', '1.234.567']],
    };
    const [, numbers] = dataColumnWidths(narrow, 4000) as [number, number];
    expect(numbers).toBeGreaterThanOrEqual(cellNeed('1.234.567'));
    expect(numbers).toBeGreaterThan(4000 / 11);
  });

  it('refuse a table whose words cannot fit side by side', () => {
    const columns = Array.from({ length: 30 }, () => ({
      title: 'Lũy kế',
      width: 1,
      align: 'right' as const,
    }));
    expect(() => dataColumnWidths({ columns, rows: [] }, TEXT_WIDTH)).toThrow(/does not fit/u);
    expect(() => dataColumnWidths({ columns: [], rows: [] }, TEXT_WIDTH)).toThrow(/positive width/u);
  });
});

describe('a table in a report’s body', () => {
  it('follows its section’s heading and fills the text width', () => {
    // Two in the body, one in the appendix.
    expect(dataTables(built)).toHaveLength(3);
    const [first, second] = dataTables(built);
    for (const t of [first, second]) {
      const grid = gridColumns(t as XmlElement);
      expect(grid.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
      expect(num(child(child(t, 'w:tblPr'), 'w:tblW'), 'w:w')).toBe(TEXT_WIDTH);
      expect(val(child(child(t, 'w:tblPr'), 'w:tblLayout'), 'w:type')).toBe('fixed');
    }
    const blocks = built.sections[0]?.blocks ?? [];
    const at = blocks.indexOf(first as XmlElement);
    expect(built.sheet.paragraph(blocks[at - 1] as XmlElement).text).toBe('a) Chính quyền số');
    expect(built.sheet.paragraph(blocks[at - 1] as XmlElement).keepNext).toBe(true);
    // A paragraph under each table: space, and two tables never run into one.
    expect(blocks[at + 1]?.name).toBe('w:p');
  });

  it('repeats its header row, never splits a row, and keeps a short table together', () => {
    const [short, long] = dataTables(built) as [XmlElement, XmlElement];
    for (const t of [short, long]) {
      const rows = children(t, 'w:tr');
      expect(child(child(rows[0], 'w:trPr'), 'w:tblHeader')).toBeDefined();
      for (const row of rows.slice(1)) expect(child(child(row, 'w:trPr'), 'w:tblHeader')).toBeUndefined();
      for (const row of rows) expect(child(child(row, 'w:trPr'), 'w:cantSplit')).toBeDefined();
    }
    const keeps = (t: XmlElement): boolean[] =>
      tableCells(t)
        .slice(1)
        .map((row) => built.sheet.paragraph(row[0]?.[0] as XmlElement).keepNext);
    expect(keeps(short)).toEqual([true, true, false]);
    expect(keeps(long).every((k) => !k)).toBe(true);
  });

  it('prints the header bold and centred, the cells 13 pt, numbers right-aligned, the total row bold', () => {
    const [t] = dataTables(built) as [XmlElement];
    const cells = tableCells(t).map((row) => row.map((cell) => built.sheet.paragraph(cell[0] as XmlElement)));
    expect(cells.map((row) => row.map((p) => p.text))).toEqual([
      ['STT', 'Chỉ tiêu', 'Kết quả trong kỳ', 'Tỷ lệ %'],
      ...table.rows,
      table.total,
    ]);
    for (const p of cells[0] ?? []) {
      expect(p.align).toBe('center');
      for (const run of p.runs) expect(run).toMatchObject({ size: 26, bold: true, font: 'Times New Roman' });
    }
    for (const row of cells.slice(1)) {
      expect(row.map((p) => p.align)).toEqual(['center', 'left', 'right', 'right']);
      const bold = row === cells[cells.length - 1];
      for (const p of row)
        for (const run of p.runs) expect(run).toMatchObject({ size: 26, bold, italic: false });
    }
  });
});

describe('a table appendix', () => {
  it('is a landscape A4 section with the same margins, its table as wide as the landscape text', () => {
    const section = built.sections[1];
    const size = child(section?.sectPr, 'w:pgSz');
    expect([num(size, 'w:w'), num(size, 'w:h'), val(size, 'w:orient')]).toEqual([16838, 11906, 'landscape']);
    const margin = child(section?.sectPr, 'w:pgMar');
    expect([
      margin?.attrs['w:top'],
      margin?.attrs['w:bottom'],
      margin?.attrs['w:left'],
      margin?.attrs['w:right'],
    ]).toEqual(['1134', '1134', '1701', '850']);
    expect(num(child(section?.sectPr, 'w:pgNumType'), 'w:start')).toBe(1);
    expect(child(section?.sectPr, 'w:titlePg')).toBeDefined();
    const appendixTable = dataTables(built)[2];
    expect(built.sections[1]?.blocks).toContain(appendixTable);
    expect(gridColumns(appendixTable as XmlElement).reduce((a, b) => a + b, 0)).toBe(LANDSCAPE_TEXT_WIDTH);
    expect(LANDSCAPE_TEXT_WIDTH).toBe(16838 - 1701 - 850);
  });

  it('leaves documents without tables as they were: no bordered table, portrait', () => {
    expect(dataTables(plain)).toHaveLength(0);
    expect(val(child(plain.sections[0]?.sectPr, 'w:pgSz'), 'w:orient')).toBe('portrait');
  });
});

describe('a malformed table', () => {
  it('is refused when a row does not have a cell per column', async () => {
    const bad = {
      ...monthlyReport(),
      body: [{ paragraphs: ['x'], table: { ...table, rows: [['1', '2']] } }],
    };
    await expect(buildEach(bad)).rejects.toThrow(/2 cells in a table of 4 columns/u);
  });
});
