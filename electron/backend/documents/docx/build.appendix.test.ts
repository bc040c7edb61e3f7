/** Appendices: a new section each, numbered from 1, the member table with a repeated header row. */
import { beforeAll, describe, expect, it } from 'vitest';
import { MEMBER_COLUMNS, memberColumnWidths } from './appendix';
import { CELL_PADDING_X } from './grid';
import { textWidthPt } from './metrics';
import {
  copyForSigning,
  foundingDecision,
  members,
  villagesDecision,
} from '../../../../test-support/docx-fixtures';
import {
  child,
  children,
  gridColumns,
  num,
  buildEach,
  tableCells,
  val,
  type BuiltDocx,
  type ParagraphInfo,
  type SectionInfo,
  type XmlElement,
} from '../../../../test-support/docx';
import { TEXT_WIDTH } from './units';

let founding: BuiltDocx;
let villages: BuiltDocx;
let forSigning: BuiltDocx;

beforeAll(async () => {
  [founding, villages, forSigning] = await buildEach(
    foundingDecision(),
    villagesDecision(),
    copyForSigning(),
  );
});

function parts(built: BuiltDocx, section: SectionInfo): { heading: ParagraphInfo[]; table: XmlElement } {
  const table = section.blocks.find((b) => b.name === 'w:tbl');
  if (table === undefined) throw new Error('no table in the appendix');
  const heading = section.blocks.slice(0, section.blocks.indexOf(table)).map((p) => built.sheet.paragraph(p));
  return { heading, table };
}

describe('appendix section', () => {
  it('starts on a new page: a section break after the signature block, the appendix first in its section', () => {
    const [main, appendix] = founding.sections as [SectionInfo, SectionInfo];
    const type = val(child(appendix.sectPr, 'w:type'));
    expect(type === undefined || type === 'nextPage').toBe(true);
    expect(founding.sheet.paragraph(appendix.blocks[0] as XmlElement).text).toBe('Phụ lục');
    expect(main.blocks.some((b) => b.name === 'w:tbl')).toBe(true);
  });

  it('restarts page numbers at 1 and shows none on its first page', () => {
    for (const section of villages.sections.slice(1)) {
      expect(num(child(section.sectPr, 'w:pgNumType'), 'w:start')).toBe(1);
      expect(child(section.sectPr, 'w:titlePg')).toBeDefined();
      const headers = villages.headers(section);
      expect(headers.default).toBeDefined();
      expect(headers.first).toBeDefined();
    }
  });

  it('prints "Phụ lục", the title in upper case 14 pt bold, and the italic reference line, all centred', () => {
    const { heading } = parts(founding, founding.sections[1] as SectionInfo);
    const [label, title, reference] = heading as [ParagraphInfo, ParagraphInfo, ParagraphInfo];
    expect(heading).toHaveLength(3);
    expect(label.text).toBe('Phụ lục');
    expect(title.text.replace(/ \n/gu, ' ')).toBe(
      'DANH SÁCH THÀNH VIÊN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG XÃ ĐÔNG SƠN',
    );
    expect(reference.text.replace(/ \n/gu, ' ')).toBe(
      '(Kèm theo Quyết định số 07/QĐ-UBND ngày 05 tháng 02 năm 2026 của Chủ tịch Ủy ban nhân dân xã Đông Sơn)',
    );
    for (const p of [label, title]) {
      for (const run of p.runs) expect(run).toMatchObject({ size: 28, bold: true, italic: false });
    }
    for (const run of reference.runs) expect(run).toMatchObject({ size: 28, bold: false, italic: true });
    for (const p of heading) {
      expect(p.align).toBe('center');
      expect(p.keepNext).toBe(true);
    }
  });

  it('numbers several appendices "Phụ lục I", "Phụ lục II"', () => {
    const labels = villages.sections.slice(1).map((s) => parts(villages, s).heading[0]?.text);
    expect(labels).toEqual(['Phụ lục I', 'Phụ lục II']);
    const titles = villages.sections
      .slice(1)
      .map((s) => parts(villages, s).heading[1]?.text.replace(/ \n/gu, ' '));
    expect(titles).toEqual([
      'DANH SÁCH THÀNH VIÊN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG THÔN AN PHÚ',
      'DANH SÁCH THÀNH VIÊN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG THÔN TÂN HÒA',
    ]);
  });

  it('leaves the number and the date blank in the reference of the copy for signing', () => {
    const { heading } = parts(forSigning, forSigning.sections[1] as SectionInfo);
    expect(heading[2]?.text.replace(/ \n/gu, ' ')).toMatch(
      /^\(Kèm theo Quyết định số {6,}\/QĐ-UBND ngày {6}tháng {6}năm 2026 của Chủ tịch/u,
    );
  });
});

describe('member table', () => {
  it('has the six columns, a bold 13-pt header row repeated on every page, and rows that never split', () => {
    const { table } = parts(founding, founding.sections[1] as SectionInfo);
    const rows = children(table, 'w:tr');
    expect(rows).toHaveLength(31);
    const header = rows[0] as XmlElement;
    expect(child(child(header, 'w:trPr'), 'w:tblHeader')).toBeDefined();
    for (const row of rows) expect(child(child(row, 'w:trPr'), 'w:cantSplit')).toBeDefined();
    for (const row of rows.slice(1)) expect(child(child(row, 'w:trPr'), 'w:tblHeader')).toBeUndefined();
    const cells = tableCells(table).map((row) =>
      row.map((cell) => cell.map((p) => founding.sheet.paragraph(p))),
    );
    expect(cells[0]?.map((cell) => cell[0]?.text)).toEqual([...MEMBER_COLUMNS]);
    expect(MEMBER_COLUMNS).toEqual([
      'STT',
      'Họ và tên',
      'Chức vụ, đơn vị công tác',
      'Chức danh trong Tổ',
      'Số điện thoại',
      'Ghi chú',
    ]);
    for (const cell of cells[0] ?? []) {
      expect(cell[0]?.align).toBe('center');
      for (const run of cell[0]?.runs ?? []) expect(run).toMatchObject({ size: 26, bold: true });
    }
    for (const row of cells.slice(1)) {
      for (const cell of row)
        for (const run of cell[0]?.runs ?? []) expect(run).toMatchObject({ size: 26, bold: false });
    }
  });

  it('lists the members in the given order, numbered 1…n, phone numbers as typed', () => {
    const { table } = parts(founding, founding.sections[1] as SectionInfo);
    const texts = tableCells(table)
      .slice(1)
      .map((row) => row.map((cell) => cell.map((p) => founding.sheet.paragraph(p).text).join('')));
    const expected = members(30);
    expect(texts.map((r) => r[0])).toEqual(expected.map((_, i) => String(i + 1)));
    expect(texts.map((r) => r[1])).toEqual(expected.map((m) => m.fullName));
    expect(texts.map((r) => r[3])).toEqual(expected.map((m) => m.roleLabel));
    expect(texts.map((r) => r[4])).toEqual(expected.map((m) => m.phone));
    expect(texts[1]?.[3]).toBe('Tổ phó thường trực');
  });

  it('has single borders all round, a fixed layout and column widths that add up to the text width', () => {
    const { table } = parts(founding, founding.sections[1] as SectionInfo);
    const tblPr = child(table, 'w:tblPr');
    const borders = child(tblPr, 'w:tblBorders')?.children ?? [];
    expect(borders).toHaveLength(6);
    for (const side of borders) expect(val(side)).toBe('single');
    expect(val(child(tblPr, 'w:tblLayout'), 'w:type')).toBe('fixed');
    const grid = gridColumns(table);
    expect(grid).toHaveLength(6);
    expect(grid.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
    for (const [i, tr] of children(table, 'w:tr').entries()) {
      const widths = children(tr, 'w:tc').map((tc) => num(child(child(tc, 'w:tcPr'), 'w:tcW'), 'w:w'));
      expect(widths, `row ${i}`).toEqual(grid);
    }
  });

  it('sizes the columns so that STT, the phone number, "Ghi chú" and each name fit on one line', () => {
    const rows = members(30);
    const [stt, name, position, role, phone, note] = memberColumnWidths(rows) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    const room = (w: number): number => (w - 2 * CELL_PADDING_X) / 20;
    expect(textWidthPt('STT', 13, { bold: true })).toBeLessThan(room(stt));
    expect(Math.max(...rows.map((r) => textWidthPt(r.phone, 13)))).toBeLessThan(room(phone));
    expect(Math.max(...rows.map((r) => textWidthPt(r.fullName, 13)))).toBeLessThan(room(name));
    expect(textWidthPt('Ghi chú', 13, { bold: true })).toBeLessThan(room(note));
    expect(textWidthPt('Thành viên', 13)).toBeLessThan(room(role));
    expect(position).toBeGreaterThanOrEqual(1985);
    expect(stt + name + position + role + phone + note).toBe(TEXT_WIDTH);
  });

  it('keeps the widths within the text width for long values, and for an empty list', () => {
    const long = members(3).map((m) => ({
      ...m,
      fullName: 'Tôn Nữ Thị Phương Thảo Nguyên Khánh',
      note: 'Mời tham gia theo đề nghị của Đoàn Thanh niên',
    }));
    for (const rows of [long, []]) {
      const widths = memberColumnWidths(rows);
      expect(widths.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
      for (const w of widths) expect(w).toBeGreaterThan(500);
    }
  });
});

describe('titles on two lines', () => {
  it('keep the space before the line break, so the text reads as one sentence', () => {
    const { heading } = parts(founding, founding.sections[1] as SectionInfo);
    const title = heading[1] as ParagraphInfo;
    expect(title.runs.length).toBe(2);
    expect(title.runs[0]?.text.endsWith(' ')).toBe(true);
    expect(title.runs[1]?.hasBreak).toBe(true);
    expect(title.text.replace(/\n/gu, '')).toBe('DANH SÁCH THÀNH VIÊN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG XÃ ĐÔNG SƠN');
  });
});
